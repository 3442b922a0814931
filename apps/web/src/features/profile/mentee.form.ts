import type { FieldError } from '@mentorbro/core/error';
import type { MenteeProfileInput } from '@mentorbro/core/profile';
import Type, { type Static } from 'typebox';
import type { ProfileStep } from './composables/useProfileSteps';
import { answered, LanguageRow, languages, optionalText } from './profile.form';

/** The mentee editor's answers, as its fields hold them (checked when read from storage). */
export const MenteeDraft = Type.Object({
  /** In her order: the first matters most to her. */
  goals: Type.Array(Type.String()),
  desiredFields: Type.Array(Type.String()),
  educationLevel: Type.String(),
  educationField: Type.String(),
  yearsInDenmark: Type.String(),
  danishLevel: Type.String(),
  otherLanguages: Type.Array(LanguageRow),
  municipality: Type.String(),
  meetingMode: Type.String(),
  wishes: Type.Object({
    woman: Type.Boolean(),
    sharedLanguage: Type.Boolean(),
    migrantBackground: Type.Boolean(),
  }),
  about: Type.String(),
});
export type MenteeDraft = Static<typeof MenteeDraft>;

export type MenteeField = Extract<keyof MenteeProfileInput, string>;

/** Her goals come first: they drive the whole mentorship. Every field is in one step. */
export const MENTEE_STEPS = [
  { id: 'goals', fields: ['goals'] },
  { id: 'work', fields: ['desiredFields', 'educationLevel', 'educationField'] },
  { id: 'languages', fields: ['danishLevel', 'yearsInDenmark', 'otherLanguages'] },
  { id: 'place', fields: ['municipality', 'meetingMode'] },
  { id: 'wishes', fields: ['wishes', 'about'] },
] as const satisfies readonly ProfileStep<MenteeField>[];

export function emptyMenteeDraft(): MenteeDraft {
  return {
    goals: [],
    desiredFields: [],
    educationLevel: '',
    educationField: '',
    yearsInDenmark: '',
    danishLevel: '',
    otherLanguages: [],
    municipality: '',
    meetingMode: '',
    wishes: { woman: false, sharedLanguage: false, migrantBackground: false },
    about: '',
  };
}

export function menteeDraftFrom(profile: MenteeProfileInput): MenteeDraft {
  return {
    goals: [...profile.goals],
    desiredFields: [...profile.desiredFields],
    educationLevel: profile.educationLevel,
    educationField: profile.educationField ?? '',
    yearsInDenmark: profile.yearsInDenmark,
    danishLevel: profile.danishLevel,
    otherLanguages: profile.otherLanguages.map((language) => ({ ...language })),
    municipality: profile.municipality,
    meetingMode: profile.meetingMode,
    wishes: { ...profile.wishes },
    about: profile.about ?? '',
  };
}

/** The body of PUT /api/me/profile; core's checkMenteeProfile decides whether it is valid. */
export function menteeBody(draft: MenteeDraft): unknown {
  return {
    goals: [...draft.goals],
    desiredFields: [...draft.desiredFields],
    ...answered('educationLevel', draft.educationLevel),
    ...optionalText('educationField', draft.educationField),
    ...answered('yearsInDenmark', draft.yearsInDenmark),
    ...answered('danishLevel', draft.danishLevel),
    otherLanguages: languages(draft.otherLanguages),
    ...answered('municipality', draft.municipality),
    ...answered('meetingMode', draft.meetingMode),
    wishes: { ...draft.wishes },
    ...optionalText('about', draft.about),
  };
}

/** Where each field's error links to: its input, or the first choice of a group. */
export function menteeTarget(error: FieldError): string {
  const row = /^\/otherLanguages\/(\d+)\/(code|level)$/.exec(error.field);
  if (row) return `mentee-otherLanguages-${row[1]}-${row[2]}`;
  const [, field = '', part] = error.field.split('/');
  const targets: Record<string, string> = {
    educationLevel: 'mentee-educationLevel-primary',
    yearsInDenmark: 'mentee-yearsInDenmark-under_1',
    danishLevel: 'mentee-danishLevel-A1',
    otherLanguages: 'mentee-otherLanguages-add',
    meetingMode: 'mentee-meetingMode-in_person',
    wishes: `mentee-wishes-${part ?? 'woman'}`,
  };
  return targets[field] ?? `mentee-${field}`;
}
