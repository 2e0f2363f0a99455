import { TravelTimeCalculator } from '../../../../../src/contexts/spatial-analysis/domain/routing/travel-time-calculator';
import { latToPixel, lonToPixel, UNREACHED } from '../../../../../src/contexts/spatial-analysis/domain/routing/time-grid';
import { handMadeNetwork, secondsFor } from './street-network.mother';

describe('rasterising travel times onto the Web Mercator grid', () => {
  const network = handMadeNetwork({ 1: [0, 0], 2: [0.01, 0] }, [{ tags: { highway: 'residential' }, nodes: [1, 2] }]);
  const calculator = new TravelTimeCalculator(network);
  const result = calculator.calculate({
    origins: [{ lon: 0, lat: 0 }],
    mode: { kind: 'street', mode: 'walking' },
    limit: { kind: 'time', maxSeconds: 600 },
    want: { grid: { zoom: 14 }, reachedEdges: true },
  });
  if (!result.ok) throw result.error;
  const grid = result.value.grid!;
  // Cells outside the grid count as unreached, as r5 grids are read.
  const at = (lon: number, lat: number): number => {
    const x = Math.floor(lonToPixel(lon, 14)) - grid.west;
    const y = Math.floor(latToPixel(lat, 14)) - grid.north;
    return x < 0 || y < 0 || x >= grid.width || y >= grid.height ? UNREACHED : grid.values[y * grid.width + x];
  };

  it('paints the street with the cost along it, in whole seconds', () => {
    expect(grid.unit).toBe('seconds');
    expect(grid.values).toBeInstanceOf(Int32Array);
    expect(Math.abs(at(0.005, 0) - secondsFor(5, 5))).toBeLessThan(20);
    expect(Math.abs(at(0.0075, 0) - secondsFor(7.5, 5))).toBeLessThan(20);
  });

  it('leaves cells beyond the limit unreached and fills cells near the street with the walk to them', () => {
    expect(at(0.009, 0)).toBe(UNREACHED);
    const offStreet = at(0.002, 0.001);
    expect(offStreet).toBeGreaterThan(at(0.002, 0));
    expect(offStreet - at(0.002, 0)).toBeLessThan(110 * 0.72 + 30);
    expect(at(0.002, 0.0025)).toBe(UNREACHED);
    expect(grid.width * grid.height).toBeGreaterThan(0);
  });

  it('returns the reached part of the street split at the origin', () => {
    const edges = result.value.reachedEdges!;
    expect(edges.length).toBeGreaterThanOrEqual(1);
    expect(Math.min(...edges.map((e) => Math.min(e.fromCost, e.toCost)))).toBe(0);
  });
});
