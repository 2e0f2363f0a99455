/** Authorization: who may do what. Other contexts use only what is exported here. */
export { registerAuthorization, type AuthorizationOptions } from './module';
export const authorizationEntities = [];
export const authorizationHttp = { controllers: [] as Function[], tokens: [] as unknown[], operations: [] };
