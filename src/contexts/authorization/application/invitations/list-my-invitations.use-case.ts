import type { Principal } from '../../../../shared-kernel/principal';
import type { Invitation, InvitationStatus } from '../../domain/invitation';
import type { InvitationRepository } from '../../ports/invitation-repository.port';

/** Invitations addressed to the caller's e-mail. */
export class ListMyInvitations {
  constructor(private readonly invitations: InvitationRepository) {}

  async execute(principal: Principal, status?: InvitationStatus): Promise<Invitation[]> {
    if (!principal.email) return [];
    return this.invitations.forEmail(principal.email.trim().toLowerCase(), status);
  }
}
