import type { MenteeProfileInput, MentorProfileInput } from '@mentorbro/core/profile';
import type {
  MenteeOwnProfile,
  MenteeProfileView,
  MentorOwnProfile,
  MentorPublicProfile,
} from '@mentorbro/core/profile-view';
import type { PublicProgramme } from '@mentorbro/core/programme';

/** Test data in the API's shapes, for the profile, mentor and mentee pages' tests. */
export const programme: PublicProgramme = {
  slug: 'default',
  name: 'Mentornetværket',
  womenOnly: true,
  languages: ['da', 'en', 'ar', 'so'],
};

export const saraProfile: MentorProfileInput = {
  headline: 'Sygeplejerske, der kender sundhedsvæsenet',
  about: 'Jeg har arbejdet på Rigshospitalet i 15 år og hjælper gerne med jobsøgning.',
  jobTitle: 'Sygeplejerske',
  field: 'health_care',
  yearsOfExperience: 15,
  educationLevel: 'bachelor',
  languages: [
    { code: 'da', level: 'native' },
    { code: 'en', level: 'C1' },
  ],
  municipality: 'koebenhavn',
  meetingMode: 'in_person',
  meetingsPerMonth: 2,
  mentorshipMonths: 6,
  goals: ['job_search', 'work_culture'],
  interests: ['løb', 'bøger'],
  capacity: 2,
  personal: { hasChildren: true },
  paused: false,
};

export const aminaProfile: MenteeProfileInput = {
  goals: ['job_search', 'danish_practice'],
  desiredFields: ['health_care'],
  educationLevel: 'bachelor',
  educationField: 'Sygeplejerske',
  yearsInDenmark: '1_3',
  danishLevel: 'B1',
  otherLanguages: [{ code: 'ar', level: 'native' }],
  municipality: 'aarhus',
  meetingMode: 'both',
  wishes: { woman: true, sharedLanguage: false, migrantBackground: false },
  about: 'Jeg er sygeplejerske fra Syrien.',
};

export function menteeOwn(overrides: Partial<MenteeOwnProfile> = {}): MenteeOwnProfile {
  return {
    role: 'mentee',
    status: 'approved',
    rejectionReason: null,
    submittedAt: '2025-02-01T10:00:00.000Z',
    profile: aminaProfile,
    ...overrides,
  };
}

export function mentorOwn(overrides: Partial<MentorOwnProfile> = {}): MentorOwnProfile {
  return {
    role: 'mentor',
    status: 'approved',
    rejectionReason: null,
    submittedAt: '2025-02-01T10:00:00.000Z',
    profile: saraProfile,
    pendingChanges: null,
    ...overrides,
  };
}

export const neverSent = {
  status: null,
  rejectionReason: null,
  submittedAt: null,
  profile: null,
} as const;

export const saraPublic: MentorPublicProfile = {
  id: '5d0f2c7a-3f1e-4b8a-9c2d-6e7f8a9b0c1d',
  firstName: 'Sara',
  ...(({ paused: _paused, ...rest }) => rest)(saraProfile),
  region: 'hovedstaden',
  acceptingRequests: true,
};

export const aminaView: MenteeProfileView = {
  id: '0b7e7c1e-8c55-4a8e-9d7c-3f6a2b9c1d01',
  firstName: 'Amina',
  ...aminaProfile,
  region: 'midtjylland',
};
