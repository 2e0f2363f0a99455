import type { DomainError } from '../../../../shared-kernel/domain-error';
import { newId, type Id } from '../../../../shared-kernel/ids';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import type { FolderId } from '../workspace/folder';
import { ProjectErrors } from './project.errors';

export type ProjectId = Id<'Project'>;

export const MAX_PROJECT_NAME_LENGTH = 255;

/** A planner's map: which layers, in which order, on which basemap. */
export interface Project {
  readonly id: ProjectId;
  readonly ownerId: string;
  readonly folderId: FolderId;
  readonly name: string;
  readonly description: string | null;
  readonly tags: readonly string[];
  readonly basemap: string | null;
  /** layer_project_ids, topmost first, as GOAT's client draws them. */
  readonly layerOrder: readonly number[];
  readonly thumbnailUrl: string | null;
  /** Free-form layout of the published map (GOAT's builder_config). */
  readonly builderConfig: Readonly<Record<string, unknown>>;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface ProjectDraft {
  readonly folderId: FolderId;
  readonly name: string;
  readonly description?: string | null;
  readonly tags?: readonly string[];
  readonly basemap?: string | null;
  readonly thumbnailUrl?: string | null;
  readonly builderConfig?: Record<string, unknown>;
}

export type ProjectChanges = Partial<Omit<ProjectDraft, 'folderId'>> & { readonly folderId?: FolderId; readonly layerOrder?: readonly number[] };

function checkedName(raw: string): Result<string, DomainError> {
  const name = raw.trim();
  return name.length === 0 || name.length > MAX_PROJECT_NAME_LENGTH ? err(ProjectErrors.invalidName()) : ok(name);
}

export function newProject(ownerId: string, draft: ProjectDraft, now: Date): Result<Project, DomainError> {
  const name = checkedName(draft.name);
  if (!name.ok) return name;
  return ok({
    id: newId<'Project'>(),
    ownerId,
    folderId: draft.folderId,
    name: name.value,
    description: draft.description ?? null,
    tags: [...(draft.tags ?? [])],
    basemap: draft.basemap ?? null,
    layerOrder: [],
    thumbnailUrl: draft.thumbnailUrl ?? null,
    builderConfig: draft.builderConfig ?? {},
    createdAt: now,
    updatedAt: now,
  });
}

const sameMembers = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && new Set(a).size === a.length && [...a].sort((x, y) => x - y).join() === [...b].sort((x, y) => x - y).join();

/** Applies a planner's edits; a new layer order must name exactly the project's layers. */
export function changedProject(project: Project, changes: ProjectChanges, now: Date): Result<Project, DomainError> {
  let name = project.name;
  if (changes.name !== undefined) {
    const checked = checkedName(changes.name);
    if (!checked.ok) return checked;
    name = checked.value;
  }
  if (changes.layerOrder !== undefined && !sameMembers(changes.layerOrder, project.layerOrder)) return err(ProjectErrors.layerOrderInvalid());
  return ok({
    ...project,
    name,
    folderId: changes.folderId ?? project.folderId,
    description: changes.description !== undefined ? changes.description : project.description,
    tags: changes.tags !== undefined ? [...changes.tags] : project.tags,
    basemap: changes.basemap !== undefined ? changes.basemap : project.basemap,
    thumbnailUrl: changes.thumbnailUrl !== undefined ? changes.thumbnailUrl : project.thumbnailUrl,
    builderConfig: changes.builderConfig ?? project.builderConfig,
    layerOrder: changes.layerOrder !== undefined ? [...changes.layerOrder] : project.layerOrder,
    updatedAt: now,
  });
}

/** New layers go on top, as in GOAT. */
export const withLayersOnTop = (project: Project, layerProjectIds: readonly number[], now: Date): Project => ({
  ...project,
  layerOrder: [...[...layerProjectIds].reverse(), ...project.layerOrder.filter((id) => !layerProjectIds.includes(id))],
  updatedAt: now,
});

export const withoutLayer = (project: Project, layerProjectId: number, now: Date): Project => ({
  ...project,
  layerOrder: project.layerOrder.filter((id) => id !== layerProjectId),
  updatedAt: now,
});
