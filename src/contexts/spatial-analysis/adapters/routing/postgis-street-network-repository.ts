import type { Geometry } from 'geojson';
import type { Pool, PoolClient } from 'pg';
import { highwayClassName } from '../../domain/routing/highway-class';
import { edgeCoordinates, type StreetNetwork } from '../../domain/routing/street-network';
import { fromFixedDegrees } from '../../domain/routing/geodesy';
import { costPerMetre, travelCostModel } from '../../domain/routing/travel-cost-model';
import { STREET_MODES } from '../../domain/routing/travel-mode';
import type { StoredStreetNetwork, StreetNetworkLayerPublication, StreetNetworkRepository } from '../../ports/routing/street-network-repository.port';
import { streetNetworkLayerAttributes, streetNetworkLayerView } from './street-network-layer-view';

const BATCH = 5000;
const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * Writes the base street network to PostGIS as `<schema>.street_network_edge` and
 * `<schema>.street_network_node` (bulk data, so plain `pg` rather than the ORM). The tables are
 * created here if missing; the whole replacement runs in one transaction, so a failed import leaves
 * the previous network in place. Each edge carries per-mode costs at default speeds (seconds; -1 =
 * closed in that direction), in pgRouting's `cost`/`reverse_cost` convention. With a publication,
 * the layer's rows become a view over the new edges in the same transaction (see
 * street-network-layer-view.ts), and the publication is told what was stored before the commit.
 */
export class PostgisStreetNetworkRepository implements StreetNetworkRepository {
  constructor(
    private readonly pool: Pool,
    private readonly schema = 'spatial_analysis',
  ) {
    if (!IDENTIFIER.test(schema)) throw new Error(`invalid schema name "${schema}"`);
  }

  async replace(network: StreetNetwork, _sourceName?: string, publication?: StreetNetworkLayerPublication): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await this.createTables(client);
      await client.query(`TRUNCATE ${this.schema}.street_network_edge, ${this.schema}.street_network_node`);
      await this.insertNodes(client, network);
      await this.insertEdges(client, network);
      if (publication) {
        await client.query(streetNetworkLayerView(this.schema, publication.layerId));
        await publication.beforeCommit(await this.measure(client, network));
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
    await this.pool.query(`ANALYZE ${this.schema}.street_network_edge; ANALYZE ${this.schema}.street_network_node`);
  }

  private async createTables(client: PoolClient): Promise<void> {
    const s = this.schema;
    const costColumns = STREET_MODES.map((m) => `cost_${m} double precision NOT NULL, reverse_cost_${m} double precision NOT NULL`).join(', ');
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${s}.street_network_node (
      id integer PRIMARY KEY,
      geom geometry(Point, 4326) NOT NULL)`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${s}.street_network_edge (
      id integer PRIMARY KEY,
      source integer NOT NULL,
      target integer NOT NULL,
      highway text NOT NULL,
      length_m double precision NOT NULL,
      maxspeed_kmh smallint NOT NULL,
      surface_penalty_percent smallint NOT NULL,
      traversal bigint NOT NULL,
      ${costColumns},
      geom geometry(LineString, 4326) NOT NULL)`);
    await client.query(`CREATE INDEX IF NOT EXISTS street_network_edge_geom_idx ON ${s}.street_network_edge USING gist (geom)`);
    await client.query(`CREATE INDEX IF NOT EXISTS street_network_edge_source_idx ON ${s}.street_network_edge (source)`);
    // The layer view numbers features from 1 (id + 1): this index serves its lookups and order.
    await client.query(`CREATE INDEX IF NOT EXISTS street_network_edge_feature_id_idx ON ${s}.street_network_edge ((id + 1))`);
    await client.query(`CREATE INDEX IF NOT EXISTS street_network_edge_target_idx ON ${s}.street_network_edge (target)`);
    await client.query(`CREATE INDEX IF NOT EXISTS street_network_node_geom_idx ON ${s}.street_network_node USING gist (geom)`);
  }

  /** Counted in the transaction, so the layer record describes exactly these edges. */
  private async measure(client: PoolClient, network: StreetNetwork): Promise<StoredStreetNetwork> {
    const { rows } = await client.query<{ edges: number; extent: string | null; size: string }>(
      `SELECT count(*)::int AS edges, ST_AsGeoJSON(ST_Envelope(ST_Extent(geom)::geometry)) AS extent,
              pg_total_relation_size('${this.schema}.street_network_edge')::bigint AS size
       FROM ${this.schema}.street_network_edge`,
    );
    const row = rows[0];
    return {
      edges: row.edges,
      nodes: network.nodeCount,
      extent: row.extent ? (JSON.parse(row.extent) as Geometry) : null,
      sizeBytes: Number(row.size),
      attributes: streetNetworkLayerAttributes(),
    };
  }

  private async insertNodes(client: PoolClient, network: StreetNetwork): Promise<void> {
    for (let start = 0; start < network.nodeCount; start += BATCH) {
      const end = Math.min(network.nodeCount, start + BATCH);
      const ids: number[] = [];
      const lons: number[] = [];
      const lats: number[] = [];
      for (let n = start; n < end; n++) {
        ids.push(n);
        lons.push(fromFixedDegrees(network.nodeLon[n]));
        lats.push(fromFixedDegrees(network.nodeLat[n]));
      }
      await client.query(
        `INSERT INTO ${this.schema}.street_network_node (id, geom)
         SELECT id, ST_SetSRID(ST_MakePoint(lon, lat), 4326) FROM unnest($1::int[], $2::float8[], $3::float8[]) AS t(id, lon, lat)`,
        [ids, lons, lats],
      );
    }
  }

  private async insertEdges(client: PoolClient, network: StreetNetwork): Promise<void> {
    const models = STREET_MODES.map((mode) => travelCostModel(mode, { kind: 'time', maxSeconds: 1 }));
    const costColumns = STREET_MODES.map((m) => `cost_${m}, reverse_cost_${m}`).join(', ');
    const costParams = STREET_MODES.map((_, i) => `$${9 + 2 * i}::float8[], $${10 + 2 * i}::float8[]`).join(', ');
    const costNames = STREET_MODES.map((m) => `c_${m}, r_${m}`).join(', ');
    const sql = `INSERT INTO ${this.schema}.street_network_edge
        (id, source, target, highway, length_m, maxspeed_kmh, surface_penalty_percent, traversal, ${costColumns}, geom)
      SELECT id, source, target, highway, length_m, maxspeed, surface, traversal, ${costNames}, ST_GeomFromText(wkt, 4326)
      FROM unnest($1::int[], $2::int[], $3::int[], $4::text[], $5::float8[], $6::int[], $7::int[], $8::bigint[], ${costParams}, $19::text[])
        AS t(id, source, target, highway, length_m, maxspeed, surface, traversal, ${costNames}, wkt)`;
    for (let start = 0; start < network.edgeCount; start += BATCH) {
      const end = Math.min(network.edgeCount, start + BATCH);
      const columns: unknown[][] = Array.from({ length: 19 }, () => []);
      for (let e = start; e < end; e++) {
        const street = {
          traversal: network.edgeTraversal[e],
          carSpeedKmh: network.edgeCarSpeed[e],
          surfacePenaltyPercent: network.edgeSurfacePenalty[e],
        };
        const length = network.edgeLength[e];
        const row: unknown[] = [
          e, network.edgeSource[e], network.edgeTarget[e], highwayClassName(network.edgeHighway[e]), length, street.carSpeedKmh,
          street.surfacePenaltyPercent, street.traversal,
        ];
        for (const model of models) {
          for (const direction of [0, 1] as const) {
            const perMetre = costPerMetre(model, street, direction);
            row.push(perMetre === Infinity ? -1 : length * perMetre);
          }
        }
        row.push(`LINESTRING(${edgeCoordinates(network, e).map(([x, y]) => `${x} ${y}`).join(',')})`);
        row.forEach((value, i) => columns[i].push(value));
      }
      await client.query(sql, columns);
    }
  }
}
