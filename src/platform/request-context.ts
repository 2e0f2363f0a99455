import { AsyncLocalStorage } from 'node:async_hooks';

/** The trace id of the request being served, reachable from any log line without passing it on. */
const storage = new AsyncLocalStorage<{ traceId: string }>();

export const runWithTraceId = <T>(traceId: string, work: () => T): T => storage.run({ traceId }, work);

export const currentTraceId = (): string | undefined => storage.getStore()?.traceId;
