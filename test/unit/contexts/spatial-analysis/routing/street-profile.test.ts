import { classifyStreet, parseMaxspeedKmh } from '../../../../../src/contexts/spatial-analysis/domain/routing/street-profile';
import { CLOSED, PUSH, RIDE, traversalOf } from '../../../../../src/contexts/spatial-analysis/domain/routing/street-traversal';
import type { StreetMode } from '../../../../../src/contexts/spatial-analysis/domain/routing/travel-mode';

const access = (tags: Record<string, string>, mode: StreetMode): [number, number] => {
  const profile = classifyStreet(tags);
  if (profile === null) return [CLOSED, CLOSED];
  return [traversalOf(profile.traversal, mode, 0), traversalOf(profile.traversal, mode, 1)];
};

describe('street profiles per mode', () => {
  it('opens a residential street both ways to every mode', () => {
    for (const mode of ['walking', 'wheelchair', 'bicycle', 'pedelec', 'car'] as const) {
      expect(access({ highway: 'residential' }, mode)).toEqual([RIDE, RIDE]);
    }
  });

  it('binds vehicles to a oneway but not pedestrians', () => {
    const tags = { highway: 'residential', oneway: 'yes' };
    expect(access(tags, 'car')).toEqual([RIDE, CLOSED]);
    expect(access(tags, 'bicycle')).toEqual([RIDE, CLOSED]);
    expect(access(tags, 'walking')).toEqual([RIDE, RIDE]);
  });

  it('reads a reversed oneway (-1) against the way direction', () => {
    expect(access({ highway: 'tertiary', oneway: '-1' }, 'car')).toEqual([CLOSED, RIDE]);
  });

  it('lets bicycles ride against the oneway with oneway:bicycle=no or an opposite cycleway', () => {
    expect(access({ highway: 'residential', oneway: 'yes', 'oneway:bicycle': 'no' }, 'bicycle')).toEqual([RIDE, RIDE]);
    expect(access({ highway: 'residential', oneway: 'yes', cycleway: 'opposite_lane' }, 'pedelec')).toEqual([RIDE, RIDE]);
    expect(access({ highway: 'residential', oneway: 'yes', 'oneway:bicycle': 'no' }, 'car')).toEqual([RIDE, CLOSED]);
  });

  it('makes a bicycle-only oneway from oneway:bicycle=yes', () => {
    expect(access({ highway: 'cycleway', 'oneway:bicycle': 'yes' }, 'bicycle')).toEqual([RIDE, CLOSED]);
  });

  it('implies a oneway on roundabouts', () => {
    expect(access({ highway: 'primary', junction: 'roundabout' }, 'car')).toEqual([RIDE, CLOSED]);
  });

  it('closes a way to walking with foot=no or foot=use_sidepath', () => {
    expect(access({ highway: 'secondary', foot: 'no' }, 'walking')).toEqual([CLOSED, CLOSED]);
    expect(access({ highway: 'secondary', foot: 'use_sidepath' }, 'walking')).toEqual([CLOSED, CLOSED]);
    expect(access({ highway: 'secondary', foot: 'use_sidepath' }, 'wheelchair')).toEqual([CLOSED, CLOSED]);
    expect(access({ highway: 'secondary', foot: 'use_sidepath' }, 'car')).toEqual([RIDE, RIDE]);
  });

  it('keeps steps to walkers, not wheelchairs, and lets cyclists push only where a ramp or permission exists', () => {
    expect(access({ highway: 'steps' }, 'walking')).toEqual([RIDE, RIDE]);
    expect(access({ highway: 'steps' }, 'wheelchair')).toEqual([CLOSED, CLOSED]);
    expect(access({ highway: 'steps' }, 'bicycle')).toEqual([CLOSED, CLOSED]);
    expect(access({ highway: 'steps', 'ramp:bicycle': 'yes' }, 'bicycle')).toEqual([PUSH, PUSH]);
    expect(access({ highway: 'steps' }, 'car')).toEqual([CLOSED, CLOSED]);
  });

  it('makes cyclists push on footways and crossings unless bicycles are allowed', () => {
    expect(access({ highway: 'footway', footway: 'crossing' }, 'bicycle')).toEqual([PUSH, PUSH]);
    expect(access({ highway: 'footway', footway: 'crossing', bicycle: 'yes' }, 'bicycle')).toEqual([RIDE, RIDE]);
    expect(access({ highway: 'footway', footway: 'crossing', crossing: 'toucan' }, 'bicycle')).toEqual([RIDE, RIDE]);
    expect(access({ highway: 'footway', bicycle: 'dismount' }, 'bicycle')).toEqual([PUSH, PUSH]);
  });

  it('honours general and mode-specific access', () => {
    expect(classifyStreet({ highway: 'service', access: 'private' })).toBeNull();
    expect(access({ highway: 'service', access: 'private', foot: 'yes' }, 'walking')).toEqual([RIDE, RIDE]);
    expect(access({ highway: 'service', access: 'private', foot: 'yes' }, 'car')).toEqual([CLOSED, CLOSED]);
    expect(access({ highway: 'residential', motor_vehicle: 'no' }, 'car')).toEqual([CLOSED, CLOSED]);
    expect(access({ highway: 'path', bicycle: 'no' }, 'bicycle')).toEqual([CLOSED, CLOSED]);
  });

  it('keeps motorways to cars and drops what is not a street', () => {
    expect(access({ highway: 'motorway' }, 'walking')).toEqual([CLOSED, CLOSED]);
    expect(access({ highway: 'motorway' }, 'car')).toEqual([RIDE, CLOSED]);
    expect(classifyStreet({ highway: 'construction' })).toBeNull();
    expect(classifyStreet({ building: 'yes' })).toBeNull();
  });

  it('keeps fast primaries from active modes unless a sidewalk is mapped', () => {
    expect(access({ highway: 'primary', maxspeed: '60' }, 'walking')).toEqual([CLOSED, CLOSED]);
    expect(access({ highway: 'primary', maxspeed: '60', sidewalk: 'both' }, 'walking')).toEqual([RIDE, RIDE]);
    expect(access({ highway: 'primary', maxspeed: '50' }, 'bicycle')).toEqual([RIDE, RIDE]);
  });

  it('takes car speed from maxspeed or a class default, and surface effort for cycling', () => {
    expect(classifyStreet({ highway: 'residential', maxspeed: '40' })?.carSpeedKmh).toBe(40);
    expect(classifyStreet({ highway: 'residential', maxspeed: '20 mph' })?.carSpeedKmh).toBe(32);
    expect(classifyStreet({ highway: 'residential' })?.carSpeedKmh).toBe(30);
    expect(classifyStreet({ highway: 'motorway' })?.carSpeedKmh).toBe(100);
    expect(classifyStreet({ highway: 'track', surface: 'gravel' })?.surfacePenaltyPercent).toBe(30);
    expect(access({ highway: 'track', surface: 'sand' }, 'wheelchair')).toEqual([CLOSED, CLOSED]);
    expect(parseMaxspeedKmh('BR:urban')).toBeUndefined();
  });
});
