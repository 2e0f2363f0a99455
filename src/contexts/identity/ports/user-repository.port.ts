import type { User } from '../domain/user';

export interface UserRepository {
  byId(id: string): Promise<User | null>;
  /** Inserts or replaces. */
  save(user: User): Promise<void>;
  /** Adds the user unless one with that id exists; says whether this call added it. */
  addIfAbsent(user: User): Promise<boolean>;
  delete(id: string): Promise<void>;
}

export const USER_REPOSITORY: unique symbol = Symbol('UserRepository');
