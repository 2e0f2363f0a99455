import { z } from 'zod';
import { pageOfSchema, pageQuery, uuidParam } from '../../../shared-kernel/http-schemas';
import type { AuditEntry } from '../domain/audit-entry';
import type { Invitation } from '../domain/invitation';
import type { Membership, OrganizationProfile } from '../domain/organization';
import { ORGANIZATION_ROLES } from '../domain/roles';
import type { OrganizationView } from '../application/organizations/organization-view';

const text = z.string().trim().max(255);
const profileFields = {
  type: text.nullish(),
  size: text.nullish(),
  industry: text.nullish(),
  department: text.nullish(),
  use_case: text.nullish(),
  phone: text.nullish(),
  location: text.nullish(),
  avatar: z.string().max(2048).nullish(),
  region: text.nullish(),
  newsletter: z.boolean().nullish(),
};

export const organizationRole = z.enum(ORGANIZATION_ROLES);
export const userIdParam = z.string().min(1).max(255).regex(/^[A-Za-z0-9_.@:-]+$/, 'must be a user id');

export const organizationCreateBody = z.object({ name: z.string().trim().min(1).max(255), ...profileFields });
export const organizationProfileBody = z.object({ name: z.string().trim().min(1).max(255).optional(), ...profileFields });
export const organizationIdParams = z.object({ organization_id: uuidParam });
export const memberParams = z.object({ organization_id: uuidParam, user_id: userIdParam });
export const memberRoleBody = z.object({ role: organizationRole });
export const membersQuery = pageQuery.extend({ include_invitations: z.enum(['true', 'false']).default('false').transform((v) => v === 'true') });

type ProfileInput = Partial<Record<keyof typeof profileFields, unknown>>;
export const toProfile = (body: ProfileInput): OrganizationProfile => {
  const profile: Record<string, unknown> = {};
  const map: Record<string, keyof OrganizationProfile> = { use_case: 'useCase' };
  for (const key of Object.keys(profileFields) as (keyof typeof profileFields)[]) {
    if (body[key] !== undefined) profile[map[key] ?? key] = body[key];
  }
  return profile as OrganizationProfile;
};

export const organizationResponse = z.object({
  id: z.uuid(),
  name: z.string(),
  type: z.string().nullable(),
  size: z.string().nullable(),
  industry: z.string().nullable(),
  department: z.string().nullable(),
  use_case: z.string().nullable(),
  phone: z.string().nullable(),
  location: z.string().nullable(),
  avatar: z.string().nullable(),
  region: z.string().nullable(),
  newsletter: z.boolean().nullable(),
  plan_name: z.string(),
  plan_renewal_date: z.string(),
  on_trial: z.boolean(),
  suspended: z.boolean(),
  features: z.array(z.string()),
  total_projects: z.number(), used_projects: z.number(),
  total_storage: z.number(), used_storage: z.number(),
  total_credits: z.number(), used_credits: z.number(),
  total_editors: z.number(), used_editors: z.number(),
  total_viewers: z.number(), used_viewers: z.number(),
  created_at: z.string(),
  updated_at: z.string(),
});

export const toOrganizationResponse = ({ organization: o, subscription: s }: OrganizationView): z.infer<typeof organizationResponse> => ({
  id: o.id,
  name: o.name,
  type: o.profile.type ?? null,
  size: o.profile.size ?? null,
  industry: o.profile.industry ?? null,
  department: o.profile.department ?? null,
  use_case: o.profile.useCase ?? null,
  phone: o.profile.phone ?? null,
  location: o.profile.location ?? null,
  avatar: o.profile.avatar ?? null,
  region: o.profile.region ?? null,
  newsletter: o.profile.newsletter ?? null,
  plan_name: s.planName,
  plan_renewal_date: s.renewsAt.toISOString(),
  on_trial: s.onTrial,
  suspended: s.suspended,
  features: [...s.features],
  total_projects: s.totals.projects, used_projects: s.used.projects,
  total_storage: s.totals.storage, used_storage: s.used.storage,
  total_credits: s.totals.credits, used_credits: s.used.credits,
  total_editors: s.totals.editors, used_editors: s.used.editors,
  total_viewers: s.totals.viewers, used_viewers: s.used.viewers,
  created_at: o.createdAt.toISOString(),
  updated_at: o.updatedAt.toISOString(),
});

export const memberResponse = z.object({ user_id: z.string(), email: z.string().nullable(), role: organizationRole, joined_at: z.string() });
export const toMemberResponse = (m: Membership): z.infer<typeof memberResponse> => ({
  user_id: m.userId,
  email: m.email,
  role: m.role,
  joined_at: m.joinedAt.toISOString(),
});

export const invitationResponse = z.object({
  id: z.uuid(),
  type: z.literal('organization'),
  organization_id: z.uuid(),
  user_email: z.string(),
  role: organizationRole,
  status: z.enum(['pending', 'accepted', 'declined', 'canceled']),
  invited_by: z.string(),
  expires: z.string(),
  created_at: z.string(),
});
export const toInvitationResponse = (i: Invitation): z.infer<typeof invitationResponse> => ({
  id: i.id,
  type: 'organization',
  organization_id: i.organizationId,
  user_email: i.email,
  role: i.role,
  status: i.status,
  invited_by: i.invitedBy,
  expires: i.expiresAt.toISOString(),
  created_at: i.createdAt.toISOString(),
});

export const memberPageResponse = pageOfSchema(memberResponse).extend({ invitations: z.array(invitationResponse).optional() });

export const invitationBody = z.object({
  user_email: z.email({ message: 'must be an e-mail address' }).max(320),
  role: organizationRole,
  expires: z.iso.datetime({ offset: true }).optional(),
});
export const invitationParams = z.object({ organization_id: uuidParam, invitation_id: uuidParam });
export const invitationRoleBody = z.object({ role: organizationRole });

export const auditEntryResponse = z.object({
  id: z.uuid(),
  actor_id: z.string(),
  action: z.string(),
  subject: z.string(),
  details: z.record(z.string(), z.unknown()),
  occurred_at: z.string(),
});
export const auditPageResponse = pageOfSchema(auditEntryResponse);
export const toAuditEntryResponse = (e: AuditEntry): z.infer<typeof auditEntryResponse> => ({
  id: e.id,
  actor_id: e.actorId,
  action: e.action,
  subject: e.subject,
  details: { ...e.details },
  occurred_at: e.occurredAt.toISOString(),
});
export { pageQuery };
