import { z } from 'zod';
import { pageOfSchema, pageQuery, uuidParam } from '../../../shared-kernel/http-schemas';
import type { Team, TeamMembership } from '../domain/team';
import { TEAM_ROLES } from '../domain/roles';
import { userIdParam } from './organization.schemas';

export const teamBody = z.object({
  name: z.string().trim().min(1).max(255),
  description: z.string().max(2000).nullish(),
  avatar: z.string().max(2048).nullish(),
});
export const teamProfileBody = teamBody.partial();
export const teamIdParams = z.object({ team_id: uuidParam });
export const teamMemberParams = z.object({ team_id: uuidParam, user_id: userIdParam });
export const teamMemberBody = z.object({ role: z.enum(TEAM_ROLES).default('team-member') }).default({ role: 'team-member' });
export const teamListQuery = pageQuery;

export const teamResponse = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  avatar: z.string().nullable(),
  organization_id: z.uuid().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});
export const teamPageResponse = pageOfSchema(teamResponse);
export const toTeamResponse = (t: Team): z.infer<typeof teamResponse> => ({
  id: t.id,
  name: t.name,
  description: t.description,
  avatar: t.avatar,
  organization_id: t.organizationId,
  created_at: t.createdAt.toISOString(),
  updated_at: t.updatedAt.toISOString(),
});

export const teamMemberResponse = z.object({ user_id: z.string(), role: z.enum(TEAM_ROLES), joined_at: z.string() });
export const teamMemberPageResponse = pageOfSchema(teamMemberResponse);
export const toTeamMemberResponse = (m: TeamMembership): z.infer<typeof teamMemberResponse> => ({
  user_id: m.userId,
  role: m.role,
  joined_at: m.joinedAt.toISOString(),
});
