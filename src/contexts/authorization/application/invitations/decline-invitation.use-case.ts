import type { Clock } from '../../../../shared-kernel/clock';
import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { ok, type Result } from '../../../../shared-kernel/result';
import { answered, checkOpen, type InvitationId } from '../../domain/invitation';
import type { InvitationRepository } from '../../ports/invitation-repository.port';
import { invitationFor } from './organization-invitation';

export class DeclineInvitation {
  constructor(
    private readonly invitations: InvitationRepository,
    private readonly clock: Clock,
  ) {}

  async execute(principal: Principal, id: InvitationId): Promise<Result<void, DomainError>> {
    const found = await invitationFor(this.invitations, principal, id);
    if (!found.ok) return found;
    const now = this.clock.now();
    const open = checkOpen(found.value, now);
    if (!open.ok) return open;
    await this.invitations.save(answered(open.value, 'declined', now));
    return ok(undefined);
  }
}
