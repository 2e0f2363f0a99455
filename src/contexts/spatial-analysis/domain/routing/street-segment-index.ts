import { metresPerDegreeLat, metresPerDegreeLon } from './geodesy';

/**
 * A uniform grid over the network's bounding box listing the edges that pass through each cell
 * (CSR, fixed-point degrees). Written here rather than taken from kdbush/flatbush: the domain stays
 * dependency-free and the arrays can be shared between workers like the rest of the graph.
 */
export interface StreetSegmentIndex {
  readonly west: number;
  readonly south: number;
  readonly cellWidth: number;
  readonly cellHeight: number;
  readonly columns: number;
  readonly rows: number;
  readonly cellStart: Int32Array;
  readonly cellEdges: Int32Array;
}

/** The lines to index: for each edge, its points in fixed-point degrees. */
export interface IndexableLines {
  readonly count: number;
  forEachPoint(edge: number, visit: (lon: number, lat: number) => void): void;
}

const MAX_CELLS = 4_000_000;

export function buildStreetSegmentIndex(lines: IndexableLines, bbox: readonly [number, number, number, number]): StreetSegmentIndex {
  const [west, south, east, north] = bbox;
  const midLat = (south + north) / 2 / 1e7;
  const widthM = ((east - west) / 1e7) * metresPerDegreeLon(midLat);
  const heightM = ((north - south) / 1e7) * metresPerDegreeLat;
  // About two edges per cell: candidate lists stay short (a 200 m snap box spans a few cells) and the
  // index costs ≈ 9 bytes per edge (one edge per cell: ≈ 12, most of it empty-cell offsets and edges listed twice).
  let cellMetres = Math.max(25, Math.sqrt((widthM * heightM * 2) / Math.max(1, lines.count)));
  while ((widthM / cellMetres + 1) * (heightM / cellMetres + 1) > MAX_CELLS) cellMetres *= 1.5;
  const cellWidth = Math.max(1, Math.round((cellMetres / metresPerDegreeLon(midLat)) * 1e7));
  const cellHeight = Math.max(1, Math.round((cellMetres / metresPerDegreeLat) * 1e7));
  const columns = Math.floor((east - west) / cellWidth) + 1;
  const rows = Math.floor((north - south) / cellHeight) + 1;

  const pairsCell: number[] = [];
  const pairsEdge: number[] = [];
  const seen = new Set<number>();
  for (let edge = 0; edge < lines.count; edge++) {
    seen.clear();
    let prevLon = NaN;
    let prevLat = NaN;
    lines.forEachPoint(edge, (lon, lat) => {
      if (!Number.isNaN(prevLon)) {
        const c0 = Math.floor((Math.min(lon, prevLon) - west) / cellWidth);
        const c1 = Math.floor((Math.max(lon, prevLon) - west) / cellWidth);
        const r0 = Math.floor((Math.min(lat, prevLat) - south) / cellHeight);
        const r1 = Math.floor((Math.max(lat, prevLat) - south) / cellHeight);
        for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) seen.add(r * columns + c);
      }
      prevLon = lon;
      prevLat = lat;
    });
    for (const cell of seen) {
      pairsCell.push(cell);
      pairsEdge.push(edge);
    }
  }
  const cellStart = new Int32Array(columns * rows + 1);
  for (const cell of pairsCell) cellStart[cell + 1]++;
  for (let i = 0; i < columns * rows; i++) cellStart[i + 1] += cellStart[i];
  const fill = cellStart.slice(0, columns * rows);
  const cellEdges = new Int32Array(pairsCell.length);
  for (let i = 0; i < pairsCell.length; i++) cellEdges[fill[pairsCell[i]]++] = pairsEdge[i];
  return { west, south, cellWidth, cellHeight, columns, rows, cellStart, cellEdges };
}

/** Calls `visit` once per edge listed in a cell within the box (duplicates possible across cells). */
export function forEachEdgeNear(
  index: StreetSegmentIndex,
  lon: number,
  lat: number,
  radiusLon: number,
  radiusLat: number,
  visit: (edge: number) => void,
): void {
  const c0 = Math.max(0, Math.floor((lon - radiusLon - index.west) / index.cellWidth));
  const c1 = Math.min(index.columns - 1, Math.floor((lon + radiusLon - index.west) / index.cellWidth));
  const r0 = Math.max(0, Math.floor((lat - radiusLat - index.south) / index.cellHeight));
  const r1 = Math.min(index.rows - 1, Math.floor((lat + radiusLat - index.south) / index.cellHeight));
  for (let r = r0; r <= r1; r++) {
    for (let c = c0; c <= c1; c++) {
      const cell = r * index.columns + c;
      for (let i = index.cellStart[cell]; i < index.cellStart[cell + 1]; i++) visit(index.cellEdges[i]);
    }
  }
}
