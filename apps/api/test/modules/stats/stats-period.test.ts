import type { Stats } from '@mentorbro/core/stats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssuedSession } from '../../../src/modules/auth/auth.service';
import { registerAndLogin } from '../../helpers/accounts';
import { auth } from '../../helpers/profiles';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { statsFixture } from './stats-fixture';

// The periods asked for, on the fixture of stats-fixture.ts (today is 2026-06-15).
let t: TestApp;
let coordinator: IssuedSession;

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await statsFixture(t);
});
afterAll(() => t.close());

const stats = async (query: Record<string, string> = {}) =>
  (await t.http.get('/api/admin/stats').query(query).set(auth(coordinator)).expect(200))
    .body as Stats;
const ZERO_MONTH = { matches: 0, meetings: 0 };

describe('the edges of a period', () => {
  // 2025-10-05..2026-01-10: survey answers count by month, 2025-10 to 2026-01.
  const edge = { from: '2025-10-05', to: '2026-01-10' };

  it('counts what happened on its first and last day, and not the day before or after', async () => {
    const body = await stats(edge);
    expect(body.period).toEqual({ ...edge, region: null });
    expect(body.funnel).toEqual({
      // M3 at 00:00:00 on the first day, M4, M5 at 23:59:59 on the last day;
      // not M11 (a second before) nor M12 (midnight after).
      registered: 3,
      approved: 3, // M5's approval came the day after: approved up to today counts
      firstRequest: 3,
      firstMatch: 2, // M3, and M5 whose yes came after the period
      acceptanceRate: 1 / 2, // r4 accepted, r6 expired; r5 withdrawn is left out
      medianDaysToMatch: 8.5, // (3 + 14) / 2
      requestsSent: 3, // r4 r5 r6
      requestsAccepted: 1,
      requestsDeclined: 0,
      requestsExpired: 1,
    });
    // Running today among those begun by 2026-01-10: A2 A3 A5 (A7 began later).
    expect(body.mentorships).toEqual({ active: 3, quiet: 1, completed: 0, endedEarly: 0 });
    expect(body.months).toEqual([
      { month: '2025-10', matches: 1, meetings: 1 }, // A3; A2 10-15 but not 10-04
      { month: '2025-11', matches: 0, meetings: 1 }, // A3 11-05
      { month: '2025-12', ...ZERO_MONTH },
      { month: '2026-01', matches: 0, meetings: 1 }, // A1 01-10, not 01-11
    ]);
    // h3 h4 h5 h6 s1 s2 by month, not h2 (2025-08) nor s3 (2026-02). A share needs 5 who
    // ticked it and 5 who did not, so 6 answers show none: job h5 s1 (2), education h3 (1),
    // Danish h3 h4 s2 (3), goals h4 (1), the rest none; satisfied h4 s1 s2 of 5 who rated.
    expect(body.outcomes).toEqual({
      answers: 6,
      shares: {
        job: null,
        education: null,
        internship: null,
        better_danish: null,
        bigger_network: null,
        clearer_goals: null,
        more_confidence: null,
      },
      satisfied: null,
    });
  });

  it('leaves withdrawn requests out of the acceptance rate', async () => {
    // Only M4's withdrawn r5 and expired r6 were sent in November 2025.
    const { funnel } = await stats({ from: '2025-11-01', to: '2025-11-30' });
    expect(funnel).toMatchObject({ requestsSent: 2, requestsExpired: 1, acceptanceRate: 0 });
    // Only her pending r7 in June 2026: nothing answered, no rate.
    const june = await stats({ from: '2026-06-01', to: '2026-06-15' });
    expect(june.funnel).toMatchObject({ requestsSent: 1, acceptanceRate: null });
  });
});

describe('who may ask, and what', () => {
  it('refuses a period that ends before it starts, or spans more than 5 years', async () => {
    for (const query of [
      { from: '2026-02-01', to: '2026-01-31' },
      { from: '2021-01-01', to: '2026-01-02' },
      { from: '2026-07-01' }, // after today, the default end
    ]) {
      const res = await t.http.get('/api/admin/stats').query(query).set(auth(coordinator));
      expect(res.status).toBe(400);
      expect(res.body.error.details).toEqual([
        expect.objectContaining({ field: '/from', rule: 'range' }),
      ]);
    }
    const five = await stats({ from: '2021-01-02', to: '2026-01-02' });
    expect(five.months).toHaveLength(61);
  });

  it('refuses a period that starts before 2000, which the database could not even read', async () => {
    for (const query of [
      { from: '0000-01-01', to: '0001-01-01' },
      { to: '0001-01-01' },
      { from: '1999-12-31', to: '2000-06-30' },
    ]) {
      const res = await t.http.get('/api/admin/stats').query(query).set(auth(coordinator));
      expect(res.status, JSON.stringify(query)).toBe(400);
      expect(res.body.error.details).toEqual([
        expect.objectContaining({ field: '/from', rule: 'range' }),
      ]);
    }
    const first = await stats({ from: '2000-01-01', to: '2000-06-30' });
    expect(first.months).toHaveLength(6);
  });

  it('refuses dates that are not dates and regions that do not exist', async () => {
    for (const query of [{ from: '2026-02-30' }, { to: 'yesterday' }, { region: 'skåne' }]) {
      await t.http.get('/api/admin/stats').query(query).set(auth(coordinator)).expect(400);
    }
  });

  it('is for coordinators only', async () => {
    const mentee = await registerAndLogin(t, { role: 'mentee' });
    const forbidden = await t.http.get('/api/admin/stats').set(auth(mentee)).expect(403);
    expect(forbidden.body.error.code).toBe('forbidden');
    const anonymous = await t.http.get('/api/admin/stats').expect(401);
    expect(anonymous.body.error.code).toBe('unauthorized');
  });
});
