import type { Clock } from '../../../shared-kernel/clock';
import type { DomainError } from '../../../shared-kernel/domain-error';
import type { Principal } from '../../../shared-kernel/principal';
import { ok, type Result } from '../../../shared-kernel/result';
import { withProfileChanges, type ProfileChanges, type User } from '../domain/user';
import type { UserRepository } from '../ports/user-repository.port';
import type { GetProfile } from './get-profile.use-case';

/** The planner's own names and avatar; later sign-ins keep them (provisioning fills only empty ones). */
export class UpdateProfile {
  constructor(
    private readonly users: UserRepository,
    private readonly getProfile: GetProfile,
    private readonly clock: Clock,
  ) {}

  async execute(principal: Principal, changes: ProfileChanges): Promise<Result<User, DomainError>> {
    const current = await this.getProfile.execute(principal);
    if (!current.ok) return current;
    const updated = withProfileChanges(current.value, changes, this.clock.now());
    await this.users.save(updated);
    return ok(updated);
  }
}
