import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { Application } from 'express';
import { HOST_RESOLVER } from '../../../../src/contexts/spatial-analysis/ports/layers/host-resolver.port';
import { buildTestApp } from '../../../support/test-app';
import type { App } from '../../../../src/platform/app';

/** Host names resolve without the network: `*.internal.test` to a private address, others to a public one. */
export const fakeResolver = {
  addressesOf: async (host: string): Promise<string[]> => (host.endsWith('internal.test') ? ['10.1.2.3'] : host.endsWith('rebind.test') ? ['93.184.216.34', '127.0.0.1'] : ['93.184.216.34']),
};

/** Its own pg-boss queue, so parallel test files never run each other's jobs (their UPLOAD_DIRs differ). */
export const privateQueue = (): Record<string, string> => ({ JOB_QUEUE_NAME: `test-${randomUUID()}` });

export function workspaceTestApp(database: boolean, env: Record<string, string> = {}): App {
  return buildTestApp({ testUsers: true, database, env: { ...privateQueue(), ...env }, overrides: (container) => container.register(HOST_RESOLVER, { useValue: fakeResolver }) });
}

export async function homeFolderOf(app: Application, token: string): Promise<string> {
  const folders = await request(app).get('/api/v2/folder').set('Authorization', token);
  return folders.body.items[0].id as string;
}

export async function rasterLayer(app: Application, token: string, folderId: string, name = 'Basemap tiles'): Promise<string> {
  const created = await request(app)
    .post('/api/v2/layer/raster')
    .set('Authorization', token)
    .send({ folder_id: folderId, name, url: 'https://tiles.example.org/{z}/{x}/{y}.png', data_type: 'xyz' });
  if (created.status !== 201) throw new Error(`raster layer: ${created.status} ${JSON.stringify(created.body)}`);
  return created.body.id as string;
}
