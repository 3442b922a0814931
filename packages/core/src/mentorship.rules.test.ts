import { describe, expect, it } from 'vitest';
import { isQuiet } from './mentorship.rules';

const now = new Date('2026-06-30T10:00:00Z');
const running = { status: 'active', startDate: '2026-03-01', lastLogDate: null };

describe('isQuiet', () => {
  it.each([
    ['no log since a start long ago', running, true],
    ['a log within the quiet days', { ...running, lastLogDate: '2026-06-01' }, false],
    ['the last log one day too old', { ...running, lastLogDate: '2026-05-30' }, true],
    [
      'the last log exactly on the first recent day',
      { ...running, lastLogDate: '2026-05-31' },
      false,
    ],
    ['started within the quiet days', { ...running, startDate: '2026-06-10' }, false],
    ['ended', { ...running, status: 'completed' }, false],
  ])('%s', (_name, mentorship, quiet) => {
    expect(isQuiet(mentorship, 30, now)).toBe(quiet);
  });
});
