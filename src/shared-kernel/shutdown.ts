/**
 * Something a context started that must stop when its app closes (worker threads, timers, sockets).
 * Contexts register one or more under SHUTDOWN_HOOK; the platform's `close()` runs them all.
 */
export interface ShutdownHook {
  readonly name: string;
  close(): Promise<void>;
}

export const SHUTDOWN_HOOK: unique symbol = Symbol('ShutdownHook');
