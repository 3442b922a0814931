import { describe, expect, it } from 'vitest';
import { shareOf } from './stats.schema';

describe('shareOf', () => {
  it.each([
    // count, answers, share: shown only with at least SMALL_GROUP (5) yes and 5 no.
    [0, 10, null], // 0 %: nobody said yes
    [4, 10, null], // fewer than 5 said yes
    [5, 10, 0.5],
    [6, 10, null], // only 4 said no
    [10, 10, null], // 100 %: everybody said yes
    [5, 9, null], // 5 yes, but only 4 no
    [0, 0, null], // nobody answered
    [3, 4, null], // a group under 5
    [7, 14, 0.5],
  ])('%i of %i is %s', (count, answers, share) => {
    expect(shareOf(count, answers)).toBe(share);
  });
});
