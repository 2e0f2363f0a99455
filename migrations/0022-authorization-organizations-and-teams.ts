import { Migration } from '@mikro-orm/migrations';

const ORGANIZATION_ROLES = `'organization-owner', 'organization-admin', 'organization-editor', 'organization-viewer'`;

/** Organizations, their members (at most one organization per user, one owner each), invitations, teams. */
export class AuthorizationOrganizationsAndTeams extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE "authorization".organization (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
        type text, size text, industry text, department text, use_case text,
        phone text, location text, avatar text, region text, newsletter boolean,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      );`);
    this.addSql(`
      CREATE TABLE "authorization".organization_member (
        user_id text PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES "authorization".organization (id) ON DELETE CASCADE,
        email text,
        role text NOT NULL CHECK (role IN (${ORGANIZATION_ROLES})),
        joined_at timestamptz NOT NULL
      );`);
    this.addSql('CREATE INDEX organization_member_organization ON "authorization".organization_member (organization_id);');
    this.addSql(`CREATE UNIQUE INDEX organization_one_owner ON "authorization".organization_member (organization_id) WHERE role = 'organization-owner';`);
    this.addSql(`
      CREATE TABLE "authorization".invitation (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES "authorization".organization (id) ON DELETE CASCADE,
        email text NOT NULL,
        role text NOT NULL CHECK (role IN (${ORGANIZATION_ROLES})),
        status text NOT NULL CHECK (status IN ('pending', 'accepted', 'declined', 'canceled')),
        invited_by text NOT NULL,
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      );`);
    this.addSql('CREATE INDEX invitation_email ON "authorization".invitation (email);');
    this.addSql(`CREATE UNIQUE INDEX invitation_one_pending ON "authorization".invitation (organization_id, email) WHERE status = 'pending';`);
    this.addSql(`
      CREATE TABLE "authorization".team (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
        description text,
        avatar text,
        organization_id uuid REFERENCES "authorization".organization (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      );`);
    this.addSql(`
      CREATE TABLE "authorization".team_member (
        team_id uuid NOT NULL REFERENCES "authorization".team (id) ON DELETE CASCADE,
        user_id text NOT NULL,
        role text NOT NULL CHECK (role IN ('team-owner', 'team-member')),
        joined_at timestamptz NOT NULL,
        PRIMARY KEY (team_id, user_id)
      );`);
    this.addSql('CREATE INDEX team_member_user ON "authorization".team_member (user_id);');
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE IF EXISTS "authorization".team_member;');
    this.addSql('DROP TABLE IF EXISTS "authorization".team;');
    this.addSql('DROP TABLE IF EXISTS "authorization".invitation;');
    this.addSql('DROP TABLE IF EXISTS "authorization".organization_member;');
    this.addSql('DROP TABLE IF EXISTS "authorization".organization;');
  }
}
