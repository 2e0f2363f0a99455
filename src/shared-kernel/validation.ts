import type { z } from 'zod';
import { DomainError, type FieldError } from './domain-error';

export type RequestPart = 'body' | 'query' | 'params' | 'headers';

/**
 * Validates one part of a request against its schema; a failure becomes a 422 with one
 * `{ pointer, message }` per problem, pointers rooted at the request part (`/body/name`).
 */
export function parseRequest<S extends z.ZodType>(schema: S, value: unknown, part: RequestPart): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const errors: FieldError[] = parsed.error.issues.map((issue) => ({
    pointer: `/${part}${issue.path.map((segment) => `/${String(segment)}`).join('')}`,
    message: issue.message,
  }));
  throw new DomainError('request.validation-failed', 'validation', 'The request is not valid.', { errors });
}
