import { decodeAccessGrid } from '../../../../../src/contexts/spatial-analysis/adapters/r5/access-grid.decoder';
import { UNREACHED } from '../../../../../src/contexts/spatial-analysis/domain/routing/time-grid';
import { UpstreamFailureError } from '../../../../../src/shared-kernel/infrastructure-errors';
import { encodeAccessGrid } from './access-grid.encoder';

/** A 3×2 grid at zoom 9, two percentiles, written byte by byte as r5 lays it out. */
function handWrittenGrid(): Buffer {
  const bytes: number[] = [];
  const int32 = (v: number) => bytes.push(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff);
  for (const ch of 'ACCESSGR') bytes.push(ch.charCodeAt(0));
  [0, 9, 270, 180, 3, 2, 2].forEach(int32); // version, zoom, west, north, width, height, depth
  // Percentile 1, minutes [0, 5, 12 / 7, unreached, 30], as deltas from the previous cell.
  [0, 5, 7, -5, 2147483647 - 7, 30 - 2147483647].forEach(int32);
  // Percentile 2, minutes [1, 6, 14 / 9, unreached, 45]; the running value restarts at 0.
  [1, 5, 8, -5, 2147483647 - 9, 45 - 2147483647].forEach(int32);
  for (const ch of '{"scenarioApplicationWarnings":[]}') bytes.push(ch.charCodeAt(0));
  return Buffer.from(bytes);
}

describe('decodeAccessGrid', () => {
  it('decodes the header, undoes the deltas per percentile and turns minutes into seconds', () => {
    const { grids, metadata } = decodeAccessGrid(handWrittenGrid());
    expect(grids).toHaveLength(2);
    expect(grids[0]).toMatchObject({ zoom: 9, west: 270, north: 180, width: 3, height: 2, unit: 'seconds' });
    expect(Array.from(grids[0].values)).toEqual([0, 300, 720, 420, UNREACHED, 1800]);
    expect(Array.from(grids[1].values)).toEqual([60, 360, 840, 540, UNREACHED, 2700]);
    expect(metadata).toEqual({ scenarioApplicationWarnings: [] });
  });

  it('reads from an offset view of a larger buffer', () => {
    const grid = handWrittenGrid();
    const padded = Buffer.concat([Buffer.from([1, 2, 3]), grid]);
    expect(Array.from(decodeAccessGrid(padded.subarray(3)).grids[0].values)).toEqual([0, 300, 720, 420, UNREACHED, 1800]);
  });

  it('agrees with the test encoder', () => {
    const encoded = encodeAccessGrid({ zoom: 10, west: 5, north: 6, width: 2, height: 2 }, [[3, UNREACHED, 0, 120]]);
    expect(Array.from(decodeAccessGrid(encoded).grids[0].values)).toEqual([180, UNREACHED, 0, 7200]);
  });

  it.each([
    ['bad magic', () => Buffer.concat([Buffer.from('ACCESSGX'), handWrittenGrid().subarray(8)])],
    ['a short header', () => handWrittenGrid().subarray(0, 20)],
    ['truncated values', () => handWrittenGrid().subarray(0, 36 + 4 * 8)],
    ['a cut JSON trailer', () => handWrittenGrid().subarray(0, handWrittenGrid().length - 3)],
    ['an unknown version', () => { const b = handWrittenGrid(); b.writeInt32LE(1, 8); return b; }],
    ['a negative width', () => { const b = handWrittenGrid(); b.writeInt32LE(-3, 24); return b; }],
    ['negative times', () => encodeAccessGrid({ zoom: 9, west: 0, north: 0, width: 1, height: 1 }, [[-1]])],
  ])('refuses %s as an upstream fault', (_why, bytes) => {
    const decode = () => decodeAccessGrid(bytes());
    expect(decode).toThrow(UpstreamFailureError);
    expect(decode).toThrow(expect.objectContaining({ code: 'routing.r5-bad-response', kind: 'upstream-failure' }));
  });
});
