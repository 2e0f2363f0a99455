import type { Page, PageRequest } from '../../../../shared-kernel/paging';
import type { Principal } from '../../../../shared-kernel/principal';
import type { Team } from '../../domain/team';
import type { TeamRepository } from '../../ports/team-repository.port';

export class ListMyTeams {
  constructor(private readonly teams: TeamRepository) {}

  execute(principal: Principal, page: PageRequest): Promise<Page<Team>> {
    return this.teams.teamsOf(principal.id, page);
  }
}
