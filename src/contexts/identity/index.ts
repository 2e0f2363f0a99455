/** Identity: who is signed in. Other contexts use only what is exported here. */
import type { DependencyContainer } from 'tsyringe';
import { UserSettingsSchema } from './adapters/persistence/mikro-orm/user-settings.entity';
import { UserSchema } from './adapters/persistence/mikro-orm/user.entity';
import type { WebSignIn } from './adapters/web-sign-in/web-sign-in';
import { DeleteAccount } from './application/delete-account.use-case';
import { GetProfile } from './application/get-profile.use-case';
import { GetSystemSettings } from './application/get-system-settings.use-case';
import { UpdateProfile } from './application/update-profile.use-case';
import { UpdateSystemSettings } from './application/update-system-settings.use-case';
import { WEB_SIGN_IN } from './module';
import { SystemSettingsController } from './http/system-settings.controller';
import { systemSettingsOperations } from './http/system-settings.operations';
import { UserProfileController } from './http/user-profile.controller';
import { userProfileOperations } from './http/user-profile.operations';
import { webSignInOperations } from './http/web-sign-in.operations';

export { registerIdentity, type IdentityOptions } from './module';
export type { IdentityConfig, IdentityLog } from './identity-config';
export { AUTHENTICATOR, type Authenticator, type Credentials } from './ports/authenticator.port';
export {
  IDENTITY_PROVIDER_ADMIN,
  type IdentityProviderAdmin,
  type NewProviderAccount,
  type ProviderAccount,
} from './ports/identity-provider-admin.port';
export { USER_DELETED, type UserDeleted } from './domain/user-deleted.event';
export { DEVELOPMENT_USER } from './domain/development-user';
export type { WebSignIn } from './adapters/web-sign-in/web-sign-in';

export const identityEntities = [UserSchema, UserSettingsSchema];

export const identityHttp = {
  controllers: [UserProfileController, SystemSettingsController] as Function[],
  tokens: [GetProfile, UpdateProfile, DeleteAccount, GetSystemSettings, UpdateSystemSettings] as unknown[],
  operations: [...userProfileOperations, ...systemSettingsOperations, ...webSignInOperations],
};

/**
 * Browser sign-in for the platform to mount before the API's authentication: session and passport
 * middleware plus the /auth routes. Null when it is not configured (the routes then answer 404).
 */
export function identityWebSignIn(container: DependencyContainer): WebSignIn | null {
  return container.resolve<{ webSignIn: WebSignIn | null }>(WEB_SIGN_IN).webSignIn;
}
