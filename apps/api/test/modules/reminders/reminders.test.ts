import type { NotificationKind, WaitingList } from '@mentorbro/core/notifications';
import { DEFAULT_PROGRAMME_RULES } from '@mentorbro/core/programme';
import type { Mentorship } from '@mentorbro/core/mentorship';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  emailOutbox,
  introductions,
  matchRequests,
  mentorProfiles,
  notifications,
} from '../../../src/db/schema';
import { DAY_MS } from '../../../src/lib/clock';
import { runScheduledWork } from '../../../src/modules/reminders/scheduler';
import { createAdminAndLogin } from '../../helpers/accounts';
import { FakeTransport, sendMail } from '../../helpers/mail';
import { auth, type Member } from '../../helpers/profiles';
import {
  asked,
  membersOf,
  move,
  relogin,
  requestBody,
  startedMentorship,
} from '../../helpers/requests';
import { createTestApp, type TestApp } from '../../helpers/test-app';

const rules = DEFAULT_PROGRAMME_RULES;
let t: TestApp;
let members: ReturnType<typeof membersOf>;

beforeAll(async () => {
  t = await createTestApp();
  members = membersOf(t);
});
afterAll(() => t.close());

const run = () => runScheduledWork({ db: t.app.db, clock: t.clock });
const days = (n: number) => n * DAY_MS;

/** What she has been told of one kind, oldest first. */
async function told(member: Member, kind: NotificationKind) {
  return t.app.db
    .select({ params: notifications.params, link: notifications.link })
    .from(notifications)
    .where(and(eq(notifications.userId, member.user.id), eq(notifications.kind, kind)))
    .orderBy(notifications.createdAt);
}

const requestStatus = async (id: string) =>
  (await t.app.db.select().from(matchRequests).where(eq(matchRequests.id, id)))[0]?.status;

describe('a request nobody answers', () => {
  it('reminds the mentor on day 7 and day 11, once each and not before, in her language', async () => {
    const mentor = await members.mentor();
    await t.http.patch('/api/me/settings').set(auth(mentor)).send({ locale: 'en' }).expect(200);
    const mentee = await members.mentee({}, 'Yasmin Omar');
    await asked(t, mentee, mentor);

    t.clock.advance(days(rules.requestReminderDays) - 1000);
    await run();
    expect(await told(mentor, 'request_reminder')).toEqual([]);
    t.clock.advance(1000);
    await run();
    await run();
    expect(await told(mentor, 'request_reminder')).toEqual([
      { params: { name: 'Yasmin', days: 7 }, link: '/requests-for-me' },
    ]);
    const transport = new FakeTransport();
    await sendMail(t, transport);
    expect(transport.to(mentor.email).map((mail) => mail.subject)).toContain(
      'Yasmin is waiting for your answer',
    );

    t.clock.advance(days(rules.requestSecondReminderDays - rules.requestReminderDays) - 1000);
    await run();
    expect(await told(mentor, 'request_reminder')).toHaveLength(1);
    t.clock.advance(1000);
    await run();
    await run();
    expect((await told(mentor, 'request_reminder')).map((row) => row.params.days)).toEqual([7, 11]);
  });

  it('expires on day 14, telling her with three other mentors to ask, and the mentor', async () => {
    const mentor = await members.mentor();
    const others = [];
    for (let i = 0; i < 5; i += 1) others.push(await members.mentor());
    const mentee = await members.mentee();
    const request = await asked(t, mentee, mentor);
    // A day later she asks another, who is still thinking when the first request expires.
    t.clock.advance(days(1));
    const [waitingOn] = others;
    if (!waitingOn) throw new Error('no mentor to wait on');
    await asked(t, await relogin(t, mentee), waitingOn);

    t.clock.advance(days(rules.requestExpiryDays - 1) - 1000);
    await run();
    expect(await requestStatus(request.id)).toBe('pending');
    expect(await told(mentee, 'request_expired')).toEqual([]);
    t.clock.advance(1000);
    await run();
    await run();

    expect(await requestStatus(request.id)).toBe('expired');
    const [expired] = await told(mentee, 'request_expired');
    expect(expired).toMatchObject({ params: { name: 'Amina', days: 14 }, link: '/' });
    const suggested = expired?.params.mentors ?? [];
    expect(suggested).toHaveLength(3);
    expect(suggested.map((m) => m.id)).not.toContain(mentor.user.id);
    expect(suggested.map((m) => m.id)).not.toContain(waitingOn.user.id);
    expect(suggested[0]).toEqual({
      id: expect.any(String),
      firstName: 'Amina',
      headline: expect.any(String),
    });
    expect(await told(mentee, 'request_expired')).toHaveLength(1);
    expect(await told(mentor, 'request_expired_mentor')).toEqual([
      { params: { name: 'Amina', days: 14 }, link: '/requests-for-me' },
    ]);
    // She is free to ask someone else at once.
    const again = await relogin(t, mentee);
    await t.http
      .post('/api/requests')
      .set(auth(again))
      .send(requestBody(suggested[0]?.id ?? ''))
      .expect(201);
  });
});

describe('a mentor who does not answer', () => {
  const paused = async (mentor: Member) =>
    (
      await t.app.db
        .select({ paused: mentorProfiles.paused })
        .from(mentorProfiles)
        .where(eq(mentorProfiles.userId, mentor.user.id))
    )[0]?.paused;

  async function expireOne(mentor: Member) {
    await asked(t, await members.mentee(), mentor);
    t.clock.advance(days(rules.requestExpiryDays));
    await run();
  }

  it('is paused after two expiries in a row, and told how to come back, once', async () => {
    const mentor = await members.mentor();
    await expireOne(mentor);
    expect(await paused(mentor)).toBe(false);
    expect(await told(mentor, 'mentor_paused')).toEqual([]);
    await expireOne(mentor);
    expect(await paused(mentor)).toBe(true);
    await run();
    expect(await told(mentor, 'mentor_paused')).toEqual([{ params: {}, link: '/my-profile/edit' }]);
    const mentee = await members.mentee();
    const res = await t.http
      .post('/api/requests')
      .set(auth(mentee))
      .send(requestBody(mentor.user.id))
      .expect(409);
    expect(res.body.error.code).toBe('mentor_paused');
  });

  it('starts counting again after she answers one', async () => {
    const mentor = await members.mentor();
    await expireOne(mentor);
    const request = await asked(t, await members.mentee(), mentor);
    await move(t, await relogin(t, mentor), request.id, 'decline').expect(200);
    await expireOne(mentor);
    expect(await paused(mentor)).toBe(false);
    expect(await told(mentor, 'mentor_paused')).toEqual([]);
  });
});

describe('a mentee who asks no one', () => {
  it('is nudged 7 days after approval with her recommendations, once, unless she asked', async () => {
    const quiet = await members.mentee();
    const asking = await members.mentee();
    await asked(t, asking, await members.mentor());

    t.clock.advance(days(rules.menteeNudgeDays) - 1000);
    await run();
    expect(await told(quiet, 'first_request_nudge')).toEqual([]);
    t.clock.advance(1000);
    await run();
    await run();
    const nudges = await told(quiet, 'first_request_nudge');
    expect(nudges).toHaveLength(1);
    expect(nudges[0]?.params.mentors?.length).toBeGreaterThan(0);
    expect(await told(asking, 'first_request_nudge')).toEqual([]);
  });

  it('is on the waiting list from day 45, where a coordinator sends her mentors to ask', async () => {
    const mentee = await members.mentee({}, 'Nour Haddad');
    const mentors = [await members.mentor(), await members.mentor(), await members.mentor()];
    const waiting = async () => {
      const admin = await createAdminAndLogin(t);
      const res = await t.http.get('/api/admin/waiting').set(auth(admin)).expect(200);
      return { admin, list: res.body as WaitingList };
    };

    t.clock.advance(days(rules.waitingListDays) - 1000);
    expect((await waiting()).list.items.map((item) => item.id)).not.toContain(mentee.user.id);
    t.clock.advance(1000);
    const { admin, list } = await waiting();
    expect(list.days).toBe(45);
    expect(list.items).toContainEqual({
      id: mentee.user.id,
      name: 'Nour Haddad',
      approvedAt: expect.any(String),
      daysWaiting: 45,
      requestsSent: 0,
      requestsPending: 0,
      lastSuggestedAt: null,
    });

    const suggest = (body: object, id = mentee.user.id) =>
      t.http.post(`/api/admin/waiting/${id}/suggestions`).set(auth(admin)).send(body);
    const unlisted = await members.mentee();
    const refused = await suggest({ mentorIds: [mentors[0]?.user.id, unlisted.user.id] }).expect(
      400,
    );
    expect(refused.body.error.details).toEqual([
      expect.objectContaining({ field: '/mentorIds/1', rule: 'not_listed' }),
    ]);
    await suggest({ mentorIds: [] }).expect(400);
    await suggest({ mentorIds: mentors.map((m) => m.user.id) }, mentors[0]?.user.id).expect(404);

    await suggest({
      mentorIds: mentors.map((m) => m.user.id),
      note: '  Jeg tror, Lone kan hjælpe dig med dit CV.  ',
    }).expect(204);
    const [suggestion] = await told(mentee, 'mentors_suggested');
    expect(suggestion?.params.note).toBe('Jeg tror, Lone kan hjælpe dig med dit CV.');
    expect(suggestion?.params.mentors?.map((m) => m.id)).toEqual(mentors.map((m) => m.user.id));
    const queued = await t.app.db
      .select({ id: emailOutbox.id })
      .from(emailOutbox)
      .innerJoin(notifications, eq(notifications.id, emailOutbox.notificationId))
      .where(
        and(eq(notifications.userId, mentee.user.id), eq(notifications.kind, 'mentors_suggested')),
      );
    expect(queued).toHaveLength(1);
    const after = (await waiting()).list.items.find((item) => item.id === mentee.user.id);
    expect(after?.lastSuggestedAt).not.toBeNull();
    const audit = await t.http.get('/api/admin/audit').set(auth(admin)).expect(200);
    expect(audit.body.entries[0]).toMatchObject({ action: 'mentee.suggest' });
  });
});

describe('an introduction', () => {
  async function opened() {
    const mentee = await members.mentee();
    const mentor = await members.mentor();
    const request = await asked(t, mentee, mentor);
    await move(t, mentor, request.id, 'accept').expect(200);
    const [row] = await t.app.db
      .select()
      .from(introductions)
      .where(eq(introductions.requestId, request.id));
    return { mentee, mentor, id: row?.id ?? '' };
  }

  it('asks "did you meet?" on day 14, only whoever has not answered, once', async () => {
    const { mentee, mentor, id } = await opened();
    await t.http.post(`/api/introductions/${id}/confirm`).set(auth(mentee)).send({}).expect(200);
    t.clock.advance(days(rules.introductionReminderDays) - 1000);
    await run();
    expect(await told(mentor, 'introduction_reminder')).toEqual([]);
    t.clock.advance(1000);
    await run();
    await run();
    expect(await told(mentor, 'introduction_reminder')).toEqual([
      { params: { name: 'Amina' }, link: `/introductions/${id}` },
    ]);
    expect(await told(mentee, 'introduction_reminder')).toEqual([]);
  });

  it('lapses on day 28, freeing the mentor’s seat, and tells both', async () => {
    const { mentee, mentor, id } = await opened();
    t.clock.advance(days(rules.introductionLapseDays) - 1000);
    await run();
    expect(
      (await t.app.db.select().from(introductions).where(eq(introductions.id, id)))[0]?.status,
    ).toBe('open');
    t.clock.advance(1000);
    await run();
    const [row] = await t.app.db.select().from(introductions).where(eq(introductions.id, id));
    expect(row?.status).toBe('lapsed');
    const [seats] = await t.app.db
      .select({ taken: mentorProfiles.seatsTaken })
      .from(mentorProfiles)
      .where(eq(mentorProfiles.userId, mentor.user.id));
    expect(seats?.taken).toBe(0);
    expect(await told(mentee, 'introduction_lapsed')).toHaveLength(1);
    expect(await told(mentor, 'introduction_lapsed')).toHaveLength(1);
  });
});

describe('a mentorship', () => {
  it('that goes quiet reminds both once per quiet spell, and coordinators see it', async () => {
    const { mentee, mentor, id } = await startedMentorship(t, members);
    t.clock.advance(days(rules.quietDays));
    await run();
    expect(await told(mentee, 'mentorship_quiet')).toEqual([]);
    t.clock.advance(days(1));
    await run();
    await run();
    expect(await told(mentee, 'mentorship_quiet')).toEqual([
      { params: { name: 'Amina', days: 30 }, link: `/mentorships/${id}` },
    ]);
    expect(await told(mentor, 'mentorship_quiet')).toHaveLength(1);
    const admin = await createAdminAndLogin(t);
    const quiet = await t.http
      .get('/api/admin/mentorships?quiet=true')
      .set(auth(admin))
      .expect(200);
    expect((quiet.body.items as Mentorship[]).find((m) => m.id === id)?.quiet).toBe(true);

    // They meet and write it down; a new quiet spell later brings one new reminder.
    const today = t.clock.now().toISOString().slice(0, 10);
    await t.http
      .post(`/api/mentorships/${id}/logs`)
      .set(auth(await relogin(t, mentee)))
      .send({ date: today, minutes: 60, topics: ['cv'] })
      .expect(201);
    t.clock.advance(days(rules.quietDays + 1));
    await run();
    await run();
    expect(await told(mentee, 'mentorship_quiet')).toHaveLength(2);
    expect(await told(mentor, 'mentorship_quiet')).toHaveLength(2);
  });

  it('tells both two weeks before its planned end, once', async () => {
    const { mentee, mentor, id } = await startedMentorship(t, members);
    const row = (await t.http.get(`/api/mentorships/${id}`).set(auth(mentee)).expect(200))
      .body as Mentorship;
    const plannedEnd = new Date(`${row.plannedEnd}T00:00:00Z`).getTime();
    const until = plannedEnd - days(rules.endingSoonDays);
    t.clock.advance(until - t.clock.now().getTime() - days(1));
    await run();
    expect(await told(mentee, 'mentorship_ending_soon')).toEqual([]);
    t.clock.advance(days(1));
    await run();
    await run();
    expect(await told(mentee, 'mentorship_ending_soon')).toEqual([
      { params: { name: 'Amina', date: row.plannedEnd }, link: `/mentorships/${id}` },
    ]);
    expect(await told(mentor, 'mentorship_ending_soon')).toHaveLength(1);
  });
});
