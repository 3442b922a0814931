import pg from 'pg';
import type { Created } from './journey-record';

/**
 * What must hold in the database whatever happened to the API (a kill mid-request, a
 * restarted PostgreSQL): each query counts the rows that break one rule, so 0 is a pass. The
 * rules are the ones the services keep in one transaction each (requests.service,
 * introductions.service, mentorships.service); a half-written move breaks at least one.
 */
export const INVARIANTS: { name: string; sql: string }[] = [
  {
    name: 'every accepted request has its introduction, and only accepted ones',
    sql: `select count(*) from match_requests r
      where (r.status = 'accepted') <> exists (select 1 from introductions i where i.request_id = r.id)`,
  },
  {
    name: "an introduction's pair is its request's pair",
    sql: `select count(*) from introductions i join match_requests r on r.id = i.request_id
      where r.mentee_id <> i.mentee_id or r.mentor_id <> i.mentor_id`,
  },
  {
    name: 'every confirmed introduction has its mentorship, and only confirmed ones',
    sql: `select count(*) from introductions i
      where (i.status = 'confirmed') <> exists (select 1 from mentorships m where m.introduction_id = i.id)`,
  },
  {
    name: 'both said "let\'s continue" only on a confirmed introduction',
    sql: `select count(*) from introductions
      where (mentee_answer = 'continue' and mentor_answer = 'continue') <> (status = 'confirmed')`,
  },
  {
    name: 'every mentorship has both members, the ones of its introduction',
    sql: `select count(*) from mentorships m
      left join introductions i on i.id = m.introduction_id
      left join users mentee on mentee.id = m.mentee_id
      left join users mentor on mentor.id = m.mentor_id
      where i.id is null or mentee.id is null or mentor.id is null
        or m.mentee_id <> i.mentee_id or m.mentor_id <> i.mentor_id`,
  },
  {
    name: "each mentor's seats taken = her open introductions + active mentorships",
    sql: `select count(*) from mentor_profiles p
      where p.seats_taken <> (select count(*) from introductions i
          where i.mentor_id = p.user_id and i.status = 'open')
        + (select count(*) from mentorships m where m.mentor_id = p.user_id and m.status = 'active')`,
  },
  {
    name: 'no mentor holds more seats than she has',
    sql: `select count(*) from mentor_profiles where seats_taken > capacity`,
  },
  {
    name: 'no pending request of a mentee who is getting to know a mentor or has one',
    sql: `select count(*) from match_requests r where r.status = 'pending' and (
        exists (select 1 from introductions i where i.mentee_id = r.mentee_id and i.status = 'open')
        or exists (select 1 from mentorships m
          where m.mentee_id = r.mentee_id and m.status = 'active' and m.exclusive))`,
  },
  {
    name: 'every meeting log is by a member of its mentorship',
    sql: `select count(*) from meeting_logs l join mentorships m on m.id = l.mentorship_id
      where l.author_id not in (m.mentee_id, m.mentor_id)`,
  },
  {
    name: 'every request has exactly one "request received" event',
    sql: `select count(*) from match_requests r where (select count(*) from match_events e
        where e.request_id = r.id and e.type = 'request_received') <> 1`,
  },
  {
    name: 'every answered request has its one event (accepted, declined)',
    sql: `select count(*) from match_requests r where r.status in ('accepted', 'declined')
      and (select count(*) from match_events e
        where e.request_id = r.id and e.type = 'request_' || r.status) <> 1`,
  },
  {
    name: 'every mentorship has one "started" event, and one "ended" event once ended',
    sql: `select count(*) from mentorships m
      where (select count(*) from match_events e
          where e.mentorship_id = m.id and e.type = 'mentorship_started') <> 1
        or (select count(*) from match_events e
          where e.mentorship_id = m.id and e.type = 'mentorship_ended')
          <> case when m.status = 'active' then 0 else 1 end`,
  },
  {
    name: 'every meeting log has its "log added" event',
    sql: `select count(*) from mentorships m
      where (select count(*) from meeting_logs l where l.mentorship_id = m.id)
        <> (select count(*) from match_events e where e.mentorship_id = m.id and e.type = 'log_added')`,
  },
  {
    name: 'each mentor is told of every request she received',
    sql: `select count(*) from mentor_profiles p
      where (select count(*) from match_requests r where r.mentor_id = p.user_id)
        <> (select count(*) from notifications n
          where n.user_id = p.user_id and n.kind = 'request_received')`,
  },
];

export interface InvariantResult {
  name: string;
  violations: number;
}

export async function checkInvariants(url: string): Promise<InvariantResult[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const results: InvariantResult[] = [];
    for (const invariant of INVARIANTS) {
      const { rows } = await client.query<{ count: string }>(invariant.sql);
      results.push({ name: invariant.name, violations: Number(rows[0]?.count ?? 0) });
    }
    return results;
  } finally {
    await client.end();
  }
}

/** One kind of created row: how many the API answered 2xx for, and what the database holds. */
export interface CreatedCount {
  what: string;
  answered2xx: number;
  /** Rows in the database (the run started from none of these). */
  inDatabase: number;
  /** Of the ids answered 2xx, how many the database does not hold. */
  missing: number;
}

const COUNTED: {
  what: string;
  table: string;
  where: string;
  ids: (created: Created) => string[];
}[] = [
  { what: 'requests', table: 'match_requests', where: 'true', ids: (c) => c.requests },
  {
    what: 'introductions (accepts)',
    table: 'introductions',
    where: 'true',
    ids: (c) => c.introductions,
  },
  {
    what: 'declines',
    table: 'match_requests',
    where: `status = 'declined'`,
    ids: (c) => c.declined,
  },
  { what: 'mentorships', table: 'mentorships', where: 'true', ids: (c) => [...c.mentorships] },
  { what: 'meeting logs', table: 'meeting_logs', where: 'true', ids: (c) => c.logs },
  {
    what: 'ended mentorships',
    table: 'mentorships',
    where: `status <> 'active'`,
    ids: (c) => c.ended,
  },
];

/**
 * Counted, not assumed: COUNT(*) of each kind of row against the 2xx answers, and every id a
 * 2xx answer returned looked up. The population starts with no requests, introductions,
 * mentorships or logs, so every such row was made by the run.
 */
export async function countCreated(url: string, created: Created): Promise<CreatedCount[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const counts: CreatedCount[] = [];
    for (const kind of COUNTED) {
      const ids = kind.ids(created);
      const total = await client.query<{ count: string }>(
        `select count(*) from ${kind.table} where ${kind.where}`,
      );
      const found = await client.query<{ count: string }>(
        `select count(*) from ${kind.table} where ${kind.where} and id = any($1::uuid[])`,
        [ids],
      );
      counts.push({
        what: kind.what,
        answered2xx: ids.length,
        inDatabase: Number(total.rows[0]?.count ?? 0),
        missing: ids.length - Number(found.rows[0]?.count ?? 0),
      });
    }
    return counts;
  } finally {
    await client.end();
  }
}
