import type { DependencyContainer } from 'tsyringe';
import { EnsureHomeFolder } from '../../../spatial-analysis';
import type { HomeFolderProvisioning } from '../../ports/home-folder-provisioning.port';

/** Asks spatial analysis for the home folder; resolved at call time, after every context registered. */
export class SpatialAnalysisHomeFolders implements HomeFolderProvisioning {
  constructor(private readonly container: DependencyContainer) {}

  async ensureHomeFolder(userId: string): Promise<void> {
    await this.container.resolve(EnsureHomeFolder).execute(userId);
  }
}
