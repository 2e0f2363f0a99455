import { ACCESS_LEVELS, levelOf, levelRank, resourceRole, type AccessLevel, type ResourceRole, type ResourceType } from './roles';

/** The facts that can give someone a level on a workspace item; the highest one counts. */
export interface AccessFacts {
  readonly type: ResourceType;
  readonly isOwner: boolean;
  /** Roles granted on the item itself to the user, a team of theirs or their organization. */
  readonly grantedRoles: readonly string[];
  /** Roles granted on the enclosing folder (`folder-editor` gives editor on what it holds). */
  readonly folderRoles: readonly string[];
  readonly published: boolean;
}

export function effectiveRole(facts: AccessFacts): ResourceRole | null {
  const levels: AccessLevel[] = [];
  if (facts.isOwner) levels.push('owner');
  for (const role of facts.grantedRoles) {
    const level = levelOf(role, facts.type);
    if (level) levels.push(level);
  }
  for (const role of facts.folderRoles) {
    const level = levelOf(role, 'folder');
    if (level) levels.push(level);
  }
  if (facts.published && facts.type === 'project') levels.push('viewer');
  if (levels.length === 0) return null;
  const highest = levels.reduce((best, level) => (levelRank(level) > levelRank(best) ? level : best), ACCESS_LEVELS[0]);
  return resourceRole(facts.type, highest);
}
