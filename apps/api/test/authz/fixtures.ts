import type { MeetingLog, MeetingLogBody } from '@mentorbro/core/mentorship';
import { EMAIL_MAX_ATTEMPTS } from '@mentorbro/core/notifications';
import type { OwnProfile } from '@mentorbro/core/profile-view';
import type { MatchRequest } from '@mentorbro/core/requests';
import { sampleMenteeProfile, sampleMentorProfile } from '@mentorbro/core/samples';
import type { SurveyForm, SurveyInvitationList } from '@mentorbro/core/survey';
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { emailOutbox, notifications } from '../../src/db/schema';
import type { IssuedSession } from '../../src/modules/auth/auth.service';
import { notify } from '../../src/modules/notifications/notifications.repository';
import { defaultProgramme } from '../../src/modules/programmes/programmes.repository';
import { createAdminAndLogin, registerAndLogin } from '../helpers/accounts';
import { insertMember } from '../helpers/admin';
import { auth, type Member, memberWithProfile, queuedVersion } from '../helpers/profiles';
import { asked, move } from '../helpers/requests';
import { suspend } from '../helpers/search';
import type { TestApp } from '../helpers/test-app';

/** Every account the test helpers make logs in with this password (helpers/accounts.ts). */
const PASSWORD = 'a long enough password';
export const DAY_MS = 24 * 60 * 60 * 1000;
/** As many seats as a mentor may offer (core's profile schema). */
const SHARED_MENTOR_SEATS = 3;

/** A signed-in account with what it takes to log in again. */
export type Account = IssuedSession & { password: string };

/** A mentee, a mentor and the request she sent her. */
export interface Pair {
  mentee: Member;
  mentor: Member;
  request: string;
}
/** The mentor said yes: an introduction is open. */
export interface IntroducedPair extends Pair {
  introduction: string;
}
/** Both said "let's continue": a running mentorship. */
export interface MatchedPair extends IntroducedPair {
  mentorship: string;
  /** A meeting log each of them wrote. */
  logs: { mentee: string; mentor: string };
  /** Her start survey, offered when the mentorship began. */
  menteeStart: string;
}

/** Coordinators are made by the helpers with the password every test account has. */
export const withPassword = (session: IssuedSession): Account => ({
  ...session,
  password: PASSWORD,
});

/** Builders of fresh pieces of the world, for cells that change what they call. */
export function fixtures(t: TestApp, admin: () => Account) {
  const today = () => t.clock.now().toISOString().slice(0, 10);

  /** A member whose profile a coordinator approved, the version read from her own answer. */
  async function approved(role: 'mentee' | 'mentor', capacity?: number): Promise<Member> {
    const member = await registerAndLogin(t, { role });
    const profile =
      role === 'mentor' ? sampleMentorProfile(capacity ? { capacity } : {}) : sampleMenteeProfile();
    const res = await t.http.put('/api/me/profile').set(auth(member)).send(profile).expect(200);
    await t.http
      .post(`/api/admin/profiles/${member.user.id}/approve`)
      .set(auth(admin()))
      .send({ submittedAt: (res.body as OwnProfile).submittedAt })
      .expect(204);
    return member;
  }

  /**
   * Fresh pairs share a mentor while she has seats for them: a fresh mentee is what each move
   * needs, and a mentor costs as much to make. No world pair has one of these mentors.
   */
  let shared: { mentor: Promise<Member>; pairs: number } | undefined;
  function freshMentor(): Promise<Member> {
    if (!shared || shared.pairs >= SHARED_MENTOR_SEATS) {
      shared = { mentor: approved('mentor', SHARED_MENTOR_SEATS), pairs: 0 };
    }
    shared.pairs += 1;
    return shared.mentor;
  }

  async function logBy(member: Member, mentorship: string): Promise<string> {
    const body: MeetingLogBody = {
      date: today(),
      minutes: 60,
      topics: ['cv'],
      notes: 'Vi gennemgik hendes CV.',
    };
    const res = await t.http
      .post(`/api/mentorships/${mentorship}/logs`)
      .set(auth(member))
      .send(body)
      .expect(201);
    return (res.body as MeetingLog).id;
  }

  async function surveyOf(member: Member, mentorship: string, form: SurveyForm) {
    const res = await t.http.get('/api/surveys').set(auth(member)).expect(200);
    const found = (res.body as SurveyInvitationList).items.find(
      (item) => item.mentorshipId === mentorship && item.form === form,
    );
    if (!found) throw new Error(`No ${form} survey for ${mentorship}`);
    return found.id;
  }

  /** A pair of her own with the given mentor, or with a shared fresh one. */
  async function requested(mentor?: Member): Promise<Pair> {
    const [mentee, theirs] = await Promise.all([approved('mentee'), mentor ?? freshMentor()]);
    return { mentee, mentor: theirs, request: (await asked(t, mentee, theirs)).id };
  }

  async function introduced(mentor?: Member): Promise<IntroducedPair> {
    const pair = await requested(mentor);
    const res = await move(t, pair.mentor, pair.request, 'accept').expect(200);
    const introduction = (res.body as MatchRequest).introductionId;
    if (!introduction) throw new Error('No introduction opened');
    return { ...pair, introduction };
  }

  async function matched(mentor?: Member): Promise<MatchedPair> {
    const pair = await introduced(mentor);
    let mentorship: string | null = null;
    for (const member of [pair.mentee, pair.mentor]) {
      const res = await t.http
        .post(`/api/introductions/${pair.introduction}/confirm`)
        .set(auth(member))
        .expect(200);
      mentorship = (res.body as { mentorshipId: string | null }).mentorshipId;
    }
    if (!mentorship) throw new Error('No mentorship started');
    return {
      ...pair,
      mentorship,
      logs: {
        mentee: await logBy(pair.mentee, mentorship),
        mentor: await logBy(pair.mentor, mentorship),
      },
      menteeStart: await surveyOf(pair.mentee, mentorship, 'mentee_start'),
    };
  }

  return {
    today,
    approved,
    requested,
    introduced,
    matched,

    /** A member who has not even sent a profile. */
    member: (role: 'mentee' | 'mentor') => registerAndLogin(t, { role }),

    /** Another coordinator of the admin's programme. */
    admin: async () => withPassword(await createAdminAndLogin(t)),

    /** Her own survey as a mentor: the end survey of a mentorship she ended. */
    async endedBy(mentor: Member): Promise<string> {
      const pair = await matched(mentor);
      await t.http
        .post(`/api/mentorships/${pair.mentorship}/end`)
        .set(auth(mentor))
        .send({ outcome: 'job' })
        .expect(200);
      return surveyOf(mentor, pair.mentorship, 'mentor_end');
    },

    /** The member proposes a new planned end of the mentorship. */
    async propose(member: Member, mentorship: string) {
      await t.http
        .post(`/api/mentorships/${mentorship}/planned-end`)
        .set(auth(member))
        .send({
          plannedEnd: new Date(t.clock.now().getTime() + 60 * DAY_MS).toISOString().slice(0, 10),
        })
        .expect(200);
    },

    async pending(): Promise<{ id: string; submittedAt: string }> {
      const member = await memberWithProfile(t, 'mentee');
      return { id: member.user.id, submittedAt: await queuedVersion(t, admin(), member.user.id) };
    },

    bystander: async () => (await insertMember(t, { name: 'Rahel Tesfay' })).id,

    async suspendedMember(): Promise<string> {
      const { id } = await insertMember(t, { name: 'Nadia Rahimi' });
      await suspend(t, id);
      return id;
    },

    /** An open report, by a mentee about the mentor she asked. */
    async report(pair: Pair): Promise<string> {
      const res = await t.http
        .post('/api/reports')
        .set(auth(pair.mentee))
        .send({ userId: pair.mentor.user.id, reason: 'Hun svarer aldrig på mine beskeder.' })
        .expect(201);
      return (res.body as { id: string }).id;
    },

    /** An email to the member that has used up its attempts, as the sender leaves it. */
    async deadEmail(member: Member): Promise<number> {
      const dedupeKey = `authz-dead-email:${randomUUID()}`;
      await notify(t.app.db, [
        {
          userId: member.user.id,
          programmeId: (await defaultProgramme(t.app.db)).id,
          kind: 'mentorship_quiet',
          params: { name: 'Lone', days: 30 },
          link: '/mentorships',
          dedupeKey,
          createdAt: t.clock.now(),
        },
      ]);
      const [notification] = await t.app.db
        .select({ id: notifications.id })
        .from(notifications)
        .where(
          and(eq(notifications.userId, member.user.id), eq(notifications.dedupeKey, dedupeKey)),
        );
      if (!notification) throw new Error('No notification was made');
      const [email] = await t.app.db
        .update(emailOutbox)
        .set({ status: 'dead', attempts: EMAIL_MAX_ATTEMPTS, lastError: '550 mailbox unavailable' })
        .where(eq(emailOutbox.notificationId, notification.id))
        .returning({ id: emailOutbox.id });
      if (!email) throw new Error('No email was queued');
      return email.id;
    },

    /** A new session of hers, for a refresh token nobody else has used. */
    async login(account: { user: { email: string }; password: string }): Promise<IssuedSession> {
      const res = await t.http
        .post('/api/auth/login')
        .send({ email: account.user.email, password: account.password })
        .expect(200);
      return res.body as IssuedSession;
    },
  };
}
export type Fixtures = ReturnType<typeof fixtures>;
