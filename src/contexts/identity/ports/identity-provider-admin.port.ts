/** A user account as the identity provider (Keycloak) holds it. */
export interface ProviderAccount {
  readonly id: string;
  readonly email: string;
  readonly firstname: string | null;
  readonly lastname: string | null;
}

export interface NewProviderAccount {
  readonly email: string;
  readonly firstname?: string;
  readonly lastname?: string;
  /** Where the invitee lands after following the e-mail's link. */
  readonly redirectUrl?: string;
}

/**
 * Administration of the identity provider's accounts: used to invite people by e-mail and to remove a
 * deleted user's account. Infrastructure faults throw (upstream errors).
 */
export interface IdentityProviderAdmin {
  findByEmail(email: string): Promise<ProviderAccount | null>;
  /** Creates the account and sends the invitation e-mail (set a password, verify the address). */
  createWithInvitation(account: NewProviderAccount): Promise<ProviderAccount>;
  /** Deletes the account; deleting one that does not exist is not an error. */
  delete(id: string): Promise<void>;
}

export const IDENTITY_PROVIDER_ADMIN: unique symbol = Symbol('IdentityProviderAdmin');
