import { BucketQueue } from '../../../../../src/contexts/spatial-analysis/domain/routing/bucket-queue';

describe('bucket queue', () => {
  it('pops in exact key order while keys keep arriving above the last popped key, growing past its capacity', () => {
    const queue = new BucketQueue(4);
    queue.reset(100);
    let state = 7;
    const random = (): number => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 2 ** 32;
    };
    for (let i = 0; i < 50; i++) queue.push(random() * 100, i);
    const popped: number[] = [];
    let pushed = 50;
    for (let value = queue.pop(); value >= 0; value = queue.pop()) {
      popped.push(queue.topKey);
      // Dijkstra-like: new keys at or above the current one, some inside the current bucket.
      if (pushed < 400) queue.push(Math.min(100, queue.topKey + random() * (pushed % 3 === 0 ? 0.001 : 20)), pushed++);
    }
    expect(popped).toHaveLength(400);
    for (let i = 1; i < popped.length; i++) expect(popped[i]).toBeGreaterThanOrEqual(popped[i - 1]);
  });

  it('keeps keys equal to the maximum and starts empty after a reset', () => {
    const queue = new BucketQueue();
    queue.reset(10);
    queue.push(10, 1);
    queue.push(0, 2);
    expect(queue.pop()).toBe(2);
    queue.reset(5);
    expect(queue.pop()).toBe(-1);
    queue.push(5, 3);
    expect(queue.pop()).toBe(3);
    expect(queue.topKey).toBe(5);
    expect(queue.pop()).toBe(-1);
  });
});
