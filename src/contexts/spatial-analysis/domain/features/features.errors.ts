import { DomainError } from '../../../../shared-kernel/domain-error';

/** Problems of filters, queries, tiles and edits on a layer's features (docs/problems.md#features). */
export const FeatureErrors = {
  invalidFilter: (message: string, pointer = '/query/filter') =>
    new DomainError('features.invalid-filter', 'validation', `The filter is not valid: ${message}.`, {
      errors: [{ pointer, message }],
    }),
  unknownColumn: (column: string, pointer = '/query/filter') =>
    new DomainError('features.unknown-column', 'validation', `The layer has no column "${column}".`, {
      column,
      errors: [{ pointer, message: `unknown column "${column}"` }],
    }),
  unsupportedOperator: (operator: string, pointer = '/query/filter') =>
    new DomainError('features.unsupported-operator', 'validation', `The filter operator "${operator}" is not supported.`, {
      operator,
      errors: [{ pointer, message: `unsupported operator "${operator}"` }],
    }),
  layerHasNoFeatures: () =>
    new DomainError('features.layer-has-no-features', 'not-found', 'The layer holds no features (raster layers are served by their own service).'),
  featureNotFound: () => new DomainError('features.feature-not-found', 'not-found', 'The feature was not found.'),
  invalidBbox: (message: string) =>
    new DomainError('features.invalid-bbox', 'validation', `The bbox is not valid: ${message}.`, {
      errors: [{ pointer: '/query/bbox', message }],
    }),
  tileOutOfRange: (message: string) =>
    new DomainError('features.tile-out-of-range', 'validation', `The tile is outside the WebMercatorQuad tile matrix: ${message}.`, {
      errors: [{ pointer: '/params', message }],
    }),
  invalidFeature: (errors: { pointer: string; message: string }[]) =>
    new DomainError('features.invalid-feature', 'validation', 'The feature does not fit the layer.', { errors }),
  wrongGeometryType: (expected: string, got: string) =>
    new DomainError('features.wrong-geometry-type', 'validation', `The layer holds ${expected} geometries, not ${got}.`, {
      errors: [{ pointer: '/body/geometry/type', message: `must be a ${expected} geometry` }],
    }),
  columnNotNumeric: (column: string) =>
    new DomainError('features.column-not-numeric', 'validation', `The column "${column}" does not hold numbers.`, {
      column,
      errors: [{ pointer: '/params/column', message: 'must be a numeric column' }],
    }),
  notPolygonLayer: () =>
    new DomainError('features.not-polygon-layer', 'rule-violation', 'Area statistics need a polygon layer.'),
};
