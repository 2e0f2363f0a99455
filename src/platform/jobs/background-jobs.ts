import type { DependencyContainer } from 'tsyringe';
import { jobWorkersOf } from '../../contexts/spatial-analysis';
import type { AppConfig } from '../config';
import type { Logger } from '../logger';

/**
 * The job workers of one app instance. A server starts them at once (queued jobs resume, abandoned
 * ones are failed); tests and tools start them on first use, so an app built and never closed
 * leaves no pg-boss timers running. Stopping lets running jobs stop between steps.
 */
export function backgroundJobs(container: DependencyContainer, config: AppConfig, logger: Logger): { stop(): Promise<void> } {
  const workers = jobWorkersOf(container);
  const atStart = config.JOB_WORKERS_AT_START ?? config.NODE_ENV !== 'test';
  if (atStart) {
    workers.start().catch((error: unknown) => logger.warn({ err: error }, 'job workers could not start yet; they start with the first job'));
  }
  return { stop: () => workers.stop().catch((error: unknown) => logger.warn({ err: error }, 'job workers did not stop cleanly')) };
}
