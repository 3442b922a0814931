import type { FieldError } from '@mentorbro/core/error';
import {
  ProgrammeRules,
  REMINDER_RULE_NAMES,
  REMINDER_RULES,
  type ReminderRule,
  ruleConflicts,
} from '@mentorbro/core/programme';
import { schemaKeyword } from './schema-keyword';

/** The programme's own numbers, shown among its other rules. */
export const BASIC_NUMBER_RULES = [
  'maxOpenRequestsPerMentee',
  'requestExpiryDays',
  'defaultMentorshipMonths',
] as const;
/** The days of the reminders, in core's order: requests, mentees, introductions, mentorships. */
export const REMINDER_NUMBER_RULES: readonly ReminderRule[] = REMINDER_RULE_NAMES;
export const NUMBER_RULES = [...BASIC_NUMBER_RULES, ...REMINDER_NUMBER_RULES] as const;
export type NumberRule = (typeof BASIC_NUMBER_RULES)[number] | ReminderRule;

export interface Limits {
  min: number;
  max: number;
}

/** The minimum and maximum core's schema declares for a whole number. */
function schemaLimits(rule: (typeof BASIC_NUMBER_RULES)[number]): Limits {
  const schema = ProgrammeRules.properties[rule];
  return { min: schemaKeyword(schema, 'minimum'), max: schemaKeyword(schema, 'maximum') };
}

/**
 * The limits of every number, read from core (the schema, and REMINDER_RULES that builds it),
 * never copied: the hint says them and the same schema checks them.
 */
export const NUMBER_LIMITS: Readonly<Record<NumberRule, Limits>> = {
  ...(Object.fromEntries(BASIC_NUMBER_RULES.map((rule) => [rule, schemaLimits(rule)])) as Record<
    (typeof BASIC_NUMBER_RULES)[number],
    Limits
  >),
  ...REMINDER_RULES,
};

export const isNumberRule = (field: string): field is NumberRule =>
  (NUMBER_RULES as readonly string[]).includes(field);

/** A whole number as the API expects it; anything else is passed on for the schema to refuse. */
export function toInteger(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/**
 * Rules that pass their own limits but not together (the first reminder after the second, say),
 * as field errors, the shape the API answers them in. A number she has not finished typing
 * counts as NaN, which is in no order: the schema's own message is the one she needs then.
 */
export function conflictErrors(body: Record<string, unknown>): FieldError[] {
  const numbers: Record<string, unknown> = { ...body };
  for (const rule of NUMBER_RULES) {
    if (typeof numbers[rule] !== 'number') numbers[rule] = Number.NaN;
  }
  return ruleConflicts(numbers as ProgrammeRules).map(({ field, code }) => ({
    field: `/${field}`,
    rule: code,
    message: code,
  }));
}
