import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { rowsOf } from '../../db/rows';

const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;
const days = (column: string) => sql.raw(`make_interval(days => p.${column})`);

/**
 * Pending requests due their `n`th reminder: past its day, before the next step (the second
 * reminder, or the expiry), so a worker that was down sends only the reminder of the moment.
 */
export async function requestsToRemind(db: Executor, now: Date, n: 1 | 2, limit: number) {
  const from = n === 1 ? 'request_reminder_days' : 'request_second_reminder_days';
  const until = n === 1 ? 'request_second_reminder_days' : 'request_expiry_days';
  return rowsOf<{
    id: string;
    programme_id: string;
    mentor_id: string;
    mentee_name: string;
    days: number;
  }>(
    await db.execute(sql`
      select r.id, r.programme_id, r.mentor_id, u.name as mentee_name,
        floor(extract(epoch from ${at(now)} - r.created_at) / 86400)::int as days
      from match_requests r
      join programmes p on p.id = r.programme_id
      join users u on u.id = r.mentee_id
      where r.status = 'pending'
        and r.created_at <= ${at(now)} - ${days(from)}
        and r.created_at > ${at(now)} - ${days(until)}
        and not exists (select 1 from notifications n where n.user_id = r.mentor_id
          and n.dedupe_key = 'request_reminder:' || r.id || ':' || ${n})
      order by r.created_at
      limit ${limit}`),
  );
}

/** Pending requests past their programme's days, oldest first. */
export async function requestsToExpire(db: Executor, now: Date, limit: number) {
  return rowsOf<{ id: string; mentor_id: string; mentee_id: string }>(
    await db.execute(sql`
      select r.id, r.mentor_id, r.mentee_id
      from match_requests r join programmes p on p.id = r.programme_id
      where r.status = 'pending' and r.created_at <= ${at(now)} - ${days('request_expiry_days')}
      order by r.created_at
      limit ${limit}`),
  );
}

/**
 * Marks her pending requests past their days expired, at the moment they expired, and returns
 * them. Called with the mentor's seats row locked, as every move on her requests is.
 */
export async function expireMentorRequests(db: Executor, mentorId: string, now: Date) {
  return rowsOf<{ id: string; programme_id: string; mentee_id: string; pause_after: number }>(
    await db.execute(sql`
      update match_requests r
      set status = 'expired', answered_at = r.created_at + ${days('request_expiry_days')}
      from programmes p
      where p.id = r.programme_id and r.mentor_id = ${mentorId}::uuid and r.status = 'pending'
        and r.created_at <= ${at(now)} - ${days('request_expiry_days')}
      returning r.id, r.programme_id, r.mentee_id, p.mentor_pause_after_expiries as pause_after`),
  );
}

/**
 * Her unanswered requests in a row, newest first: the expired ones since her last answer and
 * since the app last paused her (a mentor who unpaused starts from nothing).
 */
export async function expiredInARow(db: Executor, mentorId: string): Promise<number> {
  const [row] = rowsOf<{ n: number }>(
    await db.execute(sql`
      select count(*)::int as n from match_requests r
      where r.mentor_id = ${mentorId}::uuid and r.status = 'expired'
        and r.answered_at > coalesce((
          select max(a.answered_at) from match_requests a
          where a.mentor_id = ${mentorId}::uuid and a.status in ('accepted', 'declined')
        ), '-infinity')
        and r.answered_at > coalesce((
          select max(n.created_at) from notifications n
          where n.user_id = ${mentorId}::uuid and n.kind = 'mentor_paused'
        ), '-infinity')`),
  );
  return row?.n ?? 0;
}

/** Open introductions past their programme's lapse days. */
export async function introductionsToLapse(db: Executor, now: Date, limit: number) {
  return rowsOf<{ id: string; mentee_id: string; mentor_id: string }>(
    await db.execute(sql`
      select i.id, i.mentee_id, i.mentor_id
      from introductions i join programmes p on p.id = i.programme_id
      where i.status = 'open' and i.opened_at <= ${at(now)} - ${days('introduction_lapse_days')}
      order by i.opened_at
      limit ${limit}`),
  );
}

/** Open introductions past "did you meet?" day, with each member who has not answered. */
export async function introductionsToAsk(db: Executor, now: Date, limit: number) {
  return rowsOf<{
    id: string;
    programme_id: string;
    mentee_id: string;
    mentor_id: string;
    mentee_name: string;
    mentor_name: string;
    mentee_answer: string | null;
    mentor_answer: string | null;
  }>(
    await db.execute(sql`
      select i.id, i.programme_id, i.mentee_id, i.mentor_id, e.name as mentee_name,
        o.name as mentor_name, i.mentee_answer, i.mentor_answer
      from introductions i
      join programmes p on p.id = i.programme_id
      join users e on e.id = i.mentee_id
      join users o on o.id = i.mentor_id
      where i.status = 'open'
        and i.opened_at <= ${at(now)} - ${days('introduction_reminder_days')}
        and i.opened_at > ${at(now)} - ${days('introduction_lapse_days')}
        and not exists (select 1 from notifications n
          where n.dedupe_key = 'introduction_reminder:' || i.id
            and n.user_id in (i.mentee_id, i.mentor_id))
      order by i.opened_at
      limit ${limit}`),
  );
}

interface MentorshipCandidate {
  id: string;
  programme_id: string;
  mentee_id: string;
  mentor_id: string;
  mentee_name: string;
  mentor_name: string;
  /** The quiet spell's start: the last log's day, or the start when none was written. */
  since: string;
  planned_end: string;
  days: number;
}

const mentorshipColumns = sql`m.id, m.programme_id, m.mentee_id, m.mentor_id,
  e.name as mentee_name, o.name as mentor_name, m.planned_end::text as planned_end,
  coalesce((select max(l.date) from meeting_logs l where l.mentorship_id = m.id),
    m.start_date)::text as since`;

/** Running mentorships with no meeting logged for the programme's quiet days, not yet told. */
export async function quietMentorships(db: Executor, now: Date, limit: number) {
  return rowsOf<MentorshipCandidate>(
    await db.execute(sql`
      select * from (
        select ${mentorshipColumns}, p.quiet_days as days
        from mentorships m
        join programmes p on p.id = m.programme_id
        join users e on e.id = m.mentee_id
        join users o on o.id = m.mentor_id
        where m.status = 'active'
      ) q
      where q.since::date < (${at(now)} - make_interval(days => q.days))::date
        and not exists (select 1 from notifications n
          where n.dedupe_key = 'mentorship_quiet:' || q.id || ':' || q.since
            and n.user_id in (q.mentee_id, q.mentor_id))
      limit ${limit}`),
  );
}

/** Running mentorships whose planned end is within the programme's "ending soon" days. */
export async function endingMentorships(db: Executor, now: Date, limit: number) {
  return rowsOf<MentorshipCandidate>(
    await db.execute(sql`
      select ${mentorshipColumns}, p.ending_soon_days as days
      from mentorships m
      join programmes p on p.id = m.programme_id
      join users e on e.id = m.mentee_id
      join users o on o.id = m.mentor_id
      where m.status = 'active'
        and m.planned_end >= (${at(now)})::date
        and m.planned_end <= (${at(now)} + ${days('ending_soon_days')})::date
        and not exists (select 1 from notifications n
          where n.dedupe_key = 'mentorship_ending_soon:' || m.id || ':' || m.planned_end
            and n.user_id in (m.mentee_id, m.mentor_id))
      limit ${limit}`),
  );
}

/**
 * Approved mentees who have asked no one since the nudge day, and are not yet on the waiting
 * list (those the coordinators follow up themselves).
 */
export async function menteesToNudge(db: Executor, now: Date, limit: number) {
  return rowsOf<{ id: string; programme_id: string }>(
    await db.execute(sql`
      select u.id, u.programme_id
      from mentee_profiles mp
      join users u on u.id = mp.user_id
      join programmes p on p.id = u.programme_id
      where mp.status = 'approved' and u.suspended_at is null
        and mp.reviewed_at <= ${at(now)} - ${days('mentee_nudge_days')}
        and mp.reviewed_at > ${at(now)} - ${days('waiting_list_days')}
        and not exists (select 1 from match_requests r where r.mentee_id = u.id)
        and not exists (select 1 from notifications n
          where n.user_id = u.id and n.dedupe_key = 'first_request_nudge')
      order by mp.reviewed_at
      limit ${limit}`),
  );
}
