import type { Layer } from '../layers/layer';
import type { ProjectLayer } from './project-layer';

/** What a project shows of a layer: the layer's own metadata and its per-project placement. */
export interface LayerInProject {
  readonly placement: ProjectLayer;
  readonly layer: Layer;
}
