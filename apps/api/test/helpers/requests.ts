import type { CreateRequestBody, MatchRequest } from '@mentorbro/core/requests';
import type { MenteeProfileInput, MentorProfileInput } from '@mentorbro/core/profile';
import { sampleMenteeProfile, sampleMentorProfile } from '@mentorbro/core/samples';
import type { IssuedSession } from '../../src/modules/auth/auth.service';
import { createAdminAndLogin } from './accounts';
import { approvedMember, auth, type Member } from './profiles';
import type { TestApp } from './test-app';

/** Approved members of the default programme, made through the API as the SPA would. */
export function membersOf(t: TestApp) {
  let admin: { session: IssuedSession; at: number } | undefined;
  // A new one once the test clock has moved on: sessions expire by the app's clock.
  const coordinator = async () => {
    const now = t.clock.now().getTime();
    if (!admin || now - admin.at > 60_000) {
      admin = { session: await createAdminAndLogin(t), at: now };
    }
    return admin.session;
  };
  return {
    coordinator,
    mentor: async (profile: Partial<MentorProfileInput> = {}, name?: string) =>
      approvedMember(t, await coordinator(), 'mentor', sampleMentorProfile(profile), name),
    mentee: async (profile: Partial<MenteeProfileInput> = {}, name?: string) =>
      approvedMember(t, await coordinator(), 'mentee', sampleMenteeProfile(profile), name),
  };
}

export const requestBody = (
  mentorId: string,
  overrides: Partial<CreateRequestBody> = {},
): CreateRequestBody => ({
  mentorId,
  message:
    'Jeg håber, du kan hjælpe mig med at søge job. Jeg har skrevet et CV. Vi kan mødes på en café.',
  goals: ['job_search'],
  contact: { email: true, phone: '+45 12 34 56 78' },
  ...overrides,
});

/** She asks the mentor; the answer as sent, for tests that expect a refusal. */
export const ask = (t: TestApp, mentee: Member, mentorId: string, overrides = {}) =>
  t.http.post('/api/requests').set(auth(mentee)).send(requestBody(mentorId, overrides));

/** She asks the mentor, and it must work. */
export async function asked(t: TestApp, mentee: Member, mentor: Member): Promise<MatchRequest> {
  const res = await ask(t, mentee, mentor.user.id).expect(201);
  return res.body as MatchRequest;
}

export const move = (
  t: TestApp,
  member: Member,
  requestId: string,
  action: 'accept' | 'decline' | 'withdraw',
) =>
  t.http
    .post(`/api/requests/${requestId}/${action}`)
    .set(auth(member))
    .send(
      action === 'accept'
        ? { contact: { email: true } }
        : action === 'decline'
          ? { reason: 'no_time' }
          : undefined,
    );

/** A new session for her, after the test clock moved past her old one's life. */
export async function relogin(t: TestApp, member: Member): Promise<Member> {
  const res = await t.http
    .post('/api/auth/login')
    .send({ email: member.email, password: member.password })
    .expect(200);
  return { ...member, ...(res.body as IssuedSession) };
}

/** A running mentorship between a fresh pair, made as the members would make it. */
export async function startedMentorship(t: TestApp, members: ReturnType<typeof membersOf>) {
  const mentee = await members.mentee();
  const mentor = await members.mentor();
  const request = await asked(t, mentee, mentor);
  await move(t, mentor, request.id, 'accept').expect(200);
  const read = await t.http.get(`/api/requests/${request.id}`).set(auth(mentee)).expect(200);
  const introductionId = (read.body as MatchRequest).introductionId ?? '';
  let mentorshipId: string | null = null;
  for (const member of [mentee, mentor]) {
    const res = await t.http
      .post(`/api/introductions/${introductionId}/confirm`)
      .set(auth(member))
      .send({})
      .expect(200);
    mentorshipId = (res.body as { mentorshipId: string | null }).mentorshipId;
  }
  if (!mentorshipId) throw new Error('No mentorship started');
  return { mentee, mentor, id: mentorshipId };
}
