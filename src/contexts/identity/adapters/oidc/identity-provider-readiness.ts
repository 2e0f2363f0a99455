import type { ReadinessCheck } from '../../../../shared-kernel/readiness';
import type { OpenIdDiscovery } from './openid-discovery';

/** `/readyz`: the provider's discovery document answers and names our issuer. */
export const identityProviderReadiness = (discovery: OpenIdDiscovery): ReadinessCheck => ({
  name: 'identity-provider',
  check: async () => {
    await discovery.discover();
  },
});
