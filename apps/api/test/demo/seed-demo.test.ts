import type { IntroductionList } from '@mentorbro/core/requests';
import type { Stats } from '@mentorbro/core/stats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, isNotNull } from 'drizzle-orm';
import type { Executor } from '../../src/db/client';
import { menteeProfiles, mentorLanguages, mentorProfiles } from '../../src/db/schema';
import { countUsers, findUserByEmail } from '../../src/modules/users/users.repository';
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

let t: TestApp;
const messages: string[] = [];
const log = { info: (message: string) => messages.push(message) };
const demo = [...generateDemoPeople(DEMO_SIZE)];
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
    const listed = await t.app.db.$count(
      mentorProfiles,
      and(eq(mentorProfiles.status, 'approved'), eq(mentorProfiles.paused, false)),
    );
    const all = await t.http.get('/api/mentors?limit=50').set(bearer(session)).expect(200);
    expect(all.body.total).toBe(listed);
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
    expect(active.body.items).toHaveLength(2);
    const quiet = await t.http
      .get('/api/admin/mentorships?quiet=true')
      .set(bearer(admin))
      .expect(200);
    expect(quiet.body.items).toHaveLength(1);
    const intros = await t.http.get('/api/introductions').set(bearer(admin)).expect(200);
    const { items } = intros.body as IntroductionList;
    expect(items.map((introduction) => introduction.status).sort()).toEqual([
      'confirmed',
      'confirmed',
      'open',
    ]);
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

  it('does nothing on a database that already has users', async () => {
    expect(await seedDemoIfEmpty(t.app.db, log)).toBe(false);
    expect(await countUsers(t.app.db)).toBe(141);
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
