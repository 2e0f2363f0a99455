import type { Id } from '../../../../shared-kernel/ids';
import type { AttributeType } from '../layers/layer-attributes';
import type { GeometryKind } from '../layers/layer';
import type { UploadFormat } from './upload-format';

export type DatasetId = Id<'Dataset'>;

/** An uploaded, checked file waiting to become a layer; kept for a day (GOAT's behaviour). */
export const DATASET_LIFETIME_HOURS = 24;

export interface DatasetField {
  readonly name: string;
  readonly type: AttributeType;
}

export interface Dataset {
  readonly id: DatasetId;
  readonly ownerId: string;
  readonly fileName: string;
  readonly format: UploadFormat;
  /** `feature` when it has geometry, `table` when not. */
  readonly layerType: 'feature' | 'table';
  readonly geometryType: GeometryKind | null;
  readonly fields: readonly DatasetField[];
  readonly featureCount: number;
  /** The source CRS as an authority code (`EPSG:3857`) or null for tables. */
  readonly referenceSystem: string | null;
  readonly sizeBytes: number;
  readonly createdAt: Date;
  readonly expiresAt: Date;
}

export const isExpired = (dataset: Pick<Dataset, 'expiresAt'>, now: Date): boolean => dataset.expiresAt.getTime() <= now.getTime();
