/** Paged lists as GOAT answers them: `{ items, total, page, size, pages }`, pages counted from 1. */
export interface PageRequest {
  readonly page: number;
  readonly size: number;
}

export interface Page<T> {
  readonly items: T[];
  readonly total: number;
  readonly page: number;
  readonly size: number;
  readonly pages: number;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 1000;

export function pageOf<T>(items: T[], total: number, request: PageRequest): Page<T> {
  return { items, total, page: request.page, size: request.size, pages: Math.ceil(total / request.size) };
}

export const offsetOf = (request: PageRequest): number => (request.page - 1) * request.size;

/** Pages a list already held in memory; the in-memory adapters use it so they answer as SQL does. */
export function pageInMemory<T>(all: T[], request: PageRequest): Page<T> {
  const start = offsetOf(request);
  return pageOf(all.slice(start, start + request.size), all.length, request);
}
