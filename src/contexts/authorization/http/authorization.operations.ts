import type { ApiOperation } from '../../../shared-kernel/api-description';
import { planListResponse } from './billing.schemas';
import {
  auditPageResponse,
  invitationBody,
  invitationParams,
  invitationResponse,
  invitationRoleBody,
  memberPageResponse,
  memberParams,
  memberResponse,
  memberRoleBody,
  membersQuery,
  organizationCreateBody,
  organizationIdParams,
  organizationProfileBody,
  organizationResponse,
  pageQuery,
} from './organization.schemas';
import { shareBody, shareParams, shareResponse } from './share.schemas';
import {
  teamBody,
  teamIdParams,
  teamListQuery,
  teamMemberBody,
  teamMemberPageResponse,
  teamMemberParams,
  teamMemberResponse,
  teamPageResponse,
  teamProfileBody,
  teamResponse,
} from './team.schemas';
import { myInvitationListResponse, myInvitationParams, myInvitationsQuery } from './user-organization.schemas';

const ORG = 'Organization';
const TEAM = 'Team';
const SHARE = 'Share';
const noContent = { 204: { description: 'Done' } };
const orgPath = '/api/v2/organizations/:organization_id';

export const organizationOperations: ApiOperation[] = [
  { method: 'post', path: '/api/v2/organizations', tag: ORG, summary: 'Create an organization (you become its owner)', body: organizationCreateBody, responses: { 201: { description: 'Created', schema: organizationResponse } } },
  { method: 'get', path: orgPath, tag: ORG, summary: 'Read an organization with plan and usage', params: organizationIdParams, responses: { 200: { description: 'The organization', schema: organizationResponse } } },
  { method: 'delete', path: orgPath, tag: ORG, summary: 'Delete an organization (owner only)', params: organizationIdParams, responses: noContent },
  { method: 'patch', path: `${orgPath}/profile`, tag: ORG, summary: 'Update the profile', params: organizationIdParams, body: organizationProfileBody, responses: { 200: { description: 'The organization', schema: organizationResponse } } },
  { method: 'get', path: `${orgPath}/users`, tag: ORG, summary: 'List members (and pending invitations)', params: organizationIdParams, query: membersQuery, responses: { 200: { description: 'A page of members', schema: memberPageResponse } } },
  { method: 'patch', path: `${orgPath}/users/:user_id`, tag: ORG, summary: 'Change a member’s role', params: memberParams, body: memberRoleBody, responses: { 200: { description: 'The member', schema: memberResponse } } },
  { method: 'delete', path: `${orgPath}/users/:user_id`, tag: ORG, summary: 'Remove a member (or leave)', params: memberParams, responses: noContent },
  { method: 'patch', path: `${orgPath}/users/:user_id/transfer-ownership`, tag: ORG, summary: 'Transfer ownership to a member', params: memberParams, responses: noContent },
  { method: 'post', path: `${orgPath}/invitations`, tag: ORG, summary: 'Invite by e-mail', params: organizationIdParams, body: invitationBody, responses: { 201: { description: 'Invited', schema: invitationResponse } } },
  { method: 'patch', path: `${orgPath}/invitations/:invitation_id/role`, tag: ORG, summary: 'Change an invitation’s role', params: invitationParams, body: invitationRoleBody, responses: { 200: { description: 'The invitation', schema: invitationResponse } } },
  { method: 'delete', path: `${orgPath}/invitations/:invitation_id`, tag: ORG, summary: 'Cancel an invitation', params: invitationParams, responses: noContent },
  { method: 'get', path: `${orgPath}/audit`, tag: ORG, summary: 'Read the audit log (admins)', params: organizationIdParams, query: pageQuery, responses: { 200: { description: 'A page of entries, newest first', schema: auditPageResponse } } },
  { method: 'get', path: '/api/v2/users/organization', tag: ORG, summary: 'My organization', responses: { 200: { description: 'The organization', schema: organizationResponse } } },
  { method: 'get', path: '/api/v2/users/invitations', tag: ORG, summary: 'Invitations to me', query: myInvitationsQuery, responses: { 200: { description: 'Invitations, newest first', schema: myInvitationListResponse } } },
  { method: 'patch', path: '/api/v2/users/invitations/:invitation_id', tag: ORG, summary: 'Accept an invitation', params: myInvitationParams, responses: { 200: { description: 'My membership', schema: memberResponse } } },
  { method: 'delete', path: '/api/v2/users/invitations/:invitation_id', tag: ORG, summary: 'Decline an invitation', params: myInvitationParams, responses: noContent },
];

export const teamOperations: ApiOperation[] = [
  { method: 'post', path: '/api/v2/teams', tag: TEAM, summary: 'Create a team (you become its owner)', body: teamBody, responses: { 201: { description: 'Created', schema: teamResponse } } },
  { method: 'get', path: '/api/v2/teams', tag: TEAM, summary: 'List my teams', query: teamListQuery, responses: { 200: { description: 'A page of teams', schema: teamPageResponse } } },
  { method: 'get', path: '/api/v2/teams/:team_id', tag: TEAM, summary: 'Read a team', params: teamIdParams, responses: { 200: { description: 'The team', schema: teamResponse } } },
  { method: 'delete', path: '/api/v2/teams/:team_id', tag: TEAM, summary: 'Delete a team', params: teamIdParams, responses: noContent },
  { method: 'patch', path: '/api/v2/teams/:team_id/profile', tag: TEAM, summary: 'Update a team', params: teamIdParams, body: teamProfileBody, responses: { 200: { description: 'The team', schema: teamResponse } } },
  { method: 'get', path: '/api/v2/teams/:team_id/members', tag: TEAM, summary: 'List members', params: teamIdParams, query: teamListQuery, responses: { 200: { description: 'A page of members', schema: teamMemberPageResponse } } },
  { method: 'post', path: '/api/v2/teams/:team_id/users/:user_id', tag: TEAM, summary: 'Add a member', params: teamMemberParams, body: teamMemberBody, responses: { 201: { description: 'Added', schema: teamMemberResponse } } },
  { method: 'delete', path: '/api/v2/teams/:team_id/users/:user_id', tag: TEAM, summary: 'Remove a member (or leave)', params: teamMemberParams, responses: noContent },
];

export const shareOperations: ApiOperation[] = [
  { method: 'post', path: '/api/v2/share/:resource_type/:resource_id', tag: SHARE, summary: 'Share a folder, project or layer (each list given replaces that kind)', params: shareParams, body: shareBody, responses: { 200: { description: 'Who has access now', schema: shareResponse } } },
  { method: 'get', path: '/api/v2/share/:resource_type/:resource_id', tag: SHARE, summary: 'Who has access', params: shareParams, responses: { 200: { description: 'Who has access', schema: shareResponse } } },
];

export const billingOperations: ApiOperation[] = [
  { method: 'get', path: '/api/v2/billing/plans', tag: 'Billing', summary: 'The plans on offer', responses: { 200: { description: 'Plans', schema: planListResponse } } },
];

export const authorizationOperations: ApiOperation[] = [...organizationOperations, ...teamOperations, ...shareOperations, ...billingOperations];
