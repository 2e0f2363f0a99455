/** Buckets between 0 and the search budget; keys equal to the budget land in the last one. */
const BUCKETS = 8192;

/**
 * Monotone priority queue of (cost, node) for one Dijkstra search, on typed arrays (no per-entry
 * allocation): entries beyond the current bucket wait unsorted in per-bucket linked lists; the
 * current bucket is a small binary heap, so entries still come out in exact cost order (ties aside)
 * while each heap holds only a few entries. Keys pushed must be at least the last key popped and
 * between 0 and the maximum given to `reset`. Stale entries are not removed; the search skips them.
 */
export class BucketQueue {
  private readonly bucketHead = new Int32Array(BUCKETS + 1).fill(-1);
  private entryNext: Int32Array;
  private entryValue: Int32Array;
  private entryKey: Float64Array;
  private heapKey: Float64Array;
  private heapValue: Int32Array;
  private heapSize = 0;
  private entries = 0;
  private pending = 0;
  private current = -1;
  private scale = 1;
  /** Key of the entry `pop` returned last. */
  topKey = 0;

  constructor(capacity = 4096) {
    this.entryNext = new Int32Array(capacity);
    this.entryValue = new Int32Array(capacity);
    this.entryKey = new Float64Array(capacity);
    this.heapKey = new Float64Array(capacity);
    this.heapValue = new Int32Array(capacity);
  }

  /** Empties the queue for keys in [0, maxKey]. */
  reset(maxKey: number): void {
    if (this.pending > 0) {
      for (let b = Math.max(0, this.current + 1); b <= BUCKETS; b++) this.bucketHead[b] = -1;
    }
    this.scale = maxKey > 0 ? BUCKETS / maxKey : 0;
    this.heapSize = 0;
    this.entries = 0;
    this.pending = 0;
    this.current = -1;
  }

  push(key: number, value: number): void {
    let bucket = (key * this.scale) | 0;
    if (bucket <= this.current) {
      this.heapPush(key, value);
      return;
    }
    if (bucket > BUCKETS) bucket = BUCKETS;
    if (this.entries === this.entryKey.length) this.growEntries();
    const entry = this.entries++;
    this.entryKey[entry] = key;
    this.entryValue[entry] = value;
    this.entryNext[entry] = this.bucketHead[bucket];
    this.bucketHead[bucket] = entry;
    this.pending++;
  }

  /** Removes the entry with the smallest key, sets `topKey` and returns its value; -1 when empty. */
  pop(): number {
    if (this.heapSize === 0 && !this.nextBucket()) return -1;
    const keys = this.heapKey;
    const values = this.heapValue;
    const top = values[0];
    this.topKey = keys[0];
    const last = --this.heapSize;
    if (last > 0) {
      const key = keys[last];
      const value = values[last];
      let i = 0;
      const half = last >> 1;
      while (i < half) {
        let child = 2 * i + 1;
        if (child + 1 < last && keys[child + 1] < keys[child]) child++;
        if (keys[child] >= key) break;
        keys[i] = keys[child];
        values[i] = values[child];
        i = child;
      }
      keys[i] = key;
      values[i] = value;
    }
    return top;
  }

  /** Moves the next non-empty bucket into the heap; false when nothing is left. */
  private nextBucket(): boolean {
    if (this.pending === 0) return false;
    const heads = this.bucketHead;
    let bucket = this.current + 1;
    while (heads[bucket] < 0) bucket++;
    this.current = bucket;
    for (let entry = heads[bucket]; entry >= 0; entry = this.entryNext[entry]) {
      this.pending--;
      this.heapPush(this.entryKey[entry], this.entryValue[entry]);
    }
    heads[bucket] = -1;
    return true;
  }

  private heapPush(key: number, value: number): void {
    if (this.heapSize === this.heapKey.length) this.growHeap();
    const keys = this.heapKey;
    const values = this.heapValue;
    let i = this.heapSize++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent] <= key) break;
      keys[i] = keys[parent];
      values[i] = values[parent];
      i = parent;
    }
    keys[i] = key;
    values[i] = value;
  }

  private growEntries(): void {
    const size = this.entryKey.length * 2;
    this.entryNext = grown(new Int32Array(size), this.entryNext);
    this.entryValue = grown(new Int32Array(size), this.entryValue);
    this.entryKey = grown(new Float64Array(size), this.entryKey);
  }

  private growHeap(): void {
    const size = this.heapKey.length * 2;
    this.heapKey = grown(new Float64Array(size), this.heapKey);
    this.heapValue = grown(new Int32Array(size), this.heapValue);
  }
}

function grown<T extends Int32Array | Float64Array>(larger: T, smaller: T): T {
  larger.set(smaller);
  return larger;
}
