import { Migration } from '@mikro-orm/migrations';

/**
 * Shares keyed by (resource type, id) of spatial analysis's items (no foreign key across contexts),
 * subscriptions with their totals and usage per quota, and the audit log.
 */
export class AuthorizationGrantsSubscriptionsAudit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE "authorization".resource_grant (
        resource_type text NOT NULL CHECK (resource_type IN ('folder', 'project', 'layer')),
        resource_id text NOT NULL,
        resource_owner_id text NOT NULL,
        grantee_kind text NOT NULL CHECK (grantee_kind IN ('user', 'team', 'organization')),
        grantee_id text NOT NULL,
        role text NOT NULL REFERENCES "authorization".role (name),
        granted_by text NOT NULL,
        granted_at timestamptz NOT NULL,
        PRIMARY KEY (resource_type, resource_id, grantee_kind, grantee_id),
        CHECK (split_part(role, '-', 1) = resource_type)
      );`);
    this.addSql('CREATE INDEX resource_grant_grantee ON "authorization".resource_grant (grantee_kind, grantee_id);');
    this.addSql('CREATE INDEX resource_grant_owner ON "authorization".resource_grant (resource_owner_id);');
    this.addSql(`
      CREATE TABLE "authorization".subscription (
        account_kind text NOT NULL CHECK (account_kind IN ('organization', 'personal')),
        account_id text NOT NULL,
        plan_name text NOT NULL REFERENCES "authorization".plan (name),
        total_projects integer NOT NULL, used_projects integer NOT NULL DEFAULT 0 CHECK (used_projects >= 0),
        total_storage bigint NOT NULL, used_storage bigint NOT NULL DEFAULT 0 CHECK (used_storage >= 0),
        total_credits integer NOT NULL, used_credits integer NOT NULL DEFAULT 0 CHECK (used_credits >= 0),
        total_editors integer NOT NULL, used_editors integer NOT NULL DEFAULT 0 CHECK (used_editors >= 0),
        total_viewers integer NOT NULL, used_viewers integer NOT NULL DEFAULT 0 CHECK (used_viewers >= 0),
        features text[] NOT NULL DEFAULT '{}',
        suspended boolean NOT NULL DEFAULT false,
        on_trial boolean NOT NULL DEFAULT false,
        renews_at timestamptz NOT NULL,
        PRIMARY KEY (account_kind, account_id)
      );`);
    this.addSql(`
      CREATE TABLE "authorization".audit_entry (
        id uuid PRIMARY KEY,
        organization_id text,
        actor_id text NOT NULL,
        action text NOT NULL,
        subject text NOT NULL,
        details jsonb NOT NULL DEFAULT '{}',
        occurred_at timestamptz NOT NULL
      );`);
    this.addSql('CREATE INDEX audit_entry_organization ON "authorization".audit_entry (organization_id, occurred_at DESC);');
    this.addSql('CREATE INDEX audit_entry_actor ON "authorization".audit_entry (actor_id);');
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE IF EXISTS "authorization".audit_entry;');
    this.addSql('DROP TABLE IF EXISTS "authorization".subscription;');
    this.addSql('DROP TABLE IF EXISTS "authorization".resource_grant;');
  }
}
