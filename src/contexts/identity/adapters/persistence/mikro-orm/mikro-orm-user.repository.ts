import type { EntityManager } from '@mikro-orm/core';
import type { User } from '../../../domain/user';
import type { UserRepository } from '../../../ports/user-repository.port';
import { UserSchema, type UserRecord } from './user.entity';

const toDomain = (record: UserRecord): User => ({
  id: record.id,
  email: record.email,
  firstname: record.firstname,
  lastname: record.lastname,
  avatar: record.avatar,
  createdAt: record.createdAt,
  updatedAt: record.updatedAt,
});

const toRecord = (user: User): UserRecord => ({ ...user });

export class MikroOrmUserRepository implements UserRepository {
  constructor(private readonly em: EntityManager) {}

  async byId(id: string): Promise<User | null> {
    const record = await this.em.fork().findOne(UserSchema, { id });
    return record ? toDomain(record) : null;
  }

  async save(user: User): Promise<void> {
    await this.em.fork().upsert(UserSchema, toRecord(user));
  }

  async addIfAbsent(user: User): Promise<boolean> {
    // ON CONFLICT DO NOTHING: two first requests of one user may race; the first insert wins.
    const result = await this.em
      .fork()
      .getConnection()
      .execute(
        'INSERT INTO identity."user" (id, email, firstname, lastname, avatar, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
        [user.id, user.email, user.firstname, user.lastname, user.avatar, user.createdAt, user.updatedAt],
        'run',
      );
    return (result as { affectedRows?: number }).affectedRows === 1;
  }

  async delete(id: string): Promise<void> {
    await this.em.fork().nativeDelete(UserSchema, { id });
  }
}
