import { FIELDS, MUNICIPALITIES } from '@mentorbro/core/catalogue';
import { languageTokens } from '@mentorbro/core/match';
import type { MenteeProfileInput, MentorProfileInput } from '@mentorbro/core/profile';

const REGION_BY_MUNICIPALITY = new Map(MUNICIPALITIES.map((entry) => [entry.code, entry.region]));

function regionOf(municipality: string) {
  const region = REGION_BY_MUNICIPALITY.get(municipality);
  if (!region) throw new Error(`Unknown municipality ${municipality} passed validation`);
  return region;
}

const FIELD_WORDS = new Map<string, string>(
  FIELDS.map((field) => [field.code, `${field.label.da} ${field.label.en}`]),
);

/**
 * What search finds her by besides her own sentences: her field's name in both languages, her
 * interests and her company. Always from her live (approved) words, never from words waiting
 * for a coordinator.
 */
export function searchKeywords(
  field: string,
  interests: readonly string[],
  partnerCompany: string | null | undefined,
): string {
  return [FIELD_WORDS.get(field) ?? field, ...interests, partnerCompany ?? ''].join(' ').trim();
}

// A profile as the columns that store it. The profile service and the demo loader both write
// through these, so a profile reads back the same however it was written.

export function mentorColumns(profile: MentorProfileInput) {
  return {
    headline: profile.headline,
    about: profile.about,
    jobTitle: profile.jobTitle,
    interests: profile.interests,
    partnerCompany: profile.partnerCompany ?? null,
    field: profile.field,
    yearsOfExperience: profile.yearsOfExperience,
    educationLevel: profile.educationLevel,
    municipality: profile.municipality,
    region: regionOf(profile.municipality),
    meetingMode: profile.meetingMode,
    meetingsPerMonth: profile.meetingsPerMonth,
    mentorshipMonths: profile.mentorshipMonths,
    goals: profile.goals,
    capacity: profile.capacity,
    ageBand: profile.personal.ageBand ?? null,
    hasChildren: profile.personal.hasChildren ?? null,
    migrantBackground: profile.personal.migrantBackground ?? null,
    paused: profile.paused,
    languageLevels: languageTokens(profile.languages),
    searchKeywords: searchKeywords(profile.field, profile.interests, profile.partnerCompany),
  };
}

export function menteeColumns(profile: MenteeProfileInput) {
  return {
    goals: profile.goals,
    desiredFields: profile.desiredFields,
    educationLevel: profile.educationLevel,
    educationField: profile.educationField ?? null,
    yearsInDenmark: profile.yearsInDenmark,
    danishLevel: profile.danishLevel,
    otherLanguages: profile.otherLanguages,
    municipality: profile.municipality,
    region: regionOf(profile.municipality),
    meetingMode: profile.meetingMode,
    wishWoman: profile.wishes.woman,
    wishSharedLanguage: profile.wishes.sharedLanguage,
    wishMigrantBackground: profile.wishes.migrantBackground,
    about: profile.about ?? null,
  };
}
