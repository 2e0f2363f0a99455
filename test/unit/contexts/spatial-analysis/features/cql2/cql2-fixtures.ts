import { queryablesOf } from '../../../../../../src/contexts/spatial-analysis/domain/features/queryables';
import type { LayerAttribute } from '../../../../../../src/contexts/spatial-analysis/domain/layers/layer-attributes';

/** A layer of bus stops: the columns the CQL2 tests filter on. */
export const stopAttributes: LayerAttribute[] = [
  { name: 'Name', column: 'name', type: 'text' },
  { name: 'population', column: 'population', type: 'integer' },
  { name: 'rating', column: 'rating', type: 'number' },
  { name: 'sheltered', column: 'sheltered', type: 'boolean' },
  { name: 'opened', column: 'opened', type: 'date' },
  { name: 'extra', column: 'extra', type: 'json' },
];

export const stopQueryables = queryablesOf(stopAttributes, 'point');
