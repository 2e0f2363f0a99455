import { MikroOrmLayerRepository } from '../../../../../src/contexts/spatial-analysis/adapters/persistence/mikro-orm/mikro-orm-layer.repository';
import { MikroOrmProjectLayerRepository } from '../../../../../src/contexts/spatial-analysis/adapters/persistence/mikro-orm/mikro-orm-project-layer.repository';
import { MikroOrmProjectRepository } from '../../../../../src/contexts/spatial-analysis/adapters/persistence/mikro-orm/mikro-orm-project.repository';
import { MikroOrmPublishedProjectRepository } from '../../../../../src/contexts/spatial-analysis/adapters/persistence/mikro-orm/mikro-orm-published-project.repository';
import { describeLayerRepositoryContract } from '../../../../support/contracts/layer-repository.contract';
import { describeProjectLayerRepositoryContract } from '../../../../support/contracts/project-layer-repository.contract';
import { describeProjectRepositoryContract } from '../../../../support/contracts/project-repository.contract';
import { describePublishedProjectRepositoryContract } from '../../../../support/contracts/published-project-repository.contract';
import { aLayer, aProject, someOwner } from '../../../../support/contracts/workspace-mothers';
import { workspaceOrm } from '../workspace-orm';

const db = workspaceOrm();

async function projectWithLayers() {
  const owner = someOwner();
  const folder = await db.folderFor(owner);
  const project = aProject(owner, folder);
  const layers = [aLayer(owner, folder), aLayer(owner, folder)];
  await new MikroOrmProjectRepository(db.orm().em).save(project);
  for (const layer of layers) await new MikroOrmLayerRepository(db.orm().em).save(layer);
  return { project, layers };
}

describeProjectRepositoryContract('PostGIS (MikroORM)', () => new MikroOrmProjectRepository(db.orm().em), db.folderFor);
describeProjectLayerRepositoryContract('PostGIS (MikroORM)', () => new MikroOrmProjectLayerRepository(db.orm().em), {
  make: async () => {
    const { project, layers } = await projectWithLayers();
    return { projectId: project.id, layerIds: [layers[0].id, layers[1].id] };
  },
});
describePublishedProjectRepositoryContract('PostGIS (MikroORM)', () => new MikroOrmPublishedProjectRepository(db.orm().em), async () => {
  const { project, layers } = await projectWithLayers();
  return { project, layer: layers[0] };
});
describeLayerRepositoryContract('PostGIS (MikroORM)', () => new MikroOrmLayerRepository(db.orm().em), db.folderFor);
