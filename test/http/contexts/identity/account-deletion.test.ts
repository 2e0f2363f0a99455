import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { App } from '../../../../src/platform/app';
import { buildTestApp } from '../../../support/test-app';
import { OidcTestProvider } from '../../../support/oidc/oidc-test-provider';
import { tracesOf } from './traces-of-user';

describe('DELETE /api/v2/users (PostgreSQL)', () => {
  let provider: OidcTestProvider;
  let app: App;
  const leaving = randomUUID();
  const staying = randomUUID();

  beforeAll(async () => {
    provider = await OidcTestProvider.start();
    provider.addUser({ id: leaving, email: `${leaving}@example.org` });
    provider.addUser({ id: staying, email: `${staying}@example.org` });
    app = buildTestApp({ database: true, env: { OIDC_ISSUER_URL: provider.issuer } });
  });
  afterAll(async () => {
    await app.close();
    await provider.stop();
  });

  it('erases the account and everything of it in every schema, and nothing of anyone else', async () => {
    const token = `Bearer ${await provider.issueAccessToken(leaving)}`;
    const otherToken = `Bearer ${await provider.issueAccessToken(staying)}`;
    const api = request(app.express);
    expect((await api.get('/api/v2/users/profile').set('Authorization', token)).status).toBe(200);
    expect((await api.put('/api/v2/system/settings').set('Authorization', token).send({ client_theme: 'dark' })).status).toBe(200);
    expect((await api.post('/api/v2/folder').set('Authorization', token).send({ name: 'Radverkehr 2026' })).status).toBe(201);
    expect((await api.get('/api/v2/folder').set('Authorization', otherToken)).status).toBe(200);
    // The search itself finds the user before the deletion (user, settings, folders).
    expect(await tracesOf(leaving)).toEqual(
      expect.arrayContaining(['identity.user.id', 'identity.system_setting.user_id', 'spatial_analysis.folder.user_id']),
    );

    const deleted = await api.delete('/api/v2/users').set('Authorization', token);
    expect(deleted.status).toBe(204);

    expect(await tracesOf(leaving)).toEqual([]);
    expect(await tracesOf(staying)).toEqual(expect.arrayContaining(['identity.user.id', 'spatial_analysis.folder.user_id']));
    const again = await api.get('/api/v2/users/profile').set('Authorization', token);
    expect(again.status).toBe(401);
    expect(again.body.code).toBe('identity.account-deleted');
    expect(await tracesOf(leaving)).toEqual([]);
  });
});
