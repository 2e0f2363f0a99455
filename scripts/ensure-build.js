#!/usr/bin/env node
// `npm start` on a fresh clone: install dependencies when missing, then compile with tsc (decorator
// metadata must exist for injection; tsx/esbuild would drop it).
const { execSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const run = (command) => execSync(command, { cwd: root, stdio: 'inherit' });

if (!existsSync(join(root, 'node_modules', '.bin', 'tsc'))) {
  console.log('Installing dependencies (first start)…');
  run('npm ci --no-audit --no-fund');
}
console.log('Building…');
run('npm run build --silent');
