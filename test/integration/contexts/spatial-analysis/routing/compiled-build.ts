import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../../../../');
export const DIST_ROUTING = path.join(ROOT, 'dist/contexts/spatial-analysis/adapters/routing');

/** Workers and the CLI run compiled JS: build once, as `npm start` would. */
export function buildDist(): void {
  const probe = path.join(DIST_ROUTING, 'travel-time-worker.js');
  const started = Date.now();
  try {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'pipe' });
  } catch (error) {
    // Type errors elsewhere in the tree still emit; only missing output is fatal.
    if (!existsSync(probe) || statSync(probe).mtimeMs < started - 1000) throw error;
  }
}
