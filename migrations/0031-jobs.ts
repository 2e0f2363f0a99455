import { Migration } from '@mikro-orm/migrations';

/**
 * What users see of their jobs (GOAT's customer.job). The queue itself lives in pg-boss's own schema
 * `pgboss`, which pg-boss creates and migrates; MikroORM never touches it.
 */
export class Jobs extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE spatial_analysis.job (
        id uuid PRIMARY KEY,
        user_id text NOT NULL,
        project_id uuid,
        type text NOT NULL,
        status_simple text NOT NULL CHECK (status_simple IN ('pending', 'running', 'finished', 'failed', 'timeout', 'killed')),
        status jsonb NOT NULL DEFAULT '{}',
        progress smallint NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        layer_ids jsonb NOT NULL DEFAULT '[]',
        msg_simple text,
        error_code text,
        read boolean NOT NULL DEFAULT false,
        payload jsonb NOT NULL DEFAULT '{}',
        result jsonb,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        heartbeat_at timestamptz
      );`);
    this.addSql('CREATE INDEX job_user_created ON spatial_analysis.job (user_id, created_at DESC);');
    this.addSql("CREATE INDEX job_user_active ON spatial_analysis.job (user_id) WHERE status_simple IN ('pending', 'running');");
    this.addSql("CREATE INDEX job_running_heartbeat ON spatial_analysis.job (heartbeat_at) WHERE status_simple = 'running';");
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE IF EXISTS spatial_analysis.job;');
  }
}
