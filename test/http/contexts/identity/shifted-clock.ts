import type { Clock } from '../../../../src/shared-kernel/clock';

/** Real time plus an offset a test can move forward (e.g. past the key-refetch cooldown). */
export class ShiftedClock implements Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advance(seconds: number): void {
    this.offsetMs += seconds * 1000;
  }
}
