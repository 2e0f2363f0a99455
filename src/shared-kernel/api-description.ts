import type { z } from 'zod';

/**
 * How a context describes one of its HTTP operations, framework-free: the platform turns these into
 * the OpenAPI document, applies rate limits to expensive ones and leaves public ones unauthenticated.
 */
export interface ApiOperation {
  readonly method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Express-style path, e.g. `/api/v2/folder/:folder_id`. */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  /** Body sent as multipart/form-data (file uploads). */
  readonly multipart?: boolean;
  readonly responses: Readonly<Record<number, { readonly description: string; readonly schema?: z.ZodType; readonly contentType?: string }>>;
  /** Served without authentication (health, public snapshots, sign-in). */
  readonly public?: boolean;
  /** Costly to serve: the platform's rate limiter guards it. */
  readonly expensive?: boolean;
}
