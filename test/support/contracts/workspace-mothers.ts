import { randomUUID } from 'node:crypto';
import { newId } from '../../../src/shared-kernel/ids';
import { newJob, type Job } from '../../../src/contexts/spatial-analysis/domain/jobs/job';
import { newLayer, type Layer, type NewLayer } from '../../../src/contexts/spatial-analysis/domain/layers/layer';
import { newProject, type Project } from '../../../src/contexts/spatial-analysis/domain/projects/project';
import type { FolderId } from '../../../src/contexts/spatial-analysis/domain/workspace/folder';

export const at = (minute: number): Date => new Date(Date.UTC(2026, 0, 1, 12, minute));
export const someOwner = (): string => `user-${randomUUID()}`;
export const someFolderId = (): FolderId => newId<'Folder'>();

export function aProject(ownerId: string, folderId: FolderId, name = 'Walkability study', minute = 0): Project {
  const project = newProject(ownerId, { folderId, name, description: 'Schools within 15 minutes', tags: ['walk'], basemap: 'streets' }, at(minute));
  if (!project.ok) throw project.error;
  return project.value;
}

export function aLayer(ownerId: string, folderId: FolderId, overrides: Partial<NewLayer> = {}, minute = 0): Layer {
  const layer = newLayer(
    {
      ownerId,
      folderId,
      metadata: { name: 'Schools', description: 'All schools', tags: ['education'], license: 'ODbL', attribution: '© OpenStreetMap' },
      type: 'feature',
      geometryType: 'point',
      data: {
        featureCount: 3,
        sizeBytes: 8192,
        extent: { type: 'Polygon', coordinates: [[[7.4, 43.7], [7.4, 43.8], [7.5, 43.8], [7.5, 43.7], [7.4, 43.7]]] },
        attributes: [{ name: 'Name', column: 'name', type: 'text' }, { name: 'pupils', column: 'pupils', type: 'integer' }],
        uploadFileType: 'geojson',
        uploadReferenceSystem: 'EPSG:4326',
      },
      ...overrides,
    },
    at(minute),
  );
  if (!layer.ok) throw layer.error;
  return layer.value;
}

export const aJob = (ownerId: string, minute = 0, type = 'file_import', projectId: string | null = null): Job =>
  newJob({ ownerId, type, steps: ['upload', 'migration'], payload: { dataset_id: randomUUID() }, projectId }, at(minute));
