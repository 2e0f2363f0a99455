import type { Principal } from '../../../../shared-kernel/principal';

/**
 * Authorization's quotas charge the account of a principal and read only its id. Releases happen
 * where no request principal exists (folder cascade, account erasure, job undo), so the owner's id
 * stands for them: the owner paid, the owner gets it back.
 */
export const accountHolder = (ownerId: string): Principal => ({ id: ownerId, email: null, givenName: null, familyName: null, username: null, realmRoles: [] });
