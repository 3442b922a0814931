import { DEFAULT_PROGRAMME_RULES, ProgrammeRules, REMINDER_RULES } from '@mentorbro/core/programme';
import { validate } from '@mentorbro/core/validation';
import { describe, expect, it } from 'vitest';
import { conflictErrors, NUMBER_LIMITS, NUMBER_RULES, toInteger } from './programme-numbers';

describe('the programme form numbers', () => {
  it('take every limit from core, the ones the schema checks', () => {
    expect(NUMBER_RULES).toHaveLength(12);
    expect(NUMBER_LIMITS.requestExpiryDays).toEqual({ min: 3, max: 60 });
    expect(NUMBER_LIMITS.quietDays).toMatchObject({
      min: REMINDER_RULES.quietDays.min,
      max: REMINDER_RULES.quietDays.max,
    });
    for (const rule of NUMBER_RULES) {
      const { min, max } = NUMBER_LIMITS[rule];
      const at = (value: number) =>
        validate(ProgrammeRules, { ...DEFAULT_PROGRAMME_RULES, [rule]: value });
      expect(at(min), `${rule} at ${min}`).toEqual([]);
      expect(at(max), `${rule} at ${max}`).toEqual([]);
      expect(
        at(min - 1).map((error) => error.field),
        `${rule} below`,
      ).toEqual([`/${rule}`]);
      expect(
        at(max + 1).map((error) => error.field),
        `${rule} above`,
      ).toEqual([`/${rule}`]);
    }
  });

  it.each([
    ['', undefined],
    [' 14 ', 14],
    ['-3', -3],
    ['1,5', '1,5'],
    ['fjorten', 'fjorten'],
  ])('reads %j as %j', (text, value) => {
    expect(toInteger(text)).toBe(value);
  });

  it.each([
    ['the defaults', {}, []],
    [
      'a first reminder on the day of the second',
      { requestReminderDays: 11 },
      ['/requestReminderDays'],
    ],
    [
      'a second reminder after the request expired',
      { requestSecondReminderDays: 20 },
      ['/requestSecondReminderDays'],
    ],
    [
      '"did you meet?" after the lapse',
      { introductionReminderDays: 30 },
      ['/introductionReminderDays'],
    ],
    ['a number not finished', { requestReminderDays: '1x', requestSecondReminderDays: 1 }, []],
    ['a number left out', { requestSecondReminderDays: undefined }, []],
  ])('finds the order conflicts of %s', (_name, change, fields) => {
    const errors = conflictErrors({ ...DEFAULT_PROGRAMME_RULES, ...change });
    expect(errors.map((error) => error.field)).toEqual(fields);
    for (const error of errors) expect(error.rule).toBe('after_next');
  });
});
