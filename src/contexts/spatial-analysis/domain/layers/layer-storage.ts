import type { Layer } from './layer';

/**
 * The bytes a layer counts against the plan's storage: what an upload stored. Raster services store
 * nothing here, and tool results (catchment areas…) are not charged yet.
 */
export const chargedStorageBytes = (layer: Layer): number => (layer.data.uploadFileType !== null ? layer.data.sizeBytes : 0);
