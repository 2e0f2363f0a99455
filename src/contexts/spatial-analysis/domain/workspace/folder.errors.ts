import { DomainError } from '../../../../shared-kernel/domain-error';
import { MAX_FOLDERS_PER_USER, MAX_FOLDER_NAME_LENGTH } from './folder-limits';

export const FolderErrors = {
  notFound: () => new DomainError('workspace.folder-not-found', 'not-found', 'The folder was not found.'),
  forbidden: () => new DomainError('workspace.folder-forbidden', 'forbidden', 'You may read this folder but not change it.'),
  invalidName: () =>
    new DomainError('workspace.folder-name-invalid', 'validation', `A folder name has 1 to ${MAX_FOLDER_NAME_LENGTH} characters.`, {
      errors: [{ pointer: '/body/name', message: `must have 1 to ${MAX_FOLDER_NAME_LENGTH} characters` }],
    }),
  nameReserved: () =>
    new DomainError('workspace.folder-name-reserved', 'validation', 'The name "home" is reserved for your home folder.', {
      errors: [{ pointer: '/body/name', message: 'is reserved' }],
    }),
  nameTaken: (name: string) =>
    new DomainError('workspace.folder-name-taken', 'conflict', `You already have a folder named "${name}".`, { name }),
  homeProtected: () =>
    new DomainError('workspace.home-folder-protected', 'rule-violation', 'The home folder cannot be renamed or deleted.'),
  limitReached: () =>
    new DomainError('workspace.folder-limit-reached', 'rule-violation', `You have reached the limit of ${MAX_FOLDERS_PER_USER} folders.`, {
      limit: MAX_FOLDERS_PER_USER,
    }),
};
