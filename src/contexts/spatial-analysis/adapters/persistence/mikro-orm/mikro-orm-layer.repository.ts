import type { EntityManager, ObjectQuery } from '@mikro-orm/core';
import { offsetOf, pageOf, type Page } from '../../../../../shared-kernel/paging';
import type { FeatureLayerType, GeometryKind, Layer, LayerId, LayerType, RasterDataType } from '../../../domain/layers/layer';
import type { LayerAttribute } from '../../../domain/layers/layer-attributes';
import type { FolderId } from '../../../domain/workspace/folder';
import type { LayerQuery, LayerRepository } from '../../../ports/layers/layer-repository.port';
import { LayerRecord, LayerSchema } from './layer.entity';
import { escapeLike } from './like-pattern';
import { ownedOrShared } from './owned-or-shared';

const toDomain = (record: LayerRecord): Layer => ({
  id: record.id as LayerId,
  ownerId: record.userId,
  folderId: record.folderId as FolderId,
  name: record.name,
  description: record.description,
  tags: record.tags,
  license: record.license,
  attribution: record.attribution,
  dataReferenceYear: record.dataReferenceYear,
  type: record.type as LayerType,
  featureLayerType: record.featureLayerType as FeatureLayerType | null,
  geometryType: record.featureLayerGeometryType as GeometryKind | null,
  data: {
    featureCount: record.featureCount,
    sizeBytes: record.size,
    extent: record.extent,
    attributes: record.attributes as LayerAttribute[],
    uploadFileType: record.uploadFileType,
    uploadReferenceSystem: record.uploadReferenceSystem,
  },
  properties: record.properties,
  otherProperties: record.otherProperties,
  url: record.url,
  dataType: record.dataType as RasterDataType | null,
  jobId: record.jobId,
  createdAt: record.createdAt,
  updatedAt: record.updatedAt,
});

const toRecord = (layer: Layer): LayerRecord => ({
  id: layer.id,
  userId: layer.ownerId,
  folderId: layer.folderId,
  name: layer.name,
  description: layer.description,
  tags: [...layer.tags],
  license: layer.license,
  attribution: layer.attribution,
  dataReferenceYear: layer.dataReferenceYear,
  type: layer.type,
  featureLayerType: layer.featureLayerType,
  featureLayerGeometryType: layer.geometryType,
  attributes: layer.data.attributes.map((attribute) => ({ ...attribute })),
  featureCount: layer.data.featureCount,
  size: layer.data.sizeBytes,
  extent: layer.data.extent,
  uploadFileType: layer.data.uploadFileType,
  uploadReferenceSystem: layer.data.uploadReferenceSystem,
  properties: { ...layer.properties },
  otherProperties: { ...layer.otherProperties },
  url: layer.url,
  dataType: layer.dataType,
  jobId: layer.jobId,
  createdAt: layer.createdAt,
  updatedAt: layer.updatedAt,
});

export class MikroOrmLayerRepository implements LayerRepository {
  constructor(private readonly em: EntityManager) {}

  async byId(id: LayerId): Promise<Layer | null> {
    const record = await this.em.fork().findOne(LayerSchema, { id });
    return record ? toDomain(record) : null;
  }

  async byIds(ids: readonly string[]): Promise<Layer[]> {
    if (ids.length === 0) return [];
    const records = await this.em.fork().find(LayerSchema, { id: { $in: [...ids] } });
    const byId = new Map(records.map((record) => [record.id, toDomain(record)]));
    return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  }

  async list(query: LayerQuery): Promise<Page<Layer>> {
    const where: ObjectQuery<LayerRecord> = ownedOrShared<LayerRecord>(query.ownerId, query.sharedWithCaller);
    if (query.folderId) where.folderId = query.folderId;
    if (query.types?.length) where.type = { $in: [...query.types] };
    if (query.featureLayerTypes?.length) where.featureLayerType = { $in: [...query.featureLayerTypes] };
    if (query.search) where.name = { $ilike: `%${escapeLike(query.search)}%` };
    const [records, total] = await this.em.fork().findAndCount(LayerSchema, where, {
      orderBy: { updatedAt: 'desc', id: 'desc' },
      limit: query.page.size,
      offset: offsetOf(query.page),
    });
    return pageOf(records.map(toDomain), total, query.page);
  }

  async save(layer: Layer): Promise<void> {
    await this.em.fork().upsert(LayerSchema, toRecord(layer));
  }

  async delete(id: LayerId): Promise<void> {
    await this.em.fork().nativeDelete(LayerSchema, { id });
  }

  async idsInFolder(folderId: string): Promise<LayerId[]> {
    const records = await this.em.fork().find(LayerSchema, { folderId }, { fields: ['id'] });
    return records.map((record) => record.id as LayerId);
  }

  async idsOwnedBy(ownerId: string): Promise<LayerId[]> {
    const records = await this.em.fork().find(LayerSchema, { userId: ownerId }, { fields: ['id'] });
    return records.map((record) => record.id as LayerId);
  }

  async storageUsedBy(ownerId: string): Promise<number> {
    const rows = await this.em.fork().getConnection().execute<{ used: string | null }[]>(
      'SELECT coalesce(sum(size), 0)::bigint AS used FROM spatial_analysis.layer WHERE user_id = ?',
      [ownerId],
    );
    return Number(rows[0]?.used ?? 0);
  }
}
