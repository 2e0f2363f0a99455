import type { LayerAttribute } from '../../domain/layers/layer-attributes';
import { STREET_MODES } from '../../domain/routing/travel-mode';
import { layerTable, qualified } from '../persistence/postgis/layer-table-sql';

/**
 * The base street-network layer's rows: a view named like every layer table (`user_data."l_<hex>"`)
 * over the stored edges, so the layer, feature and tile readers serve the edges without a copy.
 * Feature ids are edge ids + 1 (features are numbered from 1, edges from 0, as the engine counts them).
 */
const COLUMNS: readonly (LayerAttribute & { readonly expression: string })[] = [
  { name: 'highway', column: 'highway', type: 'text', expression: 'highway' },
  { name: 'length_m', column: 'length_m', type: 'number', expression: 'length_m' },
  { name: 'maxspeed_kmh', column: 'maxspeed_kmh', type: 'integer', expression: 'maxspeed_kmh::integer' },
  { name: 'surface_penalty_percent', column: 'surface_penalty_percent', type: 'integer', expression: 'surface_penalty_percent::integer' },
  ...STREET_MODES.flatMap((mode) => [
    { name: `cost_${mode}`, column: `cost_${mode}`, type: 'number' as const, expression: `cost_${mode}` },
    { name: `reverse_cost_${mode}`, column: `reverse_cost_${mode}`, type: 'number' as const, expression: `reverse_cost_${mode}` },
  ]),
  { name: 'source', column: 'source', type: 'integer', expression: 'source' },
  { name: 'target', column: 'target', type: 'integer', expression: 'target' },
];

/** The columns as the layer records them (name = column: these are already the planners' names). */
export const streetNetworkLayerAttributes = (): LayerAttribute[] => COLUMNS.map(({ name, column, type }) => ({ name, column, type }));

/** Recreated on every import (DROP + CREATE, not CREATE OR REPLACE, so the column list may change). */
export function streetNetworkLayerView(schema: string, layerId: string): string {
  const view = qualified(layerTable(layerId));
  const columns = COLUMNS.map((c) => `${c.expression} AS ${c.column}`).join(', ');
  return `DROP VIEW IF EXISTS ${view};
    CREATE VIEW ${view} AS SELECT id + 1 AS id, ${columns}, geom FROM ${schema}.street_network_edge;
    COMMENT ON VIEW ${view} IS 'Base street-network layer: the rows of ${schema}.street_network_edge (written by network:import)'`;
}
