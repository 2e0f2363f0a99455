import type { Clock } from '../../../../shared-kernel/clock';
import { newHomeFolder, type Folder } from '../../domain/workspace/folder';
import type { FolderRepository } from '../../ports/workspace/folder-repository.port';

/** Gives a user their home folder on first use; safe when two first requests race. */
export class EnsureHomeFolder {
  constructor(
    private readonly folders: FolderRepository,
    private readonly clock: Clock,
  ) {}

  async execute(ownerId: string): Promise<Folder> {
    const existing = await this.folders.homeOf(ownerId);
    if (existing) return existing;
    const home = newHomeFolder(ownerId, this.clock.now());
    if ((await this.folders.save(home)) === 'saved') return home;
    const winner = await this.folders.homeOf(ownerId);
    if (!winner) throw new Error(`Home folder of ${ownerId} could neither be created nor found`);
    return winner;
  }
}
