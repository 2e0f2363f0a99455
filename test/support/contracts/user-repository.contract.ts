import { randomUUID } from 'node:crypto';
import type { User } from '../../../src/contexts/identity/domain/user';
import type { UserRepository } from '../../../src/contexts/identity/ports/user-repository.port';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 12, minute));

const userWith = (id: string, overrides: Partial<User> = {}): User => ({
  id,
  email: `${id}@example.org`,
  firstname: 'Mira',
  lastname: 'Stadt',
  avatar: 'https://cdn.example.org/avatars/mira.png',
  createdAt: at(0),
  updatedAt: at(1),
  ...overrides,
});

/** One behaviour for every UserRepository: the in-memory run (unit) and the PostgreSQL run (integration). */
export function describeUserRepositoryContract(name: string, makeRepository: () => Promise<UserRepository> | UserRepository): void {
  describe(`UserRepository contract: ${name}`, () => {
    let repository: UserRepository;
    let id: string;
    beforeEach(async () => {
      repository = await makeRepository();
      // Keycloak subjects are UUIDs, other providers' need not be: ids are text.
      id = `kc|${randomUUID()}`;
    });

    it('stores and reads back a user with every field', async () => {
      const user = userWith(id);
      await repository.save(user);
      expect(await repository.byId(id)).toEqual(user);
    });

    it('keeps absent fields as null', async () => {
      const user = userWith(id, { email: null, firstname: null, lastname: null, avatar: null });
      await repository.save(user);
      expect(await repository.byId(id)).toEqual(user);
    });

    it('answers null for an unknown id', async () => {
      expect(await repository.byId(id)).toBeNull();
    });

    it('replaces a user on save', async () => {
      await repository.save(userWith(id));
      const changed = userWith(id, { firstname: 'Ada', avatar: null, updatedAt: at(5) });
      await repository.save(changed);
      expect(await repository.byId(id)).toEqual(changed);
    });

    it('adds a user only when absent, saying whether it did', async () => {
      expect(await repository.addIfAbsent(userWith(id))).toBe(true);
      expect(await repository.addIfAbsent(userWith(id, { firstname: 'Second' }))).toBe(false);
      expect((await repository.byId(id))?.firstname).toBe('Mira');
    });

    it('hands out copies: changing a read object changes nothing stored', async () => {
      await repository.save(userWith(id));
      const read = (await repository.byId(id)) as { firstname: string };
      read.firstname = 'Changed behind its back';
      expect((await repository.byId(id))?.firstname).toBe('Mira');
    });

    it('deletes a user, and deleting an absent one is no error', async () => {
      await repository.save(userWith(id));
      await repository.delete(id);
      expect(await repository.byId(id)).toBeNull();
      await expect(repository.delete(id)).resolves.toBeUndefined();
    });
  });
}
