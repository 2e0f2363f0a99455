import type { EventBus } from '../../../../shared-kernel/event-bus.port';
import { USER_DELETED, type UserDeleted } from '../../../identity';
import type { EraseUserWorkspace } from '../../application/workspace/erase-user-workspace.use-case';

/** Listens to identity: a deleted account's workspace goes with it. */
export function eraseWorkspaceWhenUserDeleted(bus: EventBus, erase: () => EraseUserWorkspace): void {
  bus.subscribe<UserDeleted>(USER_DELETED, (event) => erase().execute(event.userId));
}
