import { Migration } from '@mikro-orm/migrations';

/**
 * The permission table: roles by scope, permissions, and which role grants which permission. The
 * policy decision point reads it; change what a role may do here (in a new migration), not in code.
 */
export class AuthorizationPermissions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE "authorization".permission (
        name text PRIMARY KEY,
        description text NOT NULL
      );`);
    this.addSql(`
      CREATE TABLE "authorization".role (
        name text PRIMARY KEY,
        scope text NOT NULL CHECK (scope IN ('organization', 'team', 'folder', 'project', 'layer')),
        rank integer NOT NULL CHECK (rank > 0)
      );`);
    this.addSql(`
      CREATE TABLE "authorization".role_permission (
        role text NOT NULL REFERENCES "authorization".role (name) ON DELETE CASCADE,
        permission text NOT NULL REFERENCES "authorization".permission (name) ON DELETE CASCADE,
        PRIMARY KEY (role, permission)
      );`);
    this.addSql(`INSERT INTO "authorization".permission (name, description) VALUES
      ('read-organization', 'See the organization, its plan and members'),
      ('create-folder', 'Create folders'),
      ('create-project', 'Create projects'),
      ('create-layer', 'Create or add layers'),
      ('create-team', 'Create teams'),
      ('create-job', 'Run tools (jobs)'),
      ('update-organization', 'Change the organization profile'),
      ('manage-members', 'Invite, remove members and change their roles'),
      ('read-audit', 'Read the audit log'),
      ('read-billing', 'See plan and usage'),
      ('delete-organization', 'Delete the organization'),
      ('transfer-ownership', 'Hand the organization to another member'),
      ('read-team', 'See a team and its members'),
      ('update-team', 'Change a team profile'),
      ('delete-team', 'Delete a team'),
      ('manage-team-members', 'Add and remove team members'),
      ('read-folder', 'See a folder and what it holds'),
      ('update-folder', 'Rename a folder and add content to it'),
      ('delete-folder', 'Delete a folder'),
      ('share-folder', 'Share a folder and see who has access'),
      ('read-project', 'Open a project'),
      ('update-project', 'Change a project, its layers and scenarios'),
      ('delete-project', 'Delete a project'),
      ('share-project', 'Share a project and see who has access'),
      ('read-layer', 'See a layer and its data'),
      ('update-layer', 'Change a layer, its data and style'),
      ('delete-layer', 'Delete a layer'),
      ('share-layer', 'Share a layer and see who has access');`);
    this.addSql(`INSERT INTO "authorization".role (name, scope, rank) VALUES
      ('organization-owner', 'organization', 4),
      ('organization-admin', 'organization', 3),
      ('organization-editor', 'organization', 2),
      ('organization-viewer', 'organization', 1),
      ('team-owner', 'team', 2),
      ('team-member', 'team', 1),
      ('folder-owner', 'folder', 3),
      ('folder-editor', 'folder', 2),
      ('folder-viewer', 'folder', 1),
      ('project-owner', 'project', 3),
      ('project-editor', 'project', 2),
      ('project-viewer', 'project', 1),
      ('layer-owner', 'layer', 3),
      ('layer-editor', 'layer', 2),
      ('layer-viewer', 'layer', 1);`);
    this.addSql(`INSERT INTO "authorization".role_permission (role, permission) VALUES
      ('organization-owner', 'read-organization'),
      ('organization-owner', 'create-folder'),
      ('organization-owner', 'create-project'),
      ('organization-owner', 'create-layer'),
      ('organization-owner', 'create-team'),
      ('organization-owner', 'create-job'),
      ('organization-owner', 'update-organization'),
      ('organization-owner', 'manage-members'),
      ('organization-owner', 'read-audit'),
      ('organization-owner', 'read-billing'),
      ('organization-owner', 'delete-organization'),
      ('organization-owner', 'transfer-ownership'),
      ('organization-admin', 'read-organization'),
      ('organization-admin', 'create-folder'),
      ('organization-admin', 'create-project'),
      ('organization-admin', 'create-layer'),
      ('organization-admin', 'create-team'),
      ('organization-admin', 'create-job'),
      ('organization-admin', 'update-organization'),
      ('organization-admin', 'manage-members'),
      ('organization-admin', 'read-audit'),
      ('organization-admin', 'read-billing'),
      ('organization-editor', 'read-organization'),
      ('organization-editor', 'create-folder'),
      ('organization-editor', 'create-project'),
      ('organization-editor', 'create-layer'),
      ('organization-editor', 'create-team'),
      ('organization-editor', 'create-job'),
      ('organization-viewer', 'read-organization'),
      ('team-owner', 'read-team'),
      ('team-owner', 'update-team'),
      ('team-owner', 'delete-team'),
      ('team-owner', 'manage-team-members'),
      ('team-member', 'read-team'),
      ('folder-owner', 'read-folder'),
      ('folder-owner', 'update-folder'),
      ('folder-owner', 'delete-folder'),
      ('folder-owner', 'share-folder'),
      ('folder-editor', 'read-folder'),
      ('folder-editor', 'update-folder'),
      ('folder-viewer', 'read-folder'),
      ('project-owner', 'read-project'),
      ('project-owner', 'update-project'),
      ('project-owner', 'create-layer'),
      ('project-owner', 'create-job'),
      ('project-owner', 'delete-project'),
      ('project-owner', 'share-project'),
      ('project-editor', 'read-project'),
      ('project-editor', 'update-project'),
      ('project-editor', 'create-layer'),
      ('project-editor', 'create-job'),
      ('project-viewer', 'read-project'),
      ('layer-owner', 'read-layer'),
      ('layer-owner', 'update-layer'),
      ('layer-owner', 'delete-layer'),
      ('layer-owner', 'share-layer'),
      ('layer-editor', 'read-layer'),
      ('layer-editor', 'update-layer'),
      ('layer-viewer', 'read-layer');`);
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE IF EXISTS "authorization".role_permission;');
    this.addSql('DROP TABLE IF EXISTS "authorization".role;');
    this.addSql('DROP TABLE IF EXISTS "authorization".permission;');
  }
}
