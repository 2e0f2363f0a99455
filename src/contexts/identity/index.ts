/** Identity: who is signed in. Other contexts use only what is exported here. */
export { registerIdentity, type IdentityOptions } from './module';
export { AUTHENTICATOR, type Authenticator, type Credentials } from './ports/authenticator.port';
export { USER_DELETED, type UserDeleted } from './domain/user-deleted.event';
export { DEVELOPMENT_USER } from './domain/development-user';
export const identityEntities = [];
export const identityHttp = { controllers: [] as Function[], tokens: [] as unknown[], operations: [] };
