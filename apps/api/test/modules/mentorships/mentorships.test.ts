import type {
  MeetingLog,
  MeetingLogBody,
  Mentorship,
  MentorshipList,
} from '@mentorbro/core/mentorship';
import { canMove, MENTORSHIP_STATUSES, MENTORSHIP_TRANSITIONS } from '@mentorbro/core/states';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, type Member } from '../../helpers/profiles';
import { ask, membersOf, relogin, startedMentorship } from '../../helpers/requests';
import { auditAbout } from '../../helpers/admin';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let members: ReturnType<typeof membersOf>;
const DAY = 24 * 60 * 60 * 1000;
const today = () => t.clock.now().toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestApp();
  members = membersOf(t);
});
afterAll(() => t.close());

const meeting = (overrides: Partial<MeetingLogBody> = {}): MeetingLogBody => ({
  date: today(),
  minutes: 60,
  topics: ['cv', 'danish_practice'],
  notes: 'Vi gennemgik hendes CV.',
  nextSteps: 'Hun sender to ansøgninger.',
  ...overrides,
});

const logMeeting = (member: Member, id: string, body = meeting()) =>
  t.http.post(`/api/mentorships/${id}/logs`).set(auth(member)).send(body);

describe('a mentorship', () => {
  it('is seen by its two members and coordinators, and nobody else', async () => {
    const { mentee, mentor, id } = await startedMentorship(t, members);
    for (const member of [mentee, mentor, await members.coordinator()]) {
      const res = await t.http.get(`/api/mentorships/${id}`).set(auth(member)).expect(200);
      expect((res.body as Mentorship).status).toBe('active');
    }
    await t.http
      .get(`/api/mentorships/${id}`)
      .set(auth(await members.mentee()))
      .expect(404);
    await t.http
      .get(`/api/mentorships/${id}/logs`)
      .set(auth(await members.mentor()))
      .expect(404);
    const mine = await t.http.get('/api/mentorships').set(auth(mentee)).expect(200);
    expect((mine.body as MentorshipList).items.map((m) => m.id)).toEqual([id]);
  });

  it('keeps a meeting log both members and coordinators read', async () => {
    const { mentee, mentor, id } = await startedMentorship(t, members);
    const written = (await logMeeting(mentor, id).expect(201)).body as MeetingLog;
    expect(written.editableUntil).not.toBeNull();
    await logMeeting(mentee, id, meeting({ topics: ['job_search'], notes: undefined })).expect(201);
    for (const member of [mentee, mentor, await members.coordinator()]) {
      const res = await t.http.get(`/api/mentorships/${id}/logs`).set(auth(member)).expect(200);
      expect((res.body as { items: MeetingLog[] }).items).toHaveLength(2);
    }
    const read = await t.http.get(`/api/mentorships/${id}`).set(auth(mentee)).expect(200);
    expect((read.body as Mentorship).lastLogDate).toBe(today());
  });

  it('refuses a meeting before the start or in the future, and bad minutes or topics', async () => {
    const { mentee, id } = await startedMentorship(t, members);
    const tomorrow = new Date(t.clock.now().getTime() + DAY).toISOString().slice(0, 10);
    await logMeeting(mentee, id, meeting({ date: tomorrow })).expect(400);
    await logMeeting(mentee, id, meeting({ date: '2020-01-01' })).expect(400);
    await logMeeting(mentee, id, meeting({ minutes: 2 })).expect(400);
    await logMeeting(mentee, id, meeting({ topics: [] })).expect(400);
  });

  it('lets a log’s author change it for 7 days, and no one else ever', async () => {
    const { mentee, mentor, id } = await startedMentorship(t, members);
    const log = (await logMeeting(mentee, id).expect(201)).body as MeetingLog;
    const edit = (member: Member) =>
      t.http
        .put(`/api/mentorships/${id}/logs/${log.id}`)
        .set(auth(member))
        .send(meeting({ minutes: 90 }));
    expect((await edit(mentor).expect(409)).body.error.code).toBe('log_locked');
    t.clock.advance(7 * DAY - 1000);
    const [her, him] = [await relogin(t, mentee), await relogin(t, mentor)];
    expect(((await edit(her).expect(200)).body as MeetingLog).minutes).toBe(90);
    t.clock.advance(1000);
    const late = await relogin(t, her);
    expect((await edit(late).expect(409)).body.error.code).toBe('log_locked');
    // The other member sees it as not editable.
    const res = await t.http.get(`/api/mentorships/${id}/logs`).set(auth(him)).expect(200);
    expect((res.body as { items: MeetingLog[] }).items[0]?.editableUntil).toBeNull();
  });

  it('changes the planned end when one proposes and the other agrees', async () => {
    const { mentee, mentor, id } = await startedMentorship(t, members);
    const later = new Date(t.clock.now().getTime() + 300 * DAY).toISOString().slice(0, 10);
    const proposed = await t.http
      .post(`/api/mentorships/${id}/planned-end`)
      .set(auth(mentor))
      .send({ plannedEnd: later })
      .expect(200);
    expect((proposed.body as Mentorship).proposedEnd).toEqual({
      date: later,
      byId: mentor.user.id,
    });
    await t.http.post(`/api/mentorships/${id}/planned-end/agree`).set(auth(mentor)).expect(409);
    const agreed = await t.http
      .post(`/api/mentorships/${id}/planned-end/agree`)
      .set(auth(mentee))
      .expect(200);
    expect(agreed.body as Mentorship).toMatchObject({ plannedEnd: later, proposedEnd: null });
  });

  it('ends with an outcome; the seat is free and she may ask a new mentor', async () => {
    const { mentee, mentor, id } = await startedMentorship(t, members);
    const other = await members.mentor();
    expect((await ask(t, mentee, other.user.id).expect(409)).body.error.code).toBe('in_mentorship');
    await t.http
      .post(`/api/mentorships/${id}/end`)
      .set(auth(mentor))
      .send({ outcome: 'ended_early' })
      .expect(400);
    const ended = await t.http
      .post(`/api/mentorships/${id}/end`)
      .set(auth(mentor))
      .send({ outcome: 'job', note: 'Hun fik job som sygeplejerske.' })
      .expect(200);
    expect(ended.body as Mentorship).toMatchObject({ status: 'completed', outcome: 'job' });
    await ask(t, mentee, other.user.id).expect(201);
    await logMeeting(mentee, id).expect(409);
    const again = await t.http
      .post(`/api/mentorships/${id}/end`)
      .set(auth(mentee))
      .send({ outcome: 'job' })
      .expect(409);
    expect(again.body.error.code).toBe('invalid_transition');
  });

  it('may be ended early by a coordinator with a reason, which is audited', async () => {
    const { mentee, id } = await startedMentorship(t, members);
    const admin = await members.coordinator();
    await t.http
      .post(`/api/mentorships/${id}/end`)
      .set(auth(admin))
      .send({ outcome: 'ended_early', earlyReason: 'no_contact' })
      .expect(400);
    const res = await t.http
      .post(`/api/mentorships/${id}/end`)
      .set(auth(admin))
      .send({
        outcome: 'ended_early',
        earlyReason: 'no_contact',
        note: 'Ingen kontakt i to måneder.',
      })
      .expect(200);
    expect((res.body as Mentorship).status).toBe('ended_early');
    const audit = await auditAbout(t, admin, mentee.user.id);
    expect(audit.map((entry) => entry.action)).toContain('mentorship.end');
  });
});

describe('GET /api/admin/mentorships', () => {
  it('lists the quiet ones: active with no meeting logged for 30 days', async () => {
    const logged = await startedMentorship(t, members);
    const silent = await startedMentorship(t, members);
    await logMeeting(logged.mentee, logged.id).expect(201);
    t.clock.advance(20 * DAY);
    await logMeeting(await relogin(t, logged.mentee), logged.id).expect(201);
    t.clock.advance(11 * DAY);
    const admin = await members.coordinator();
    const quiet = await t.http
      .get('/api/admin/mentorships?quiet=true')
      .set(auth(admin))
      .expect(200);
    const ids = (quiet.body as MentorshipList).items.map((m) => m.id);
    expect(ids).toContain(silent.id);
    expect(ids).not.toContain(logged.id);
    const active = await t.http
      .get('/api/admin/mentorships?status=active')
      .set(auth(admin))
      .expect(200);
    expect((active.body as MentorshipList).items.map((m) => m.id)).toEqual(
      expect.arrayContaining([silent.id, logged.id]),
    );
    await t.http
      .get('/api/admin/mentorships')
      .set(auth(await relogin(t, silent.mentee)))
      .expect(403);
  });
});

describe('mentorship moves follow core’s state machine', () => {
  const ending = {
    completed: { outcome: 'closer_to_labour_market' },
    ended_early: { outcome: 'ended_early', earlyReason: 'moved' },
  } as const;
  const cases = MENTORSHIP_STATUSES.flatMap((from) =>
    (['completed', 'ended_early'] as const).flatMap((to) =>
      (['mentee', 'mentor', 'admin'] as const).map((actor) => ({
        from,
        to,
        actor,
        allowed: canMove(MENTORSHIP_TRANSITIONS, from, to, actor),
      })),
    ),
  );

  it.each(cases)(
    '$to by the $actor of a $from mentorship: allowed $allowed',
    async ({ from, to, actor, allowed }) => {
      const pair = await startedMentorship(t, members);
      const admin = await members.coordinator();
      const end = (who: { accessToken: string }, body: object) =>
        t.http.post(`/api/mentorships/${pair.id}/end`).set(auth(who)).send(body);
      if (from !== 'active') {
        await end(pair.mentor, ending[from]).expect(200);
      }
      const who = actor === 'admin' ? admin : pair[actor];
      const res = await end(who, { ...ending[to], note: 'Aftalt med begge.' });
      expect(res.status).toBe(allowed ? 200 : 409);
      const read = await t.http.get(`/api/mentorships/${pair.id}`).set(auth(admin)).expect(200);
      expect((read.body as Mentorship).status).toBe(allowed ? to : from);
    },
  );
});
