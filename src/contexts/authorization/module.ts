import type { DependencyContainer } from 'tsyringe';
import type { ContextOptions } from '../../shared-kernel/context-registration';

export type AuthorizationOptions = ContextOptions;

/** Organizations, teams, roles, sharing and plans arrive with the authorization issue. */
export function registerAuthorization(_container: DependencyContainer, _options: AuthorizationOptions): void {}
