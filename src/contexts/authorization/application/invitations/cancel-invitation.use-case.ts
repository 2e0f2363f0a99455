import type { Clock } from '../../../../shared-kernel/clock';
import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { AuthorizationErrors } from '../../domain/authorization.errors';
import { answered, type InvitationId } from '../../domain/invitation';
import type { OrganizationId } from '../../domain/organization';
import type { InvitationRepository } from '../../ports/invitation-repository.port';
import type { AccessPolicy } from '../access/access-policy';
import { managedInvitation } from './organization-invitation';

/** Only a pending invitation can be cancelled (an expired one too: it is tidied away). */
export class CancelInvitation {
  constructor(
    private readonly invitations: InvitationRepository,
    private readonly policy: AccessPolicy,
    private readonly clock: Clock,
  ) {}

  async execute(principal: Principal, id: OrganizationId, invitationId: InvitationId): Promise<Result<void, DomainError>> {
    const found = await managedInvitation(this.invitations, this.policy, principal, id, invitationId);
    if (!found.ok) return found;
    if (found.value.status !== 'pending') return err(AuthorizationErrors.invitationNotPending(found.value.status));
    await this.invitations.save(answered(found.value, 'canceled', this.clock.now()));
    return ok(undefined);
  }
}
