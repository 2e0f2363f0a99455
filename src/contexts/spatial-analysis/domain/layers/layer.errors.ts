import { DomainError } from '../../../../shared-kernel/domain-error';

export const LayerErrors = {
  notFound: () => new DomainError('workspace.layer-not-found', 'not-found', 'The layer was not found.'),
  forbidden: () => new DomainError('workspace.layer-forbidden', 'forbidden', 'You may read this layer but not change it.'),
  invalidName: () =>
    new DomainError('workspace.layer-name-invalid', 'validation', 'A layer name has 1 to 255 characters.', {
      errors: [{ pointer: '/body/name', message: 'must have 1 to 255 characters' }],
    }),
  rasterUrlRejected: (reason: string) =>
    new DomainError('workspace.raster-url-rejected', 'validation', `The raster service URL is not allowed: ${reason}.`, {
      errors: [{ pointer: '/body/url', message: reason }],
    }),
  notFeatureLayer: () =>
    new DomainError('workspace.layer-has-no-features', 'rule-violation', 'Only feature layers and tables hold data that can be exported.'),
};
