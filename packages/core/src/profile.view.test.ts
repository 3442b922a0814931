import { describe, expect, it } from 'vitest';
import { Value } from 'typebox/value';
import { LastActive, lastActiveBucket } from './profile.view';

const now = new Date('2026-06-30T10:00:00Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);

describe('lastActiveBucket', () => {
  it.each([
    ['never active', null, null],
    ['a moment ago', hoursAgo(0), 'today'],
    ['a little ahead of the clock', hoursAgo(-1), 'today'],
    ['23 hours ago', hoursAgo(23), 'today'],
    ['exactly 24 hours ago', hoursAgo(24), 'week'],
    ['6 days ago', hoursAgo(6 * 24), 'week'],
    ['exactly 7 days ago', hoursAgo(7 * 24), 'month'],
    ['29 days ago', hoursAgo(29 * 24), 'month'],
    ['exactly 30 days ago', hoursAgo(30 * 24), 'older'],
    ['a year ago', hoursAgo(365 * 24), 'older'],
  ] as const)('%s: %s', (_name, at, bucket) => {
    expect(lastActiveBucket(at, now)).toBe(bucket);
  });

  it('answers only what the contract allows', () => {
    for (const hours of [null, 0, 30, 200, 1000]) {
      const bucket = lastActiveBucket(hours === null ? null : hoursAgo(hours), now);
      expect(Value.Check(LastActive, bucket)).toBe(true);
    }
    expect(Value.Check(LastActive, 'yesterday')).toBe(false);
  });
});
