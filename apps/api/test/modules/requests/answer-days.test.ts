import { DEFAULT_PROGRAMME_RULES } from '@mentorbro/core/programme';
import type { MentorPage } from '@mentorbro/core/search';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchRequests, users } from '../../../src/db/schema';
import { eq } from 'drizzle-orm';
import { refreshAnswerDays } from '../../../src/modules/requests/answer-days';
import { insertMember } from '../../helpers/admin';
import { auth, type Member } from '../../helpers/profiles';
import { ask, asked, membersOf, move, relogin } from '../../helpers/requests';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let members: ReturnType<typeof membersOf>;
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const EXPIRY_DAYS = DEFAULT_PROGRAMME_RULES.requestExpiryDays;

beforeAll(async () => {
  t = await createTestApp();
  members = membersOf(t);
});
afterAll(() => t.close());

/** Her number as her page shows it (a coordinator may read any mentor's page). */
async function answerDaysOf(mentor: Member): Promise<number | null> {
  const res = await t.http
    .get(`/api/mentors/${mentor.user.id}`)
    .set(auth(await members.coordinator()))
    .expect(200);
  return (res.body as MentorPage).answerDays;
}

/** The mentor answers after the clock has moved: a fresh session, as she would log in again. */
const answer = async (mentor: Member, requestId: string, action: 'accept' | 'decline') =>
  move(t, await relogin(t, mentor), requestId, action).expect(200);

describe('answer days on a mentor’s page', () => {
  it('is the median of her answers in whole days, rounded up; nothing under two', async () => {
    const mentor = await members.mentor({ capacity: 3 });
    expect(await answerDaysOf(mentor)).toBeNull();

    const first = await asked(t, await members.mentee(), mentor);
    t.clock.advance(2 * HOUR);
    await answer(mentor, first.id, 'decline');
    // One answer says too little.
    expect(await answerDaysOf(mentor)).toBeNull();

    const second = await asked(t, await members.mentee(), mentor);
    t.clock.advance(3 * DAY + HOUR);
    await answer(mentor, second.id, 'decline');
    // The median of 2 h and 73 h is 37.5 h: within 2 days.
    expect(await answerDaysOf(mentor)).toBe(2);

    const third = await asked(t, await members.mentee(), mentor);
    t.clock.advance(5 * DAY);
    await answer(mentor, third.id, 'accept');
    // 2 h, 73 h, 120 h: the median is 73 h, just over 3 days.
    expect(await answerDaysOf(mentor)).toBe(4);
  });

  it('counts an answer within the day as one day', async () => {
    const mentor = await members.mentor();
    for (const minutes of [5, 20 * 60]) {
      const request = await asked(t, await members.mentee(), mentor);
      t.clock.advance(minutes * 60_000);
      await answer(mentor, request.id, 'decline');
    }
    expect(await answerDaysOf(mentor)).toBe(1);
  });

  it('counts a request she let expire as the programme’s full days', async () => {
    const mentor = await members.mentor();
    const other = await members.mentor();
    const quick = await asked(t, await members.mentee(), mentor);
    t.clock.advance(HOUR);
    await answer(mentor, quick.id, 'decline');

    const ignoredBy = await members.mentee();
    await asked(t, ignoredBy, mentor);
    t.clock.advance((EXPIRY_DAYS + 1) * DAY);
    // Her next request marks the old one expired, as the scheduler would.
    await ask(t, await relogin(t, ignoredBy), other.user.id).expect(201);
    // The scheduler refreshes her number after expiring requests: 1 h and the full days.
    await refreshAnswerDays(t.app.db, mentor.user.id);
    expect(await answerDaysOf(mentor)).toBe(Math.ceil((EXPIRY_DAYS * DAY + HOUR) / 2 / DAY));

    const slow = await asked(t, await members.mentee(), mentor);
    t.clock.advance(2 * DAY + HOUR);
    await answer(mentor, slow.id, 'decline');
    // 1 h, 49 h and the expiry: 49 h, 3 days. Leaving the expired one out would give 2.
    expect(await answerDaysOf(mentor)).toBe(3);
  });

  it('takes her last ten outcomes only, and never a request the mentee withdrew', async () => {
    const mentor = await members.mentor();
    const mentee = await insertMember(t, { name: 'Hana Ali' });
    const [row] = await t.app.db
      .select({ programmeId: users.programmeId })
      .from(users)
      .where(eq(users.id, mentor.user.id));
    const start = t.clock.now().getTime() - 200 * DAY;
    const outcome = (
      at: number,
      took: number,
      status: 'declined' | 'withdrawn',
    ): typeof matchRequests.$inferInsert => ({
      programmeId: row?.programmeId ?? '',
      menteeId: mentee.id,
      mentorId: mentor.user.id,
      status,
      message: 'Jeg vil gerne høre om dit arbejde.',
      goals: ['job_search'],
      menteeContact: { email: true },
      createdAt: new Date(at),
      answeredAt: new Date(at + took),
      declineReason: status === 'declined' ? 'no_time' : null,
    });
    await t.app.db.insert(matchRequests).values([
      // Six slow answers long ago, then five quick ones, then two quick withdrawals.
      ...Array.from({ length: 6 }, (_, i) => outcome(start + i * 10 * DAY, 5 * DAY, 'declined')),
      ...Array.from({ length: 5 }, (_, i) => outcome(start + (70 + i) * DAY, HOUR, 'declined')),
      ...Array.from({ length: 2 }, (_, i) => outcome(start + (80 + i) * DAY, HOUR, 'withdrawn')),
    ]);
    await refreshAnswerDays(t.app.db, mentor.user.id);
    // The last ten: five quick, five slow; the median (1 h + 5 days) / 2 is within 3 days.
    // All eleven would give 5; counting the withdrawals, 1.
    expect(await answerDaysOf(mentor)).toBe(3);
  });
});
