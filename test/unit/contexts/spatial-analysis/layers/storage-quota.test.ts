import { inMemoryStores } from '../../../../../src/contexts/authorization/adapters/persistence/stores';
import { SubscriptionQuotas } from '../../../../../src/contexts/authorization/application/billing/subscription-quotas';
import { QuotaStorage } from '../../../../../src/contexts/spatial-analysis/adapters/authorization/quota-storage';
import { InMemoryLayerFeatureStore } from '../../../../../src/contexts/spatial-analysis/adapters/persistence/in-memory/in-memory-layer-feature.store';
import { InMemoryLayerRepository } from '../../../../../src/contexts/spatial-analysis/adapters/persistence/in-memory/in-memory-layer.repository';
import { InMemoryProjectLayerRepository } from '../../../../../src/contexts/spatial-analysis/adapters/persistence/in-memory/in-memory-project-layer.repository';
import { OwnerOnlyWorkspaceAccess } from '../../../../../src/contexts/spatial-analysis/adapters/access/owner-only-workspace-access';
import { InMemoryProjectRepository } from '../../../../../src/contexts/spatial-analysis/adapters/persistence/in-memory/in-memory-project.repository';
import { systemClock } from '../../../../../src/shared-kernel/clock';
import { eraseLayer } from '../../../../../src/contexts/spatial-analysis/application/layers/erase-layer';
import { aLayer, someFolderId } from '../../../../support/contracts/workspace-mothers';
import { principalFor } from '../../../../support/test-app';

const clock = { now: () => new Date('2026-03-01T10:00:00Z') };
const MB = 1024 * 1024;

function storage() {
  const stores = inMemoryStores();
  const quota = new QuotaStorage(() => new SubscriptionQuotas(stores.organizations, stores.subscriptions, stores.plans, clock));
  const used = async (id: string) => (await stores.subscriptions.of({ kind: 'personal', id }))?.used.storage ?? 0;
  return { quota, used };
}

describe('the storage quota over authorization', () => {
  it('checks without charging, charges up to the starter plan (500 MB) and refuses beyond it', async () => {
    const { quota, used } = storage();
    const alice = principalFor('alice');
    expect((await quota.check(alice, 400 * MB)).ok).toBe(true);
    expect(await used('alice')).toBe(0);
    expect((await quota.charge('alice', 400 * MB)).ok).toBe(true);
    const refused = await quota.check(alice, 200 * MB);
    expect(refused.ok || refused.error).toMatchObject({ code: 'authorization.quota-exceeded', details: { quota: 'storage', used: 400 * MB } });
    expect((await quota.charge('alice', 200 * MB)).ok).toBe(false);
    await quota.giveBack('alice', 400 * MB);
    expect(await used('alice')).toBe(0);
  });

  it('gives an uploaded layer\'s bytes back to its owner when the layer is erased; a raster layer was never charged', async () => {
    const { quota, used } = storage();
    const layers = new InMemoryLayerRepository();
    const ports = { layers, features: new InMemoryLayerFeatureStore(), placements: new InMemoryProjectLayerRepository(), storage: quota, access: new OwnerOnlyWorkspaceAccess(), projects: new InMemoryProjectRepository(), clock: systemClock };
    const uploaded = aLayer('alice', someFolderId());
    const raster = aLayer('alice', someFolderId(), { type: 'raster', geometryType: null, data: { ...uploaded.data, uploadFileType: null } });
    await layers.save(uploaded);
    await layers.save(raster);
    expect((await quota.charge('alice', 10_000)).ok).toBe(true);
    await eraseLayer(ports, uploaded.id);
    expect(await used('alice')).toBe(10_000 - uploaded.data.sizeBytes);
    await eraseLayer(ports, raster.id);
    expect(await used('alice')).toBe(10_000 - uploaded.data.sizeBytes);
    expect(await layers.byId(uploaded.id)).toBeNull();
  });
});
