import path from 'node:path';
import type { BenchModule } from './bench-module';
import { routingBench } from './routing.bench';
import { catchmentBench } from './catchment.bench';
import { featuresBench } from './features.bench';

/**
 * `npm run bench [-- <name>...]`: runs the registered benchmarks (all, or those named). Add a bench
 * by exporting a BenchModule from a file here and listing it below.
 */
const BENCHES: readonly BenchModule[] = [routingBench, catchmentBench, featuresBench];

/**
 * Benchmarks write large tables (a street network, 100,000 features): never aim them at real data.
 * They take BENCH_DATABASE_URL (or TEST_DATABASE_URL), whose name must contain "bench" or "test".
 */
function benchDatabaseUrl(): string {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/goat_test';
  const name = new URL(url).pathname.slice(1);
  if (!/bench|test/.test(name)) throw new Error(`Refusing to benchmark on database "${name}": its name must contain "bench" or "test".`);
  return url;
}

async function main(names: readonly string[]): Promise<number> {
  const repoRoot = path.resolve(__dirname, '../..');
  const context = {
    repoRoot,
    dataDir: path.resolve(repoRoot, '../shared/data'),
    databaseUrl: benchDatabaseUrl(),
    log: (line: string) => process.stdout.write(`${line}\n`),
  };
  const selected = names.length === 0 ? BENCHES : BENCHES.filter((b) => names.includes(b.name));
  if (selected.length === 0) {
    process.stderr.write(`unknown bench; available: ${BENCHES.map((b) => b.name).join(', ')}\n`);
    return 1;
  }
  for (const bench of selected) {
    context.log(`\n## ${bench.name}`);
    await bench.run(context);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(2);
  },
);
