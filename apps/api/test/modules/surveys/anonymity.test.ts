import { eq, sql } from 'drizzle-orm';
import type { SurveyAnswers } from '@mentorbro/core/survey';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../../src/db/rows';
import { openDatabase } from '../../../src/db/client';
import { runScheduledWork } from '../../../src/modules/reminders/scheduler';
import { moveSurveyPool } from '../../../src/modules/surveys/survey-pool';
import { surveyInvitations } from '../../../src/db/schema';
import { DAY_MS } from '../../../src/lib/clock';
import { membersOf } from '../../helpers/requests';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import {
  endedMentorship,
  invitationOf,
  MENTEE_END_ANSWERS,
  movePool,
  poolFillers,
  sendAnonymously,
  tokenFor,
} from './surveys';

// The promise to a mentee (DOMAIN.md, "Evaluation"): her end answers cannot be traced to her.
// These tests prove it from the database itself, not from what the code means to do.

let t: TestApp;
let members: ReturnType<typeof membersOf>;

beforeAll(async () => {
  t = await createTestApp();
  members = membersOf(t);
});
afterAll(() => t.close());

const query = async <T>(statement: ReturnType<typeof sql>) =>
  rowsOf<T>(await t.app.db.execute(statement));
const ident = (name: string) => sql.raw(`"${name.replace(/"/g, '""')}"`);

/** Every column of every table in the public schema. */
const publicColumns = () =>
  query<{ table_name: string; column_name: string }>(sql`
    select c.table_name, c.column_name from information_schema.columns c
    join information_schema.tables t
      on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
    order by c.table_name, c.ordinal_position`);

/** Where each needle occurs, as `table.column`, searching every column cast to text. */
async function whereFound(needles: string[]): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>(needles.map((needle) => [needle, []]));
  for (const { table_name: table, column_name: column } of await publicColumns()) {
    const hits = await query<{ needle: string }>(sql`
      select n.needle from unnest(${sql.param(needles)}::text[]) as n(needle)
      where exists (select 1 from ${ident(table)} x
        where strpos(x.${ident(column)}::text, n.needle) > 0)`);
    for (const { needle } of hits) found.get(needle)?.push(`${table}.${column}`);
  }
  return found;
}

/** Every row of every public table as text, and every sequence's position. */
async function snapshot(): Promise<Map<string, string[]>> {
  const tables = [...new Set((await publicColumns()).map((column) => column.table_name))];
  const contents = new Map<string, string[]>();
  for (const table of tables) {
    const rows = await query<{ row: string }>(
      sql`select x::text as row from ${ident(table)} x order by 1`,
    );
    contents.set(
      table,
      rows.map((r) => r.row),
    );
  }
  const sequences = await query<{ name: string; value: string | null }>(sql`
    select sequencename as name, last_value::text as value from pg_sequences
    where schemaname = 'public' order by 1`);
  contents.set(
    'sequences',
    sequences.map((s) => `${s.name}=${s.value ?? ''}`),
  );
  return contents;
}

/** The tables whose contents differ between two snapshots. */
const changed = (before: Map<string, string[]>, after: Map<string, string[]>) =>
  [...after.keys()].filter(
    (table) => JSON.stringify(before.get(table)) !== JSON.stringify(after.get(table)),
  );

type AnswerTable = 'survey_answers' | 'survey_answer_pool';

/** The answer row stored with exactly these answers (unique in each test). */
async function answerRow(answers: SurveyAnswers, table: AnswerTable = 'survey_answers') {
  const rows = await query<{
    id: string;
    programme_id: string;
    form: string;
    version: number;
    month: string;
    region: string;
  }>(sql`
    select id, programme_id, form, version, month::text as month, region from ${ident(table)}
    where answers = ${JSON.stringify(answers)}::jsonb`);
  expect(rows).toHaveLength(1);
  const [row] = rows;
  if (!row) throw new Error('No answer row');
  return row;
}

const invitationRow = async (id: string) =>
  (await t.app.db.select().from(surveyInvitations).where(eq(surveyInvitations.id, id)))[0];

// The pool holds the same answers as survey_answers before they move, so it keeps the same
// promise: nothing in it leads to a person.
describe.each(['survey_answers', 'survey_answer_pool'] as const)('the %s table', (table) => {
  const regclass = sql`${`public.${table}`}::regclass`;

  it('has exactly the columns of an anonymous answer, none of them a time', async () => {
    const columns = await query<{ column_name: string; data_type: string }>(sql`
      select column_name, data_type from information_schema.columns
      where table_schema = 'public' and table_name = ${table}
      order by column_name`);
    expect(Object.fromEntries(columns.map((c) => [c.column_name, c.data_type]))).toEqual({
      answers: 'jsonb',
      form: 'text',
      id: 'uuid',
      month: 'date',
      programme_id: 'uuid',
      region: 'text',
      version: 'integer',
    });
    expect(columns.filter((c) => /time|interval/.test(c.data_type))).toEqual([]);
  });

  it('refers to its programme only, and nothing refers to it', async () => {
    const outgoing = await query<{ target: string; columns: string }>(sql`
      select c.confrelid::regclass::text as target,
        (select string_agg(a.attname, ',') from pg_attribute a
          where a.attrelid = c.conrelid and a.attnum = any(c.conkey)) as columns
      from pg_constraint c
      where c.conrelid = ${regclass} and c.contype = 'f'`);
    expect(outgoing).toEqual([{ target: 'programmes', columns: 'programme_id' }]);
    const incoming = await query<{ name: string }>(sql`
      select conname as name from pg_constraint
      where confrelid = ${regclass}`);
    expect(incoming).toEqual([]);
  });

  it('has no trigger that could copy a row elsewhere', async () => {
    const triggers = await query<{ name: string }>(sql`
      select tgname as name from pg_trigger
      where not tgisinternal and tgrelid in (${regclass}, 'public.survey_invitations'::regclass)`);
    expect(triggers).toEqual([]);
  });

  it('takes a random id from the database, not a sequence', async () => {
    const [column] = await query<{ column_default: string | null }>(sql`
      select column_default from information_schema.columns
      where table_schema = 'public' and table_name = ${table} and column_name = 'id'`);
    expect(column?.column_default).toBe('gen_random_uuid()');
  });

  it('keeps only the first day of a month', async () => {
    const [programme] = await query<{ id: string }>(sql`select id from programmes limit 1`);
    const insert = (month: string) =>
      t.app.db.execute(sql`
        insert into ${ident(table)} (programme_id, form, version, month, region, answers)
        values (${programme?.id ?? ''}::uuid, 'mentee_end', 1, ${month}::date, 'hovedstaden',
          '{"satisfaction": 1}'::jsonb)`);
    await expect(insert('2026-03-15')).rejects.toThrow();
    await insert('2026-03-01');
    await t.app.db.execute(sql`delete from ${ident(table)} where month = '2026-03-01'`);
  });
});

describe('answers sent with a token', () => {
  it('cannot be found anywhere but in survey_answers, nor lead to anyone', async () => {
    const first = await endedMentorship(t, members, {
      mentee: 'Nadia Rahimi',
      mentor: 'Birgitte Holm',
    });
    const second = await endedMentorship(t, members, {
      mentee: 'Zahra Ahmadi',
      mentor: 'Karen Lund',
      menteeProfile: { municipality: 'odense' },
    });
    const answersOf = new Map<string, SurveyAnswers>([
      [first.id, { ...MENTEE_END_ANSWERS, satisfaction: 5, age_band: '25-34' }],
      [second.id, { ...MENTEE_END_ANSWERS, satisfaction: 2, age_band: '45-54' }],
    ]);
    const invitationIds: string[] = [];
    for (const mentorship of [first, second]) {
      for (const [member, form] of [
        [mentorship.mentee, 'mentee_start'],
        [mentorship.mentee, 'mentee_end'],
        [mentorship.mentor, 'mentor_end'],
      ] as const) {
        invitationIds.push((await invitationOf(t, member, mentorship.id, form)).id);
      }
    }
    const tokens: string[] = [];
    for (const mentorship of [first, second]) {
      const survey = await invitationOf(t, mentorship.mentee, mentorship.id, 'mentee_end');
      const token = await tokenFor(t, mentorship.mentee, survey.id);
      tokens.push(token);
      await sendAnonymously(t, token, answersOf.get(mentorship.id) ?? {}).expect(204);
    }
    // Three more answers from others make the five the pool job moves at once.
    await poolFillers(t, members, 3);
    expect(await movePool(t)).toBeGreaterThanOrEqual(5);
    const tokenHashes = (
      await query<{ token_hash: string }>(sql`
        select token_hash from survey_invitations
        where id = any(${sql.param(invitationIds)}::uuid[]) and token_hash is not null`)
    ).map((row) => row.token_hash);
    expect(tokenHashes).toHaveLength(2);

    const people = [first.mentee, first.mentor, second.mentee, second.mentor];
    const traces = [
      ...people.flatMap((member) => [
        member.user.id,
        member.email,
        member.user.name,
        member.user.name.split(' ')[0] ?? '',
      ]),
      first.id,
      second.id,
      ...invitationIds,
      ...tokens,
      ...tokenHashes,
    ];

    const rows = [];
    for (const answers of answersOf.values()) rows.push(await answerRow(answers));
    const found = await whereFound([...rows.map((row) => row.id), ...traces]);
    for (const row of rows) {
      // A random (version 4) uuid, and nowhere but its own primary key.
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-/);
      expect(found.get(row.id)).toEqual(['survey_answers.id']);
      expect(row).toMatchObject({ form: 'mentee_end', version: 1 });
    }
    // Her region, from her profile (Aarhus, Odense): the one background it is filed under.
    expect(rows.map((row) => row.region)).toEqual(['midtjylland', 'syddanmark']);
    // The search does find what it looks for where it is kept.
    expect(found.get(first.mentee.user.id)).toEqual(
      expect.arrayContaining(['users.id', 'mentorships.mentee_id', 'survey_invitations.user_id']),
    );
    expect(found.get(invitationIds[1] ?? '')).toEqual(
      expect.arrayContaining(['survey_invitations.id', 'notifications.link']),
    );
    expect(found.get(tokenHashes[0] ?? '')).toEqual(['survey_invitations.token_hash']);
    // The tokens themselves are kept nowhere.
    for (const token of tokens) expect(found.get(token)).toEqual([]);
    for (const trace of traces) {
      expect(found.get(trace)?.filter((place) => place.startsWith('survey_answer'))).toEqual([]);
    }
    // Both in the same month: nothing in the rows tells whose came first.
    expect(new Set(rows.map((row) => row.month)).size).toBe(1);
  });

  it('change nothing but the invitation’s status and one new row in the pool', async () => {
    const { mentee, id } = await endedMentorship(t, members);
    const survey = await invitationOf(t, mentee, id, 'mentee_end');
    const token = await tokenFor(t, mentee, survey.id);
    const offered = await invitationRow(survey.id);
    t.clock.advance(DAY_MS);

    const before = await snapshot();
    const answers = { ...MENTEE_END_ANSWERS, satisfaction: 3, hard: ['understanding'] };
    await sendAnonymously(t, token, answers).expect(204);
    const after = await snapshot();

    expect(changed(before, after).sort()).toEqual(['survey_answer_pool', 'survey_invitations']);
    const added = (table: string) =>
      (after.get(table) ?? []).filter((row) => !(before.get(table) ?? []).includes(row));
    const removed = (table: string) =>
      (before.get(table) ?? []).filter((row) => !(after.get(table) ?? []).includes(row));
    expect(added('survey_answer_pool')).toHaveLength(1);
    expect(removed('survey_answer_pool')).toEqual([]);
    expect(added('survey_invitations')).toHaveLength(1);
    expect(removed('survey_invitations')).toHaveLength(1);

    // The invitation learns only that it was answered: no answers, no answer id, no time.
    const spent = await invitationRow(survey.id);
    expect(spent).toEqual({ ...offered, status: 'answered' });
    expect(spent?.answers).toBeNull();
    const { id: answerId } = await answerRow(answers, 'survey_answer_pool');
    expect(
      Object.values(spent ?? {})
        .map(String)
        .join(' '),
    ).not.toContain(answerId);
    // One answer waits in the pool: fewer than five do not move, so nothing else changes.
    expect(await movePool(t)).toBe(0);
    expect(changed(after, await snapshot())).toEqual([]);

    const times = await query<{ column_name: string }>(sql`
      select column_name from information_schema.columns
      where table_schema = 'public' and table_name = 'survey_invitations'
        and (data_type like '%time%' or data_type = 'date')`);
    expect(times.map((c) => c.column_name)).toEqual(['created_at']);
  });

  it('are filed under the first day of the month, even at 23:59 on the 28th', async () => {
    const { mentee, id } = await endedMentorship(t, members);
    const survey = await invitationOf(t, mentee, id, 'mentee_end');
    const token = await tokenFor(t, mentee, survey.id);
    const now = t.clock.now();
    let late = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 28, 23, 59, 0));
    if (late <= now) {
      late = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 28, 23, 59, 0));
    }
    t.clock.advance(late.getTime() - now.getTime());
    const answers = { ...MENTEE_END_ANSWERS, satisfaction: 1, hard: ['mentor_busy'] };
    await sendAnonymously(t, token, answers).expect(204);
    const expected = `${late.toISOString().slice(0, 7)}-01`;
    expect((await answerRow(answers, 'survey_answer_pool')).month).toBe(expected);
  });
});

/** Five mentees' end answers, each unique by its satisfaction and `worked`. */
async function fiveAnswers(worked: string): Promise<SurveyAnswers[]> {
  const sent: SurveyAnswers[] = [];
  for (let satisfaction = 1; satisfaction <= 5; satisfaction += 1) {
    const { mentee, id } = await endedMentorship(t, members);
    const survey = await invitationOf(t, mentee, id, 'mentee_end');
    const answers = { ...MENTEE_END_ANSWERS, satisfaction, worked: [worked] };
    await sendAnonymously(t, await tokenFor(t, mentee, survey.id), answers).expect(204);
    sent.push(answers);
  }
  return sent;
}

const poolIds = async () =>
  (await query<{ id: string }>(sql`select id from survey_answer_pool`)).map((row) => row.id);

describe('the pool job', () => {
  it('moves five answers at once, with new ids and no xmin of any invitation', async () => {
    const sent = await fiveAnswers('took_time');
    const pooled: string[] = [];
    for (const answers of sent) pooled.push((await answerRow(answers, 'survey_answer_pool')).id);
    // While they wait, each shares its xmin with her invitation: the link the move breaks.
    const linked = await query<{ id: string }>(sql`
      select p.id from survey_answer_pool p
      join survey_invitations i on i.xmin::text = p.xmin::text
      where p.id = any(${sql.param(pooled)}::uuid[])`);
    expect(linked).toHaveLength(5);

    // The worker's own round, so the job is known to be on its list.
    const done = await runScheduledWork({ db: t.app.db, clock: t.clock });
    expect(done.moveSurveyPool).toBeGreaterThanOrEqual(5);
    expect(await poolIds()).toEqual([]);
    const moved: string[] = [];
    for (const answers of sent) moved.push((await answerRow(answers)).id);
    expect(moved.filter((id) => pooled.includes(id))).toEqual([]);
    const shared = await query<{ id: string }>(sql`
      select a.id from survey_answers a
      join survey_invitations i on i.xmin::text = a.xmin::text`);
    expect(shared).toEqual([]);
    // One batch, one transaction of its own: the five rows share one xmin and nothing else.
    const batches = await query<{ xmin: string }>(sql`
      select distinct xmin::text as xmin from survey_answers
      where id = any(${sql.param(moved)}::uuid[])`);
    expect(batches).toHaveLength(1);
  });

  it('moves each answer exactly once when two workers run at once', async () => {
    expect(await poolIds()).toEqual([]);
    const sent = await fiveAnswers('listened');
    // On PostgreSQL a second process with its own connections. The embedded database has one
    // connection, so there the two share it and run one after the other.
    const postgres = t.database.config.kind === 'postgres';
    const other = postgres
      ? await openDatabase(t.database.config)
      : { db: t.app.db, close: () => Promise.resolve(), ping: () => Promise.resolve() };
    await other.ping();
    try {
      if (postgres) {
        // A worker that can lock only four of the five (another holds one) moves none: a batch
        // is never smaller than five.
        await other.db.transaction(async (tx) => {
          await tx.execute(sql`
            select id from survey_answer_pool
            where answers = ${JSON.stringify(sent[0])}::jsonb for update`);
          expect(await movePool(t)).toBe(0);
        });
        expect(await poolIds()).toHaveLength(5);
      }
      const [a, b] = await Promise.all([
        movePool(t),
        moveSurveyPool({ db: other.db, clock: t.clock }),
      ]);
      expect(a + b).toBe(5);
      expect([a, b]).toContain(0);
    } finally {
      await other.close();
    }
    expect(await poolIds()).toEqual([]);
    // answerRow finds exactly one row for each.
    for (const answers of sent) await answerRow(answers);
  });
});
