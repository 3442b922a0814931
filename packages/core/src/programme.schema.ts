import Type, { type Static } from 'typebox';
import { LANGUAGES } from './catalogue/languages';
import { singleLine } from './text.schema';

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
};

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
