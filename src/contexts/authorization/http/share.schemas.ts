import { z } from 'zod';
import { uuidParam } from '../../../shared-kernel/http-schemas';
import type { ResourceAccess } from '../application/sharing/list-resource-access.use-case';
import type { Grant } from '../domain/grant';
import { RESOURCE_TYPES } from '../domain/roles';

const entry = z.object({ id: z.string().min(1).max(255), role: z.string().min(1).max(64) });
// User ids are the identity provider's subjects (any text); teams and organizations are ours (UUIDs).
const ownEntry = entry.extend({ id: z.uuid({ message: 'must be a UUID' }) });
export const shareBody = z.object({
  users: z.array(entry).max(500).optional(),
  teams: z.array(ownEntry).max(500).optional(),
  organizations: z.array(ownEntry).max(50).optional(),
});
export const shareParams = z.object({ resource_type: z.enum(RESOURCE_TYPES), resource_id: uuidParam });

const grantee = z.object({ id: z.string(), role: z.string() });
export const shareResponse = z.object({
  owned_by: z.string(),
  shared_with: z.object({ users: z.array(grantee), teams: z.array(grantee), organizations: z.array(grantee) }),
});

export const toShareResponse = (ownerId: string, grants: Grant[]): z.infer<typeof shareResponse> => {
  const of = (kind: Grant['granteeKind']) => grants.filter((g) => g.granteeKind === kind).map((g) => ({ id: g.granteeId, role: g.role }));
  return { owned_by: ownerId, shared_with: { users: of('user'), teams: of('team'), organizations: of('organization') } };
};

export const toAccessResponse = (access: ResourceAccess) => toShareResponse(access.item.ownerId, access.grants);
