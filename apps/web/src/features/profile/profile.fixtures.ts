import type { MenteeProfileInput, MentorProfileInput } from '@mentorbro/core/profile';
import { sampleMenteeProfile, sampleMentorProfile } from '@mentorbro/core/samples';
import type {
  MenteeOwnProfile,
  MenteeProfileView,
  MentorOwnProfile,
  MentorPublicProfile,
} from '@mentorbro/core/profile-view';
import type { PublicProgramme } from '@mentorbro/core/programme';
import type { MentorPage } from '@mentorbro/core/search';

/** Test data in the API's shapes, for the profile, mentor and mentee pages' tests. */
export const programme: PublicProgramme = {
  slug: 'default',
  name: 'Mentornetværket',
  womenOnly: true,
  languages: ['da', 'en', 'ar', 'so'],
};

export const saraProfile: MentorProfileInput = sampleMentorProfile({
  headline: 'Sygeplejerske, der kender sundhedsvæsenet',
  about: 'Jeg har arbejdet på Rigshospitalet i 15 år og hjælper gerne med jobsøgning.',
  languages: [
    { code: 'da', level: 'native' },
    { code: 'en', level: 'C1' },
  ],
  municipality: 'koebenhavn',
  meetingMode: 'in_person',
  goals: ['job_search', 'work_culture'],
  interests: ['løb', 'bøger'],
  personal: { hasChildren: true },
});

export const aminaProfile: MenteeProfileInput = sampleMenteeProfile({
  educationField: 'Sygeplejerske',
  meetingMode: 'both',
  about: 'Jeg er sygeplejerske fra Syrien.',
});

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

/** Her page without the parts about seats and fit, which each test sets. */
export const saraPublic: MentorPublicProfile & Pick<MentorPage, 'answerDays' | 'lastActive'> = {
  id: '5d0f2c7a-3f1e-4b8a-9c2d-6e7f8a9b0c1d',
  firstName: 'Sara',
  ...(({ paused: _paused, ...rest }) => rest)(saraProfile),
  region: 'hovedstaden',
  acceptingRequests: true,
  answerDays: 3,
  lastActive: 'week',
};

export const aminaView: MenteeProfileView = {
  id: '0b7e7c1e-8c55-4a8e-9d7c-3f6a2b9c1d01',
  firstName: 'Amina',
  ...aminaProfile,
  region: 'midtjylland',
};
