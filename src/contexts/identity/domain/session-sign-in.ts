import type { Principal } from '../../../shared-kernel/principal';

/** What a browser session remembers of its sign-in (kept server-side, in the session store). */
export interface SessionSignIn {
  readonly principal: Principal;
  /** Sent back by the browser in `X-CSRF-Token` on every state-changing request. */
  readonly csrfToken: string;
  /** Handed to the provider's end-session endpoint at logout. */
  readonly idToken: string | null;
}

const isStringOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';

/** Sessions outlive deployments: anything not shaped as today's sign-in is treated as no sign-in. */
export function readSessionSignIn(value: unknown): SessionSignIn | null {
  if (typeof value !== 'object' || value === null) return null;
  const candidate = value as Partial<SessionSignIn>;
  const principal = candidate.principal as Partial<Principal> | undefined;
  if (typeof candidate.csrfToken !== 'string' || candidate.csrfToken.length < 16 || !isStringOrNull(candidate.idToken ?? null)) return null;
  if (!principal || typeof principal.id !== 'string' || principal.id.length === 0) return null;
  if (!Array.isArray(principal.realmRoles) || !principal.realmRoles.every((role) => typeof role === 'string')) return null;
  if (![principal.email, principal.givenName, principal.familyName, principal.username].every((field) => isStringOrNull(field ?? null))) return null;
  return {
    csrfToken: candidate.csrfToken,
    idToken: candidate.idToken ?? null,
    principal: {
      id: principal.id,
      email: principal.email ?? null,
      givenName: principal.givenName ?? null,
      familyName: principal.familyName ?? null,
      username: principal.username ?? null,
      realmRoles: [...principal.realmRoles],
    },
  };
}
