import type { Organization } from '../../domain/organization';
import type { Subscription } from '../../domain/subscription';

/** An organization as its members see it: profile plus plan and quota usage. */
export interface OrganizationView {
  readonly organization: Organization;
  readonly subscription: Subscription;
}
