import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Geometry } from 'geojson';
import type { SourceFeature } from '../../ports/layers/layer-feature-store.port';

/** Features of a GeoJSONSeq file (one feature per line, as ogr2ogr writes it), streamed. */
export async function* readGeoJsonLines(path: string): AsyncIterable<SourceFeature> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const raw of lines) {
    // RFC 8142 sequences may start each record with RS (0x1E).
    const line = (raw.startsWith('\u001e') ? raw.slice(1) : raw).trim();
    if (line.length === 0) continue;
    const feature = JSON.parse(line) as { geometry: Geometry | null; properties: Record<string, unknown> | null };
    yield { geometry: feature.geometry ?? null, properties: feature.properties ?? {} };
  }
}

/** Writes features as GeoJSONSeq for ogr2ogr to read; returns how many. */
export async function writeGeoJsonLines(path: string, features: AsyncIterable<SourceFeature>): Promise<number> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  let count = 0;
  for await (const feature of features) {
    const line = `${JSON.stringify({ type: 'Feature', properties: feature.properties, geometry: feature.geometry })}\n`;
    if (!out.write(line)) await once(out, 'drain');
    count++;
  }
  out.end();
  await once(out, 'finish');
  return count;
}
