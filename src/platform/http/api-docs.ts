import type { Application as Express } from 'express';
import swaggerUi from 'swagger-ui-express';
import type { ApiOperation } from '../../shared-kernel/api-description';
import { openApiDocument } from './openapi';

/** `GET /api/v2/openapi.json` and Swagger UI at `/api/v2/docs`. */
export function serveApiDocs(app: Express, operations: readonly ApiOperation[], version: string): void {
  let document: Record<string, unknown> | undefined;
  app.get('/api/v2/openapi.json', (_req, res) => {
    document ??= openApiDocument(operations, version);
    res.json(document);
  });
  app.use('/api/v2/docs', swaggerUi.serve, swaggerUi.setup(undefined, { swaggerOptions: { url: '/api/v2/openapi.json' } }));
}
