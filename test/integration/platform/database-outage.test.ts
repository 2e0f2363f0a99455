import request from 'supertest';
import { TcpProxy } from '../../support/tcp-proxy';
import { buildTestApp, userToken } from '../../support/test-app';
import { testDatabaseUrl } from '../../support/test-database';

jest.setTimeout(90_000);

const alice = userToken(`outage${Date.now()}`);

async function eventually(probe: () => Promise<boolean>, withinMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await probe()) return Date.now() - started;
    if (Date.now() - started > withinMs) throw new Error(`not within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('PostgreSQL going away and coming back', () => {
  const real = new URL(testDatabaseUrl());
  const proxy = new TcpProxy(real.hostname, Number(real.port || 5432));
  let app: ReturnType<typeof buildTestApp>;

  beforeAll(async () => {
    await proxy.start();
    const proxied = new URL(real.toString());
    proxied.port = String(proxy.port);
    app = buildTestApp({ testUsers: true, env: { DATABASE_URL: proxied.toString() } });
  });
  afterAll(async () => {
    await proxy.stop();
    await app.close();
  });

  it('answers 503 within 10 s while the database is away, says so on /readyz, and recovers by itself with nothing lost', async () => {
    const created = await request(app.express).post('/api/v2/folder').set('Authorization', alice).send({ name: 'Before the outage' });
    expect(created.status).toBe(201);

    await proxy.stop();
    const started = Date.now();
    const during = await request(app.express).get('/api/v2/folder').set('Authorization', alice);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(during.status).toBe(503);
    expect(during.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(during.body.code).toBe('platform.dependency-unavailable');
    expect(JSON.stringify(during.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|knex/i);
    const notReady = await request(app.express).get('/readyz');
    expect(notReady.status).toBe(503);
    expect(notReady.body.failing).toEqual(['database']);

    await proxy.start();
    const recoveredAfter = await eventually(async () => (await request(app.express).get('/readyz')).status === 200, 30_000);
    expect(recoveredAfter).toBeLessThan(30_000);
    const after = await request(app.express).get(`/api/v2/folder/${created.body.id}`).set('Authorization', alice);
    expect(after.status).toBe(200);
    expect(after.body.name).toBe('Before the outage');
  });
});
