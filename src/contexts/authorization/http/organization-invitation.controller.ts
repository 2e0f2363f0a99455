import type { Request, Response } from 'express';
import { inject } from 'inversify';
import { controller, httpDelete, httpPatch, httpPost, request, response } from 'inversify-express-utils';
import { principalOf, unwrap } from '../../../shared-kernel/http-support';
import { parseRequest } from '../../../shared-kernel/validation';
import { CancelInvitation } from '../application/invitations/cancel-invitation.use-case';
import { ChangeInvitationRole } from '../application/invitations/change-invitation-role.use-case';
import { InviteMember } from '../application/invitations/invite-member.use-case';
import type { InvitationId } from '../domain/invitation';
import type { OrganizationId } from '../domain/organization';
import { invitationBody, invitationParams, invitationRoleBody, organizationIdParams, toInvitationResponse } from './organization.schemas';

@controller('/api/v2/organizations')
export class OrganizationInvitationController {
  constructor(
    @inject(InviteMember) private readonly inviteMember: InviteMember,
    @inject(ChangeInvitationRole) private readonly changeRole: ChangeInvitationRole,
    @inject(CancelInvitation) private readonly cancelInvitation: CancelInvitation,
  ) {}

  @httpPost('/:organization_id/invitations')
  async invite(@request() req: Request, @response() res: Response): Promise<void> {
    const { organization_id } = parseRequest(organizationIdParams, req.params, 'params');
    const body = parseRequest(invitationBody, req.body, 'body');
    const invitation = unwrap(
      await this.inviteMember.execute(principalOf(req), organization_id as OrganizationId, {
        email: body.user_email,
        role: body.role,
        expiresAt: body.expires ? new Date(body.expires) : undefined,
      }),
    );
    res.status(201).json(toInvitationResponse(invitation));
  }

  @httpPatch('/:organization_id/invitations/:invitation_id/role')
  async role(@request() req: Request, @response() res: Response): Promise<void> {
    const { organization_id, invitation_id } = parseRequest(invitationParams, req.params, 'params');
    const { role } = parseRequest(invitationRoleBody, req.body, 'body');
    const changed = unwrap(await this.changeRole.execute(principalOf(req), organization_id as OrganizationId, invitation_id as InvitationId, role));
    res.json(toInvitationResponse(changed));
  }

  @httpDelete('/:organization_id/invitations/:invitation_id')
  async cancel(@request() req: Request, @response() res: Response): Promise<void> {
    const { organization_id, invitation_id } = parseRequest(invitationParams, req.params, 'params');
    unwrap(await this.cancelInvitation.execute(principalOf(req), organization_id as OrganizationId, invitation_id as InvitationId));
    res.status(204).end();
  }
}
