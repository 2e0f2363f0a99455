/** Time as a dependency, so tests can say when things happen. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export const CLOCK: unique symbol = Symbol('Clock');
