import { Migration } from '@mikro-orm/migrations';

/** PostGIS, and one schema per bounded context plus `user_data` for the per-layer tables. */
export class ExtensionsAndSchemas extends Migration {
  override async up(): Promise<void> {
    this.addSql('CREATE EXTENSION IF NOT EXISTS postgis;');
    this.addSql('CREATE SCHEMA IF NOT EXISTS identity;');
    this.addSql('CREATE SCHEMA IF NOT EXISTS "authorization";');
    this.addSql('CREATE SCHEMA IF NOT EXISTS spatial_analysis;');
    this.addSql('CREATE SCHEMA IF NOT EXISTS user_data;');
  }

  override async down(): Promise<void> {
    this.addSql('DROP SCHEMA IF EXISTS user_data CASCADE;');
    this.addSql('DROP SCHEMA IF EXISTS spatial_analysis CASCADE;');
    this.addSql('DROP SCHEMA IF EXISTS "authorization" CASCADE;');
    this.addSql('DROP SCHEMA IF EXISTS identity CASCADE;');
  }
}
