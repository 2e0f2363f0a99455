/** A benchmark run by `npm run bench`: prints its own table, with ratios against a reference measured in the same run. */
export interface BenchContext {
  readonly repoRoot: string;
  /** ../shared/data relative to the repository root. */
  readonly dataDir: string;
  readonly databaseUrl: string;
  log(line: string): void;
}

export interface BenchModule {
  readonly name: string;
  run(context: BenchContext): Promise<void>;
}
