import { spawn, execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

jest.setTimeout(120_000);

const root = resolve(__dirname, '../../..');

function startProcess(env: Record<string, string>) {
  const child = spawn(process.execPath, ['dist/main.js'], { cwd: root, env: { ...process.env, LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, exited, output: () => output };
}

async function waitFor(check: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the compiled server as a process', () => {
  beforeAll(() => {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  });

  it('starts on the embedded default, warns loudly about the development user, and exits 0 on SIGTERM', async () => {
    const server = startProcess({ PORT: '0', DATABASE_URL: '', OIDC_ISSUER_URL: '' });
    await waitFor(() => server.output().includes('server listening'), 20_000);
    expect(server.output()).toContain('DEVELOPMENT IDENTITY');
    expect(server.output()).toContain('"url":"http://127.0.0.1:');
    const started = Date.now();
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('refuses to start on an invalid setting, naming it', async () => {
    const server = startProcess({ PORT: 'eighty' });
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/PORT/);
  });

  it('refuses to start in production without an identity provider', async () => {
    const server = startProcess({ NODE_ENV: 'production', OIDC_ISSUER_URL: '' });
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/OIDC_ISSUER_URL/);
  });
});
