import Type, { type Static, type TSchema } from 'typebox';
import { FIELDS } from './catalogue/fields';
import { GOALS } from './catalogue/goals';
import { LANGUAGE_LEVELS, LANGUAGES } from './catalogue/languages';
import { MUNICIPALITIES } from './catalogue/geography';
import {
  AGE_BANDS,
  EDUCATION_LEVELS,
  MEETING_MODES,
  YEARS_IN_DENMARK,
} from './catalogue/profile-options';
import { multiLine, singleLine } from './text.schema';

const codes = (entries: readonly { code: string }[]) => entries.map((entry) => entry.code);

export const GoalCode = Type.Enum(codes(GOALS));
export const FieldCode = Type.Enum(codes(FIELDS));
export const LanguageCode = Type.Enum(codes(LANGUAGES));
export const LanguageLevel = Type.Enum(LANGUAGE_LEVELS);
export const MunicipalityCode = Type.Enum(codes(MUNICIPALITIES));

// The code lists live with their labels in the catalogue (no TypeBox there, so the SPA can
// name them cheaply); re-exported so the API keeps importing them from here.
export { AGE_BANDS, EDUCATION_LEVELS, MEETING_MODES, YEARS_IN_DENMARK };

export const MeetingMode = Type.Enum(MEETING_MODES);
export type MeetingMode = Static<typeof MeetingMode>;

export const EducationLevel = Type.Enum(EDUCATION_LEVELS);
export type EducationLevel = Static<typeof EducationLevel>;

export const AgeBand = Type.Enum(AGE_BANDS);

export const YearsInDenmark = Type.Enum(YEARS_IN_DENMARK);

export const PROFILE_STATUSES = ['pending', 'approved', 'rejected'] as const;
export const ProfileStatus = Type.Enum(PROFILE_STATUSES);
export type ProfileStatus = Static<typeof ProfileStatus>;

export const LanguageSkill = Type.Object(
  { code: LanguageCode, level: LanguageLevel },
  { additionalProperties: false },
);
export type LanguageSkill = Static<typeof LanguageSkill>;

const setOf = <T extends TSchema>(item: T, minItems: number, maxItems: number) =>
  Type.Array(item, { minItems, maxItems, uniqueItems: true });

/** Personal facts a mentor may choose to show; each left out is simply not shown. */
export const MentorPersonal = Type.Object(
  {
    ageBand: Type.Optional(AgeBand),
    hasChildren: Type.Optional(Type.Boolean()),
    migrantBackground: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

/** Everything a mentor tells about herself; headline, about, job title, interests and company are public text. */
export const MentorProfileInput = Type.Object(
  {
    headline: singleLine(5, 120),
    about: multiLine(20, 2000),
    jobTitle: singleLine(2, 100),
    field: FieldCode,
    yearsOfExperience: Type.Integer({ minimum: 0, maximum: 60 }),
    educationLevel: EducationLevel,
    languages: Type.Array(LanguageSkill, { minItems: 1, maxItems: 8 }),
    municipality: MunicipalityCode,
    meetingMode: MeetingMode,
    meetingsPerMonth: Type.Integer({ minimum: 2, maximum: 4 }),
    mentorshipMonths: Type.Integer({ minimum: 4, maximum: 12 }),
    goals: setOf(GoalCode, 1, GOALS.length),
    interests: setOf(singleLine(1, 40), 0, 10),
    capacity: Type.Integer({ minimum: 1, maximum: 3 }),
    partnerCompany: Type.Optional(singleLine(1, 100)),
    personal: MentorPersonal,
    paused: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type MentorProfileInput = Static<typeof MentorProfileInput>;

/** What a mentee wishes for in a mentor; the programmes' most common wishes. */
export const MentorWishes = Type.Object(
  {
    woman: Type.Boolean(),
    sharedLanguage: Type.Boolean(),
    migrantBackground: Type.Boolean(),
  },
  { additionalProperties: false },
);

/** A mentee's profile is never public: only admins and her mentors-to-be read it. */
export const MenteeProfileInput = Type.Object(
  {
    /** In her order: the first is what matters most to her. */
    goals: setOf(GoalCode, 1, GOALS.length),
    desiredFields: setOf(FieldCode, 0, 5),
    educationLevel: EducationLevel,
    educationField: Type.Optional(singleLine(1, 100)),
    yearsInDenmark: YearsInDenmark,
    danishLevel: Type.Enum(LANGUAGE_LEVELS.filter((level) => level !== 'native')),
    otherLanguages: Type.Array(LanguageSkill, { minItems: 0, maxItems: 8 }),
    municipality: MunicipalityCode,
    meetingMode: MeetingMode,
    wishes: MentorWishes,
    about: Type.Optional(multiLine(1, 1000)),
  },
  { additionalProperties: false },
);
export type MenteeProfileInput = Static<typeof MenteeProfileInput>;
