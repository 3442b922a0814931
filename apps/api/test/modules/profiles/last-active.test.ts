import { Writable } from 'node:stream';
import type { MentorOwnProfile } from '@mentorbro/core/profile-view';
import type { MentorPage } from '@mentorbro/core/search';
import { eq, type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../../src/db/rows';
import { users } from '../../../src/db/schema';
import { defaultProgramme } from '../../../src/modules/programmes/programmes.repository';
import { registerAndLogin } from '../../helpers/accounts';
import { auth, type Member } from '../../helpers/profiles';
import { membersOf, relogin } from '../../helpers/requests';
import { insertMentor } from '../../helpers/search';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let members: ReturnType<typeof membersOf>;
const lines: string[] = [];
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

beforeAll(async () => {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  t = await createTestApp({ logger: { level: 'warn', stream } });
  members = membersOf(t);
  // Counts the writes to last_active_at: a row trigger fires only for rows an UPDATE changed.
  await run(
    sql`create table activity_writes (user_id uuid not null)`,
    sql`create function count_activity_write() returns trigger language plpgsql as $$
      begin insert into activity_writes values (new.id); return new; end $$`,
    sql`create trigger count_activity_write after update of last_active_at on users
      for each row execute function count_activity_write()`,
  );
});
afterAll(() => t.close());

/** Statements one at a time: a prepared statement takes only one. */
async function run(...statements: SQL[]) {
  for (const statement of statements) await t.app.db.execute(statement);
}

async function activityOf(userId: string) {
  const [row] = await t.app.db
    .select({ lastActiveAt: users.lastActiveAt, updatedAt: users.updatedAt })
    .from(users)
    .where(eq(users.id, userId));
  const writes = await t.app.db.execute(
    sql`select count(*)::int as n from activity_writes where user_id = ${userId}`,
  );
  return { ...row, writes: rowsOf<{ n: number }>(writes)[0]?.n };
}

const visit = async (member: Pick<Member, 'accessToken'>) =>
  t.http.get('/api/me/profile').set(auth(member)).expect(200);

async function pageOf(mentorId: string): Promise<MentorPage> {
  const res = await t.http
    .get(`/api/mentors/${mentorId}`)
    .set(auth(await members.coordinator()))
    .expect(200);
  return res.body as MentorPage;
}

describe('last active', () => {
  it('is written by the guard at most once an hour, and leaves updated_at alone', async () => {
    let member = await registerAndLogin(t, { role: 'mentee' });
    const before = await activityOf(member.user.id);
    // Logging in is not a guarded request.
    expect(before).toMatchObject({ lastActiveAt: null, writes: 0 });

    const first = t.clock.now();
    await visit(member);
    await Promise.all([visit(member), visit(member), visit(member)]);
    expect(await activityOf(member.user.id)).toEqual({
      lastActiveAt: first,
      updatedAt: before.updatedAt,
      writes: 1,
    });

    t.clock.advance(59 * MINUTE);
    member = await relogin(t, member);
    await visit(member);
    expect(await activityOf(member.user.id)).toMatchObject({ lastActiveAt: first, writes: 1 });

    t.clock.advance(2 * MINUTE);
    member = await relogin(t, member);
    // Several requests at once after the hour still write once.
    await Promise.all([visit(member), visit(member), visit(member)]);
    expect(await activityOf(member.user.id)).toEqual({
      lastActiveAt: t.clock.now(),
      updatedAt: before.updatedAt,
      writes: 2,
    });
  });

  it('shows on her page as a coarse bucket that follows the clock', async () => {
    // Sending her profile was her last request to the API.
    let mentor = await members.mentor();
    expect(await pageOf(mentor.user.id)).toMatchObject({ lastActive: 'today', answerDays: null });
    for (const [days, bucket] of [
      [2, 'week'],
      [10, 'month'],
      [30, 'older'],
    ] as const) {
      t.clock.advance(days * DAY);
      expect((await pageOf(mentor.user.id)).lastActive).toBe(bucket);
    }
    mentor = await relogin(t, mentor);
    await visit(mentor);
    expect((await pageOf(mentor.user.id)).lastActive).toBe('today');
  });

  it('is null on the page of a mentor who was never active', async () => {
    const { id } = await insertMentor(t, (await defaultProgramme(t.app.db)).id);
    expect(await pageOf(id)).toMatchObject({ lastActive: null, answerDays: null });
  });

  it('is not in her own profile', async () => {
    const mentor = await members.mentor();
    const own = (await visit(mentor)).body as MentorOwnProfile;
    expect(own.profile).not.toBeNull();
    for (const part of [own, own.profile]) {
      expect(part).not.toHaveProperty('lastActive');
      expect(part).not.toHaveProperty('answerDays');
    }
  });

  it('never fails a request when it cannot be written, and says so in the log', async () => {
    const member = await registerAndLogin(t, { role: 'mentee' });
    await run(
      sql`create function refuse_activity() returns trigger language plpgsql as $$
        begin raise exception 'activity refused'; end $$`,
      sql`create trigger refuse_activity before update of last_active_at on users
        for each row execute function refuse_activity()`,
    );
    try {
      await visit(member);
    } finally {
      await t.app.db.execute(sql`drop trigger refuse_activity on users`);
    }
    expect((await activityOf(member.user.id)).lastActiveAt).toBeNull();
    const warning = lines
      .map((line) => JSON.parse(line) as { level: number; msg: string })
      .find((entry) => entry.msg === 'could not record activity');
    expect(warning?.level).toBe(40);
  });
});
