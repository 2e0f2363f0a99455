import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The settings of the workspace's uploads and jobs, as the platform's validated config names them. */
export interface WorkspaceConfig {
  readonly UPLOAD_DIR?: string;
  readonly UPLOAD_MAX_MB?: number;
  readonly JOB_CONCURRENCY?: number;
  readonly JOB_TIMEOUT_SECONDS?: number;
  readonly JOB_HEARTBEAT_SECONDS?: number;
  readonly JOB_STALE_AFTER_SECONDS?: number;
  readonly JOB_QUEUE_NAME?: string;
  readonly DATABASE_URL?: string;
}

export interface WorkspaceSettings {
  readonly uploadDirectory: string;
  readonly uploadMaxMegabytes: number;
  readonly jobs: {
    readonly concurrency: number;
    readonly timeoutSeconds: number;
    readonly heartbeatSeconds: number;
    readonly staleAfterSeconds: number;
    /** pg-boss queue: instances sharing a database (and an UPLOAD_DIR) share it. */
    readonly queueName: string;
  };
}

export const DEFAULT_UPLOAD_DIRECTORY = join(tmpdir(), 'goat-uploads');

export function workspaceSettingsOf(config: WorkspaceConfig = {}): WorkspaceSettings {
  return {
    uploadDirectory: config.UPLOAD_DIR ?? DEFAULT_UPLOAD_DIRECTORY,
    uploadMaxMegabytes: config.UPLOAD_MAX_MB ?? 300,
    jobs: {
      concurrency: config.JOB_CONCURRENCY ?? 4,
      timeoutSeconds: config.JOB_TIMEOUT_SECONDS ?? 3600,
      heartbeatSeconds: config.JOB_HEARTBEAT_SECONDS ?? 10,
      staleAfterSeconds: config.JOB_STALE_AFTER_SECONDS ?? 120,
      queueName: config.JOB_QUEUE_NAME ?? 'spatial-analysis-jobs',
    },
  };
}
