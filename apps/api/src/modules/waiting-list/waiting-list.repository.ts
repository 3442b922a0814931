import { and, eq, inArray, isNull } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { mentorProfiles, users } from '../../db/schema';
import { rowsOf } from '../../db/rows';

export interface WaitingRow {
  id: string;
  name: string;
  approved_at: Date | string;
  requests_sent: number;
  requests_pending: number;
  last_suggested_at: Date | string | null;
}

/**
 * Approved mentees without a match since the programme's waiting days after approval: no
 * mentor has ever said yes to them (no introduction at all). Longest waiting first.
 */
const waiting = (programmeId: string, now: Date) => sql`
  from mentee_profiles mp
  join users u on u.id = mp.user_id
  join programmes p on p.id = u.programme_id
  where u.programme_id = ${programmeId}::uuid and mp.status = 'approved'
    and u.suspended_at is null
    and mp.reviewed_at <= ${now.toISOString()}::timestamptz
      - make_interval(days => p.waiting_list_days)
    and not exists (select 1 from introductions i where i.mentee_id = u.id)`;

export async function listWaiting(db: Executor, programmeId: string, now: Date) {
  return rowsOf<WaitingRow>(
    await db.execute(sql`
      select u.id, u.name, mp.reviewed_at as approved_at,
        (select count(*)::int from match_requests r where r.mentee_id = u.id) as requests_sent,
        (select count(*)::int from match_requests r where r.mentee_id = u.id
          and r.status = 'pending'
          and r.created_at > ${now.toISOString()}::timestamptz
            - make_interval(days => p.request_expiry_days)) as requests_pending,
        (select max(n.created_at) from notifications n
          where n.user_id = u.id and n.kind = 'mentors_suggested') as last_suggested_at
      ${waiting(programmeId, now)}
      order by mp.reviewed_at, u.id
      limit 500`),
  );
}

export async function isWaiting(db: Executor, programmeId: string, menteeId: string, now: Date) {
  const rows = rowsOf<{ id: string }>(
    await db.execute(sql`select u.id ${waiting(programmeId, now)} and u.id = ${menteeId}::uuid`),
  );
  return rows.length > 0;
}

/** The listed (approved, not suspended) mentors of the programme among these ids. */
export async function listedMentors(db: Executor, programmeId: string, ids: string[]) {
  return db
    .select({ id: users.id, name: users.name, headline: mentorProfiles.headline })
    .from(mentorProfiles)
    .innerJoin(users, eq(users.id, mentorProfiles.userId))
    .where(
      and(
        inArray(mentorProfiles.userId, ids),
        eq(mentorProfiles.programmeId, programmeId),
        eq(mentorProfiles.status, 'approved'),
        isNull(users.suspendedAt),
      ),
    );
}
