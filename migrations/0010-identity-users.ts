import { Migration } from '@mikro-orm/migrations';

/** Users (id = the identity provider's `sub`, as given) and their system settings. */
export class IdentityUsers extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE identity."user" (
        id text PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 255),
        email text,
        firstname text,
        lastname text,
        avatar text,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      );`);
    this.addSql('CREATE INDEX user_email_idx ON identity."user" (lower(email));');
    this.addSql(`
      CREATE TABLE identity.system_setting (
        user_id text PRIMARY KEY,
        client_theme text NOT NULL CHECK (client_theme IN ('light', 'dark')),
        preferred_language text NOT NULL CHECK (preferred_language IN ('en', 'de')),
        unit text NOT NULL CHECK (unit IN ('metric', 'imperial'))
      );`);
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE IF EXISTS identity.system_setting;');
    this.addSql('DROP TABLE IF EXISTS identity."user";');
  }
}
