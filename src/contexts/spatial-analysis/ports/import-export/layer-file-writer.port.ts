import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Result } from '../../../../shared-kernel/result';
import type { ExportFormat } from '../../domain/import-export/export-format';
import type { FeatureSource } from '../layers/layer-feature-store.port';

export interface ExportRequest {
  readonly format: ExportFormat;
  /** Base name without extension, already safe for file systems. */
  readonly fileName: string;
  /** Target CRS (`EPSG:3857`); features arrive in EPSG:4326. */
  readonly crs?: string;
  /** Written beside the data file as `metadata.txt`. */
  readonly metadataText: string;
}

/** A zip on disk, to stream to the caller and then release. */
export interface ExportedArchive {
  readonly path: string;
  readonly fileName: string;
  release(): Promise<void>;
}

/** Writes features to a file of the planner's choice (GDAL) and zips it. */
export interface LayerFileWriter {
  write(source: FeatureSource, request: ExportRequest): Promise<Result<ExportedArchive, DomainError>>;
}

export const LAYER_FILE_WRITER: unique symbol = Symbol('LayerFileWriter');
