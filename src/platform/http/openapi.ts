import { z } from 'zod';
import type { ApiOperation } from '../../shared-kernel/api-description';
import { problemSchema } from '../../shared-kernel/http-schemas';

type JsonSchema = Record<string, unknown>;

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
};

function parametersOf(schema: z.ZodType | undefined, location: 'path' | 'query'): JsonSchema[] {
  if (!(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, field]) => ({
    name,
    in: location,
    required: location === 'path' || !field.safeParse(undefined).success,
    schema: jsonSchema(field, 'input'),
  }));
}

const PROBLEM_RESPONSES = {
  '4XX': { description: 'A problem with the request (RFC 9457)', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } },
  '5XX': { description: 'A problem on our side or upstream (RFC 9457)', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } },
};

/** OpenAPI 3.1 from the same zod schemas that validate each request (conventions §6). */
export function openApiDocument(operations: readonly ApiOperation[], version: string): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of operations) {
    const path = operation.path.replace(/:([A-Za-z_]+)/g, '{$1}');
    const responses: Record<string, unknown> = { ...PROBLEM_RESPONSES };
    for (const [status, response] of Object.entries(operation.responses)) {
      responses[status] = response.schema
        ? { description: response.description, content: { [response.contentType ?? 'application/json']: { schema: jsonSchema(response.schema, 'output') } } }
        : { description: response.description };
    }
    const body = operation.body
      ? { required: true, content: { [operation.multipart ? 'multipart/form-data' : 'application/json']: { schema: jsonSchema(operation.body, 'input') } } }
      : undefined;
    paths[path] = {
      ...paths[path],
      [operation.method]: {
        tags: [operation.tag],
        summary: operation.summary,
        operationId: `${operation.method}${path.replace(/[{}]/g, '').replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
        parameters: [...parametersOf(operation.params, 'path'), ...parametersOf(operation.query, 'query')],
        ...(body ? { requestBody: body } : {}),
        ...(operation.public ? { security: [] } : {}),
        responses,
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'GOAT-compatible accessibility analysis API', version },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: { Problem: jsonSchema(problemSchema, 'output') },
    },
  };
}
