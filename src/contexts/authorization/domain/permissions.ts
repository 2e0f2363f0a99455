import type { ResourceType, Role } from './roles';

/**
 * Everything the platform checks before an action. The role -> permission table is data (seeded by
 * migration 0020 into `authorization.role_permission`); this default copy serves the in-memory
 * adapter and must say the same, which the table-driven test proves against both.
 */
export const RESOURCE_PERMISSIONS = {
  folder: ['read-folder', 'update-folder', 'delete-folder', 'share-folder'],
  project: ['read-project', 'update-project', 'delete-project', 'share-project', 'create-layer', 'create-job'],
  layer: ['read-layer', 'update-layer', 'delete-layer', 'share-layer'],
} as const satisfies Record<ResourceType, readonly string[]>;

export const ORGANIZATION_PERMISSIONS = [
  'read-organization',
  'update-organization',
  'delete-organization',
  'manage-members',
  'transfer-ownership',
  'read-audit',
  'read-billing',
] as const;

export const TEAM_PERMISSIONS = ['read-team', 'update-team', 'delete-team', 'manage-team-members'] as const;

/** What may be created in the caller's own space (their organization's, or their personal one). */
export const WORKSPACE_PERMISSIONS = ['create-folder', 'create-project', 'create-layer', 'create-team', 'create-job'] as const;

export type Permission =
  | (typeof RESOURCE_PERMISSIONS)[ResourceType][number]
  | (typeof ORGANIZATION_PERMISSIONS)[number]
  | (typeof TEAM_PERMISSIONS)[number]
  | (typeof WORKSPACE_PERMISSIONS)[number];

export const ALL_PERMISSIONS: readonly Permission[] = [
  ...new Set<Permission>([
    ...Object.values(RESOURCE_PERMISSIONS).flat(),
    ...ORGANIZATION_PERMISSIONS,
    ...TEAM_PERMISSIONS,
    ...WORKSPACE_PERMISSIONS,
  ]),
];

export const isPermission = (value: string): value is Permission => (ALL_PERMISSIONS as readonly string[]).includes(value);

/** Reads are allowed to a suspended organization; everything else is a write. */
export const isReadPermission = (permission: Permission): boolean => permission.startsWith('read-');

/** Which roles grant which permissions; built from stored rows, consulted by the decision point. */
export class PermissionTable {
  private readonly byRole: ReadonlyMap<string, ReadonlySet<string>>;

  constructor(rows: ReadonlyArray<{ readonly role: string; readonly permission: string }>) {
    const byRole = new Map<string, Set<string>>();
    for (const { role, permission } of rows) byRole.set(role, (byRole.get(role) ?? new Set()).add(permission));
    this.byRole = byRole;
  }

  grants(role: Role | null, permission: Permission): boolean {
    return role !== null && (this.byRole.get(role)?.has(permission) ?? false);
  }

  permissionsOf(role: Role): Permission[] {
    return [...(this.byRole.get(role) ?? [])].filter(isPermission).sort();
  }
}

const viewerOf = { folder: ['read-folder'], project: ['read-project'], layer: ['read-layer'] } as const;
const editorOf = {
  folder: [...viewerOf.folder, 'update-folder'],
  project: [...viewerOf.project, 'update-project', 'create-layer', 'create-job'],
  layer: [...viewerOf.layer, 'update-layer'],
} as const;
const ownerOf = {
  folder: [...editorOf.folder, 'delete-folder', 'share-folder'],
  project: [...editorOf.project, 'delete-project', 'share-project'],
  layer: [...editorOf.layer, 'delete-layer', 'share-layer'],
} as const;
const organizationViewer = ['read-organization'] as const;
const organizationEditor = [...organizationViewer, ...WORKSPACE_PERMISSIONS] as const;
const organizationAdmin = [...organizationEditor, 'update-organization', 'manage-members', 'read-audit', 'read-billing'] as const;
const organizationOwner = [...organizationAdmin, 'delete-organization', 'transfer-ownership'] as const;

/** The seeded table, role by role (viewer within editor within owner, as in the reference). */
export const DEFAULT_ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  'organization-owner': organizationOwner,
  'organization-admin': organizationAdmin,
  'organization-editor': organizationEditor,
  'organization-viewer': organizationViewer,
  'team-owner': ['read-team', 'update-team', 'delete-team', 'manage-team-members'],
  'team-member': ['read-team'],
  'folder-owner': ownerOf.folder,
  'folder-editor': editorOf.folder,
  'folder-viewer': viewerOf.folder,
  'project-owner': ownerOf.project,
  'project-editor': editorOf.project,
  'project-viewer': viewerOf.project,
  'layer-owner': ownerOf.layer,
  'layer-editor': editorOf.layer,
  'layer-viewer': viewerOf.layer,
};

export const defaultPermissionRows = (): { role: Role; permission: Permission }[] =>
  Object.entries(DEFAULT_ROLE_PERMISSIONS).flatMap(([role, permissions]) => permissions.map((permission) => ({ role: role as Role, permission })));
