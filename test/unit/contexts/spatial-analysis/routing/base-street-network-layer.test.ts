import { ReferenceDataWorkspaceAccess } from '../../../../../src/contexts/spatial-analysis/adapters/access/reference-data-workspace-access';
import { OwnerOnlyWorkspaceAccess } from '../../../../../src/contexts/spatial-analysis/adapters/access/owner-only-workspace-access';
import { InMemoryFolderRepository } from '../../../../../src/contexts/spatial-analysis/adapters/persistence/in-memory/in-memory-folder.repository';
import { InMemoryLayerRepository } from '../../../../../src/contexts/spatial-analysis/adapters/persistence/in-memory/in-memory-layer.repository';
import { BASE_STREET_NETWORK_LAYER_ID, SYSTEM_OWNER_ID } from '../../../../../src/contexts/spatial-analysis/application/layers/base-street-network-layer';
import { RegisterBaseStreetNetworkLayer } from '../../../../../src/contexts/spatial-analysis/application/layers/register-base-street-network-layer';
import { EnsureHomeFolder } from '../../../../../src/contexts/spatial-analysis/application/workspace/ensure-home-folder.use-case';
import type { StoredStreetNetwork } from '../../../../../src/contexts/spatial-analysis/ports/routing/street-network-repository.port';
import type { WorkspaceResource } from '../../../../../src/contexts/spatial-analysis/ports/workspace-access.port';
import type { Clock } from '../../../../../src/shared-kernel/clock';
import { principalFor } from '../../../../support/test-app';

const stored = (edges: number): StoredStreetNetwork => ({
  edges,
  nodes: edges - 1,
  extent: { type: 'Polygon', coordinates: [[[7.4, 43.7], [7.4, 43.8], [7.5, 43.8], [7.5, 43.7], [7.4, 43.7]]] },
  sizeBytes: 1000,
  attributes: [{ name: 'highway', column: 'highway', type: 'text' }],
});

describe('the base street network as shared reference data', () => {
  const access = new ReferenceDataWorkspaceAccess(new OwnerOnlyWorkspaceAccess());
  const base: WorkspaceResource = { type: 'layer', id: BASE_STREET_NETWORK_LAYER_ID, ownerId: SYSTEM_OWNER_ID };
  const alice = principalFor('alice');
  const admin = principalFor('root', ['superuser']);

  it('lets every signed-in user read its layer and nobody change or delete it', async () => {
    expect((await access.decide(alice, 'read', base)).allowed).toBe(true);
    for (const who of [alice, admin]) {
      expect((await access.decide(who, 'update', base)).allowed).toBe(false);
      expect((await access.decide(who, 'delete', base)).allowed).toBe(false);
    }
  });

  it('leaves the system folder and other owners to the wrapped access', async () => {
    expect((await access.decide(alice, 'read', { type: 'folder', id: 'f', ownerId: SYSTEM_OWNER_ID })).allowed).toBe(false);
    expect((await access.decide(alice, 'read', { type: 'layer', id: 'l', ownerId: 'bob' })).allowed).toBe(false);
    expect((await access.decide(alice, 'delete', { type: 'layer', id: 'l', ownerId: 'alice' })).allowed).toBe(true);
  });
});

describe('RegisterBaseStreetNetworkLayer', () => {
  let time = Date.parse('2025-01-01T00:00:00Z');
  const clock: Clock = { now: () => new Date((time += 1000)) };
  const setUp = () => {
    const layers = new InMemoryLayerRepository();
    const register = new RegisterBaseStreetNetworkLayer(layers, new EnsureHomeFolder(new InMemoryFolderRepository(), clock), clock);
    return { layers, register };
  };

  it('registers one street_network line layer in the system home folder, then replaces it under the same id', async () => {
    const { layers, register } = setUp();
    const first = await register.execute('/data/osm/monaco.osm.pbf', (publication) => publication.beforeCommit(stored(5290)));
    expect(first).toMatchObject({ id: BASE_STREET_NETWORK_LAYER_ID, ownerId: SYSTEM_OWNER_ID, name: 'Street network (monaco.osm.pbf)', type: 'feature', featureLayerType: 'street_network', geometryType: 'line' });
    expect(first.data.featureCount).toBe(5290);
    const second = await register.execute('C:\\osm\\porto.osm.pbf', (publication) => publication.beforeCommit(stored(26781)));
    expect(second).toMatchObject({ id: first.id, folderId: first.folderId, name: 'Street network (porto.osm.pbf)', createdAt: first.createdAt });
    expect((await layers.byId(BASE_STREET_NETWORK_LAYER_ID))?.data.featureCount).toBe(26781);
  });

  it('puts the previous record back when the network is not committed after the record was written', async () => {
    const { layers, register } = setUp();
    await register.execute('monaco.osm.pbf', (publication) => publication.beforeCommit(stored(5290)));
    const failing = register.execute('other.osm.pbf', async (publication) => {
      await publication.beforeCommit(stored(10));
      throw new Error('commit failed');
    });
    await expect(failing).rejects.toThrow('commit failed');
    expect(await layers.byId(BASE_STREET_NETWORK_LAYER_ID)).toMatchObject({ name: 'Street network (monaco.osm.pbf)', data: { featureCount: 5290 } });
  });

  it('leaves no record when the first import fails, and refuses a store that never publishes', async () => {
    const { layers, register } = setUp();
    await expect(register.execute('a.osm.pbf', async (publication) => {
      await publication.beforeCommit(stored(10));
      throw new Error('commit failed');
    })).rejects.toThrow('commit failed');
    expect(await layers.byId(BASE_STREET_NETWORK_LAYER_ID)).toBeNull();
    await expect(register.execute('a.osm.pbf', async () => undefined)).rejects.toThrow(/without publishing/);
  });
});
