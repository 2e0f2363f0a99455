import type { User } from '../../../domain/user';
import type { UserRepository } from '../../../ports/user-repository.port';

/** Keeps copies, so a caller's object never changes stored state without `save`. */
export class InMemoryUserRepository implements UserRepository {
  private readonly rows = new Map<string, User>();

  async byId(id: string): Promise<User | null> {
    const row = this.rows.get(id);
    return row ? structuredClone(row) : null;
  }

  async save(user: User): Promise<void> {
    this.rows.set(user.id, structuredClone(user));
  }

  async addIfAbsent(user: User): Promise<boolean> {
    if (this.rows.has(user.id)) return false;
    this.rows.set(user.id, structuredClone(user));
    return true;
  }

  async delete(id: string): Promise<void> {
    this.rows.delete(id);
  }
}
