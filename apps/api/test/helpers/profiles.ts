import type { MenteeProfileInput, MentorProfileInput } from '@mentorbro/core/profile';
import { sampleMenteeProfile, sampleMentorProfile } from '@mentorbro/core/samples';
import type { IssuedSession } from '../../src/modules/auth/auth.service';
import type { RequestStatus } from '@mentorbro/core/states';
import { eq } from 'drizzle-orm';
import { matchRequests, users } from '../../src/db/schema';
import { registerAndLogin } from './accounts';
import type { TestApp } from './test-app';

/** Core's sample profiles, so every side's tests start from the same valid profile. */
export {
  sampleMenteeProfile as validMenteeProfile,
  sampleMentorProfile as validMentorProfile,
} from '@mentorbro/core/samples';

export const auth = (session: Pick<IssuedSession, 'accessToken'>) => ({
  Authorization: `Bearer ${session.accessToken}`,
});

export type Member = Awaited<ReturnType<typeof registerAndLogin>>;

/** A member who has sent her profile; it waits for a coordinator. */
export async function memberWithProfile(
  t: TestApp,
  role: 'mentor' | 'mentee',
  profile: MentorProfileInput | MenteeProfileInput = role === 'mentor'
    ? sampleMentorProfile()
    : sampleMenteeProfile(),
  name?: string,
): Promise<Member> {
  const member = await registerAndLogin(t, { role, ...(name ? { name } : {}) });
  await t.http.put('/api/me/profile').set(auth(member)).send(profile).expect(200);
  return member;
}

/**
 * The version of her profile a coordinator reads in the queue; the SPA sends it back with
 * the decision, and so do the tests.
 */
export async function queuedVersion(
  t: TestApp,
  admin: Pick<IssuedSession, 'accessToken'>,
  userId: string,
): Promise<string> {
  const res = await t.http.get('/api/admin/profiles?status=pending').set(auth(admin)).expect(200);
  const item = (res.body as { userId: string; submittedAt: string }[]).find(
    (entry) => entry.userId === userId,
  );
  if (!item) throw new Error(`${userId} is not in the queue`);
  return item.submittedAt;
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
  await t.http
    .post(`/api/admin/profiles/${member.user.id}/approve`)
    .set(auth(admin))
    .send({ submittedAt: await queuedVersion(t, admin, member.user.id) })
    .expect(204);
  return member;
}

/**
 * A match request in any state written straight to the table, for tests about what a request
 * lets a mentor see; the requests API has its own tests.
 */
export async function insertRequest(
  t: TestApp,
  menteeId: string,
  mentorId: string,
  status: RequestStatus = 'pending',
): Promise<void> {
  const [mentee] = await t.app.db
    .select({ programmeId: users.programmeId })
    .from(users)
    .where(eq(users.id, menteeId));
  if (!mentee) throw new Error('No such mentee');
  await t.app.db.insert(matchRequests).values({
    programmeId: mentee.programmeId,
    menteeId,
    mentorId,
    status,
    message: 'Jeg vil gerne høre om dit arbejde.',
    goals: ['job_search'],
    menteeContact: { email: true },
    createdAt: t.clock.now(),
    answeredAt: status === 'pending' ? null : t.clock.now(),
    declineReason: status === 'declined' ? 'no_time' : null,
  });
}
