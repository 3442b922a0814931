import { MUNICIPALITIES } from '@mentorbro/core/catalogue';
import type { MenteeProfileInput, MentorProfileInput } from '@mentorbro/core/profile';

const REGION_BY_MUNICIPALITY = new Map(MUNICIPALITIES.map((entry) => [entry.code, entry.region]));

function regionOf(municipality: string) {
  const region = REGION_BY_MUNICIPALITY.get(municipality);
  if (!region) throw new Error(`Unknown municipality ${municipality} passed validation`);
  return region;
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
