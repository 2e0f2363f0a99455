import { InMemoryLayerRepository } from '../../../../../src/contexts/spatial-analysis/adapters/persistence/in-memory/in-memory-layer.repository';
import { InMemoryProjectLayerRepository } from '../../../../../src/contexts/spatial-analysis/adapters/persistence/in-memory/in-memory-project-layer.repository';
import { InMemoryProjectRepository } from '../../../../../src/contexts/spatial-analysis/adapters/persistence/in-memory/in-memory-project.repository';
import { InMemoryPublishedProjectRepository } from '../../../../../src/contexts/spatial-analysis/adapters/persistence/in-memory/in-memory-published-project.repository';
import type { ProjectId } from '../../../../../src/contexts/spatial-analysis/domain/projects/project';
import { newId } from '../../../../../src/shared-kernel/ids';
import { describeLayerRepositoryContract } from '../../../../support/contracts/layer-repository.contract';
import { describeProjectLayerRepositoryContract } from '../../../../support/contracts/project-layer-repository.contract';
import { describeProjectRepositoryContract } from '../../../../support/contracts/project-repository.contract';
import { describePublishedProjectRepositoryContract } from '../../../../support/contracts/published-project-repository.contract';
import { aLayer, aProject, someFolderId, someOwner } from '../../../../support/contracts/workspace-mothers';

const anyFolder = async () => someFolderId();

describeProjectRepositoryContract('in memory', () => new InMemoryProjectRepository(), anyFolder);
describeProjectLayerRepositoryContract('in memory', () => new InMemoryProjectLayerRepository(), {
  make: async () => ({ projectId: newId<'Project'>() as ProjectId, layerIds: [newId(), newId()] }),
});
describePublishedProjectRepositoryContract('in memory', () => new InMemoryPublishedProjectRepository(), async () => {
  const owner = someOwner();
  const folder = someFolderId();
  return { project: aProject(owner, folder), layer: aLayer(owner, folder) };
});
describeLayerRepositoryContract('in memory', () => new InMemoryLayerRepository(), anyFolder);
