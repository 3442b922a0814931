import type { Introduction, MatchRequest, MatchRequestList } from '@mentorbro/core/requests';
import {
  canMove,
  REQUEST_STATUSES,
  REQUEST_TRANSITIONS,
  type RequestStatus,
} from '@mentorbro/core/states';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchEvents, matchRequests, mentorProfiles } from '../../../src/db/schema';
import { auth, type Member } from '../../helpers/profiles';
import { ask, asked, membersOf, move, relogin } from '../../helpers/requests';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let members: ReturnType<typeof membersOf>;
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  t = await createTestApp();
  members = membersOf(t);
});
afterAll(() => t.close());

const readRequest = async (member: Member, id: string) =>
  (await t.http.get(`/api/requests/${id}`).set(auth(member)).expect(200)).body as MatchRequest;

/** A request brought into `status` the way members would, between a fresh pair. */
async function requestIn(status: RequestStatus) {
  const mentee = await members.mentee();
  const mentor = await members.mentor();
  const request = await asked(t, mentee, mentor);
  if (status === 'accepted') await move(t, mentor, request.id, 'accept').expect(200);
  if (status === 'declined') await move(t, mentor, request.id, 'decline').expect(200);
  if (status === 'withdrawn') await move(t, mentee, request.id, 'withdraw').expect(200);
  if (status === 'expired') {
    await t.app.db
      .update(matchRequests)
      .set({ createdAt: new Date(t.clock.now().getTime() - 15 * DAY) })
      .where(eq(matchRequests.id, request.id));
  }
  expect((await readRequest(mentee, request.id)).status).toBe(status);
  return { mentee, mentor, request };
}

describe('POST /api/requests', () => {
  it('sends her request to the mentor, who may read her profile from then on', async () => {
    const mentee = await members.mentee();
    const mentor = await members.mentor();
    await t.http.get(`/api/mentees/${mentee.user.id}`).set(auth(mentor)).expect(404);
    const request = await asked(t, mentee, mentor);
    expect(request).toMatchObject({
      status: 'pending',
      mentee: { id: mentee.user.id },
      mentor: { id: mentor.user.id },
      introductionId: null,
    });
    expect(Date.parse(request.expiresAt ?? '') - Date.parse(request.createdAt)).toBe(14 * DAY);
    const incoming = await t.http.get('/api/requests').set(auth(mentor)).expect(200);
    expect((incoming.body as MatchRequestList).items.map((item) => item.id)).toEqual([request.id]);
    await t.http.get(`/api/mentees/${mentee.user.id}`).set(auth(mentor)).expect(200);
    // Nobody else reads it.
    const stranger = await members.mentor();
    await t.http.get(`/api/requests/${request.id}`).set(auth(stranger)).expect(404);
    await t.http.get(`/api/mentees/${mentee.user.id}`).set(auth(stranger)).expect(404);
  });

  it('refuses a message shorter than 20 characters or longer than 2,000', async () => {
    const mentee = await members.mentee();
    const mentor = await members.mentor();
    await ask(t, mentee, mentor.user.id, { message: 'Hej, vil du?' }).expect(400);
    await ask(t, mentee, mentor.user.id, { message: 'x'.repeat(2001) }).expect(400);
  });

  describe('refuses with 409 and a reason', () => {
    it('too_many_open_requests: the programme allows three open at once', async () => {
      const mentee = await members.mentee();
      for (let i = 0; i < 3; i++) await asked(t, mentee, await members.mentor());
      const res = await ask(t, mentee, (await members.mentor()).user.id).expect(409);
      expect(res.body.error.code).toBe('too_many_open_requests');
    });

    it('already_requested: one open request to the same mentor', async () => {
      const mentee = await members.mentee();
      const mentor = await members.mentor();
      await asked(t, mentee, mentor);
      const res = await ask(t, mentee, mentor.user.id).expect(409);
      expect(res.body.error.code).toBe('already_requested');
    });

    it('recently_declined: not the same mentor again within 90 days', async () => {
      const { mentee, mentor, request } = await requestIn('declined');
      // She reads the mentor's words, if any, never the reason code.
      expect(await readRequest(mentee, request.id)).toMatchObject({ declineReason: null });
      expect(await readRequest(mentor, request.id)).toMatchObject({ declineReason: 'no_time' });
      const res = await ask(t, mentee, mentor.user.id).expect(409);
      expect(res.body.error.code).toBe('recently_declined');
      t.clock.advance(91 * DAY);
      await ask(t, await relogin(t, mentee), mentor.user.id).expect(201);
    });

    it('mentor_paused and mentor_full', async () => {
      const mentee = await members.mentee();
      const paused = await members.mentor({ paused: true });
      expect((await ask(t, mentee, paused.user.id).expect(409)).body.error.code).toBe(
        'mentor_paused',
      );
      const full = await members.mentor({ capacity: 1 });
      const first = await asked(t, await members.mentee(), full);
      await move(t, full, first.id, 'accept').expect(200);
      expect((await ask(t, mentee, full.user.id).expect(409)).body.error.code).toBe('mentor_full');
    });

    it('in_mentorship: one mentor at a time where the programme says so', async () => {
      const { mentee, mentor, request } = await requestIn('accepted');
      const { introductionId } = await readRequest(mentee, request.id);
      for (const member of [mentee, mentor]) {
        await t.http
          .post(`/api/introductions/${introductionId}/confirm`)
          .set(auth(member))
          .expect(200);
      }
      const res = await ask(t, mentee, (await members.mentor()).user.id).expect(409);
      expect(res.body.error.code).toBe('in_mentorship');
    });

    it('profile_not_approved: her profile must be approved before she asks', async () => {
      const mentor = await members.mentor();
      const { memberWithProfile } = await import('../../helpers/profiles');
      const waiting = await memberWithProfile(t, 'mentee');
      const res = await ask(t, waiting, mentor.user.id).expect(409);
      expect(res.body.error.code).toBe('profile_not_approved');
    });

    it('404 for a mentor she cannot see', async () => {
      const mentee = await members.mentee();
      await ask(t, mentee, mentee.user.id).expect(404);
      await ask(t, mentee, '00000000-0000-4000-8000-000000000000').expect(404);
    });
  });
});

describe('request moves follow core’s state machine', () => {
  const moves = [
    { action: 'accept', to: 'accepted' },
    { action: 'decline', to: 'declined' },
    { action: 'withdraw', to: 'withdrawn' },
  ] as const;
  const cases = REQUEST_STATUSES.flatMap((from) =>
    moves.flatMap(({ action, to }) =>
      (['mentee', 'mentor'] as const).map((actor) => ({
        from,
        action,
        actor,
        allowed: canMove(REQUEST_TRANSITIONS, from, to, actor),
      })),
    ),
  );

  it('allows exactly the moves in the table: accept and decline by her mentor, withdraw by her', () => {
    expect(cases.filter((c) => c.allowed).map((c) => `${c.action} by ${c.actor}`)).toEqual([
      'accept by mentor',
      'decline by mentor',
      'withdraw by mentee',
    ]);
  });

  it.each(cases)(
    '$action by the $actor of a $from request: allowed $allowed',
    async ({ from, action, actor, allowed }) => {
      const pair = await requestIn(from);
      const res = await move(t, pair[actor], pair.request.id, action);
      expect(res.status).toBe(allowed ? 200 : 409);
      if (!allowed) expect(res.body.error.code).toBe('invalid_transition');
    },
  );
});

describe('expiry', () => {
  it('reads a request past the programme’s days as expired before any job marks it', async () => {
    let mentee = await members.mentee();
    let mentor = await members.mentor();
    const request = await asked(t, mentee, mentor);
    t.clock.advance(14 * DAY - 1000);
    [mentee, mentor] = [await relogin(t, mentee), await relogin(t, mentor)];
    expect((await readRequest(mentor, request.id)).status).toBe('pending');
    t.clock.advance(1000);
    expect(await readRequest(mentor, request.id)).toMatchObject({
      status: 'expired',
      expiresAt: null,
    });
    // An expired request no longer shows her profile.
    await t.http.get(`/api/mentees/${mentee.user.id}`).set(auth(mentor)).expect(404);
    const expired = await t.http.get('/api/requests?status=expired').set(auth(mentee)).expect(200);
    expect((expired.body as MatchRequestList).items.map((item) => item.id)).toContain(request.id);
    const pending = await t.http.get('/api/requests?status=pending').set(auth(mentee)).expect(200);
    expect((pending.body as MatchRequestList).items).toEqual([]);
    // And it no longer counts: she may ask the same mentor again.
    await ask(t, mentee, mentor.user.id).expect(201);
  });
});

describe('accepting', () => {
  it('opens an introduction where each sees only the contact details the other shared', async () => {
    const mentee = await members.mentee();
    const mentor = await members.mentor();
    const request = await asked(t, mentee, mentor);
    expect(JSON.stringify(await readRequest(mentor, request.id))).not.toContain('12 34 56 78');
    await t.http
      .post(`/api/requests/${request.id}/accept`)
      .set(auth(mentor))
      .send({ contact: { email: false, phone: '+45 87 65 43 21' } })
      .expect(200);
    const { introductionId } = await readRequest(mentee, request.id);
    for (const member of [mentee, mentor]) {
      const res = await t.http
        .get(`/api/introductions/${introductionId}`)
        .set(auth(member))
        .expect(200);
      const introduction = res.body as Introduction;
      expect(introduction.status).toBe('open');
      expect(introduction.mentee.contact).toEqual({
        email: mentee.email,
        phone: '+45 12 34 56 78',
      });
      expect(introduction.mentor.contact).toEqual({ phone: '+45 87 65 43 21' });
    }
    await t.http
      .get(`/api/introductions/${introductionId}`)
      .set(auth(await members.mentee()))
      .expect(404);
  });

  it('withdraws her other pending requests, saying it was automatic, and takes a seat', async () => {
    const mentee = await members.mentee();
    const chosen = await members.mentor({ capacity: 2 });
    const other = await members.mentor();
    const first = await asked(t, mentee, chosen);
    const second = await asked(t, mentee, other);
    await move(t, chosen, first.id, 'accept').expect(200);
    expect(await readRequest(other, second.id)).toMatchObject({
      status: 'withdrawn',
      withdrawnAutomatically: true,
    });
    const [seats] = await t.app.db
      .select({ taken: mentorProfiles.seatsTaken })
      .from(mentorProfiles)
      .where(eq(mentorProfiles.userId, chosen.user.id));
    expect(seats?.taken).toBe(1);
    const events = await t.app.db
      .select({ type: matchEvents.type })
      .from(matchEvents)
      .where(eq(matchEvents.requestId, second.id));
    expect(events.map((e) => e.type)).toEqual([
      'request_received',
      'request_withdrawn_automatically',
    ]);
  });

  it('gives a mentor’s last seat to exactly one of many accepts at once', async () => {
    const mentor = await members.mentor({ capacity: 1 });
    const requests: MatchRequest[] = [];
    for (let i = 0; i < 6; i++) requests.push(await asked(t, await members.mentee(), mentor));
    const answers = await Promise.all(
      requests.map((request) => move(t, mentor, request.id, 'accept')),
    );
    const statuses = answers.map((res) => res.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409, 409, 409]);
    for (const res of answers.filter((r) => r.status === 409)) {
      expect(res.body.error.code).toBe('mentor_full');
    }
    const listed = await t.http.get('/api/requests?status=accepted').set(auth(mentor)).expect(200);
    expect((listed.body as MatchRequestList).items).toHaveLength(1);
  });
});
