import { instanceCachingFactory, type DependencyContainer } from 'tsyringe';
import { CLOCK, type Clock } from '../../shared-kernel/clock';
import { READINESS_CHECK } from '../../shared-kernel/readiness';
import { SHUTDOWN_HOOK } from '../../shared-kernel/shutdown';
import { quotaCreditAccountIn } from './adapters/authorization/quota-credit-account';
import { BackgroundStreetEngine, type BackgroundLoadLog } from './adapters/catchment/background-street-engine';
import { r5ConfigOf, type CatchmentConfig } from './adapters/catchment/catchment-config';
import { NoScenarioEdits } from './adapters/catchment/no-scenario-edits';
import { R5TravelTimeEngine } from './adapters/r5/r5-travel-time-engine';
import { createBuiltInTravelTimeEngine } from './adapters/routing';
import { AnswerCatchmentArea } from './application/catchment/answer-catchment-area.use-case';
import { CatchmentAreaJobHandler } from './application/catchment/catchment-area.job-handler';
import { CATCHMENT_JOB_TYPES } from './application/catchment/catchment-job-types';
import { ComputeCatchmentArea } from './application/catchment/compute-catchment-area.use-case';
import { StartCatchmentAreaJob } from './application/catchment/start-catchment-area-job.use-case';
import { JobHandlers } from './application/jobs/job-handler';
import { SubmitJob } from './application/jobs/submit-job';
import { toCatchmentAreaRequest } from './http/catchment/catchment-area.mapper';
import { catchmentAreaBody } from './http/catchment/catchment-area.schemas';
import { CREDIT_ACCOUNT, type CreditAccount } from './ports/catchment/credit-account.port';
import { SCENARIO_EDITS, type ScenarioEdits } from './ports/catchment/scenario-edits.port';
import { STREET_NETWORK_STATUS, type StreetNetworkStatus } from './ports/catchment/street-network-status.port';
import { LAYER_FEATURE_STORE } from './ports/layers/layer-feature-store.port';
import { LAYER_REPOSITORY } from './ports/layers/layer-repository.port';
import { PROJECT_LAYER_REPOSITORY } from './ports/projects/project-layer-repository.port';
import { PROJECT_REPOSITORY } from './ports/projects/project-repository.port';
import { TRANSIT_TRAVEL_TIME_ENGINE, TRAVEL_TIME_ENGINE, type TravelTimeEngine } from './ports/routing/travel-time-engine.port';
import { WORKSPACE_ACCESS } from './ports/workspace-access.port';

export interface CatchmentOptions {
  readonly config?: CatchmentConfig;
  readonly log?: BackgroundLoadLog;
}

/**
 * Catchment areas: the built-in engine (network loaded in the background from STREET_NETWORK_PBF),
 * r5 for public transport when R5_URL is set, the synchronous answer and the three tool jobs.
 * Registered after projects, layers and jobs, whose ports and job registry it uses.
 */
export function registerCatchmentAreas(container: DependencyContainer, options: CatchmentOptions): void {
  const pbfPath = options.config?.STREET_NETWORK_PBF;
  const street = new BackgroundStreetEngine(pbfPath ? () => createBuiltInTravelTimeEngine({ pbfPath }) : null, options.log);
  container.register(TRAVEL_TIME_ENGINE, { useValue: street });
  container.register(STREET_NETWORK_STATUS, { useValue: street });
  container.register(SHUTDOWN_HOOK, { useValue: { name: 'street-network', close: () => street.close() } });
  if (pbfPath) container.register(READINESS_CHECK, { useValue: { name: 'street-network', check: () => street.check() } });
  const r5 = r5ConfigOf(options.config);
  if (r5) container.register(TRANSIT_TRAVEL_TIME_ENGINE, { useValue: new R5TravelTimeEngine(r5) });
  container.register(SCENARIO_EDITS, { useValue: new NoScenarioEdits() });
  container.register(CREDIT_ACCOUNT, { useValue: quotaCreditAccountIn(container) });

  const get = <T>(c: DependencyContainer, token: symbol): T => c.resolve<T>(token);
  const transit = (c: DependencyContainer) => (c.isRegistered(TRANSIT_TRAVEL_TIME_ENGINE, true) ? get<TravelTimeEngine>(c, TRANSIT_TRAVEL_TIME_ENGINE) : null);
  const scenarios = (c: DependencyContainer) => get<ScenarioEdits>(c, SCENARIO_EDITS);
  const singleton = <T>(token: unknown, factory: (c: DependencyContainer) => T) => container.register(token as never, { useFactory: instanceCachingFactory(factory) });

  singleton(ComputeCatchmentArea, (c) => new ComputeCatchmentArea(get(c, TRAVEL_TIME_ENGINE), transit(c)));
  singleton(AnswerCatchmentArea, (c) => new AnswerCatchmentArea(c.resolve(ComputeCatchmentArea), scenarios(c)));
  singleton(StartCatchmentAreaJob, (c) =>
    new StartCatchmentAreaJob({
      projects: get(c, PROJECT_REPOSITORY),
      access: get(c, WORKSPACE_ACCESS),
      scenarios: scenarios(c),
      streetNetwork: get<StreetNetworkStatus>(c, STREET_NETWORK_STATUS),
      transitConfigured: transit(c) !== null,
      credits: get<CreditAccount>(c, CREDIT_ACCOUNT),
      submit: c.resolve(SubmitJob),
    }),
  );

  // The three tool jobs join the workspace's handler registry when it is first built (lazily, so
  // test overrides registered after this function still reach the handlers).
  const requestOf = (body: Record<string, unknown>) => toCatchmentAreaRequest(catchmentAreaBody.parse(body));
  container.afterResolution(
    JobHandlers,
    (_token, handlers) => {
      for (const type of CATCHMENT_JOB_TYPES) {
        (handlers as JobHandlers).register(
          new CatchmentAreaJobHandler(type, {
            compute: container.resolve(ComputeCatchmentArea),
            scenarios: scenarios(container),
            features: get(container, LAYER_FEATURE_STORE),
            layers: get(container, LAYER_REPOSITORY),
            projects: get(container, PROJECT_REPOSITORY),
            placements: get(container, PROJECT_LAYER_REPOSITORY),
            clock: get<Clock>(container, CLOCK),
            credits: get<CreditAccount>(container, CREDIT_ACCOUNT),
            requestOf,
          }),
        );
      }
    },
    { frequency: 'Once' },
  );
}
