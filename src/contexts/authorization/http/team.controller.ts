import type { Request, Response } from 'express';
import { inject } from 'inversify';
import { controller, httpDelete, httpGet, httpPatch, httpPost, request, response } from 'inversify-express-utils';
import { toPageRequest } from '../../../shared-kernel/http-schemas';
import { principalOf, unwrap } from '../../../shared-kernel/http-support';
import { parseRequest } from '../../../shared-kernel/validation';
import { AddTeamMember } from '../application/teams/add-team-member.use-case';
import { CreateTeam } from '../application/teams/create-team.use-case';
import { DeleteTeam } from '../application/teams/delete-team.use-case';
import { GetTeam } from '../application/teams/get-team.use-case';
import { ListMyTeams } from '../application/teams/list-my-teams.use-case';
import { ListTeamMembers } from '../application/teams/list-team-members.use-case';
import { RemoveTeamMember } from '../application/teams/remove-team-member.use-case';
import { UpdateTeamProfile } from '../application/teams/update-team-profile.use-case';
import type { TeamId } from '../domain/team';
import {
  teamBody,
  teamIdParams,
  teamListQuery,
  teamMemberBody,
  teamMemberParams,
  teamProfileBody,
  toTeamMemberResponse,
  toTeamResponse,
} from './team.schemas';

@controller('/api/v2/teams')
export class TeamController {
  constructor(
    @inject(CreateTeam) private readonly createTeam: CreateTeam,
    @inject(ListMyTeams) private readonly listMyTeams: ListMyTeams,
    @inject(GetTeam) private readonly getTeam: GetTeam,
    @inject(UpdateTeamProfile) private readonly updateTeam: UpdateTeamProfile,
    @inject(DeleteTeam) private readonly deleteTeam: DeleteTeam,
    @inject(ListTeamMembers) private readonly listMembers: ListTeamMembers,
    @inject(AddTeamMember) private readonly addMember: AddTeamMember,
    @inject(RemoveTeamMember) private readonly removeMember: RemoveTeamMember,
  ) {}

  @httpPost('/')
  async create(@request() req: Request, @response() res: Response): Promise<void> {
    const body = parseRequest(teamBody, req.body, 'body');
    res.status(201).json(toTeamResponse(unwrap(await this.createTeam.execute(principalOf(req), body))));
  }

  @httpGet('/')
  async list(@request() req: Request, @response() res: Response): Promise<void> {
    const query = parseRequest(teamListQuery, req.query, 'query');
    const page = await this.listMyTeams.execute(principalOf(req), toPageRequest(query));
    res.json({ ...page, items: page.items.map(toTeamResponse) });
  }

  @httpGet('/:team_id')
  async read(@request() req: Request, @response() res: Response): Promise<void> {
    const { team_id } = parseRequest(teamIdParams, req.params, 'params');
    res.json(toTeamResponse(unwrap(await this.getTeam.execute(principalOf(req), team_id as TeamId))));
  }

  @httpPatch('/:team_id/profile')
  async update(@request() req: Request, @response() res: Response): Promise<void> {
    const { team_id } = parseRequest(teamIdParams, req.params, 'params');
    const body = parseRequest(teamProfileBody, req.body ?? {}, 'body');
    res.json(toTeamResponse(unwrap(await this.updateTeam.execute(principalOf(req), team_id as TeamId, body))));
  }

  @httpDelete('/:team_id')
  async remove(@request() req: Request, @response() res: Response): Promise<void> {
    const { team_id } = parseRequest(teamIdParams, req.params, 'params');
    unwrap(await this.deleteTeam.execute(principalOf(req), team_id as TeamId));
    res.status(204).end();
  }

  @httpGet('/:team_id/members')
  async members(@request() req: Request, @response() res: Response): Promise<void> {
    const { team_id } = parseRequest(teamIdParams, req.params, 'params');
    const query = parseRequest(teamListQuery, req.query, 'query');
    const page = unwrap(await this.listMembers.execute(principalOf(req), team_id as TeamId, toPageRequest(query)));
    res.json({ ...page, items: page.items.map(toTeamMemberResponse) });
  }

  @httpPost('/:team_id/users/:user_id')
  async addUser(@request() req: Request, @response() res: Response): Promise<void> {
    const { team_id, user_id } = parseRequest(teamMemberParams, req.params, 'params');
    const { role } = parseRequest(teamMemberBody, req.body ?? undefined, 'body');
    res.status(201).json(toTeamMemberResponse(unwrap(await this.addMember.execute(principalOf(req), team_id as TeamId, user_id, role))));
  }

  @httpDelete('/:team_id/users/:user_id')
  async removeUser(@request() req: Request, @response() res: Response): Promise<void> {
    const { team_id, user_id } = parseRequest(teamMemberParams, req.params, 'params');
    unwrap(await this.removeMember.execute(principalOf(req), team_id as TeamId, user_id));
    res.status(204).end();
  }
}
