import { DomainError } from '../../../../shared-kernel/domain-error';
import { BASE_NETWORK_SCHEMA, openStreetNetworkImportDatabase } from './street-network-import-database';

/**
 * `npm run network:import -- <file.osm.pbf> [--schema=<name>]`: builds the routable network from an
 * OSM file and replaces the base street network in PostGIS (DATABASE_URL): edges, nodes and the
 * `street_network` feature layer that shows the edges (default schema only; another schema is a
 * scratch copy without a layer). Exit 0 on success, 1 on a bad file or request (message on stderr),
 * 2 on infrastructure faults.
 */
async function main(args: readonly string[]): Promise<number> {
  const file = args.find((a) => !a.startsWith('--'));
  const schema = args.find((a) => a.startsWith('--schema='))?.slice('--schema='.length) ?? BASE_NETWORK_SCHEMA;
  if (file === undefined) {
    process.stderr.write(`usage: npm run network:import -- <file.osm.pbf> [--schema=${BASE_NETWORK_SCHEMA}]\n`);
    return 1;
  }
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    process.stderr.write('DATABASE_URL is not set: the street network is written to PostGIS.\n');
    return 1;
  }
  let database: Awaited<ReturnType<typeof openStreetNetworkImportDatabase>> | undefined;
  try {
    database = await openStreetNetworkImportDatabase(databaseUrl, schema);
    const started = performance.now();
    const result = await database.importer.execute({ filePath: file });
    if (!result.ok) {
      process.stderr.write(`network import failed (${result.error.code}): ${result.error.message}\n`);
      return 1;
    }
    const { nodes, edges, bytes } = result.value;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(`imported ${file}: ${edges} edges, ${nodes} nodes into ${schema}.street_network_edge/_node in ${seconds} s (${(bytes / edges).toFixed(1)} bytes per edge in memory)\n`);
    const layer = database.publishedLayer();
    process.stdout.write(layer ? `layer ${layer.id} "${layer.name}": ${layer.data.featureCount} features\n` : `no layer registered (scratch schema ${schema})\n`);
    return 0;
  } catch (fault) {
    const message = fault instanceof DomainError || fault instanceof Error ? fault.message : String(fault);
    process.stderr.write(`network import failed: ${message}\n`);
    return 2;
  } finally {
    await database?.close();
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code));
