import type { MentorCard } from '@mentorbro/core/search';
import type { IntroductionList, MatchRequest } from '@mentorbro/core/requests';
import type { Stats } from '@mentorbro/core/stats';
import type { WaitingList } from '@mentorbro/core/notifications';
import { DEFAULT_SURVEYS } from '@mentorbro/core/survey-defaults';
import { answerProblems } from '@mentorbro/core/survey-rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../../src/db/client';
import { rowsOf } from '../../src/db/rows';
import {
  matchRequests,
  menteeProfiles,
  mentorLanguages,
  mentorProfiles,
  surveyInvitations,
} from '../../src/db/schema';
import { runScheduledWork } from '../../src/modules/reminders/scheduler';
import {
  countUsers,
  findUserByEmail,
  findUserById,
} from '../../src/modules/users/users.repository';
import { type DemoMentee, type DemoMentor, generateDemoPeople } from '../../src/demo/generator';
import {
  DEMO_ADMIN_EMAIL,
  DEMO_PASSWORD,
  DEMO_SIZE,
  loadDemoPeople,
  seedDemoIfEmpty,
} from '../../src/demo/seed-demo';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { requestBody } from '../helpers/requests';

let t: TestApp;
const messages: string[] = [];
const log = { info: (message: string) => messages.push(message) };
const demo = [...generateDemoPeople(DEMO_SIZE)];
const README_MENTEE = 'iryna.shevchenko.mentee12@demo.mentorbro.dk';
/** The first database's matches right after seeding, before the tests move anything. */
let seeded: Awaited<ReturnType<typeof matchCounts>> | undefined;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function statuses(db: Executor) {
  const byStatus = async (table: typeof mentorProfiles | typeof menteeProfiles) =>
    Object.fromEntries(
      (await db.select({ status: table.status, n: count() }).from(table).groupBy(table.status)).map(
        (row) => [row.status, row.n],
      ),
    );
  return {
    mentors: await byStatus(mentorProfiles),
    mentees: await byStatus(menteeProfiles),
    edits: await db.$count(mentorProfiles, isNotNull(mentorProfiles.pendingChanges)),
  };
}

/** What the demo's matches and their history add up to, by table and state. */
async function matchCounts(db: Executor) {
  const counted = async (query: ReturnType<typeof sql>) =>
    rowsOf<{ key: string; n: number }>(await db.execute(query));
  return {
    requests: await counted(sql`select status as key, count(*)::int as n from match_requests
      group by 1 order by 1`),
    mentorships: await counted(sql`select status || ':' || coalesce(outcome, '') as key,
      count(*)::int as n from mentorships group by 1 order by 1`),
    logs: await counted(sql`select to_char(date, 'YYYY-MM') as key, count(*)::int as n
      from meeting_logs group by 1 order by 1`),
    surveys: await counted(sql`select form || ':' || status as key, count(*)::int as n
      from survey_invitations group by 1 order by 1`),
  };
}

/** Mentors whose seat counter is not what they hold, or who hold more than they offer. */
async function seatMismatches(db: Executor) {
  return rowsOf<{ user_id: string }>(
    await db.execute(sql`
      select m.user_id from mentor_profiles m
      where m.seats_taken <> (select count(*) from mentorships s
          where s.mentor_id = m.user_id and s.status = 'active')
        + (select count(*) from introductions i
          where i.mentor_id = m.user_id and i.status = 'open')
        or m.seats_taken > m.capacity`),
  );
}

const login = async (email: string) =>
  (await t.http.post('/api/auth/login').send({ email, password: DEMO_PASSWORD }).expect(200))
    .body as { accessToken: string };
const bearer = (session: { accessToken: string }) => ({
  authorization: `Bearer ${session.accessToken}`,
});
const mentors = demo.filter((p): p is DemoMentor => p.role === 'mentor');
const mentees = demo.filter((p): p is DemoMentee => p.role === 'mentee');
function first<T>(people: T[], test: (person: T) => boolean): T {
  const found = people.find(test);
  if (!found) throw new Error('the demo has no such person');
  return found;
}

describe('demo data on an empty database', () => {
  it('loads 60 mentors, 80 mentees and a coordinator, and prints the login', async () => {
    expect(await seedDemoIfEmpty(t.app.db, log)).toBe(true);
    seeded = await matchCounts(t.app.db);
    expect(await countUsers(t.app.db)).toBe(141);
    expect(messages.join('\n')).toContain(DEMO_ADMIN_EMAIL);
    expect(messages.join('\n')).toContain(DEMO_PASSWORD);
    expect(messages.join('\n')).toContain('13 profiles waiting for review');
  });

  it('gives a profile to everyone but the few who only registered', async () => {
    const languages = demo.reduce(
      (sum, p) => sum + (p.role === 'mentor' ? (p.profile?.input.languages.length ?? 0) : 0),
      0,
    );
    expect(await t.app.db.$count(mentorProfiles)).toBe(59);
    expect(await t.app.db.$count(menteeProfiles)).toBe(77);
    expect(await t.app.db.$count(mentorLanguages)).toBe(languages);
  });

  it('has profiles in every review state, reviewed by the demo coordinator', async () => {
    expect(await statuses(t.app.db)).toEqual({
      mentors: { approved: 53, pending: 5, rejected: 1 },
      mentees: { approved: 70, pending: 6, rejected: 1 },
      edits: 2,
    });
    const coordinator = await findUserByEmail(t.app.db, DEMO_ADMIN_EMAIL);
    const reviewers = await t.app.db
      .selectDistinct({ by: mentorProfiles.reviewedBy })
      .from(mentorProfiles)
      .where(isNotNull(mentorProfiles.reviewedAt));
    expect(reviewers).toEqual([{ by: coordinator?.id }]);
  });

  it('shows the coordinator a queue of new profiles and edits, oldest first', async () => {
    const coordinator = await login(DEMO_ADMIN_EMAIL);
    const res = await t.http.get('/api/admin/profiles').set(bearer(coordinator)).expect(200);
    const items = res.body as { kind: string; role: string; submittedAt: string }[];
    expect(items).toHaveLength(13);
    expect(items.filter((item) => item.kind === 'edit')).toHaveLength(2);
    expect(items.filter((item) => item.role === 'mentee')).toHaveLength(6);
    const times = items.map((item) => item.submittedAt);
    expect(times).toEqual([...times].sort());
    const rejected = await t.http
      .get('/api/admin/profiles?status=rejected')
      .set(bearer(coordinator))
      .expect(200);
    expect(rejected.body).toHaveLength(2);
  });

  it('gives a demo mentor back exactly the profile that was generated for her', async () => {
    const mentor = first(mentors, (p) => p.profile?.pendingChanges != null);
    const res = await t.http.get('/api/me/profile').set(bearer(await login(mentor.email)));
    expect(res.status).toBe(200);
    expect(res.body.profile).toEqual(mentor.profile?.input);
    expect(res.body.pendingChanges).toEqual(mentor.profile?.pendingChanges);
  });

  it('lets an approved demo mentee read an approved mentor and her own profile', async () => {
    const mentee = first(mentees, (p) => p.profile?.review.status === 'approved');
    const session = await login(mentee.email);
    const own = await t.http.get('/api/me/profile').set(bearer(session)).expect(200);
    expect(own.body.profile).toEqual(mentee.profile?.input);
    const mentor = first(mentors, (p) => p.profile?.review.status === 'approved');
    const account = await findUserByEmail(t.app.db, mentor.email);
    const res = await t.http.get(`/api/mentors/${account?.id ?? ''}`).set(bearer(session));
    expect(res.status).toBe(200);
    expect(res.body.headline).toBe(mentor.profile?.input.headline);
  });

  it('lets her find every listed demo mentor by search (bitmaps built once after the load)', async () => {
    const mentee = first(mentees, (p) => p.profile?.review.status === 'approved');
    const session = await login(mentee.email);
    const listed = await t.app.db.$count(mentorProfiles, eq(mentorProfiles.status, 'approved'));
    const all = await t.http
      .get('/api/mentors?limit=50&available=false')
      .set(bearer(session))
      .expect(200);
    expect(all.body.total).toBe(listed);
    // By default only those with a free seat: the history's seat counters moved the bitmaps.
    const available = await t.app.db.$count(
      mentorProfiles,
      and(
        eq(mentorProfiles.status, 'approved'),
        eq(mentorProfiles.paused, false),
        sql`${mentorProfiles.seatsTaken} < ${mentorProfiles.capacity}`,
      ),
    );
    const open = await t.http.get('/api/mentors?limit=50').set(bearer(session)).expect(200);
    expect(open.body.total).toBe(available);
    expect(available).toBeLessThan(listed);
    const recommended = await t.http
      .get('/api/me/recommendations')
      .set(bearer(session))
      .expect(200);
    expect(recommended.body.items.length).toBeGreaterThan(0);
  });

  it('starts with matches in every state for the coordinator to look at', async () => {
    const admin = await login(DEMO_ADMIN_EMAIL);
    const active = await t.http
      .get('/api/admin/mentorships?status=active')
      .set(bearer(admin))
      .expect(200);
    // The two of demo-matches.ts and the history's running ones: a modest number.
    expect(active.body.items.length).toBeGreaterThanOrEqual(2);
    expect(active.body.items.length).toBeLessThanOrEqual(30);
    const quiet = await t.http
      .get('/api/admin/mentorships?quiet=true')
      .set(bearer(admin))
      .expect(200);
    expect(quiet.body.items).toHaveLength(1);
    const intros = await t.http.get('/api/introductions').set(bearer(admin)).expect(200);
    const { items } = intros.body as IntroductionList;
    // One waiting for answers; every other one (the history's too) became a mentorship.
    expect(items.filter((introduction) => introduction.status === 'open')).toHaveLength(1);
    expect(items.every((i) => i.status === 'open' || i.status === 'confirmed')).toBe(true);
    expect(await t.app.db.$count(matchRequests, eq(matchRequests.status, 'pending'))).toBe(2);
  });

  it('gives the coordinator a dashboard with end answers near the seed report', async () => {
    const admin = await login(DEMO_ADMIN_EMAIL);
    const stats = async (query = {}) =>
      (await t.http.get('/api/admin/stats').query(query).set(bearer(admin)).expect(200))
        .body as Stats;
    const { outcomes, mentors } = await stats();
    expect(outcomes.answers).toBeGreaterThanOrEqual(5);
    expect(mentors.answers).toBeGreaterThanOrEqual(5);
    // 44 % job, 25 % education, 79 % better Danish, 84-85 % satisfied (DOMAIN.md).
    expect(outcomes.shares.job).toBeCloseTo(0.44, 1);
    expect(outcomes.shares.education).toBeCloseTo(0.25, 1);
    expect(outcomes.shares.better_danish).toBeCloseTo(0.79, 1);
    expect(outcomes.satisfied).toBeCloseTo(0.85, 1);
    // Most answered in hovedstaden; midtjylland has too few to show.
    expect((await stats({ region: 'hovedstaden' })).outcomes.answers).toBeGreaterThanOrEqual(5);
    expect((await stats({ region: 'midtjylland' })).outcomes.answers).toBeNull();
  });

  it('gives the dashboard a year of matches, meetings and endings', async () => {
    const admin = await login(DEMO_ADMIN_EMAIL);
    const { funnel, mentorships, months, outcomes } = (
      await t.http.get('/api/admin/stats').set(bearer(admin)).expect(200)
    ).body as Stats;
    expect(funnel.firstMatch).toBeGreaterThanOrEqual(30);
    expect(funnel.medianDaysToMatch).toBeGreaterThanOrEqual(2);
    expect(funnel.medianDaysToMatch).toBeLessThanOrEqual(30);
    expect(funnel.requestsAccepted).toBeGreaterThan(funnel.requestsDeclined);
    expect(funnel.requestsExpired).toBeGreaterThan(0);
    expect(months).toHaveLength(13);
    expect(months.filter((m) => m.matches > 0 && m.meetings > 0).length).toBeGreaterThanOrEqual(10);
    expect(mentorships.completed + mentorships.endedEarly).toBeGreaterThanOrEqual(20);
    expect(mentorships.endedEarly).toBeGreaterThan(0);
    expect(mentorships.quiet).toBe(1);
    expect(outcomes.answers).not.toBeNull();
  });

  it('keeps every seat counter at what the mentor holds, never over her capacity', async () => {
    expect(await seatMismatches(t.app.db)).toEqual([]);
  });

  it('answers start surveys as core’s form asks, and end surveys as often as answers', async () => {
    const starts = await t.app.db
      .select({ answers: surveyInvitations.answers })
      .from(surveyInvitations)
      .where(
        and(eq(surveyInvitations.form, 'mentee_start'), eq(surveyInvitations.status, 'answered')),
      );
    expect(starts.length).toBeGreaterThan(30);
    for (const { answers } of starts) {
      expect(answers).not.toBeNull();
      expect(answerProblems(DEFAULT_SURVEYS.mentee_start, answers ?? {})).toEqual([]);
    }
    const answered = rowsOf<{ form: string; invited: number; answers: number }>(
      await t.app.db.execute(sql`
        select i.form, count(*)::int as invited,
          (select count(*)::int from survey_answers a where a.form = i.form) as answers
        from survey_invitations i
        where i.status = 'answered' and i.form <> 'mentee_start'
        group by i.form order by i.form`),
    );
    // Never more answered surveys than anonymous answers, and not many fewer.
    for (const row of answered) {
      expect(row.invited).toBeLessThanOrEqual(row.answers);
      expect(row.invited).toBeGreaterThanOrEqual(row.answers * 0.8);
    }
    expect(answered.map((row) => row.form)).toEqual(['mentee_end', 'mentor_end']);
  });

  it('leaves mentees on the waiting list', async () => {
    const admin = await login(DEMO_ADMIN_EMAIL);
    const res = await t.http.get('/api/admin/waiting').set(bearer(admin)).expect(200);
    expect((res.body as WaitingList).items.length).toBeGreaterThanOrEqual(10);
  });

  it('sends few reminders in the first worker round: none for last year', async () => {
    const done = await runScheduledWork({ db: t.app.db, clock: t.clock });
    expect(done).toMatchObject({
      remindMentors: 0,
      expireRequests: 0,
      lapseIntroductions: 0,
      // Both members of the one quiet mentorship.
      remindQuietMentorships: 2,
      remindEndingSoon: 0,
      remindSurveys: 0,
    });
    expect(done.nudgeMentees).toBeGreaterThan(0);
    expect(done.nudgeMentees).toBeLessThanOrEqual(8);
  });

  it('leaves Iryna without requests, so she can ask a mentor who says yes', async () => {
    const iryna = await findUserByEmail(t.app.db, README_MENTEE);
    expect(await t.app.db.$count(matchRequests, eq(matchRequests.menteeId, iryna?.id ?? ''))).toBe(
      0,
    );
    const session = await login(README_MENTEE);
    const recommended = await t.http
      .get('/api/me/recommendations')
      .set(bearer(session))
      .expect(200);
    const mentor = (recommended.body.items as MentorCard[]).find((m) => m.acceptingRequests);
    const goals = first(mentees, (p) => p.email === README_MENTEE).profile?.input.goals ?? [];
    const asked = await t.http
      .post('/api/requests')
      .set(bearer(session))
      .send(requestBody(mentor?.id ?? '', { goals: goals.slice(0, 1) }))
      .expect(201);
    const account = await findUserById(t.app.db, mentor?.id ?? '');
    await t.http
      .post(`/api/requests/${(asked.body as MatchRequest).id}/accept`)
      .set(bearer(await login(account?.email ?? '')))
      .send({ contact: { email: true } })
      .expect(200);
    expect(await seatMismatches(t.app.db)).toEqual([]);
  });

  it('does nothing on a database that already has users', async () => {
    expect(await seedDemoIfEmpty(t.app.db, log)).toBe(false);
    expect(await countUsers(t.app.db)).toBe(141);
  });
});

describe('the demo on a second empty database', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('has the same history: requests, mentorships, meetings and surveys', async () => {
    const { db } = database.handle;
    expect(await seedDemoIfEmpty(db, log)).toBe(true);
    expect(seeded).toBeDefined();
    expect(await matchCounts(db)).toEqual(seeded);
    expect(await seatMismatches(db)).toEqual([]);
  });
});

describe('a large demo population', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());
  const options = { seed: 99, mentors: 1_500, mentees: 700 };

  it('loads across batches, with the review plan repeating every 1,000 members', async () => {
    const { db } = database.handle;
    const load = await db.transaction((tx) => loadDemoPeople(tx, options, 'not-a-real-hash'));
    expect(load).toEqual({
      users: 2_200,
      mentorProfiles: 1_498,
      menteeProfiles: 697,
      awaitingReview: 10 + 4 + 6,
    });
    expect(await statuses(db)).toEqual({
      mentors: { approved: 1_486, pending: 10, rejected: 2 },
      mentees: { approved: 690, pending: 6, rejected: 1 },
      edits: 4,
    });
  });

  it('adds nothing when loaded again: the emails are taken', async () => {
    const { db } = database.handle;
    const load = await db.transaction((tx) => loadDemoPeople(tx, options, 'not-a-real-hash'));
    expect(load).toEqual({ users: 0, mentorProfiles: 0, menteeProfiles: 0, awaitingReview: 0 });
    expect(await db.$count(mentorProfiles)).toBe(1_498);
  });
});
