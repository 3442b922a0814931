import type { MenteeProfileInput, MentorProfileInput } from './profile.schema';

/**
 * A complete, valid profile of each role, for tests on every side: the core rules, the API
 * and the SPA start from the same profile and change only what a test is about.
 */
export function sampleMentorProfile(
  overrides: Partial<MentorProfileInput> = {},
): MentorProfileInput {
  return {
    headline: 'Sygeplejerske der hjælper med det danske sundhedsvæsen',
    about:
      'Jeg har arbejdet som sygeplejerske i 15 år og hjælper gerne med ansøgninger og netværk.',
    jobTitle: 'Sygeplejerske',
    field: 'health_care',
    yearsOfExperience: 15,
    educationLevel: 'bachelor',
    languages: [
      { code: 'da', level: 'native' },
      { code: 'ar', level: 'B1' },
    ],
    municipality: 'aarhus',
    meetingMode: 'both',
    meetingsPerMonth: 2,
    mentorshipMonths: 6,
    goals: ['job_search', 'network'],
    interests: ['løb', 'madlavning'],
    capacity: 2,
    personal: { migrantBackground: false },
    paused: false,
    ...overrides,
  };
}

export function sampleMenteeProfile(
  overrides: Partial<MenteeProfileInput> = {},
): MenteeProfileInput {
  return {
    goals: ['job_search', 'danish_practice'],
    desiredFields: ['health_care'],
    educationLevel: 'bachelor',
    educationField: 'Sygepleje',
    yearsInDenmark: '1_3',
    danishLevel: 'B1',
    otherLanguages: [{ code: 'ar', level: 'native' }],
    municipality: 'aarhus',
    meetingMode: 'in_person',
    wishes: { woman: true, sharedLanguage: false, migrantBackground: false },
    about: 'Jeg er sygeplejerske fra Syrien og vil gerne arbejde i Danmark.',
    ...overrides,
  };
}
