import type { WorkspaceItem } from '../../../domain/protected-resource';
import type { ResourceType } from '../../../domain/roles';
import type { InviteeAccount, InviteeDirectory } from '../../../ports/invitee-directory.port';
import type { WorkspaceItemDirectory } from '../../../ports/workspace-item-directory.port';

/** Without an identity provider to ask, an invitation waits for someone to sign in with the address. */
export class AwaitingSignInInviteeDirectory implements InviteeDirectory {
  async ensureAccount(): Promise<InviteeAccount> {
    return 'awaiting-sign-in';
  }
}

/** Workspace items registered by hand; serves tests and runs without spatial analysis. */
export class InMemoryWorkspaceItemDirectory implements WorkspaceItemDirectory {
  private readonly items = new Map<string, WorkspaceItem>();

  add(item: WorkspaceItem): void {
    this.items.set(`${item.type}:${item.id}`, structuredClone(item));
  }

  remove(type: ResourceType, id: string): void {
    this.items.delete(`${type}:${id}`);
  }

  async describe(type: ResourceType, id: string): Promise<WorkspaceItem | null> {
    const found = this.items.get(`${type}:${id}`);
    return found ? structuredClone(found) : null;
  }
}
