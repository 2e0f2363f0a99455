import { DomainError } from '../../../shared-kernel/domain-error';

/** Every expected failure of this context; codes are documented in docs/problems.md. */
export const AuthorizationErrors = {
  organizationNotFound: () => new DomainError('authorization.organization-not-found', 'not-found', 'The organization was not found.'),
  memberNotFound: () => new DomainError('authorization.member-not-found', 'not-found', 'The member was not found in this organization.'),
  teamNotFound: () => new DomainError('authorization.team-not-found', 'not-found', 'The team was not found.'),
  invitationNotFound: () => new DomainError('authorization.invitation-not-found', 'not-found', 'The invitation was not found.'),
  resourceNotFound: () => new DomainError('authorization.resource-not-found', 'not-found', 'The folder, project or layer was not found.'),
  forbidden: (message = 'You may read this but not change it.') => new DomainError('authorization.forbidden', 'forbidden', message),
  alreadyInOrganization: () =>
    new DomainError('authorization.already-in-organization', 'conflict', 'A user belongs to at most one organization; leave the current one first.'),
  alreadyMember: () => new DomainError('authorization.already-member', 'conflict', 'This person is already a member.'),
  alreadyInvited: () => new DomainError('authorization.already-invited', 'conflict', 'This e-mail address already has a pending invitation.'),
  lastOwner: () =>
    new DomainError('authorization.last-owner', 'rule-violation', 'The last owner cannot leave or be demoted; transfer ownership first.'),
  roleEscalation: () =>
    new DomainError('authorization.role-escalation', 'forbidden', 'You cannot give a role higher than your own, or change your own role.'),
  invitationExpired: () => new DomainError('authorization.invitation-expired', 'rule-violation', 'The invitation has expired.'),
  invitationNotPending: (status: string) =>
    new DomainError('authorization.invitation-not-pending', 'rule-violation', `The invitation is already ${status}.`, { status }),
  notOrganizationMember: () =>
    new DomainError('authorization.not-organization-member', 'rule-violation', 'Only members of the team’s organization can join it.'),
  quotaExceeded: (quota: string, total: number, used: number) =>
    new DomainError('authorization.quota-exceeded', 'quota-exceeded', `The plan allows ${total} ${quota}; ${used} are used.`, { quota, total, used }),
  suspended: () =>
    new DomainError('authorization.organization-suspended', 'suspended', 'The organization is suspended: its data can be read but not changed.'),
  featureNotInPlan: (feature: string) =>
    new DomainError('authorization.feature-not-in-plan', 'forbidden', `The plan does not include ${feature}.`, { feature }),
  invalidName: (pointer: string) =>
    new DomainError('authorization.name-invalid', 'validation', 'A name has 1 to 255 characters.', {
      errors: [{ pointer, message: 'must have 1 to 255 characters' }],
    }),
  invalidShareRole: (pointer: string, type: string) =>
    new DomainError('authorization.share-role-invalid', 'validation', `Share a ${type} as ${type}-viewer or ${type}-editor.`, {
      errors: [{ pointer, message: `must be ${type}-viewer or ${type}-editor` }],
    }),
  unknownGrantee: (kind: string) => new DomainError('authorization.grantee-not-found', 'not-found', `The ${kind} to share with was not found.`, { kind }),
};
