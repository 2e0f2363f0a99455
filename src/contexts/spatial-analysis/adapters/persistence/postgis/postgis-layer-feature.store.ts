import type { EntityManager } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/postgresql';
import type { Geometry } from 'geojson';
import { fromEwkb } from '../../../../../shared-kernel/geometry';
import { storedGeometryType } from '../../../domain/layers/layer-geometry';
import type { LayerAttribute } from '../../../domain/layers/layer-attributes';
import type { FeatureSource, LayerFeatureStore, SourceFeature, StoredFeatures } from '../../../ports/layers/layer-feature-store.port';
import { bindValue, column, layerTable, qualified, selectExpression, SQL_TYPES } from './layer-table-sql';

const BATCH = 500;

/** ST_MakeValid can split a polygon into pieces of several dimensions; keep the layer's own. */
const REPAIR: Readonly<Record<'point' | 'line' | 'polygon', string>> = {
  point: 'ST_CollectionExtract(ST_MakeValid(geom), 1)',
  line: 'ST_CollectionExtract(ST_MakeValid(geom), 2)',
  polygon: 'ST_CollectionExtract(ST_MakeValid(geom), 3)',
};

/**
 * One typed table per layer in `user_data`, created in a single transaction from a temporary staging
 * table: geometries are repaired (ST_MakeValid, counted), forced to the layer's multi-type, checked
 * valid by constraint and indexed with GiST. A failure anywhere leaves no table behind.
 */
export class PostgisLayerFeatureStore implements LayerFeatureStore {
  constructor(private readonly em: EntityManager) {}

  private knex(): Knex {
    return (this.em.getConnection() as unknown as { getKnex(): Knex }).getKnex();
  }

  async create(layerId: string, source: FeatureSource): Promise<StoredFeatures> {
    const table = layerTable(layerId);
    const target = qualified(table);
    const attributes = source.attributes;
    const columns = attributes.map((attribute) => `${column(attribute)} ${SQL_TYPES[attribute.type]}`);
    const names = attributes.map(column);
    return this.knex().transaction(async (trx) => {
      // An import may be large: allow it time, inside this transaction only.
      await trx.raw("SET LOCAL statement_timeout = '1h'");
      await trx.raw(`CREATE TEMP TABLE staging (n serial, geom geometry${columns.map((c) => `, ${c}`).join('')}) ON COMMIT DROP`);
      let batch: SourceFeature[] = [];
      const flush = async () => {
        if (batch.length === 0) return;
        const placeholders = `(ST_SetSRID(ST_GeomFromGeoJSON(?), 4326)${attributes.map((a) => `, ?::${SQL_TYPES[a.type]}`).join('')})`;
        const bindings = batch.flatMap((feature) => [
          source.geometryType && feature.geometry ? JSON.stringify(feature.geometry) : null,
          ...attributes.map((attribute) => bindValue(feature.properties[attribute.name], attribute.type)),
        ]);
        await trx.raw(`INSERT INTO staging (geom${names.map((n) => `, ${n}`).join('')}) VALUES ${batch.map(() => placeholders).join(', ')}`, bindings as Knex.RawBinding[]);
        batch = [];
      };
      for await (const feature of source.features()) {
        batch.push(feature);
        if (batch.length >= BATCH) await flush();
      }
      await flush();

      const selected = names.map((n) => `, ${n}`).join('');
      let repaired: number | null = null;
      if (source.geometryType) {
        const facts = await trx.raw(
          `SELECT count(*) FILTER (WHERE geom IS NOT NULL AND NOT ST_IsValid(geom))::int AS invalid,
                  coalesce(bool_or(GeometryType(geom) = 'MULTIPOINT'), false) AS multi FROM staging`,
        );
        const { invalid, multi } = facts.rows[0] as { invalid: number; multi: boolean };
        repaired = invalid;
        const type = storedGeometryType(source.geometryType, multi);
        const fixed = type === 'Point' ? 'geom' : `ST_Multi(${REPAIR[source.geometryType]})`;
        await trx.raw(`
          CREATE TABLE ${target} AS
          SELECT (row_number() OVER (ORDER BY n))::int AS id${selected}, geom::geometry(${type}, 4326) AS geom
          FROM (SELECT n${selected}, ${fixed} AS geom FROM staging WHERE geom IS NOT NULL) repaired
          WHERE geom IS NOT NULL AND NOT ST_IsEmpty(geom)
          ORDER BY n`);
        await trx.raw(`ALTER TABLE ${target} ALTER COLUMN geom SET NOT NULL, ADD CONSTRAINT "${table}_valid" CHECK (ST_IsValid(geom))`);
        await trx.raw(`CREATE INDEX "${table}_geom" ON ${target} USING gist (geom)`);
      } else {
        await trx.raw(`CREATE TABLE ${target} AS SELECT (row_number() OVER (ORDER BY n))::int AS id${selected} FROM staging ORDER BY n`);
      }
      await trx.raw(`ALTER TABLE ${target} ADD PRIMARY KEY (id)`);
      const staged = Number(((await trx.raw('SELECT count(*)::int AS n FROM staging')).rows[0] as { n: number }).n);
      const summary = await this.summarize(trx, table, !!source.geometryType);
      return { ...summary, repairedGeometries: repaired, droppedGeometries: staged - summary.featureCount };
    });
  }

  async drop(layerId: string): Promise<void> {
    await this.knex().raw(`DROP TABLE IF EXISTS ${qualified(layerTable(layerId))}`);
  }

  async exists(layerId: string): Promise<boolean> {
    const result = await this.knex().raw('SELECT to_regclass(?) IS NOT NULL AS present', [`user_data.${layerTable(layerId)}`]);
    return Boolean((result.rows[0] as { present: boolean }).present);
  }

  async summary(layerId: string): Promise<StoredFeatures | null> {
    if (!(await this.exists(layerId))) return null;
    const table = layerTable(layerId);
    const hasGeometry = await this.knex().raw(
      "SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'user_data' AND table_name = ? AND column_name = 'geom') AS present",
      [table],
    );
    const summary = await this.summarize(this.knex(), table, Boolean((hasGeometry.rows[0] as { present: boolean }).present));
    return { ...summary, repairedGeometries: null, droppedGeometries: 0 };
  }

  async *read(layerId: string, attributes: readonly LayerAttribute[]): AsyncIterable<SourceFeature> {
    const table = layerTable(layerId);
    if (!(await this.exists(layerId))) return;
    const geometry = await this.knex().raw(
      "SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'user_data' AND table_name = ? AND column_name = 'geom') AS present",
      [table],
    );
    const withGeometry = Boolean((geometry.rows[0] as { present: boolean }).present);
    const selected = attributes.map((attribute, index) => `, ${selectExpression(attribute)} AS a${index}`).join('');
    let after = 0;
    for (;;) {
      const result = await this.knex().raw(
        `SELECT id${withGeometry ? ', ST_AsEWKB(geom) AS geom' : ''}${selected} FROM ${qualified(table)} WHERE id > ? ORDER BY id LIMIT 2000`,
        [after],
      );
      const rows = result.rows as Record<string, unknown>[];
      for (const row of rows) {
        yield {
          geometry: withGeometry && row.geom ? (fromEwkb(row.geom as Buffer) as Geometry) : null,
          properties: Object.fromEntries(attributes.map((attribute, index) => [attribute.name, row[`a${index}`] ?? null])),
        };
      }
      if (rows.length < 2000) return;
      after = Number(rows[rows.length - 1].id);
    }
  }

  private async summarize(db: Knex | Knex.Transaction, table: string, withGeometry: boolean): Promise<Omit<StoredFeatures, 'repairedGeometries' | 'droppedGeometries'>> {
    const result = await db.raw(
      `SELECT count(*)::int AS count, ${withGeometry ? 'ST_AsEWKB(ST_Envelope(ST_Extent(geom)::geometry))' : 'NULL'} AS extent,
              pg_total_relation_size(?::regclass)::bigint AS size FROM ${qualified(table)}`,
      [`user_data."${table}"`],
    );
    const row = result.rows[0] as { count: number; extent: Buffer | null; size: string };
    return { featureCount: row.count, extent: row.extent ? fromEwkb(row.extent) : null, sizeBytes: Number(row.size) };
  }
}
