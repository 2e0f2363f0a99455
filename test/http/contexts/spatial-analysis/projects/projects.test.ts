import request from 'supertest';
import { userToken } from '../../../../support/test-app';
import { homeFolderOf, rasterLayer, workspaceTestApp } from '../workspace-http-support';

describe.each([
  ['in memory', false],
  ['PostGIS', true],
])('projects over HTTP (%s)', (_name, database) => {
  const built = workspaceTestApp(database);
  const app = built.express;
  afterAll(() => built.close());
  const suffix = `${Date.now()}${database ? 'db' : 'mem'}`;
  const alice = userToken(`alice${suffix}`);
  const bob = userToken(`bob${suffix}`);

  async function aliceProject(name = 'Walkability Monaco'): Promise<{ id: string; folderId: string }> {
    const folderId = await homeFolderOf(app, alice);
    const created = await request(app).post('/api/v2/project').set('Authorization', alice).send({ folder_id: folderId, name, description: 'Schools within 15 min', tags: ['walk'] });
    expect(created.status).toBe(201);
    return { id: created.body.id, folderId };
  }

  it('creates, reads (with my view state), lists, updates and deletes a project', async () => {
    const { id, folderId } = await aliceProject();
    const read = await request(app).get(`/api/v2/project/${id}`).set('Authorization', alice);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id, folder_id: folderId, name: 'Walkability Monaco', tags: ['walk'], layer_order: [], initial_view_state: { zoom: 12, min_zoom: 0 } });
    const list = await request(app).get(`/api/v2/project?folder_id=${folderId}&search=walk`).set('Authorization', alice);
    expect(list.body).toMatchObject({ total: 1, page: 1, pages: 1 });
    const updated = await request(app).put(`/api/v2/project/${id}`).set('Authorization', alice).send({ name: 'Walkability', basemap: 'light' });
    expect(updated.body).toMatchObject({ name: 'Walkability', basemap: 'light' });
    const view = { latitude: 43.73, longitude: 7.42, zoom: 14, min_zoom: 0, max_zoom: 20, bearing: 0, pitch: 30 };
    expect((await request(app).put(`/api/v2/project/${id}/initial-view-state`).set('Authorization', alice).send(view)).body).toEqual(view);
    expect((await request(app).get(`/api/v2/project/${id}/initial-view-state`).set('Authorization', alice)).body).toEqual(view);
    expect((await request(app).delete(`/api/v2/project/${id}`).set('Authorization', alice)).status).toBe(204);
    expect((await request(app).get(`/api/v2/project/${id}`).set('Authorization', alice)).status).toBe(404);
  });

  it('refuses a project in someone else\'s folder and invalid input with problem+json', async () => {
    const bobsFolder = await homeFolderOf(app, bob);
    const foreign = await request(app).post('/api/v2/project').set('Authorization', alice).send({ folder_id: bobsFolder, name: 'Sneaky' });
    expect(foreign.status).toBe(404);
    expect(foreign.body.code).toBe('workspace.folder-not-found');
    const invalid = await request(app).post('/api/v2/project').set('Authorization', alice).send({ folder_id: 'nope', name: '' });
    expect(invalid.status).toBe(422);
    expect(invalid.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(invalid.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(['/body/folder_id', '/body/name']);
  });

  it('places layers with integer layer_project_ids, restyles, reorders and removes them', async () => {
    const { id, folderId } = await aliceProject('Layers');
    const tiles = await rasterLayer(app, alice, folderId, 'Tiles');
    const satellite = await rasterLayer(app, alice, folderId, 'Satellite');
    const added = await request(app).post(`/api/v2/project/${id}/layer?layer_ids=${tiles},${satellite}`).set('Authorization', alice);
    expect(added.status).toBe(200);
    const [first, second] = added.body as { id: number; layer_project_id: number; layer_id: string; name: string }[];
    expect(Number.isInteger(first.id)).toBe(true);
    expect(first).toMatchObject({ layer_id: tiles, name: 'Tiles', layer_project_id: first.id, type: 'raster', data_type: 'xyz' });
    const project = await request(app).get(`/api/v2/project/${id}`).set('Authorization', alice);
    expect(project.body.layer_order).toEqual([second.id, first.id]);

    const styled = await request(app)
      .put(`/api/v2/project/${id}/layer/${first.id}`)
      .set('Authorization', alice)
      .send({ name: 'OSM tiles', group: 'Base', properties: { opacity: 0.5 }, query: { op: '=', args: [{ property: 'kind' }, 'school'] } });
    expect(styled.body).toMatchObject({ id: first.id, name: 'OSM tiles', group: 'Base', properties: { opacity: 0.5 }, query: { op: '=' } });
    expect((await request(app).get(`/api/v2/project/${id}/layer/${first.id}`).set('Authorization', alice)).body.name).toBe('OSM tiles');
    const layerItself = await request(app).get(`/api/v2/layer/${tiles}`).set('Authorization', alice);
    expect(layerItself.body.name).toBe('Tiles');

    const reordered = await request(app).put(`/api/v2/project/${id}`).set('Authorization', alice).send({ layer_order: [first.id, second.id] });
    expect(reordered.body.layer_order).toEqual([first.id, second.id]);
    const badOrder = await request(app).put(`/api/v2/project/${id}`).set('Authorization', alice).send({ layer_order: [first.id] });
    expect(badOrder.status).toBe(422);
    expect(badOrder.body.code).toBe('workspace.project-layer-order-invalid');
    const listed = await request(app).get(`/api/v2/project/${id}/layer`).set('Authorization', alice);
    expect(listed.body.map((layer: { id: number }) => layer.id)).toEqual([first.id, second.id]);

    expect((await request(app).delete(`/api/v2/project/${id}/layer?layer_project_id=${first.id}`).set('Authorization', alice)).status).toBe(204);
    expect((await request(app).get(`/api/v2/project/${id}/layer/${first.id}`).set('Authorization', alice)).body.code).toBe('workspace.project-layer-not-found');
    expect((await request(app).get(`/api/v2/project/${id}`).set('Authorization', alice)).body.layer_order).toEqual([second.id]);

    // Deleting a layer takes it out of every project.
    expect((await request(app).delete(`/api/v2/layer/${satellite}`).set('Authorization', alice)).status).toBe(204);
    expect((await request(app).get(`/api/v2/project/${id}/layer`).set('Authorization', alice)).body).toEqual([]);
  });

  it('publishes a read-only snapshot anyone may read, frozen until published again, and unpublishes', async () => {
    const { id, folderId } = await aliceProject('Public map');
    const tiles = await rasterLayer(app, alice, folderId, 'Tiles');
    await request(app).post(`/api/v2/project/${id}/layer?layer_ids=${tiles}`).set('Authorization', alice);
    expect((await request(app).get(`/api/v2/project/${id}/public`)).status).toBe(404);
    const published = await request(app).post(`/api/v2/project/${id}/publish`).set('Authorization', alice);
    expect(published.status).toBe(200);
    const anonymous = await request(app).get(`/api/v2/project/${id}/public`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body).toMatchObject({ project_id: id, config: { project: { name: 'Public map' }, layers: [{ layer_id: tiles, name: 'Tiles' }] } });
    await request(app).put(`/api/v2/project/${id}`).set('Authorization', alice).send({ name: 'Renamed privately' });
    expect((await request(app).get(`/api/v2/project/${id}/public`)).body.config.project.name).toBe('Public map');
    await request(app).post(`/api/v2/project/${id}/publish`).set('Authorization', alice);
    expect((await request(app).get(`/api/v2/project/${id}/public`)).body.config.project.name).toBe('Renamed privately');
    expect((await request(app).delete(`/api/v2/project/${id}/unpublish`).set('Authorization', alice)).status).toBe(204);
    const gone = await request(app).get(`/api/v2/project/${id}/public`);
    expect(gone.status).toBe(404);
    expect(gone.body.code).toBe('workspace.project-not-published');
  });

  it('denies another user every endpoint that takes a project id: 404 and none of the data', async () => {
    const { id, folderId } = await aliceProject('Secret plan');
    const tiles = await rasterLayer(app, alice, folderId, 'Secret tiles');
    const [placement] = (await request(app).post(`/api/v2/project/${id}/layer?layer_ids=${tiles}`).set('Authorization', alice)).body;
    const bobsFolder = await homeFolderOf(app, bob);
    const bobsTiles = await rasterLayer(app, bob, bobsFolder, 'Bob tiles');
    const view = { latitude: 1, longitude: 1, zoom: 1, min_zoom: 0, max_zoom: 20, bearing: 0, pitch: 0 };
    const attempts = [
      request(app).get(`/api/v2/project/${id}`).set('Authorization', bob),
      request(app).put(`/api/v2/project/${id}`).set('Authorization', bob).send({ name: 'Taken over' }),
      request(app).delete(`/api/v2/project/${id}`).set('Authorization', bob),
      request(app).get(`/api/v2/project/${id}/initial-view-state`).set('Authorization', bob),
      request(app).put(`/api/v2/project/${id}/initial-view-state`).set('Authorization', bob).send(view),
      request(app).post(`/api/v2/project/${id}/layer?layer_ids=${bobsTiles}`).set('Authorization', bob),
      request(app).get(`/api/v2/project/${id}/layer`).set('Authorization', bob),
      request(app).get(`/api/v2/project/${id}/layer/${placement.id}`).set('Authorization', bob),
      request(app).put(`/api/v2/project/${id}/layer/${placement.id}`).set('Authorization', bob).send({ name: 'x' }),
      request(app).delete(`/api/v2/project/${id}/layer?layer_project_id=${placement.id}`).set('Authorization', bob),
      request(app).post(`/api/v2/project/${id}/publish`).set('Authorization', bob),
      request(app).delete(`/api/v2/project/${id}/unpublish`).set('Authorization', bob),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('workspace.project-not-found');
      expect(JSON.stringify(response.body)).not.toMatch(/Secret/);
    }
    // Bob cannot place Alice's layer in his own project either.
    const bobsProject = (await request(app).post('/api/v2/project').set('Authorization', bob).send({ folder_id: bobsFolder, name: 'Mine' })).body.id;
    const stolen = await request(app).post(`/api/v2/project/${bobsProject}/layer?layer_ids=${tiles}`).set('Authorization', bob);
    expect(stolen.status).toBe(404);
    expect(stolen.body.code).toBe('workspace.layer-not-found');
    expect((await request(app).get(`/api/v2/project`).set('Authorization', bob)).body.items.map((p: { name: string }) => p.name)).toEqual(['Mine']);
    expect((await request(app).get(`/api/v2/project/${id}`).set('Authorization', alice)).body.name).toBe('Secret plan');
  });
});
