import { DomainError } from '../../../../shared-kernel/domain-error';
import { newId, type Id } from '../../../../shared-kernel/ids';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { FolderErrors } from './folder.errors';
import { HOME_FOLDER_NAME, MAX_FOLDER_NAME_LENGTH } from './folder-limits';

export type FolderId = Id<'Folder'>;

export { HOME_FOLDER_NAME, MAX_FOLDERS_PER_USER, MAX_FOLDER_NAME_LENGTH } from './folder-limits';

export interface Folder {
  readonly id: FolderId;
  readonly ownerId: string;
  readonly name: string;
  readonly isHome: boolean;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

function checkedName(raw: string): Result<string, DomainError> {
  const name = raw.trim();
  if (name.length === 0 || name.length > MAX_FOLDER_NAME_LENGTH) return err(FolderErrors.invalidName());
  if (name.toLowerCase() === HOME_FOLDER_NAME) return err(FolderErrors.nameReserved());
  return ok(name);
}

export function newFolder(ownerId: string, name: string, now: Date): Result<Folder, DomainError> {
  const checked = checkedName(name);
  if (!checked.ok) return checked;
  return ok({ id: newId<'Folder'>(), ownerId, name: checked.value, isHome: false, createdAt: now, updatedAt: now });
}

export function newHomeFolder(ownerId: string, now: Date): Folder {
  return { id: newId<'Folder'>(), ownerId, name: HOME_FOLDER_NAME, isHome: true, createdAt: now, updatedAt: now };
}

export function renamed(folder: Folder, name: string, now: Date): Result<Folder, DomainError> {
  if (folder.isHome) return err(FolderErrors.homeProtected());
  const checked = checkedName(name);
  if (!checked.ok) return checked;
  return ok({ ...folder, name: checked.value, updatedAt: now });
}

export function checkDeletable(folder: Folder): Result<Folder, DomainError> {
  return folder.isHome ? err(FolderErrors.homeProtected()) : ok(folder);
}
