import { spawn } from 'node:child_process';
import { ImportErrors } from '../../domain/import-export/import.errors';

export interface CommandOutput {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** GDAL's messages name our paths; users see them with the working directory cut out. */
export const withoutPaths = (message: string, directory: string): string =>
  message.split(directory).join('').replace(/\/vsizip\//g, '').replace(/\s+/g, ' ').trim().slice(0, 500);

/**
 * Runs ogrinfo/ogr2ogr without a shell (arguments are never parsed), with a time limit. A missing
 * binary is the 503 `import.gdal-unavailable`, not a crash.
 */
export function runGdal(command: 'ogrinfo' | 'ogr2ogr', args: readonly string[], timeoutMs: number): Promise<CommandOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CPL_DEBUG: 'OFF', GDAL_HTTP_TIMEOUT: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk.length + stderr.length > 64_000 ? '' : chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(error.code === 'ENOENT' ? ImportErrors.gdalMissing() : error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
