import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../../..');
const fixture = resolve(root, 'test/fixtures/architecture');

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

function violationsIn(directory: string): Violation[] {
  let output: string;
  try {
    output = execFileSync(resolve(root, 'node_modules/.bin/depcruise'), ['src', '--config', resolve(root, '.dependency-cruiser.js'), '--output-type', 'json'], {
      cwd: directory,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    // depcruise exits non-zero when it finds violations; its report is still on stdout.
    output = (error as { stdout: string }).stdout;
  }
  return (JSON.parse(output) as { summary: { violations: Violation[] } }).summary.violations;
}

describe('module boundaries (dependency-cruiser)', () => {
  const found = violationsIn(fixture);
  const byRule = (name: string) => found.filter((violation) => violation.rule.name === name).map((violation) => `${violation.from} -> ${violation.to}`);

  it.each([
    ['context-public-api-only', 'src/contexts/alpha/adapters/repo.ts -> src/contexts/beta/domain/secret.ts'],
    ['cross-context-only-from-adapters', 'src/contexts/alpha/http/ctrl.ts -> src/contexts/beta/index.ts'],
    ['application-not-to-adapters-or-http', 'src/contexts/alpha/application/do.use-case.ts -> src/contexts/alpha/adapters/repo.ts'],
    ['kernel-stands-alone', 'src/shared-kernel/kernel.ts -> src/platform/thing.ts'],
    ['contexts-do-not-know-platform', 'src/contexts/alpha/ports/p.ts -> src/platform/thing.ts'],
  ])('%s fires on the fixture that breaks it', (rule, edge) => {
    expect(byRule(rule)).toContain(edge);
  });

  it('domain-is-pure fires on a framework import from domain code', () => {
    expect(byRule('domain-is-pure')).toEqual([expect.stringMatching(/^src\/contexts\/alpha\/domain\/model\.ts -> .*node_modules\/express\//)]);
  });

  it('no-circular fires on an import cycle', () => {
    expect(byRule('no-circular').length).toBeGreaterThan(0);
  });

  it('finds nothing else in the fixture, and nothing at all in our own source', () => {
    expect(found).toHaveLength(7);
    expect(violationsIn(root)).toEqual([]);
  });
});
