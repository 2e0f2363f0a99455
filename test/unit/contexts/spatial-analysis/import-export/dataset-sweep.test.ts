import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GdalDatasetFiles } from '../../../../../src/contexts/spatial-analysis/adapters/gdal/gdal-dataset-files';
import { newId } from '../../../../../src/shared-kernel/ids';

describe('sweeping expired datasets', () => {
  let directory: string;
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'dataset-sweep-'));
  });
  afterEach(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  const dataset = async (metadata: string): Promise<string> => {
    const id = newId();
    await mkdir(join(directory, id));
    await writeFile(join(directory, id, 'dataset.json'), metadata);
    return id;
  };

  it('skips a half-written dataset.json, removes expired ones, and sweeps at most every five minutes', async () => {
    const now = new Date('2030-01-01T00:00:00Z');
    const halfWritten = await dataset('{"expiresAt": "20');
    await dataset(JSON.stringify({ expiresAt: '2029-12-31T00:00:00Z' }));
    const files = new GdalDatasetFiles(directory, 10);

    await expect(files.discardExpired(now)).resolves.toBe(1);
    expect(await readdir(directory)).toEqual([halfWritten]);

    await dataset(JSON.stringify({ expiresAt: '2029-12-31T00:00:00Z' }));
    await expect(files.discardExpired(new Date(now.getTime() + 60_000))).resolves.toBe(0);
    await expect(files.discardExpired(new Date(now.getTime() + 6 * 60_000))).resolves.toBe(1);
  });
});
