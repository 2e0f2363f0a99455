import type { DomainError } from '../../../shared-kernel/domain-error';
import type { Principal } from '../../../shared-kernel/principal';
import { err, ok, type Result } from '../../../shared-kernel/result';
import { IdentityErrors } from '../domain/identity.errors';
import type { User } from '../domain/user';
import type { UserRepository } from '../ports/user-repository.port';
import type { ProvisionUser } from './provision-user.use-case';

/** The caller's profile; provisioned here too, in case an authenticator that does not provision let them in. */
export class GetProfile {
  constructor(
    private readonly users: UserRepository,
    private readonly provisionUser: ProvisionUser,
  ) {}

  async execute(principal: Principal): Promise<Result<User, DomainError>> {
    let user = await this.users.byId(principal.id);
    if (!user) {
      this.provisionUser.forget(principal.id);
      await this.provisionUser.execute(principal);
      user = await this.users.byId(principal.id);
    }
    return user ? ok(user) : err(IdentityErrors.userNotFound());
  }
}
