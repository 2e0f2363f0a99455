import { Migration } from '@mikro-orm/migrations';

/** Browser sessions of the web sign-in, in connect-pg-simple's layout (MikroORM does not map it). */
export class IdentitySessions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE identity.session (
        sid varchar NOT NULL PRIMARY KEY,
        sess json NOT NULL,
        expire timestamp(6) NOT NULL
      );`);
    this.addSql('CREATE INDEX session_expire_idx ON identity.session (expire);');
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE IF EXISTS identity.session;');
  }
}
