import type { FieldError } from '@mentorbro/core/error';
import type { MentorProfileInput } from '@mentorbro/core/profile';
import type { MentorPublicText } from '@mentorbro/core/profile-view';
import Type, { type Static } from 'typebox';
import type { ProfileStep } from './composables/useProfileSteps';
import {
  answered,
  fromBoolean,
  LanguageRow,
  languages,
  optionalText,
  whole,
  yesNo,
} from './profile.form';

/** The mentor editor's answers, as its fields hold them (checked when read from storage). */
export const MentorDraft = Type.Object({
  headline: Type.String(),
  jobTitle: Type.String(),
  about: Type.String(),
  field: Type.String(),
  yearsOfExperience: Type.String(),
  educationLevel: Type.String(),
  partnerCompany: Type.String(),
  languages: Type.Array(LanguageRow),
  municipality: Type.String(),
  meetingMode: Type.String(),
  meetingsPerMonth: Type.String(),
  mentorshipMonths: Type.String(),
  capacity: Type.String(),
  paused: Type.Boolean(),
  goals: Type.Array(Type.String()),
  interests: Type.Array(Type.String()),
  ageBand: Type.String(),
  /** 'yes', 'no', or '' when she would rather not say. */
  hasChildren: Type.String(),
  migrantBackground: Type.String(),
});
export type MentorDraft = Static<typeof MentorDraft>;

export type MentorField = Extract<keyof MentorProfileInput, string>;

/** One group of questions per step, in the order she meets them. Every field is in one step. */
export const MENTOR_STEPS = [
  { id: 'about', fields: ['headline', 'jobTitle', 'about'] },
  { id: 'work', fields: ['field', 'yearsOfExperience', 'educationLevel', 'partnerCompany'] },
  { id: 'languages', fields: ['languages'] },
  { id: 'place', fields: ['municipality', 'meetingMode'] },
  { id: 'time', fields: ['meetingsPerMonth', 'mentorshipMonths', 'capacity', 'paused'] },
  { id: 'help', fields: ['goals', 'interests'] },
  { id: 'personal', fields: ['personal'] },
] as const satisfies readonly ProfileStep<MentorField>[];

/** A new mentor starts with Danish (the programmes' working language) and 6 months, 2 a month. */
export function emptyMentorDraft(): MentorDraft {
  return {
    headline: '',
    jobTitle: '',
    about: '',
    field: '',
    yearsOfExperience: '',
    educationLevel: '',
    partnerCompany: '',
    languages: [{ code: 'da', level: '' }],
    municipality: '',
    meetingMode: '',
    meetingsPerMonth: '',
    mentorshipMonths: '6',
    capacity: '1',
    paused: false,
    goals: [],
    interests: [],
    ageBand: '',
    hasChildren: '',
    migrantBackground: '',
  };
}

/**
 * Her saved profile as answers. A change that waits for a coordinator holds her newest words,
 * so she goes on from those, not from the approved ones.
 */
export function mentorDraftFrom(
  profile: MentorProfileInput,
  pending: MentorPublicText | null,
): MentorDraft {
  const words = { ...profile, ...pending };
  return {
    headline: words.headline,
    jobTitle: words.jobTitle,
    about: words.about,
    field: profile.field,
    yearsOfExperience: String(profile.yearsOfExperience),
    educationLevel: profile.educationLevel,
    partnerCompany: words.partnerCompany ?? '',
    languages: profile.languages.map((language) => ({ ...language })),
    municipality: profile.municipality,
    meetingMode: profile.meetingMode,
    meetingsPerMonth: String(profile.meetingsPerMonth),
    mentorshipMonths: String(profile.mentorshipMonths),
    capacity: String(profile.capacity),
    paused: profile.paused,
    goals: [...profile.goals],
    interests: [...words.interests],
    ageBand: profile.personal.ageBand ?? '',
    hasChildren: fromBoolean(profile.personal.hasChildren),
    migrantBackground: fromBoolean(profile.personal.migrantBackground),
  };
}

/** The body of PUT /api/me/profile; core's checkMentorProfile decides whether it is valid. */
export function mentorBody(draft: MentorDraft): unknown {
  return {
    headline: draft.headline.trim(),
    jobTitle: draft.jobTitle.trim(),
    about: draft.about.trim(),
    ...answered('field', draft.field),
    ...whole('yearsOfExperience', draft.yearsOfExperience),
    ...answered('educationLevel', draft.educationLevel),
    ...optionalText('partnerCompany', draft.partnerCompany),
    languages: languages(draft.languages),
    ...answered('municipality', draft.municipality),
    ...answered('meetingMode', draft.meetingMode),
    ...whole('meetingsPerMonth', draft.meetingsPerMonth),
    ...whole('mentorshipMonths', draft.mentorshipMonths),
    ...whole('capacity', draft.capacity),
    paused: draft.paused,
    goals: [...draft.goals],
    interests: [...draft.interests],
    personal: {
      ...answered('ageBand', draft.ageBand),
      ...yesNo('hasChildren', draft.hasChildren),
      ...yesNo('migrantBackground', draft.migrantBackground),
    },
  };
}

/** Where each field's error links to: its input, or the first choice of a group. */
export function mentorTarget(error: FieldError): string {
  const row = /^\/languages\/(\d+)\/(code|level)$/.exec(error.field);
  if (row) return `mentor-languages-${row[1]}-${row[2]}`;
  const [, field = '', part] = error.field.split('/');
  const targets: Record<string, string> = {
    educationLevel: 'mentor-educationLevel-primary',
    languages: 'mentor-languages-0-code',
    meetingMode: 'mentor-meetingMode-in_person',
    meetingsPerMonth: 'mentor-meetingsPerMonth-2',
    capacity: 'mentor-capacity-1',
    interests: 'mentor-interests-input',
    personal: `mentor-${part ?? 'ageBand'}-none`,
  };
  return targets[field] ?? `mentor-${field}`;
}
