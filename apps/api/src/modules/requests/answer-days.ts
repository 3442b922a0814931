import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';

/** Her latest outcomes only: a mentor who has become quicker (or slower) shows it soon. */
const LAST_OUTCOMES = 10;
/** One answer says little; below two her card shows nothing rather than a guess. */
const FEWEST_OUTCOMES = 2;

/**
 * Sets `mentor_profiles.answer_days`, "usually answers within N days" on her card: the median
 * time from a request's arrival to her answer over her last 10 outcomes, in whole days rounded
 * up, so an answer within 24 hours counts as 1 day (never 0: "within 0 days" reads wrong).
 * Null below two outcomes.
 *
 * Outcomes are the requests she accepted or declined, and those that expired unanswered,
 * counted as taking the programme's full expiry days: not answering must never make her look
 * quicker. Withdrawn requests are the mentee's doing and do not count. Pending requests past
 * their days count once they are marked expired (call this again then). "Last" is by when the
 * outcome happened: her answer, or the request's expiry, however late it was marked.
 *
 * One statement; call it in the transaction that changed one of her requests, after the change.
 */
export async function refreshAnswerDays(tx: Executor, mentorId: string): Promise<void> {
  await tx.execute(sql`
    update mentor_profiles m set answer_days = (
      select case when count(*) >= ${FEWEST_OUTCOMES}::int then greatest(1,
        ceil(percentile_cont(0.5) within group (order by latest.seconds) / 86400))::int end
      from (
        select case when r.status = 'expired' then p.request_expiry_days * 86400.0
            else extract(epoch from r.answered_at - r.created_at) end::float8 as seconds
        from match_requests r
        join programmes p on p.id = r.programme_id
        where r.mentor_id = ${mentorId}::uuid
          and r.status in ('accepted', 'declined', 'expired')
        order by least(r.answered_at, r.created_at + make_interval(days => p.request_expiry_days))
          desc, r.id desc
        limit ${LAST_OUTCOMES}::int
      ) latest
    )
    where m.user_id = ${mentorId}::uuid
  `);
}
