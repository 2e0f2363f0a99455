import request from 'supertest';
import { BASE_STREET_NETWORK_LAYER_ID, SYSTEM_OWNER_ID } from '../../../../../src/contexts/spatial-analysis/application/layers/base-street-network-layer';
import { EnsureHomeFolder } from '../../../../../src/contexts/spatial-analysis/application/workspace/ensure-home-folder.use-case';
import { newLayer } from '../../../../../src/contexts/spatial-analysis/domain/layers/layer';
import { LAYER_REPOSITORY, type LayerRepository } from '../../../../../src/contexts/spatial-analysis/ports/layers/layer-repository.port';
import { buildTestApp, userToken } from '../../../../support/test-app';

const alice = userToken(`alice-base-${Date.now()}`);

async function newProject(app: ReturnType<typeof buildTestApp>) {
  const home = (await request(app.express).get('/api/v2/folder').set('Authorization', alice)).body.items[0].id as string;
  const created = await request(app.express).post('/api/v2/project').set('Authorization', alice).send({ folder_id: home, name: 'Walkability' });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

const layerIdsIn = async (app: ReturnType<typeof buildTestApp>, projectId: string): Promise<string[]> =>
  (await request(app.express).get(`/api/v2/project/${projectId}/layer`).set('Authorization', alice)).body.map((layer: { layer_id: string }) => layer.layer_id);

describe('new projects and the base street network', () => {
  it('start empty while no street network has been imported', async () => {
    const app = buildTestApp({ testUsers: true });
    expect(await layerIdsIn(app, await newProject(app))).toEqual([]);
  });

  it('start with the base street-network layer once it exists', async () => {
    const app = buildTestApp({ testUsers: true });
    const home = await app.container.resolve(EnsureHomeFolder).execute(SYSTEM_OWNER_ID);
    const layer = newLayer({ ownerId: SYSTEM_OWNER_ID, folderId: home.id, metadata: { name: 'Street network (test)' }, type: 'feature', geometryType: 'line', featureLayerType: 'street_network' }, new Date());
    if (!layer.ok) throw layer.error;
    await app.container.resolve<LayerRepository>(LAYER_REPOSITORY).save({ ...layer.value, id: BASE_STREET_NETWORK_LAYER_ID });

    const projectId = await newProject(app);
    expect(await layerIdsIn(app, projectId)).toEqual([BASE_STREET_NETWORK_LAYER_ID]);
  });
});
