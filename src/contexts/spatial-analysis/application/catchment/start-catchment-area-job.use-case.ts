import type { DomainError } from '../../../../shared-kernel/domain-error';
import { newId } from '../../../../shared-kernel/ids';
import type { Principal } from '../../../../shared-kernel/principal';
import { err, type Result } from '../../../../shared-kernel/result';
import { catchmentAreaFrom, type CatchmentAreaRequest } from '../../domain/catchment/catchment-area';
import { transitEngineNotConfigured } from '../../domain/catchment/catchment.errors';
import type { Job } from '../../domain/jobs/job';
import type { ProjectId } from '../../domain/projects/project';
import type { CreditAccount } from '../../ports/catchment/credit-account.port';
import type { ScenarioEdits } from '../../ports/catchment/scenario-edits.port';
import type { StreetNetworkStatus } from '../../ports/catchment/street-network-status.port';
import type { ProjectRepository } from '../../ports/projects/project-repository.port';
import type { WorkspaceAccess } from '../../ports/workspace-access.port';
import type { SubmitJob } from '../jobs/submit-job';
import { projectFor } from '../projects/project-access';
import { CATCHMENT_JOB_CREDITS, catchmentJobTypeOf, catchmentLayerName, type CatchmentJobPayload } from './catchment-job-types';

export interface StartCatchmentAreaJobInput {
  readonly projectId: ProjectId;
  readonly request: CatchmentAreaRequest;
  /** The body as sent, kept as the job's payload (see CatchmentJobPayload). */
  readonly body: Record<string, unknown>;
}

export interface StartCatchmentAreaJobPorts {
  readonly projects: ProjectRepository;
  readonly access: WorkspaceAccess;
  readonly scenarios: ScenarioEdits;
  readonly streetNetwork: StreetNetworkStatus;
  readonly transitConfigured: boolean;
  readonly credits: CreditAccount;
  readonly submit: SubmitJob;
}

/**
 * Starts a catchment-area tool run that ends as a result layer in the project. Everything the
 * planner could be refused is decided here, before a job exists, in this order: the request's
 * limits (422), the project (404/403), the scenario (422), the engine (503), the credits (403).
 */
export class StartCatchmentAreaJob {
  constructor(private readonly ports: StartCatchmentAreaJobPorts) {}

  async execute(principal: Principal, input: StartCatchmentAreaJobInput): Promise<Result<Job, DomainError>> {
    const { request } = input;
    const valid = catchmentAreaFrom(request);
    if (!valid.ok) return valid;
    const project = await projectFor(this.ports.projects, this.ports.access, principal, input.projectId, 'update');
    if (!project.ok) return project;
    if (request.scenarioId) {
      const edits = await this.ports.scenarios.editsOf(project.value.id, request.scenarioId);
      if (!edits.ok) return edits;
    }
    const unavailable = this.engineProblem(request);
    if (unavailable) return err(unavailable);

    const charged = await this.ports.credits.charge(principal, CATCHMENT_JOB_CREDITS);
    if (!charged.ok) return charged;
    const payload: CatchmentJobPayload = {
      request: input.body,
      layer_id: newId<'Layer'>(),
      layer_name: catchmentLayerName(request),
      folder_id: project.value.folderId,
      project_id: project.value.id,
    };
    try {
      const job = await this.ports.submit.execute(principal, { type: catchmentJobTypeOf(request), payload: { ...payload }, projectId: project.value.id });
      if (!job.ok) await this.ports.credits.refund(principal, CATCHMENT_JOB_CREDITS);
      return job;
    } catch (fault) {
      await this.ports.credits.refund(principal, CATCHMENT_JOB_CREDITS).catch(() => undefined);
      throw fault;
    }
  }

  private engineProblem(request: CatchmentAreaRequest): DomainError | null {
    if (request.mode.kind === 'transit') return this.ports.transitConfigured ? null : transitEngineNotConfigured();
    return this.ports.streetNetwork.problem();
  }
}
