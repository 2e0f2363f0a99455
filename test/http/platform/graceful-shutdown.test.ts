import { request as httpRequest } from 'node:http';
import { InMemoryFolderRepository } from '../../../src/contexts/spatial-analysis/adapters/persistence/in-memory/in-memory-folder.repository';
import { FOLDER_REPOSITORY } from '../../../src/contexts/spatial-analysis/ports/workspace/folder-repository.port';
import { startServer } from '../../../src/platform/server';
import { buildTestApp, userToken } from '../../support/test-app';

/** A repository whose listing takes a while: a request that is still in flight when SIGTERM comes. */
class SlowFolders extends InMemoryFolderRepository {
  override async list(...args: Parameters<InMemoryFolderRepository['list']>) {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    return super.list(...args);
  }
}

function get(url: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${url}${path}`, { headers: { Authorization: userToken('drain') } }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('graceful shutdown', () => {
  it('stops accepting at once, finishes the request in flight, then closes', async () => {
    const app = buildTestApp({ testUsers: true, overrides: (c) => c.register(FOLDER_REPOSITORY, { useValue: new SlowFolders() }) });
    const running = await startServer(app);
    const inFlight = get(running.url, '/api/v2/folder');
    await new Promise((resolve) => setTimeout(resolve, 200));

    const started = Date.now();
    const stopped = running.shutdown();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(get(running.url, '/healthz')).rejects.toThrow(/ECONNREFUSED/);

    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).items[0].name).toBe('home');
    await stopped;
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(running.server.listening).toBe(false);
  });
});
