import type { Clock } from '../../../../shared-kernel/clock';
import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { MAX_FOLDERS_PER_USER, newFolder, type Folder } from '../../domain/workspace/folder';
import { FolderErrors } from '../../domain/workspace/folder.errors';
import type { FolderRepository } from '../../ports/workspace/folder-repository.port';
import type { EnsureHomeFolder } from './ensure-home-folder.use-case';

export interface CreateFolderInput {
  readonly name: string;
}

export class CreateFolder {
  constructor(
    private readonly folders: FolderRepository,
    private readonly ensureHome: EnsureHomeFolder,
    private readonly clock: Clock,
  ) {}

  async execute(principal: Principal, input: CreateFolderInput): Promise<Result<Folder, DomainError>> {
    await this.ensureHome.execute(principal.id);
    const folder = newFolder(principal.id, input.name, this.clock.now());
    if (!folder.ok) return folder;
    if ((await this.folders.countExcludingHome(principal.id)) >= MAX_FOLDERS_PER_USER) return err(FolderErrors.limitReached());
    const outcome = await this.folders.save(folder.value);
    return outcome === 'saved' ? ok(folder.value) : err(FolderErrors.nameTaken(folder.value.name));
  }
}
