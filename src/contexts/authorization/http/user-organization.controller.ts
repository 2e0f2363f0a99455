import type { Request, Response } from 'express';
import { inject } from 'inversify';
import { controller, httpDelete, httpGet, httpPatch, request, response } from 'inversify-express-utils';
import { principalOf, unwrap } from '../../../shared-kernel/http-support';
import { parseRequest } from '../../../shared-kernel/validation';
import { AcceptInvitation } from '../application/invitations/accept-invitation.use-case';
import { DeclineInvitation } from '../application/invitations/decline-invitation.use-case';
import { ListMyInvitations } from '../application/invitations/list-my-invitations.use-case';
import { GetMyOrganization } from '../application/organizations/get-my-organization.use-case';
import type { InvitationId } from '../domain/invitation';
import { toMemberResponse, toInvitationResponse, toOrganizationResponse } from './organization.schemas';
import { myInvitationParams, myInvitationsQuery } from './user-organization.schemas';

/** The caller's side of organizations: where they belong, what they are invited to. */
@controller('/api/v2/users')
export class UserOrganizationController {
  constructor(
    @inject(GetMyOrganization) private readonly getMyOrganization: GetMyOrganization,
    @inject(ListMyInvitations) private readonly listMyInvitations: ListMyInvitations,
    @inject(AcceptInvitation) private readonly acceptInvitation: AcceptInvitation,
    @inject(DeclineInvitation) private readonly declineInvitation: DeclineInvitation,
  ) {}

  @httpGet('/organization')
  async organization(@request() req: Request, @response() res: Response): Promise<void> {
    res.json(toOrganizationResponse(unwrap(await this.getMyOrganization.execute(principalOf(req)))));
  }

  @httpGet('/invitations')
  async invitations(@request() req: Request, @response() res: Response): Promise<void> {
    const query = parseRequest(myInvitationsQuery, req.query, 'query');
    res.json((await this.listMyInvitations.execute(principalOf(req), query.status)).map(toInvitationResponse));
  }

  @httpPatch('/invitations/:invitation_id')
  async accept(@request() req: Request, @response() res: Response): Promise<void> {
    const { invitation_id } = parseRequest(myInvitationParams, req.params, 'params');
    res.json(toMemberResponse(unwrap(await this.acceptInvitation.execute(principalOf(req), invitation_id as InvitationId))));
  }

  @httpDelete('/invitations/:invitation_id')
  async decline(@request() req: Request, @response() res: Response): Promise<void> {
    const { invitation_id } = parseRequest(myInvitationParams, req.params, 'params');
    unwrap(await this.declineInvitation.execute(principalOf(req), invitation_id as InvitationId));
    res.status(204).end();
  }
}
