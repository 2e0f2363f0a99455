import { Migration } from '@mikro-orm/migrations';

/**
 * Plans and their limits (storage in bytes, credits per month). New organizations start on
 * goat_starter, as does every user's personal allowance; adjust the offer here, in a new migration.
 */
export class AuthorizationPlans extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE "authorization".plan (
        name text PRIMARY KEY,
        position integer NOT NULL,
        total_projects integer NOT NULL CHECK (total_projects >= 0),
        total_storage bigint NOT NULL CHECK (total_storage >= 0),
        total_credits integer NOT NULL CHECK (total_credits >= 0),
        total_editors integer NOT NULL CHECK (total_editors >= 0),
        total_viewers integer NOT NULL CHECK (total_viewers >= 0),
        features text[] NOT NULL DEFAULT '{}'
      );`);
    this.addSql(`
      INSERT INTO "authorization".plan
        (name, position, total_projects, total_storage, total_credits, total_editors, total_viewers, features) VALUES
        ('goat_starter',      1,    20,    524288000,   1000,   2,    5, '{}'),
        ('goat_professional', 2,   200,  10737418240,  20000,  10,   50, '{scenarios}'),
        ('goat_enterprise',   3, 10000, 107374182400, 500000, 200, 2000, '{scenarios,public-transport}');`);
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE IF EXISTS "authorization".plan;');
  }
}
