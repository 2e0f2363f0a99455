import type { Request, Response } from 'express';
import { inject } from 'inversify';
import { controller, httpDelete, httpGet, httpPatch, httpPost, request, response } from 'inversify-express-utils';
import { toPageRequest } from '../../../shared-kernel/http-schemas';
import { principalOf, unwrap } from '../../../shared-kernel/http-support';
import { parseRequest } from '../../../shared-kernel/validation';
import { ChangeMemberRole } from '../application/organizations/change-member-role.use-case';
import { CreateOrganization } from '../application/organizations/create-organization.use-case';
import { DeleteOrganization } from '../application/organizations/delete-organization.use-case';
import { GetOrganization } from '../application/organizations/get-organization.use-case';
import { ListMembers } from '../application/organizations/list-members.use-case';
import { ReadAuditLog } from '../application/organizations/read-audit-log.use-case';
import { RemoveMember } from '../application/organizations/remove-member.use-case';
import { TransferOwnership } from '../application/organizations/transfer-ownership.use-case';
import { UpdateOrganizationProfile } from '../application/organizations/update-organization-profile.use-case';
import type { OrganizationId } from '../domain/organization';
import {
  memberParams,
  memberRoleBody,
  membersQuery,
  organizationCreateBody,
  organizationIdParams,
  organizationProfileBody,
  pageQuery,
  toAuditEntryResponse,
  toInvitationResponse,
  toMemberResponse,
  toOrganizationResponse,
  toProfile,
} from './organization.schemas';

@controller('/api/v2/organizations')
export class OrganizationController {
  constructor(
    @inject(CreateOrganization) private readonly createOrganization: CreateOrganization,
    @inject(GetOrganization) private readonly getOrganization: GetOrganization,
    @inject(UpdateOrganizationProfile) private readonly updateProfile: UpdateOrganizationProfile,
    @inject(DeleteOrganization) private readonly deleteOrganization: DeleteOrganization,
    @inject(ListMembers) private readonly listMembers: ListMembers,
    @inject(ChangeMemberRole) private readonly changeMemberRole: ChangeMemberRole,
    @inject(RemoveMember) private readonly removeMember: RemoveMember,
    @inject(TransferOwnership) private readonly transferOwnership: TransferOwnership,
    @inject(ReadAuditLog) private readonly readAuditLog: ReadAuditLog,
  ) {}

  @httpPost('/')
  async create(@request() req: Request, @response() res: Response): Promise<void> {
    const { name, ...profile } = parseRequest(organizationCreateBody, req.body, 'body');
    const view = unwrap(await this.createOrganization.execute(principalOf(req), { name, profile: toProfile(profile) }));
    res.status(201).json(toOrganizationResponse(view));
  }

  @httpGet('/:organization_id')
  async read(@request() req: Request, @response() res: Response): Promise<void> {
    const { organization_id } = parseRequest(organizationIdParams, req.params, 'params');
    res.json(toOrganizationResponse(unwrap(await this.getOrganization.execute(principalOf(req), organization_id as OrganizationId))));
  }

  @httpPatch('/:organization_id/profile')
  async update(@request() req: Request, @response() res: Response): Promise<void> {
    const { organization_id } = parseRequest(organizationIdParams, req.params, 'params');
    const { name, ...profile } = parseRequest(organizationProfileBody, req.body ?? {}, 'body');
    const id = organization_id as OrganizationId;
    unwrap(await this.updateProfile.execute(principalOf(req), id, { name, profile: toProfile(profile) }));
    res.json(toOrganizationResponse(unwrap(await this.getOrganization.execute(principalOf(req), id))));
  }

  @httpDelete('/:organization_id')
  async remove(@request() req: Request, @response() res: Response): Promise<void> {
    const { organization_id } = parseRequest(organizationIdParams, req.params, 'params');
    unwrap(await this.deleteOrganization.execute(principalOf(req), organization_id as OrganizationId));
    res.status(204).end();
  }

  @httpGet('/:organization_id/users')
  async members(@request() req: Request, @response() res: Response): Promise<void> {
    const { organization_id } = parseRequest(organizationIdParams, req.params, 'params');
    const query = parseRequest(membersQuery, req.query, 'query');
    const list = unwrap(await this.listMembers.execute(principalOf(req), organization_id as OrganizationId, toPageRequest(query), query.include_invitations));
    res.json({
      ...list.members,
      items: list.members.items.map(toMemberResponse),
      ...(query.include_invitations ? { invitations: list.invitations.map(toInvitationResponse) } : {}),
    });
  }

  @httpPatch('/:organization_id/users/:user_id/transfer-ownership')
  async transfer(@request() req: Request, @response() res: Response): Promise<void> {
    const { organization_id, user_id } = parseRequest(memberParams, req.params, 'params');
    unwrap(await this.transferOwnership.execute(principalOf(req), organization_id as OrganizationId, user_id));
    res.status(204).end();
  }

  @httpPatch('/:organization_id/users/:user_id')
  async changeRole(@request() req: Request, @response() res: Response): Promise<void> {
    const { organization_id, user_id } = parseRequest(memberParams, req.params, 'params');
    const { role } = parseRequest(memberRoleBody, req.body, 'body');
    res.json(toMemberResponse(unwrap(await this.changeMemberRole.execute(principalOf(req), organization_id as OrganizationId, user_id, role))));
  }

  @httpDelete('/:organization_id/users/:user_id')
  async removeUser(@request() req: Request, @response() res: Response): Promise<void> {
    const { organization_id, user_id } = parseRequest(memberParams, req.params, 'params');
    unwrap(await this.removeMember.execute(principalOf(req), organization_id as OrganizationId, user_id));
    res.status(204).end();
  }

  @httpGet('/:organization_id/audit')
  async audit(@request() req: Request, @response() res: Response): Promise<void> {
    const { organization_id } = parseRequest(organizationIdParams, req.params, 'params');
    const query = parseRequest(pageQuery, req.query, 'query');
    const page = unwrap(await this.readAuditLog.execute(principalOf(req), organization_id as OrganizationId, toPageRequest(query)));
    res.json({ ...page, items: page.items.map(toAuditEntryResponse) });
  }
}
