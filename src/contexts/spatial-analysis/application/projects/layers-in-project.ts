import type { LayerInProject } from '../../domain/projects/layer-in-project';
import type { Project } from '../../domain/projects/project';
import type { LayerRepository } from '../../ports/layers/layer-repository.port';
import type { ProjectLayerRepository } from '../../ports/projects/project-layer-repository.port';

/** The project's layers joined with their metadata, in the project's layer order (topmost first). */
export async function layersInProject(project: Project, placements: ProjectLayerRepository, layers: LayerRepository): Promise<LayerInProject[]> {
  const placed = await placements.ofProject(project.id);
  const metadata = new Map((await layers.byIds(placed.map((placement) => placement.layerId))).map((layer) => [layer.id as string, layer]));
  const rank = new Map(project.layerOrder.map((id, index) => [id, index]));
  return placed
    .filter((placement) => metadata.has(placement.layerId))
    .sort((a, b) => (rank.get(a.id) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b.id) ?? Number.MAX_SAFE_INTEGER) || a.id - b.id)
    .map((placement) => ({ placement, layer: metadata.get(placement.layerId)! }));
}
