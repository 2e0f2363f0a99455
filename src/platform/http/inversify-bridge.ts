import { Container } from 'inversify';
import type { DependencyContainer, InjectionToken } from 'tsyringe';

/**
 * The one place that knows two containers exist: inversify-express-utils builds controllers from an
 * inversify container, whose every binding defers to this app's tsyringe container.
 */
export function controllerContainerFor(appContainer: DependencyContainer, tokens: readonly unknown[]): Container {
  const controllers = new Container();
  for (const token of tokens) {
    controllers.bind(token as symbol).toDynamicValue(() => appContainer.resolve(token as InjectionToken<unknown>));
  }
  return controllers;
}
