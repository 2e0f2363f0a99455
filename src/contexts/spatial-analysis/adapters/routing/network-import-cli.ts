import { Pool } from 'pg';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { ImportStreetNetworkUseCase } from '../../application/routing/import-street-network.use-case';
import { OsmiumOsmStreetSource } from './osmium-osm-street-source';
import { PostgisStreetNetworkRepository } from './postgis-street-network-repository';

/**
 * `npm run network:import -- <file.osm.pbf> [--schema=<name>]`: builds the routable network from an
 * OSM file and replaces the base street-network layer in PostGIS (DATABASE_URL). Exit 0 on success,
 * 1 on a bad file or request (message on stderr), 2 on infrastructure faults.
 */
async function main(args: readonly string[]): Promise<number> {
  const file = args.find((a) => !a.startsWith('--'));
  const schema = args.find((a) => a.startsWith('--schema='))?.slice('--schema='.length) ?? 'spatial_analysis';
  if (file === undefined) {
    process.stderr.write('usage: npm run network:import -- <file.osm.pbf> [--schema=spatial_analysis]\n');
    return 1;
  }
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    process.stderr.write('DATABASE_URL is not set: the street network is written to PostGIS.\n');
    return 1;
  }
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  try {
    const started = performance.now();
    const useCase = new ImportStreetNetworkUseCase(new OsmiumOsmStreetSource(), new PostgisStreetNetworkRepository(pool, schema));
    const result = await useCase.execute({ filePath: file });
    if (!result.ok) {
      process.stderr.write(`network import failed (${result.error.code}): ${result.error.message}\n`);
      return 1;
    }
    const { nodes, edges, bytes } = result.value;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(`imported ${file}: ${edges} edges, ${nodes} nodes into ${schema}.street_network_edge/_node in ${seconds} s (${(bytes / edges).toFixed(1)} bytes per edge in memory)\n`);
    return 0;
  } catch (fault) {
    const message = fault instanceof DomainError || fault instanceof Error ? fault.message : String(fault);
    process.stderr.write(`network import failed: ${message}\n`);
    return 2;
  } finally {
    await pool.end();
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code));
