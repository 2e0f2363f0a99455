import type { Clock } from '../../../../shared-kernel/clock';
import type { CatchmentAreaRequest } from '../../domain/catchment/catchment-area';
import { newLayer, type LayerId } from '../../domain/layers/layer';
import { withLayersOnTop, type ProjectId } from '../../domain/projects/project';
import type { FolderId } from '../../domain/workspace/folder';
import type { Job } from '../../domain/jobs/job';
import type { CreditAccount } from '../../ports/catchment/credit-account.port';
import type { ScenarioEdits } from '../../ports/catchment/scenario-edits.port';
import type { LayerFeatureStore } from '../../ports/layers/layer-feature-store.port';
import type { LayerRepository } from '../../ports/layers/layer-repository.port';
import type { ProjectLayerRepository } from '../../ports/projects/project-layer-repository.port';
import type { ProjectRepository } from '../../ports/projects/project-repository.port';
import type { JobContext, JobHandler, JobOutcome } from '../jobs/job-handler';
import { CATCHMENT_JOB_CREDITS, type CatchmentJobPayload, type CatchmentJobType } from './catchment-job-types';
import { catchmentFeatureSource, resultGeometryOf } from './catchment-result-features';
import type { ComputeCatchmentArea } from './compute-catchment-area.use-case';

export interface CatchmentJobPorts {
  readonly compute: ComputeCatchmentArea;
  readonly scenarios: ScenarioEdits;
  readonly features: LayerFeatureStore;
  readonly layers: LayerRepository;
  readonly projects: ProjectRepository;
  readonly placements: ProjectLayerRepository;
  readonly clock: Clock;
  /** Where the job's credit goes back when it ends without finishing. */
  readonly credits: CreditAccount;
  /** Reads the stored body back through the HTTP schema and mapper (composed in the module). */
  readonly requestOf: (body: Record<string, unknown>) => CatchmentAreaRequest;
}

/**
 * catchment_area: computes the catchment area (a failed engine fails the job with its message);
 * result_layer: stores the features as a `tool` layer and puts it on top of the project.
 * Idempotent; undo removes the layer, its rows and its placement; a job that fails, times out or
 * is killed gives its credit back (compensate, once per job: see JobHandler).
 */
export class CatchmentAreaJobHandler implements JobHandler<CatchmentJobPayload> {
  readonly steps = ['catchment_area', 'result_layer'] as const;

  constructor(
    readonly type: CatchmentJobType,
    private readonly ports: CatchmentJobPorts,
  ) {}

  async run(payload: CatchmentJobPayload, context: JobContext): Promise<JobOutcome> {
    const layerId = payload.layer_id as LayerId;
    const done = await this.ports.layers.byId(layerId);
    if (done) return { layerIds: [layerId], result: { layer_id: layerId, feature_count: done.data.featureCount } };
    const request = this.ports.requestOf(payload.request);

    const computed = await context.step('catchment_area', async () => {
      const edits = request.scenarioId ? await this.ports.scenarios.editsOf(payload.project_id, request.scenarioId) : null;
      if (edits && !edits.ok) throw edits.error;
      const result = await this.ports.compute.execute({ ...request, ...(edits && { edits: edits.value }) });
      if (!result.ok) throw result.error;
      return result.value;
    });

    const outcome = await context.step('result_layer', async () => {
      await this.ports.features.drop(layerId); // what an interrupted earlier delivery may have left
      const source = catchmentFeatureSource(computed.featureCollection, request.output);
      const stored = await this.ports.features.create(layerId, source);
      const now = this.ports.clock.now();
      const layer = newLayer(
        {
          id: layerId,
          ownerId: context.ownerId,
          folderId: payload.folder_id as FolderId,
          metadata: { name: payload.layer_name },
          type: 'feature',
          featureLayerType: 'tool',
          geometryType: resultGeometryOf(request.output),
          jobId: context.jobId,
          data: { featureCount: stored.featureCount, sizeBytes: stored.sizeBytes, extent: stored.extent, attributes: source.attributes, uploadFileType: null, uploadReferenceSystem: null },
        },
        now,
      );
      if (!layer.ok) throw layer.error;
      await this.ports.layers.save(layer.value);
      const project = await this.ports.projects.byId(payload.project_id as ProjectId);
      if (!project) return { featureCount: stored.featureCount, placementId: null };
      const [added] = await this.ports.placements.add([
        { projectId: project.id, layerId, name: layer.value.name, group: null, properties: layer.value.properties, otherProperties: {}, query: null, charts: null, createdAt: now, updatedAt: now },
      ]);
      await this.ports.projects.save(withLayersOnTop(project, [added.id], now));
      return { featureCount: stored.featureCount, placementId: added.id };
    });

    return {
      layerIds: [layerId],
      result: {
        layer_id: layerId,
        feature_count: outcome.featureCount,
        ...(outcome.placementId !== null ? { layer_project_id: outcome.placementId } : {}),
      },
    };
  }

  async compensate(job: Job): Promise<void> {
    await this.ports.credits.giveBack(job.ownerId, CATCHMENT_JOB_CREDITS);
  }

  async undo(payload: CatchmentJobPayload): Promise<void> {
    const layerId = payload.layer_id as LayerId;
    const project = await this.ports.projects.byId(payload.project_id as ProjectId);
    if (project) {
      const ids = new Set((await this.ports.placements.ofProject(project.id)).filter((p) => p.layerId === layerId).map((p) => p.id));
      if (ids.size > 0) await this.ports.projects.save({ ...project, layerOrder: project.layerOrder.filter((id) => !ids.has(id)) });
    }
    await this.ports.placements.deleteAllOfLayer(layerId);
    await this.ports.features.drop(layerId);
    await this.ports.layers.delete(layerId);
  }
}
