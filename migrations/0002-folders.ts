import { Migration } from '@mikro-orm/migrations';

/** Folders of the workspace; `user_id` is the identity provider's subject, hence text. */
export class Folders extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE spatial_analysis.folder (
        id uuid PRIMARY KEY,
        user_id text NOT NULL,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
        is_home boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT folder_user_name_unique UNIQUE (user_id, name)
      );`);
    this.addSql('CREATE UNIQUE INDEX folder_one_home_per_user ON spatial_analysis.folder (user_id) WHERE is_home;');
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE IF EXISTS spatial_analysis.folder;');
  }
}
