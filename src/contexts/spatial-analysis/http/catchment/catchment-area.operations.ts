import type { ApiOperation } from '../../../../shared-kernel/api-description';
import { jobCreatedResponse } from '../jobs/job.schemas';
import {
  activeMobilityCatchmentAreaBody,
  carCatchmentAreaBody,
  catchmentAreaBody,
  catchmentFeatureCollection,
  catchmentProjectQuery,
  ptCatchmentAreaBody,
} from './catchment-area.schemas';

const tag = 'Catchment area';
const job = { 201: { description: 'The job that computes the catchment area into a result layer of the project', schema: jobCreatedResponse } };

// All four are `expensive`: the platform's per-user rate limiter guards them.
export const catchmentAreaOperations: ApiOperation[] = [
  {
    method: 'post', path: '/api/v2/routing/catchment-area', tag, expensive: true, body: catchmentAreaBody,
    summary: 'What can I reach from here: a catchment area answered at once as GeoJSON (no layer is saved)',
    responses: { 200: { description: 'One feature per step (polygon), reached street (network) or H3 cell (rectangular_grid)', schema: catchmentFeatureCollection, contentType: 'application/geo+json' } },
  },
  { method: 'post', path: '/api/v2/active-mobility/catchment-area', tag, expensive: true, query: catchmentProjectQuery, body: activeMobilityCatchmentAreaBody, summary: 'Catchment area walking, by wheelchair, bicycle or pedelec (a job)', responses: job },
  { method: 'post', path: '/api/v2/motorized-mobility/car/catchment-area', tag, expensive: true, query: catchmentProjectQuery, body: carCatchmentAreaBody, summary: 'Catchment area by car (a job)', responses: job },
  { method: 'post', path: '/api/v2/motorized-mobility/pt/catchment-area', tag, expensive: true, query: catchmentProjectQuery, body: ptCatchmentAreaBody, summary: 'Catchment area by public transport, routed by r5 (a job)', responses: job },
];
