import { UpstreamFailureError } from '../../../../shared-kernel/infrastructure-errors';
import { UNREACHED, type TimeGrid } from '../../domain/routing/time-grid';

/** r5's single-point answer: one grid per requested percentile, and the JSON trailer. */
export interface AccessGrid {
  readonly grids: readonly TimeGrid[];
  readonly metadata: Record<string, unknown> | null;
}

const MAGIC = 'ACCESSGR';
const HEADER_BYTES = 36;
// Minutes at or above this would overflow int32 once in seconds; r5 never sends them (it searches 120 min).
const MAX_MINUTES = Math.floor(UNREACHED / 60);

const badResponse = (why: string): UpstreamFailureError =>
  new UpstreamFailureError('routing.r5-bad-response', `r5 answered with an unreadable travel-time grid (${why}).`);

/**
 * Decodes r5's ACCESSGR grid (r5 `TimeGridWriter`): 8-byte magic, int32 LE version, zoom, west,
 * north, width, height, depth; then depth × width × height int32 LE minutes, percentile-major,
 * row-major, delta-coded per percentile; then a UTF-8 JSON trailer. Minutes become seconds; cells
 * r5 could not reach stay UNREACHED. Anything else is an upstream fault.
 */
export function decodeAccessGrid(bytes: Uint8Array | ArrayBuffer): AccessGrid {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (data.byteLength < HEADER_BYTES) throw badResponse(`${data.byteLength} bytes, shorter than the header`);
  if (Buffer.from(data.buffer, data.byteOffset, 8).toString('latin1') !== MAGIC) throw badResponse('no ACCESSGR magic');
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const [version, zoom, west, north, width, height, depth] = Array.from({ length: 7 }, (_, i) => view.getInt32(8 + 4 * i, true));
  if (version !== 0) throw badResponse(`version ${version}`);
  if (zoom < 0 || zoom > 30 || width < 0 || height < 0 || depth < 1 || depth > 5) {
    throw badResponse(`header zoom=${zoom} width=${width} height=${height} depth=${depth}`);
  }
  const cells = width * height;
  const valuesEnd = HEADER_BYTES + 4 * depth * cells;
  if (data.byteLength < valuesEnd) throw badResponse(`truncated: ${data.byteLength} of at least ${valuesEnd} bytes`);

  const grids: TimeGrid[] = [];
  for (let channel = 0; channel < depth; channel++) {
    const values = new Int32Array(cells);
    const offset = HEADER_BYTES + 4 * channel * cells;
    let minutes = 0;
    for (let i = 0; i < cells; i++) {
      minutes = (minutes + view.getInt32(offset + 4 * i, true)) | 0;
      if (minutes < 0) throw badResponse('negative travel time');
      values[i] = minutes === UNREACHED || minutes >= MAX_MINUTES ? UNREACHED : minutes * 60;
    }
    grids.push({ zoom, west, north, width, height, unit: 'seconds', values });
  }
  return { grids, metadata: decodeTrailer(data.subarray(valuesEnd)) };
}

function decodeTrailer(trailer: Uint8Array): Record<string, unknown> | null {
  const text = Buffer.from(trailer.buffer, trailer.byteOffset, trailer.byteLength).toString('utf8').trim();
  if (text === '') return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : null;
  } catch {
    // r5 always closes the grid with JSON: a broken trailer means the body was cut short.
    throw badResponse('the JSON trailer does not parse');
  }
}
