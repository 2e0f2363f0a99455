import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { MigrationObject } from '@mikro-orm/core';

/**
 * The migrations of `migrations/` in name order. Compiled, they sit in dist/migrations beside this
 * build; under ts-jest the TypeScript sources are loaded.
 */
export function migrationsDirectory(): string {
  const compiled = !__filename.endsWith('.ts');
  return compiled ? resolve(__dirname, '../../migrations') : resolve(__dirname, '../../../migrations');
}

export function loadMigrations(directory = migrationsDirectory()): MigrationObject[] {
  const extension = __filename.endsWith('.ts') ? '.ts' : '.js';
  return readdirSync(directory)
    .filter((file) => file.endsWith(extension) && !file.endsWith('.d.ts') && /^\d{4}/.test(file))
    .sort()
    .map((file) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const exported = require(join(directory, file)) as Record<string, MigrationObject['class']>;
      const migrationClass = Object.values(exported).find((value) => typeof value === 'function');
      if (!migrationClass) throw new Error(`Migration file ${file} exports no migration class`);
      return { name: file.replace(/\.(ts|js)$/, ''), class: migrationClass };
    });
}
