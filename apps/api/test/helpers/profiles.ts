import type { MenteeProfileInput, MentorProfileInput } from '@mentorbro/core/profile';
import type { IssuedSession } from '../../src/modules/auth/auth.service';
import type { REQUEST_STATUSES } from '../../src/db/schema';
import { matchRequests } from '../../src/db/schema';
import { registerAndLogin } from './accounts';
import type { TestApp } from './test-app';

export function validMentorProfile(
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

export function validMenteeProfile(
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

export const auth = (session: Pick<IssuedSession, 'accessToken'>) => ({
  Authorization: `Bearer ${session.accessToken}`,
});

export type Member = Awaited<ReturnType<typeof registerAndLogin>>;

/** A member who has sent her profile; it waits for a coordinator. */
export async function memberWithProfile(
  t: TestApp,
  role: 'mentor' | 'mentee',
  profile: MentorProfileInput | MenteeProfileInput = role === 'mentor'
    ? validMentorProfile()
    : validMenteeProfile(),
  name?: string,
): Promise<Member> {
  const member = await registerAndLogin(t, { role, ...(name ? { name } : {}) });
  await t.http.put('/api/me/profile').set(auth(member)).send(profile).expect(200);
  return member;
}

/** A member whose profile a coordinator approved through the API. */
export async function approvedMember(
  t: TestApp,
  admin: Pick<IssuedSession, 'accessToken'>,
  role: 'mentor' | 'mentee',
  profile?: MentorProfileInput | MenteeProfileInput,
  name?: string,
): Promise<Member> {
  const member = await memberWithProfile(t, role, profile, name);
  await t.http.post(`/api/admin/profiles/${member.user.id}/approve`).set(auth(admin)).expect(204);
  return member;
}

/**
 * A match request written straight to the table: the requests API arrives with issue 5,
 * and profile visibility already depends on requests.
 */
export async function insertRequest(
  t: TestApp,
  menteeId: string,
  mentorId: string,
  status: (typeof REQUEST_STATUSES)[number] = 'open',
): Promise<void> {
  await t.app.db
    .insert(matchRequests)
    .values({ menteeId, mentorId, status, createdAt: t.clock.now() });
}
