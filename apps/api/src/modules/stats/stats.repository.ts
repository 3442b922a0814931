import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { rowsOf } from '../../db/rows';

/**
 * The coordinators' numbers about members and mentorships, one query per section, all counted
 * by the database. A day is a UTC day: `from` starts at its midnight (UTC) and `to` ends at the
 * next one, so a timestamp on `to` counts and one on the day after does not.
 *
 * EXPLAIN ANALYZE (PostgreSQL 15), default year, on five years of two programmes each two to
 * three times the network in DOMAIN.md: 3,000 mentees and 1,500 mentors apiece, 24,000 requests,
 * 6,000 mentorships, 90,000 meeting logs, 3,600 survey answers. Funnel 7.7 ms (the cohort through
 * users_programme_idx, first yes per mentee through match_requests_mentee_idx; materialized so
 * that subquery runs once, not once per use), mentorships 0.8 ms (quiet check on
 * meeting_logs_mentorship_idx), months 8.2 ms, each survey query under 1.5 ms
 * (survey_answers_programme_idx). The only full scans are of match_requests (1.5 ms) and
 * meeting_logs (4.4 ms) for the period's rows, a fifth of each table: an index on their dates
 * would barely beat the scan, so none was added.
 */
export interface Scope {
  programmeId: string;
  /** Both included, YYYY-MM-DD. */
  from: string;
  to: string;
  /** The mentee's region (her profile's), or null for all. */
  region: string | null;
}

const fromStart = (scope: Scope) => sql`(${scope.from}::date::timestamp at time zone 'UTC')`;
const toEnd = (scope: Scope) => sql`((${scope.to}::date + 1)::timestamp at time zone 'UTC')`;
const within = (column: SQL, scope: Scope) =>
  sql`${column} >= ${fromStart(scope)} and ${column} < ${toEnd(scope)}`;

/** Her profile's region is the one asked for; without a profile she falls out of a region. */
const menteeIn = (menteeId: SQL, scope: Scope) =>
  scope.region === null
    ? sql`true`
    : sql`exists (select 1 from mentee_profiles rp
        where rp.user_id = ${menteeId} and rp.region = ${scope.region})`;

export interface FunnelRow {
  registered: number;
  approved: number;
  first_request: number;
  first_match: number;
  median_days: number | null;
  requests_sent: number;
  requests_accepted: number;
  requests_declined: number;
  requests_expired: number;
}

/**
 * The cohort is the mentees who registered in the period; what happened to them afterwards
 * counts up to today (a yes in the next month still makes her matched). Days to match: from
 * her approval (`reviewed_at` of an approved profile; approved mentees stay approved when they
 * edit) to the first request a mentor accepted (`answered_at`), median over the matched ones
 * (percentile_cont: the mean of the middle two for an even number), one decimal. Never below
 * 0: a yes recorded before a later re-approval would otherwise break the contract's minimum.
 * Requests are those sent in the period, by their status today.
 */
export async function funnel(db: Executor, scope: Scope): Promise<FunnelRow> {
  const [row] = rowsOf<FunnelRow>(
    await db.execute(sql`
      with cohort as materialized (
        select mp.status, mp.reviewed_at,
          exists (select 1 from match_requests r where r.mentee_id = u.id) as asked,
          (select min(r.answered_at) from match_requests r
            where r.mentee_id = u.id and r.status = 'accepted') as first_yes
        from users u
        left join mentee_profiles mp on mp.user_id = u.id
        where u.programme_id = ${scope.programmeId}::uuid and u.role = 'mentee'
          and ${within(sql`u.created_at`, scope)}
          and ${scope.region === null ? sql`true` : sql`mp.region = ${scope.region}`}
      ),
      sent as (
        select r.status from match_requests r
        where r.programme_id = ${scope.programmeId}::uuid
          and ${within(sql`r.created_at`, scope)}
          and ${menteeIn(sql`r.mentee_id`, scope)}
      )
      select c.*, s.* from (
        select count(*)::int as registered,
          count(*) filter (where status = 'approved')::int as approved,
          count(*) filter (where asked)::int as first_request,
          count(first_yes)::int as first_match,
          round((percentile_cont(0.5) within group (
            order by greatest(0, extract(epoch from first_yes - reviewed_at) / 86400)::float8
          ) filter (where status = 'approved' and first_yes is not null))::numeric, 1)::float8
            as median_days
        from cohort
      ) c cross join (
        select count(*)::int as requests_sent,
          count(*) filter (where status = 'accepted')::int as requests_accepted,
          count(*) filter (where status = 'declined')::int as requests_declined,
          count(*) filter (where status = 'expired')::int as requests_expired
        from sent
      ) s`),
  );
  if (!row) throw new Error('The funnel query answered no row');
  return row;
}

export interface MentorshipCountsRow {
  active: number;
  quiet: number;
  completed: number;
  ended_early: number;
}

/**
 * Running today among those started by the period's end; of those, quiet as core's `isQuiet`
 * says (started before `quietSince` and nothing logged since, the same test as the admin
 * list's filter). Completed and ended early: ended within the period.
 */
export async function mentorshipCounts(
  db: Executor,
  scope: Scope,
  quietSince: string,
): Promise<MentorshipCountsRow> {
  const running = sql`m.status = 'active' and m.start_date <= ${scope.to}::date`;
  const [row] = rowsOf<MentorshipCountsRow>(
    await db.execute(sql`
      select count(*) filter (where ${running})::int as active,
        count(*) filter (where ${running} and m.start_date < ${quietSince}::date
          and not exists (select 1 from meeting_logs l
            where l.mentorship_id = m.id and l.date >= ${quietSince}::date))::int as quiet,
        count(*) filter (where m.status = 'completed'
          and ${within(sql`m.ended_at`, scope)})::int as completed,
        count(*) filter (where m.status = 'ended_early'
          and ${within(sql`m.ended_at`, scope)})::int as ended_early
      from mentorships m
      where m.programme_id = ${scope.programmeId}::uuid and ${menteeIn(sql`m.mentee_id`, scope)}`),
  );
  if (!row) throw new Error('The mentorship counts query answered no row');
  return row;
}

export interface MonthCountRow {
  month: string;
  matches: number;
  meetings: number;
}

/**
 * Every calendar month the period touches, zeros included. Only days inside the period count,
 * so the first and last month may be partial: matches by the mentorship's start date, meetings
 * by the meeting's date.
 */
export async function monthCounts(db: Executor, scope: Scope): Promise<MonthCountRow[]> {
  // Grouped by the month's first day and formatted only for the output rows: to_char on
  // every meeting was a third of the query's time.
  const month = (day: SQL) => sql`date_trunc('month', ${day}::timestamp)`;
  return rowsOf<MonthCountRow>(
    await db.execute(sql`
      with months as (
        select m as month
        from generate_series(${month(sql`${scope.from}::date`)},
          ${scope.to}::date::timestamp, interval '1 month') as m
      ),
      started as (
        select ${month(sql`m.start_date`)} as month, count(*)::int as n
        from mentorships m
        where m.programme_id = ${scope.programmeId}::uuid
          and m.start_date between ${scope.from}::date and ${scope.to}::date
          and ${menteeIn(sql`m.mentee_id`, scope)}
        group by 1
      ),
      met as (
        select ${month(sql`l.date`)} as month, count(*)::int as n
        from meeting_logs l
        join mentorships m on m.id = l.mentorship_id
        where m.programme_id = ${scope.programmeId}::uuid
          and l.date between ${scope.from}::date and ${scope.to}::date
          and ${menteeIn(sql`m.mentee_id`, scope)}
        group by 1
      )
      select to_char(months.month, 'YYYY-MM') as month, coalesce(s.n, 0)::int as matches,
        coalesce(t.n, 0)::int as meetings
      from months
      left join started s on s.month = months.month
      left join met t on t.month = months.month
      order by months.month`),
  );
}
