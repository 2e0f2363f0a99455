/** Every user has one; it holds what has no other place and can be neither renamed nor deleted. */
export const HOME_FOLDER_NAME = 'home';
/** GOAT's MAX_FOLDER_COUNT; the home folder does not count. */
export const MAX_FOLDERS_PER_USER = 100;
export const MAX_FOLDER_NAME_LENGTH = 255;
