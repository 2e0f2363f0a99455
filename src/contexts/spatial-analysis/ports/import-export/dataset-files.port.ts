import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Result } from '../../../../shared-kernel/result';
import type { Dataset, DatasetId } from '../../domain/import-export/dataset';
import type { UploadFormat } from '../../domain/import-export/upload-format';
import type { FeatureSource } from '../layers/layer-feature-store.port';

/** A file as the HTTP layer received it: already on disk, in a temporary place. */
export interface ReceivedFile {
  readonly path: string;
  readonly originalName: string;
  readonly sizeBytes: number;
}

export interface AcceptOptions {
  readonly ownerId: string;
  readonly format: UploadFormat;
  /** CRS of CSV/XLSX coordinates when not WGS84 (`EPSG:31468`). */
  readonly assumedCrs?: string;
  readonly now: Date;
}

/**
 * Uploaded files checked with GDAL and kept under the upload directory until they become a layer or
 * expire. `accept` moves the received file (it is gone afterwards, accepted or not).
 */
export interface DatasetFiles {
  accept(file: ReceivedFile, options: AcceptOptions): Promise<Result<Dataset, DomainError>>;
  /** Removes a received file that will not be accepted. */
  reject(file: ReceivedFile): Promise<void>;
  /** Null when unknown or expired. */
  byId(id: DatasetId): Promise<Dataset | null>;
  /** The dataset's features reprojected to EPSG:4326 with the given attributes. */
  open(dataset: Dataset, attributes: FeatureSource['attributes']): Promise<FeatureSource>;
  discard(id: DatasetId): Promise<void>;
  /** Removes expired datasets; returns how many. */
  discardExpired(now: Date): Promise<number>;
}

export const DATASET_FILES: unique symbol = Symbol('DatasetFiles');
