import type { DependencyContainer } from 'tsyringe';
import type { ContextOptions } from '../../shared-kernel/context-registration';
import { DevelopmentAuthenticator } from './adapters/development/development-authenticator';
import { AUTHENTICATOR } from './ports/authenticator.port';

export type IdentityOptions = ContextOptions;

/** Binds identity's tokens. Without an identity provider every request is the development user. */
export function registerIdentity(container: DependencyContainer, _options: IdentityOptions): void {
  container.register(AUTHENTICATOR, { useValue: new DevelopmentAuthenticator() });
}
