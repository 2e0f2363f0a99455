import { UniqueConstraintViolationException, type EntityManager, type FilterQuery } from '@mikro-orm/core';
import { offsetOf, pageOf, type Page } from '../../../../../shared-kernel/paging';
import type { Folder, FolderId } from '../../../domain/workspace/folder';
import type { FolderQuery, FolderRepository, FolderSaveOutcome } from '../../../ports/workspace/folder-repository.port';
import { FolderRecord, FolderSchema } from './folder.entity';
import { escapeLike } from './like-pattern';

const toDomain = (record: FolderRecord): Folder => ({
  id: record.id as FolderId,
  ownerId: record.userId,
  name: record.name,
  isHome: record.isHome,
  createdAt: record.createdAt,
  updatedAt: record.updatedAt,
});

export class MikroOrmFolderRepository implements FolderRepository {
  constructor(private readonly em: EntityManager) {}

  async byId(id: FolderId): Promise<Folder | null> {
    const record = await this.em.fork().findOne(FolderSchema, { id });
    return record ? toDomain(record) : null;
  }

  async homeOf(ownerId: string): Promise<Folder | null> {
    const record = await this.em.fork().findOne(FolderSchema, { userId: ownerId, isHome: true });
    return record ? toDomain(record) : null;
  }

  async list(query: FolderQuery): Promise<Page<Folder>> {
    const where: FilterQuery<FolderRecord> = { userId: query.ownerId };
    if (query.search) where.name = { $ilike: `%${escapeLike(query.search)}%` };
    const [records, total] = await this.em.fork().findAndCount(FolderSchema, where, {
      orderBy: { isHome: 'desc', name: 'asc', id: 'asc' },
      limit: query.page.size,
      offset: offsetOf(query.page),
    });
    return pageOf(records.map(toDomain), total, query.page);
  }

  async countExcludingHome(ownerId: string): Promise<number> {
    return this.em.fork().count(FolderSchema, { userId: ownerId, isHome: false });
  }

  async save(folder: Folder): Promise<FolderSaveOutcome> {
    const em = this.em.fork();
    try {
      await em.upsert(FolderSchema, {
        id: folder.id,
        userId: folder.ownerId,
        name: folder.name,
        isHome: folder.isHome,
        createdAt: folder.createdAt,
        updatedAt: folder.updatedAt,
      });
      return 'saved';
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) return 'name-taken';
      throw error;
    }
  }

  async delete(id: FolderId): Promise<void> {
    await this.em.fork().nativeDelete(FolderSchema, { id });
  }

  async deleteAllOf(ownerId: string): Promise<void> {
    await this.em.fork().nativeDelete(FolderSchema, { userId: ownerId });
  }
}
