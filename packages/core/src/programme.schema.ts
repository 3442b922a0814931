import Type, { type Static } from 'typebox';
import { LANGUAGES } from './catalogue/languages';
import { singleLine } from './text.schema';

/**
 * The days of the reminders that keep a match moving, each with its limits and its default.
 * Two orders must hold (see `ruleConflicts`): the mentor's two reminders come before the
 * request expires, and "did you meet?" comes before the introduction lapses.
 */
export const REMINDER_RULES = {
  /** A request unanswered this long: the mentor's first reminder. */
  requestReminderDays: { min: 1, max: 30, default: 7 },
  /** ...and her second. */
  requestSecondReminderDays: { min: 2, max: 59, default: 11 },
  /** Expired requests in a row that pause a mentor's profile. */
  mentorPauseAfterExpiries: { min: 1, max: 10, default: 2 },
  /** An approved mentee who has asked no one this long gets a friendly nudge. */
  menteeNudgeDays: { min: 1, max: 60, default: 7 },
  /** A mentee without a match this long after approval is on the coordinators' waiting list. */
  waitingListDays: { min: 7, max: 180, default: 45 },
  /** An introduction nobody confirmed this long: both are asked "did you meet?". */
  introductionReminderDays: { min: 3, max: 60, default: 14 },
  /** ...and past this it lapses, and the mentor's seat is free again. */
  introductionLapseDays: { min: 7, max: 90, default: 28 },
  /** A mentorship with no meeting logged this long is quiet. */
  quietDays: { min: 7, max: 90, default: 30 },
  /** This long before the planned end both get an "ending soon" note. */
  endingSoonDays: { min: 3, max: 60, default: 14 },
} as const;
export type ReminderRule = keyof typeof REMINDER_RULES;
export const REMINDER_RULE_NAMES = Object.keys(REMINDER_RULES) as ReminderRule[];

function reminderRules() {
  return Object.fromEntries(
    REMINDER_RULE_NAMES.map((name) => {
      const { min, max } = REMINDER_RULES[name];
      return [name, Type.Integer({ minimum: min, maximum: max })];
    }),
  ) as Record<ReminderRule, ReturnType<typeof Type.Integer>>;
}

/**
 * A programme's rules: one row per programme that coordinators edit, read by the code
 * instead of constants, so a second network (women-only or not, other languages, other
 * limits) runs on the same code.
 */
export const ProgrammeRules = Type.Object(
  {
    name: singleLine(1, 100),
    /** KVINFO's network is for women only: registration then asks for a self-declaration. */
    womenOnly: Type.Boolean(),
    /** The languages members can use in the programme, offered in the profile editors. */
    languages: Type.Array(Type.Enum(LANGUAGES.map((language) => language.code)), {
      minItems: 1,
      uniqueItems: true,
    }),
    maxOpenRequestsPerMentee: Type.Integer({ minimum: 1, maximum: 10 }),
    requestExpiryDays: Type.Integer({ minimum: 3, maximum: 60 }),
    defaultMentorshipMonths: Type.Integer({ minimum: 4, maximum: 12 }),
    allowParallelMentorships: Type.Boolean(),
    menteeApprovalRequired: Type.Boolean(),
    ...reminderRules(),
  },
  { additionalProperties: false },
);
export type ProgrammeRules = Static<typeof ProgrammeRules>;

/** The rules a new programme starts with, from the Danish network's practice. */
export const DEFAULT_PROGRAMME_RULES: ProgrammeRules = {
  name: 'Mentornetværket',
  womenOnly: true,
  languages: ['da', 'en', 'ar', 'so', 'ti', 'uk', 'fa', 'prs', 'tr', 'ku', 'ur'],
  maxOpenRequestsPerMentee: 3,
  requestExpiryDays: 14,
  defaultMentorshipMonths: 6,
  allowParallelMentorships: false,
  menteeApprovalRequired: true,
  ...(Object.fromEntries(
    REMINDER_RULE_NAMES.map((name) => [name, REMINDER_RULES[name].default]),
  ) as Record<ReminderRule, number>),
};

/** Rules that each pass their limits but not together: the field to fix, and why. */
export function ruleConflicts(
  rules: ProgrammeRules,
): { field: keyof ProgrammeRules; code: 'after_next' }[] {
  const conflicts: { field: keyof ProgrammeRules; code: 'after_next' }[] = [];
  if (rules.requestReminderDays >= rules.requestSecondReminderDays) {
    conflicts.push({ field: 'requestReminderDays', code: 'after_next' });
  }
  if (rules.requestSecondReminderDays >= rules.requestExpiryDays) {
    conflicts.push({ field: 'requestSecondReminderDays', code: 'after_next' });
  }
  if (rules.introductionReminderDays >= rules.introductionLapseDays) {
    conflicts.push({ field: 'introductionReminderDays', code: 'after_next' });
  }
  return conflicts;
}

/** A programme's address in links and at registration, e.g. "kvinfo". */
export const ProgrammeSlug = Type.String({ minLength: 2, maxLength: 40, pattern: '^[a-z0-9-]+$' });
export const DEFAULT_PROGRAMME_SLUG = 'default';

/** What anyone may know before signing up: enough to show the right registration form. */
export const PublicProgramme = Type.Object({
  slug: ProgrammeSlug,
  name: Type.String(),
  womenOnly: Type.Boolean(),
  languages: ProgrammeRules.properties.languages,
});
export type PublicProgramme = Static<typeof PublicProgramme>;

export const ProgrammeQuery = Type.Object(
  { slug: Type.Optional(ProgrammeSlug) },
  { additionalProperties: false },
);
