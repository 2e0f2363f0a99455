/** Test-side writer of r5's ACCESSGR format, following r5 `TimeGridWriter` (delta-coded, channel-major). */
export interface AccessGridHeader {
  zoom: number;
  west: number;
  north: number;
  width: number;
  height: number;
}

export function encodeAccessGrid(header: AccessGridHeader, channelsInMinutes: readonly number[][], trailer: unknown = { accessibility: null, scenarioApplicationWarnings: [] }): Buffer {
  const cells = header.width * header.height;
  const json = Buffer.from(JSON.stringify(trailer), 'utf8');
  const out = Buffer.alloc(36 + 4 * channelsInMinutes.length * cells + json.length);
  out.write('ACCESSGR', 0, 'latin1');
  [0, header.zoom, header.west, header.north, header.width, header.height, channelsInMinutes.length].forEach((v, i) => out.writeInt32LE(v, 8 + 4 * i));
  channelsInMinutes.forEach((channel, c) => {
    let previous = 0;
    channel.forEach((value, i) => {
      out.writeInt32LE((value - previous) | 0, 36 + 4 * (c * cells + i));
      previous = value;
    });
  });
  json.copy(out, 36 + 4 * channelsInMinutes.length * cells);
  return out;
}
