import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, normalize, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';

export interface ZipLimits {
  readonly maxEntries: number;
  readonly maxTotalBytes: number;
  /** Uncompressed/compressed size of one entry; real shapefiles stay far below, zip bombs far above. */
  readonly maxRatio: number;
}

export type ZipOutcome = { readonly ok: true; readonly files: string[] } | { readonly ok: false; readonly reason: string };

const open = (path: string): Promise<yauzl.ZipFile> =>
  new Promise((resolve, reject) => yauzl.open(path, { lazyEntries: true, strictFileNames: true, validateEntrySizes: true }, (error, zip) => (error ? reject(error) : resolve(zip))));

/**
 * Extracts an uploaded zip into `target`, refusing the whole archive on the first entry that would
 * escape it (`../`, absolute paths, links), on too many entries, or on an absurd expansion. Sizes are
 * checked against the headers first and enforced while writing (yauzl validates the real sizes).
 */
export async function extractZipSafely(archive: string, target: string, limits: ZipLimits): Promise<ZipOutcome> {
  let zip: yauzl.ZipFile;
  try {
    zip = await open(archive);
  } catch (error) {
    return { ok: false, reason: `it is not a readable zip archive (${error instanceof Error ? error.message : String(error)})` };
  }
  const files: string[] = [];
  let total = 0;
  let entries = 0;
  try {
    return await new Promise<ZipOutcome>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', () => resolve({ ok: true, files }));
      zip.on('entry', (entry: yauzl.Entry) => {
        void (async () => {
          entries++;
          const name = entry.fileName;
          if (entries > limits.maxEntries) return resolve({ ok: false, reason: `it holds more than ${limits.maxEntries} entries` });
          if (name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.split(/[\\/]/).includes('..')) {
            return resolve({ ok: false, reason: `the entry "${name}" points outside the archive` });
          }
          const mode = (entry.externalFileAttributes >>> 16) & 0o170000;
          if (mode === 0o120000) return resolve({ ok: false, reason: `the entry "${name}" is a symbolic link` });
          if (name.endsWith('/')) return zip.readEntry();
          total += entry.uncompressedSize;
          if (total > limits.maxTotalBytes) return resolve({ ok: false, reason: 'it expands to more than the upload limit allows' });
          if (entry.uncompressedSize > 1024 * 1024 && entry.uncompressedSize > limits.maxRatio * Math.max(1, entry.compressedSize)) {
            return resolve({ ok: false, reason: `the entry "${name}" expands absurdly (more than ${limits.maxRatio}:1)` });
          }
          const destination = normalize(join(target, name));
          if (!destination.startsWith(target + sep)) return resolve({ ok: false, reason: `the entry "${name}" points outside the archive` });
          await mkdir(dirname(destination), { recursive: true });
          const stream = await new Promise<NodeJS.ReadableStream>((done, fail) => zip.openReadStream(entry, (error, read) => (error ? fail(error) : done(read))));
          await pipeline(stream, createWriteStream(destination, { flags: 'wx' }));
          files.push(destination);
          zip.readEntry();
        })().catch(reject);
      });
      zip.readEntry();
    });
  } catch (error) {
    return { ok: false, reason: `it could not be unpacked (${error instanceof Error ? error.message : String(error)})` };
  } finally {
    zip.close();
  }
}
