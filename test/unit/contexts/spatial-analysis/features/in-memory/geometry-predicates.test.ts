import type { Geometry } from 'geojson';
import { intersects, within } from '../../../../../../src/contexts/spatial-analysis/adapters/features/in-memory/geometry-predicates';

const square = (x1: number, y1: number, x2: number, y2: number): Geometry => ({ type: 'Polygon', coordinates: [[[x1, y1], [x2, y1], [x2, y2], [x1, y2], [x1, y1]]] });
const point = (x: number, y: number): Geometry => ({ type: 'Point', coordinates: [x, y] });
const line = (...ps: [number, number][]): Geometry => ({ type: 'LineString', coordinates: ps });
const donut: Geometry = { type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]], [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]]] };

describe('exact spatial predicates for the in-memory adapter', () => {
  it('intersects: points, lines and polygons, boundaries included, holes excluded', () => {
    expect(intersects(point(1, 1), square(0, 0, 2, 2))).toBe(true);
    expect(intersects(point(2, 1), square(0, 0, 2, 2))).toBe(true);
    expect(intersects(point(3, 1), square(0, 0, 2, 2))).toBe(false);
    expect(intersects(point(5, 5), donut)).toBe(false);
    expect(intersects(line([-1, 1], [3, 1]), square(0, 0, 2, 2))).toBe(true);
    expect(intersects(line([0.5, 0.5], [1, 1]), square(0, 0, 2, 2))).toBe(true);
    expect(intersects(line([3, 0], [3, 5]), square(0, 0, 2, 2))).toBe(false);
    expect(intersects(square(1, 1, 3, 3), square(0, 0, 2, 2))).toBe(true);
    expect(intersects(square(0, 0, 10, 10), square(4, 4, 5, 5))).toBe(true);
    expect(intersects(square(4.5, 4.5, 5.5, 5.5), donut)).toBe(false);
    expect(intersects(line([0, 0], [2, 2]), line([0, 2], [2, 0]))).toBe(true);
  });

  it('within: wholly inside the area, not across its edge or in its hole', () => {
    expect(within(point(1, 1), square(0, 0, 2, 2))).toBe(true);
    expect(within(point(3, 1), square(0, 0, 2, 2))).toBe(false);
    expect(within(point(5, 5), donut)).toBe(false);
    expect(within(line([0.5, 0.5], [1.5, 1.5]), square(0, 0, 2, 2))).toBe(true);
    expect(within(line([0.5, 0.5], [2.5, 1.5]), square(0, 0, 2, 2))).toBe(false);
    expect(within(line([1, 1], [9, 9]), donut)).toBe(false);
    expect(within(square(1, 1, 2, 2), square(0, 0, 3, 3))).toBe(true);
    expect(within(square(1, 1, 4, 4), square(0, 0, 3, 3))).toBe(false);
    expect(within(square(3, 3, 7, 7), donut)).toBe(false);
  });
});
