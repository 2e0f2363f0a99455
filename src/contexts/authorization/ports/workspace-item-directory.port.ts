import type { WorkspaceItem } from '../domain/protected-resource';
import type { ResourceType } from '../domain/roles';

/**
 * Who owns a folder, project or layer and where it sits, for the share endpoints (decisions get it
 * passed in). Spatial analysis provides the implementation; this context keeps no copy.
 */
export interface WorkspaceItemDirectory {
  describe(type: ResourceType, id: string): Promise<WorkspaceItem | null>;
}

export const WORKSPACE_ITEM_DIRECTORY: unique symbol = Symbol('WorkspaceItemDirectory');
