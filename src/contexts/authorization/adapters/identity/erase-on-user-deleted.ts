import type { EventBus } from '../../../../shared-kernel/event-bus.port';
import type { UserDeleted } from '../../../identity';
import type { EraseUserAuthorization } from '../../application/users/erase-user-authorization.use-case';

// Type-only import of identity: the compiler keeps this literal equal to identity's event type, and
// no runtime import closes the identity -> spatial analysis -> authorization -> identity load cycle.
const USER_DELETED: UserDeleted['type'] = 'identity.user-deleted';

/** Listens to identity: a deleted account's memberships, teams and shares go with it. */
export function eraseAuthorizationWhenUserDeleted(bus: EventBus, erase: () => EraseUserAuthorization): void {
  bus.subscribe<UserDeleted>(USER_DELETED, (event) => erase().execute(event.userId));
}
