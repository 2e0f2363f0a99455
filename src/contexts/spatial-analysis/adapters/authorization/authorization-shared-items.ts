import type { Principal } from '../../../../shared-kernel/principal';
import type { AccessPolicy } from '../../../authorization';
import type { SharedItems, SharedWithMe } from '../../ports/shared-items.port';

/** Asks authorization what others shared with the caller; a shared folder shares what it holds. */
export class AuthorizationSharedItems implements SharedItems {
  constructor(private readonly policy: () => AccessPolicy) {}

  async sharedWith(principal: Principal): Promise<SharedWithMe> {
    const shared = await this.policy().sharedWith(principal);
    const idsOf = (type: 'folder' | 'project' | 'layer') => shared.filter((item) => item.type === type).map((item) => item.id);
    const folderIds = idsOf('folder');
    return { projects: { ids: idsOf('project'), folderIds }, layers: { ids: idsOf('layer'), folderIds } };
  }
}
