import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { programmes, users } from '../../src/db/schema';
import { defaultProgramme } from '../../src/modules/programmes/programmes.repository';
import { rowsOf } from '../../src/db/rows';
import { auth } from '../helpers/profiles';
import { asked, membersOf, startedMentorship } from '../helpers/requests';
import type { TestApp } from '../helpers/test-app';
import type { IdPool } from './arbitraries';

export type CallerName = 'mentee' | 'mentor' | 'coordinator' | 'asker';
export const CALLERS: readonly CallerName[] = ['mentee', 'mentor', 'coordinator', 'asker'];

/**
 * Who the fuzzer calls as (each member's own token, so the handlers run and not only the
 * guard) and the ids and strings that exist. Filled in place, so a rebuild reaches everyone
 * holding it.
 */
export interface FuzzFixture {
  callers: Record<CallerName, string>;
  pool: IdPool;
  /**
   * After a request that wrote: undoes what would leave later runs at the guard only. A
   * suspension is lifted; an erased member cannot come back, so a new cast is made.
   */
  repair(): Promise<void>;
}

interface Cast {
  callers: Record<CallerName, string>;
  memberIds: string[];
  strings: string[];
}

/**
 * A small programme in full swing: a running mentorship with a logged meeting and a report,
 * and a pending request from a second mentee, so ids in every table point at something real.
 */
async function castMembers(t: TestApp): Promise<Cast> {
  const members = membersOf(t);
  const { mentee, mentor, id: mentorshipId } = await startedMentorship(t, members);
  const asker = await members.mentee();
  await asked(t, asker, mentor);
  const coordinator = await members.coordinator();
  await t.http
    .post(`/api/mentorships/${mentorshipId}/logs`)
    .set(auth(mentor))
    .send({ date: t.clock.now().toISOString().slice(0, 10), minutes: 60, topics: ['cv'] })
    .expect(201);
  await t.http
    .post('/api/reports')
    .set(auth(asker))
    .send({ userId: mentor.user.id, reason: 'Hun svarer aldrig på mine beskeder.' })
    .expect(201);
  const sessions = { mentee, mentor, asker, coordinator };
  return {
    callers: {
      mentee: mentee.accessToken,
      mentor: mentor.accessToken,
      coordinator: coordinator.accessToken,
      asker: asker.accessToken,
    },
    memberIds: Object.values(sessions).map((session) => session.user.id),
    // Emails that have accounts and refresh tokens that work: a login or a refresh that
    // names them reaches the lockout and the rotation, not only "unknown".
    strings: [
      ...[mentee, mentor, asker].map((member) => member.email),
      ...Object.values(sessions).map((session) => session.refreshToken),
      'default',
    ],
  };
}

export async function buildFixture(t: TestApp): Promise<FuzzFixture> {
  // The programme's rules as the samples expect them: a fuzzed coordinator may change them.
  const programme = await defaultProgramme(t.app.db);
  let cast = await castMembers(t);
  const fixture: FuzzFixture = {
    callers: { ...cast.callers },
    pool: await poolOf(t, cast.strings),
    async repair() {
      await t.app.db
        .update(users)
        .set({ suspendedAt: null, suspensionReason: null })
        .where(inArray(users.id, cast.memberIds));
      const alive = await t.app.db
        .select({ id: users.id })
        .from(users)
        .where(and(inArray(users.id, cast.memberIds), isNull(users.deletedAt)));
      if (alive.length === cast.memberIds.length) return;
      const { id, ...rules } = programme;
      await t.app.db.update(programmes).set(rules).where(eq(programmes.id, id));
      cast = await castMembers(t);
      Object.assign(fixture.callers, cast.callers);
      Object.assign(fixture.pool, await poolOf(t, cast.strings));
    },
  };
  return fixture;
}

/** Every `id` in every table: uuids for paths and bodies, integers for numeric ids and cursors. */
async function poolOf(t: TestApp, strings: readonly string[]): Promise<IdPool> {
  const columns = rowsOf<{ table: string; type: string }>(
    await t.app.db.execute(sql`
      select table_name as "table", data_type as type from information_schema.columns
      where table_schema = 'public' and column_name = 'id'`),
  );
  const byTable: Record<string, (string | number)[]> = {};
  for (const { table, type } of columns) {
    const rows = rowsOf<{ id: string | number }>(
      await t.app.db.execute(sql.raw(`select id from "${table}"`)),
    );
    byTable[table] = rows.map(({ id }) => (type === 'uuid' ? String(id) : Number(id)));
  }
  const all = Object.values(byTable).flat();
  return {
    byTable,
    people: (byTable.users ?? []).map(String),
    uuids: all.filter((id): id is string => typeof id === 'string'),
    integers: all.filter((id): id is number => typeof id === 'number'),
    strings,
  };
}
