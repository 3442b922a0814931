import { DEFAULT_PROGRAMME_RULES } from '@mentorbro/core/programme';
import type { Introduction, MatchRequest } from '@mentorbro/core/requests';
import {
  canMove,
  INTRODUCTION_STATUSES,
  INTRODUCTION_TRANSITIONS,
  type IntroductionStatus,
} from '@mentorbro/core/states';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { introductions, mentorProfiles, mentorships } from '../../../src/db/schema';
import { auth, type Member } from '../../helpers/profiles';
import { asked, membersOf, move, relogin, requestBody } from '../../helpers/requests';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let members: ReturnType<typeof membersOf>;
const DAY = 24 * 60 * 60 * 1000;
const LAPSE_DAYS = DEFAULT_PROGRAMME_RULES.introductionLapseDays;

beforeAll(async () => {
  t = await createTestApp();
  members = membersOf(t);
});
afterAll(() => t.close());

const answer = (member: Member, id: string, action: 'confirm' | 'decline') =>
  t.http.post(`/api/introductions/${id}/${action}`).set(auth(member)).send({});

const read = async (member: Member, id: string) =>
  (await t.http.get(`/api/introductions/${id}`).set(auth(member)).expect(200)).body as Introduction;

const seatsTaken = async (mentor: Member) =>
  (
    await t.app.db
      .select({ taken: mentorProfiles.seatsTaken })
      .from(mentorProfiles)
      .where(eq(mentorProfiles.userId, mentor.user.id))
  )[0]?.taken;

/** An accepted request's introduction, brought into `status` as the members would. */
async function introductionIn(status: IntroductionStatus) {
  const mentee = await members.mentee();
  const mentor = await members.mentor();
  const request = await asked(t, mentee, mentor);
  await move(t, mentor, request.id, 'accept').expect(200);
  const { introductionId } = (
    await t.http.get(`/api/requests/${request.id}`).set(auth(mentee)).expect(200)
  ).body as MatchRequest;
  const id = introductionId ?? '';
  if (status === 'confirmed') {
    await answer(mentee, id, 'confirm').expect(200);
    await answer(mentor, id, 'confirm').expect(200);
  }
  if (status === 'declined') await answer(mentee, id, 'decline').expect(200);
  if (status === 'lapsed') {
    await t.app.db
      .update(introductions)
      .set({ openedAt: new Date(t.clock.now().getTime() - (LAPSE_DAYS + 1) * DAY) })
      .where(eq(introductions.id, id));
  }
  expect((await read(mentee, id)).status).toBe(status);
  return { mentee, mentor, id };
}

describe('after the first meeting', () => {
  it('starts the mentorship when both say "let’s continue", not before', async () => {
    const { mentee, mentor, id } = await introductionIn('open');
    const first = (await answer(mentee, id, 'confirm').expect(200)).body as Introduction;
    expect(first).toMatchObject({ status: 'open', myAnswer: 'continue', mentorshipId: null });
    // The mentor learns that she answered, not what.
    expect(await read(mentor, id)).toMatchObject({ myAnswer: null, otherAnswered: true });
    const second = (await answer(mentor, id, 'confirm').expect(200)).body as Introduction;
    expect(second.status).toBe('confirmed');
    const [mentorship] = await t.app.db
      .select()
      .from(mentorships)
      .where(eq(mentorships.introductionId, id));
    expect(mentorship).toMatchObject({
      id: second.mentorshipId,
      status: 'active',
      menteeId: mentee.user.id,
      mentorId: mentor.user.id,
      meetingsPerMonth: 2,
    });
    // Six months, the programme's default.
    const start = new Date(`${mentorship?.startDate ?? ''}T00:00:00Z`);
    start.setUTCMonth(start.getUTCMonth() + 6);
    expect(mentorship?.plannedEnd).toBe(start.toISOString().slice(0, 10));
    expect(await seatsTaken(mentor)).toBe(1);
  });

  it('refuses a second answer from the same member', async () => {
    const { mentee, id } = await introductionIn('open');
    await answer(mentee, id, 'confirm').expect(200);
    const res = await answer(mentee, id, 'confirm').expect(409);
    expect(res.body.error.code).toBe('invalid_transition');
  });

  it('ends kindly on one "not a match" and frees the seat', async () => {
    const { mentee, mentor, id } = await introductionIn('open');
    expect(await seatsTaken(mentor)).toBe(1);
    const res = await t.http
      .post(`/api/introductions/${id}/decline`)
      .set(auth(mentor))
      .send({ note: 'Vi talte ikke samme sprog godt nok.' })
      .expect(200);
    expect((res.body as Introduction).status).toBe('declined');
    expect(await seatsTaken(mentor)).toBe(0);
    // She may ask someone new at once.
    await asked(t, mentee, await members.mentor());
  });

  it('reads an introduction nobody answered in the programme’s days as lapsed', async () => {
    const { mentee: asking, id } = await introductionIn('open');
    t.clock.advance(LAPSE_DAYS * DAY - 1000);
    const mentee = await relogin(t, asking);
    expect((await read(mentee, id)).status).toBe('open');
    t.clock.advance(1000);
    expect((await read(mentee, id)).status).toBe('lapsed');
    expect((await answer(mentee, id, 'confirm').expect(409)).body.error.code).toBe(
      'invalid_transition',
    );
  });

  it('holds her while it is open, and lets her ask again once it lapsed, freeing the seat', async () => {
    const { mentee: asking, mentor, id } = await introductionIn('open');
    const next = await members.mentor();
    const res = await t.http
      .post('/api/requests')
      .set(auth(asking))
      .send(requestBody(next.user.id))
      .expect(409);
    expect(res.body.error.code).toBe('in_mentorship');
    t.clock.advance(LAPSE_DAYS * DAY);
    const mentee = await relogin(t, asking);
    await t.http
      .post('/api/requests')
      .set(auth(mentee))
      .send(requestBody(next.user.id))
      .expect(201);
    expect((await read(mentee, id)).status).toBe('lapsed');
    expect(await seatsTaken(mentor)).toBe(0);
  });

  it('is for the two members and coordinators; anyone else gets 404', async () => {
    const { id } = await introductionIn('open');
    await t.http
      .get(`/api/introductions/${id}`)
      .set(auth(await members.coordinator()))
      .expect(200);
    await t.http
      .get(`/api/introductions/${id}`)
      .set(auth(await members.mentor()))
      .expect(404);
    await answer(await members.mentee(), id, 'confirm').expect(404);
  });
});

describe('introduction moves follow core’s state machine', () => {
  const cases = INTRODUCTION_STATUSES.flatMap((from) =>
    (['confirm', 'decline'] as const).flatMap((action) =>
      (['mentee', 'mentor'] as const).map((actor) => ({
        from,
        action,
        actor,
        allowed: canMove(
          INTRODUCTION_TRANSITIONS,
          from,
          action === 'confirm' ? 'confirmed' : 'declined',
          actor,
        ),
      })),
    ),
  );

  it.each(cases)(
    '$action by the $actor of a $from introduction: allowed $allowed',
    async ({ from, action, actor, allowed }) => {
      const found = await introductionIn(from);
      const res = await answer(found[actor], found.id, action);
      expect(res.status).toBe(allowed ? 200 : 409);
    },
  );
});
