import type { Geometry } from 'geojson';
import type { DomainError } from '../../../../shared-kernel/domain-error';
import { newId, type Id } from '../../../../shared-kernel/ids';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import type { FolderId } from '../workspace/folder';
import type { LayerAttribute } from './layer-attributes';
import { LayerErrors } from './layer.errors';
import { defaultStyleFor } from './layer-style';

export type LayerId = Id<'Layer'>;

export type LayerType = 'feature' | 'table' | 'raster';
export type FeatureLayerType = 'standard' | 'tool' | 'street_network';
export type GeometryKind = 'point' | 'line' | 'polygon';
export type RasterDataType = 'wms' | 'wmts' | 'xyz';

export const LAYER_TYPES: readonly LayerType[] = ['feature', 'table', 'raster'];
export const FEATURE_LAYER_TYPES: readonly FeatureLayerType[] = ['standard', 'tool', 'street_network'];
export const GEOMETRY_KINDS: readonly GeometryKind[] = ['point', 'line', 'polygon'];
export const MAX_LAYER_NAME_LENGTH = 255;

/** Descriptive metadata a planner maintains (GOAT's ISO-style fields, the ones its client edits). */
export interface LayerMetadata {
  readonly name: string;
  readonly description: string | null;
  readonly tags: readonly string[];
  readonly license: string | null;
  readonly attribution: string | null;
  readonly dataReferenceYear: number | null;
}

/** What was stored: filled in by the import, read by exports, tiles and quotas. */
export interface LayerData {
  readonly featureCount: number;
  readonly sizeBytes: number;
  /** Bounding polygon in EPSG:4326; null for tables and empty layers. */
  readonly extent: Geometry | null;
  readonly attributes: readonly LayerAttribute[];
  readonly uploadFileType: string | null;
  readonly uploadReferenceSystem: string | null;
}

export interface Layer extends LayerMetadata {
  readonly id: LayerId;
  readonly ownerId: string;
  readonly folderId: FolderId;
  readonly type: LayerType;
  readonly featureLayerType: FeatureLayerType | null;
  readonly geometryType: GeometryKind | null;
  readonly data: LayerData;
  /** Default MapLibre-like style copied into each project the layer is added to. */
  readonly properties: Readonly<Record<string, unknown>>;
  readonly otherProperties: Readonly<Record<string, unknown>>;
  readonly url: string | null;
  readonly dataType: RasterDataType | null;
  readonly jobId: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export type LayerMetadataChanges = Partial<LayerMetadata> & {
  readonly folderId?: FolderId;
  readonly properties?: Record<string, unknown>;
  readonly otherProperties?: Record<string, unknown>;
};

const EMPTY_DATA: LayerData = { featureCount: 0, sizeBytes: 0, extent: null, attributes: [], uploadFileType: null, uploadReferenceSystem: null };

function checkedName(raw: string): Result<string, DomainError> {
  const name = raw.trim();
  return name.length === 0 || name.length > MAX_LAYER_NAME_LENGTH ? err(LayerErrors.invalidName()) : ok(name);
}

export interface NewLayer {
  readonly id?: LayerId;
  readonly ownerId: string;
  readonly folderId: FolderId;
  readonly metadata: Partial<LayerMetadata> & { readonly name: string };
  readonly type: LayerType;
  readonly featureLayerType?: FeatureLayerType | null;
  readonly geometryType?: GeometryKind | null;
  readonly data?: LayerData;
  readonly url?: string | null;
  readonly dataType?: RasterDataType | null;
  readonly jobId?: string | null;
}

export function newLayer(input: NewLayer, now: Date): Result<Layer, DomainError> {
  const name = checkedName(input.metadata.name);
  if (!name.ok) return name;
  const geometryType = input.type === 'feature' ? (input.geometryType ?? null) : null;
  return ok({
    id: input.id ?? newId<'Layer'>(),
    ownerId: input.ownerId,
    folderId: input.folderId,
    name: name.value,
    description: input.metadata.description ?? null,
    tags: [...(input.metadata.tags ?? [])],
    license: input.metadata.license ?? null,
    attribution: input.metadata.attribution ?? null,
    dataReferenceYear: input.metadata.dataReferenceYear ?? null,
    type: input.type,
    featureLayerType: input.type === 'feature' ? (input.featureLayerType ?? 'standard') : null,
    geometryType,
    data: input.data ?? EMPTY_DATA,
    properties: defaultStyleFor(input.type, geometryType),
    otherProperties: {},
    url: input.url ?? null,
    dataType: input.dataType ?? null,
    jobId: input.jobId ?? null,
    createdAt: now,
    updatedAt: now,
  });
}

export function changedLayer(layer: Layer, changes: LayerMetadataChanges, now: Date): Result<Layer, DomainError> {
  let name = layer.name;
  if (changes.name !== undefined) {
    const checked = checkedName(changes.name);
    if (!checked.ok) return checked;
    name = checked.value;
  }
  const pick = <K extends keyof Layer>(key: K): Layer[K] => (changes[key as keyof LayerMetadataChanges] !== undefined ? (changes[key as keyof LayerMetadataChanges] as Layer[K]) : layer[key]);
  return ok({
    ...layer,
    name,
    folderId: pick('folderId'),
    description: pick('description'),
    tags: changes.tags !== undefined ? [...changes.tags] : layer.tags,
    license: pick('license'),
    attribution: pick('attribution'),
    dataReferenceYear: pick('dataReferenceYear'),
    properties: pick('properties'),
    otherProperties: pick('otherProperties'),
    updatedAt: now,
  });
}

/** Layers holding rows in a feature store (raster layers point at someone else's service). */
export const holdsData = (layer: Pick<Layer, 'type'>): boolean => layer.type !== 'raster';
