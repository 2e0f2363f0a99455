import { DomainError } from '../../../../shared-kernel/domain-error';

export const ProjectErrors = {
  notFound: () => new DomainError('workspace.project-not-found', 'not-found', 'The project was not found.'),
  forbidden: () => new DomainError('workspace.project-forbidden', 'forbidden', 'You may read this project but not change it.'),
  invalidName: () =>
    new DomainError('workspace.project-name-invalid', 'validation', 'A project name has 1 to 255 characters.', {
      errors: [{ pointer: '/body/name', message: 'must have 1 to 255 characters' }],
    }),
  layerNotInProject: () =>
    new DomainError('workspace.project-layer-not-found', 'not-found', 'The project has no layer with that layer_project_id.'),
  layerOrderInvalid: () =>
    new DomainError('workspace.project-layer-order-invalid', 'validation', 'layer_order must list exactly the layer_project_ids of this project.', {
      errors: [{ pointer: '/body/layer_order', message: 'must be a permutation of the project\'s layer_project_ids' }],
    }),
  notPublished: () => new DomainError('workspace.project-not-published', 'not-found', 'The project is not published.'),
  tooManyLayers: (limit: number) =>
    new DomainError('workspace.project-layer-limit-reached', 'rule-violation', `A project holds at most ${limit} layers.`, { limit }),
};
