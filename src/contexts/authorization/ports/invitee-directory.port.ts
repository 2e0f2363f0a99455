/**
 * Makes sure an invited e-mail can sign in: `existing` account, a `created` one (the identity
 * provider sends its own mail), or `awaiting-sign-in` where no provider can be asked.
 */
export type InviteeAccount = 'existing' | 'created' | 'awaiting-sign-in';

export interface InviteeDirectory {
  ensureAccount(email: string): Promise<InviteeAccount>;
}

export const INVITEE_DIRECTORY: unique symbol = Symbol('InviteeDirectory');
