/**
 * Roles by scope, as the reference platform names them. Resource roles rank viewer < editor < owner;
 * a grant on a folder gives the same level on everything inside it.
 */
export const ORGANIZATION_ROLES = ['organization-owner', 'organization-admin', 'organization-editor', 'organization-viewer'] as const;
export const TEAM_ROLES = ['team-owner', 'team-member'] as const;
export const RESOURCE_TYPES = ['folder', 'project', 'layer'] as const;
export const ACCESS_LEVELS = ['viewer', 'editor', 'owner'] as const;

export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];
export type TeamRole = (typeof TEAM_ROLES)[number];
export type ResourceType = (typeof RESOURCE_TYPES)[number];
export type AccessLevel = (typeof ACCESS_LEVELS)[number];
export type ResourceRole = `${ResourceType}-${AccessLevel}`;
export type Role = OrganizationRole | TeamRole | ResourceRole;

export const RESOURCE_ROLES: readonly ResourceRole[] = RESOURCE_TYPES.flatMap((type) => ACCESS_LEVELS.map((level) => `${type}-${level}` as const));
export const ALL_ROLES: readonly Role[] = [...ORGANIZATION_ROLES, ...TEAM_ROLES, ...RESOURCE_ROLES];

export const isOrganizationRole = (value: string): value is OrganizationRole => (ORGANIZATION_ROLES as readonly string[]).includes(value);
export const isTeamRole = (value: string): value is TeamRole => (TEAM_ROLES as readonly string[]).includes(value);
export const isResourceType = (value: string): value is ResourceType => (RESOURCE_TYPES as readonly string[]).includes(value);

/** Higher is more: owner 4, admin 3, editor 2, viewer 1. */
export const organizationRank = (role: OrganizationRole): number => ORGANIZATION_ROLES.length - ORGANIZATION_ROLES.indexOf(role);

export const levelRank = (level: AccessLevel): number => ACCESS_LEVELS.indexOf(level) + 1;

export const resourceRole = (type: ResourceType, level: AccessLevel): ResourceRole => `${type}-${level}`;

/** `project-editor` -> `editor`; null when the role is not a resource role of that type. */
export function levelOf(role: string, type: ResourceType): AccessLevel | null {
  const prefix = `${type}-`;
  if (!role.startsWith(prefix)) return null;
  const level = role.slice(prefix.length);
  return (ACCESS_LEVELS as readonly string[]).includes(level) ? (level as AccessLevel) : null;
}

/** Editors and above take an editor seat of the plan; viewers a viewer seat. */
export const seatOf = (role: OrganizationRole): 'editors' | 'viewers' => (role === 'organization-viewer' ? 'viewers' : 'editors');
