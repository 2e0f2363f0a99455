/** Gives a newly seen user their home folder (the workspace belongs to spatial analysis). */
export interface HomeFolderProvisioning {
  ensureHomeFolder(userId: string): Promise<void>;
}

export const HOME_FOLDER_PROVISIONING: unique symbol = Symbol('HomeFolderProvisioning');
