import type { DomainError } from '../../../../shared-kernel/domain-error';
import { err, type Result } from '../../../../shared-kernel/result';
import { streetNetworkFailed, streetNetworkLoading, streetNetworkNotConfigured } from '../../domain/catchment/catchment.errors';
import type { StreetNetworkStatus } from '../../ports/catchment/street-network-status.port';
import type { TravelTimeAnswer, TravelTimeEngine, TravelTimeQuery } from '../../ports/routing/travel-time-engine.port';
import type { BuiltInTravelTimeEngineHandle } from '../routing';

export type StreetNetworkState = 'not-configured' | 'loading' | 'ready' | 'failed';

export interface BackgroundLoadLog {
  info?(details: Record<string, unknown>, message: string): void;
  error(details: Record<string, unknown>, message: string): void;
}

/**
 * The built-in engine as the server sees it: the network loads in the background from the moment
 * the app is composed (startup never waits for it), and until it is ready each request gets the
 * reason why not (503) instead of a hang. Closing stops the worker threads, also mid-load.
 */
export class BackgroundStreetEngine implements TravelTimeEngine, StreetNetworkStatus {
  private state: StreetNetworkState;
  private failure = '';
  private handle: BuiltInTravelTimeEngineHandle | null = null;
  private closed = false;
  private readonly loading: Promise<void>;

  constructor(load: (() => Promise<BuiltInTravelTimeEngineHandle>) | null, log?: BackgroundLoadLog) {
    this.state = load ? 'loading' : 'not-configured';
    this.loading = load ? this.start(load, log) : Promise.resolve();
  }

  get status(): StreetNetworkState {
    return this.state;
  }

  /** Resolves once loading has ended, ready or failed (tests and tools wait on it). */
  settled(): Promise<StreetNetworkState> {
    return this.loading.then(() => this.state);
  }

  problem(): DomainError | null {
    switch (this.state) {
      case 'ready':
        return null;
      case 'loading':
        return streetNetworkLoading();
      case 'failed':
        return streetNetworkFailed(this.failure);
      default:
        return streetNetworkNotConfigured();
    }
  }

  async travelTimes(query: TravelTimeQuery): Promise<Result<TravelTimeAnswer, DomainError>> {
    const problem = this.problem();
    if (problem || !this.handle) return err(problem ?? streetNetworkLoading());
    return this.handle.engine.travelTimes(query);
  }

  /** Readiness: throws while loading or after a failed load. */
  async check(): Promise<void> {
    if (this.state === 'loading') throw new Error('the street network is still loading');
    if (this.state === 'failed') throw new Error(`the street network failed to load: ${this.failure}`);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.loading;
    await this.handle?.close();
    this.handle = null;
  }

  private async start(load: () => Promise<BuiltInTravelTimeEngineHandle>, log?: BackgroundLoadLog): Promise<void> {
    const started = Date.now();
    try {
      const handle = await load();
      // Closed while loading: stop the workers at once rather than serve from a closed app.
      if (this.closed) return void (await handle.close());
      this.handle = handle;
      this.state = 'ready';
      log?.info?.({ nodes: handle.network.nodeCount, edges: handle.network.edgeCount, ms: Date.now() - started }, 'street network loaded');
    } catch (error) {
      this.state = 'failed';
      this.failure = error instanceof Error ? error.message : String(error);
      log?.error({ err: error }, 'the street network failed to load');
    }
  }
}
