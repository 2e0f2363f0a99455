import type { EventBus } from '../../../../shared-kernel/event-bus.port';
import { USER_DELETED, type UserDeleted } from '../../../identity';
import type { EraseUserAuthorization } from '../../application/users/erase-user-authorization.use-case';

/** Listens to identity: a deleted account's memberships, teams and shares go with it. */
export function eraseAuthorizationWhenUserDeleted(bus: EventBus, erase: () => EraseUserAuthorization): void {
  bus.subscribe<UserDeleted>(USER_DELETED, (event) => erase().execute(event.userId));
}
