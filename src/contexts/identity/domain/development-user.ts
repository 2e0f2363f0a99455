import type { Principal } from '../../../shared-kernel/principal';

/**
 * The one user every request acts as while no identity provider is configured: a local, loopback-only
 * mode for trying the platform, never for real traffic (production refuses to start without one).
 */
export const DEVELOPMENT_USER: Principal = {
  id: '744e4fd1-685c-495c-8b02-efebce875359',
  email: 'developer@localhost',
  givenName: 'Local',
  familyName: 'Developer',
  username: 'developer',
  realmRoles: [],
};
