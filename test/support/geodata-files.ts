import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import yazl from 'yazl';

/** The shared test data, never copied into the repository. */
export const sharedData = (...parts: string[]): string => resolve(__dirname, '../../../shared/data', ...parts);

export const MONACO_POIS = sharedData('geojson/monaco-pois.geojson');

export interface SourceFeatureRecord {
  readonly properties: Record<string, unknown>;
  readonly coordinates: [number, number];
}

/** The 597 Monaco points of interest as the GeoJSON file has them. */
export function monacoPois(): SourceFeatureRecord[] {
  const collection = JSON.parse(readFileSync(MONACO_POIS, 'utf8')) as { features: { properties: Record<string, unknown>; geometry: { coordinates: [number, number] } }[] };
  return collection.features.map((feature) => ({ properties: feature.properties, coordinates: feature.geometry.coordinates }));
}

const ogr2ogr = (...args: string[]) => execFileSync('ogr2ogr', args, { stdio: 'pipe' });

/** A zip of the given entries (name -> file on disk, or literal content). */
export function zipOf(target: string, entries: Record<string, string | Buffer>, fromDisk = true): Promise<string> {
  const zip = new yazl.ZipFile();
  for (const [name, value] of Object.entries(entries)) {
    if (fromDisk && typeof value === 'string') zip.addFile(value, name);
    else zip.addBuffer(Buffer.isBuffer(value) ? value : Buffer.from(value), name);
  }
  zip.end();
  return new Promise((done, fail) => {
    const out = createWriteStream(target);
    out.on('close', () => done(target));
    out.on('error', fail);
    zip.outputStream.pipe(out);
  });
}

/** Builds every upload format from the GeoJSON with ogr2ogr, in a temporary directory of the test's own. */
export async function monacoPoisInEveryFormat(): Promise<{ directory: string; files: Record<'geojson' | 'gpkg' | 'zip' | 'kml' | 'csv' | 'xlsx' | 'wktcsv', string>; cleanup(): void }> {
  const directory = mkdtempSync(join(tmpdir(), 'goat-formats-'));
  const path = (name: string) => join(directory, name);
  ogr2ogr('-f', 'GPKG', path('monaco-pois.gpkg'), MONACO_POIS, '-nln', 'pois');
  ogr2ogr('-f', 'ESRI Shapefile', path('shp'), MONACO_POIS, '-nln', 'pois', '-lco', 'ENCODING=UTF-8');
  await zipOf(path('monaco-pois.zip'), Object.fromEntries(readdirSync(path('shp')).map((name) => [name, path(`shp/${name}`)])));
  ogr2ogr('-f', 'KML', path('monaco-pois.kml'), MONACO_POIS);
  ogr2ogr('-f', 'CSV', path('monaco-pois.csv'), MONACO_POIS, '-lco', 'GEOMETRY=AS_XY');
  ogr2ogr('-f', 'CSV', path('monaco-pois-wkt.csv'), MONACO_POIS, '-lco', 'GEOMETRY=AS_WKT');
  ogr2ogr('-f', 'XLSX', path('monaco-pois.xlsx'), path('monaco-pois.csv'), '-oo', 'AUTODETECT_TYPE=YES');
  return {
    directory,
    files: {
      geojson: MONACO_POIS,
      gpkg: path('monaco-pois.gpkg'),
      zip: path('monaco-pois.zip'),
      kml: path('monaco-pois.kml'),
      csv: path('monaco-pois.csv'),
      wktcsv: path('monaco-pois-wkt.csv'),
      xlsx: path('monaco-pois.xlsx'),
    },
    cleanup: () => rmSync(directory, { recursive: true, force: true }),
  };
}
