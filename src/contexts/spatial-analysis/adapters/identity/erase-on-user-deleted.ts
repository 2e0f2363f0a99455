import type { EventBus } from '../../../../shared-kernel/event-bus.port';
import type { UserDeleted } from '../../../identity';
import type { EraseUserWorkspace } from '../../application/workspace/erase-user-workspace.use-case';

// Type-only import of identity: the compiler keeps this literal equal to identity's event type,
// and no runtime import ties the two contexts' modules into a load-order cycle.
const USER_DELETED: UserDeleted['type'] = 'identity.user-deleted';

/** Listens to identity: a deleted account's workspace goes with it. */
export function eraseWorkspaceWhenUserDeleted(bus: EventBus, erase: () => EraseUserWorkspace): void {
  bus.subscribe<UserDeleted>(USER_DELETED, (event) => erase().execute(event.userId));
}
