import { and, count, desc, eq, gt, inArray, notInArray, sql } from 'drizzle-orm';
import { type OutboxStatus, SURVEY_NOTIFICATION_KINDS } from '@mentorbro/core/notifications';
import type { Executor } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { emailOutbox, notifications, programmes, users } from '../../db/schema';

export type OutboxRow = typeof emailOutbox.$inferSelect;

/**
 * Claims up to `limit` due emails for one worker: waiting ones whose time has come, and ones
 * whose sender's lease ran out (it died mid-send). `skip locked` lets several workers claim at
 * once without waiting for, or taking, each other's rows.
 */
export async function claimDue(
  db: Executor,
  options: { now: Date; leaseEnd: Date; token: string; limit: number },
): Promise<{ id: number; attempts: number }[]> {
  const { now, leaseEnd, token, limit } = options;
  const result = await db.execute(sql`
    with due as (
      select id from email_outbox
      where status in ('pending', 'sending') and due_at <= ${now.toISOString()}::timestamptz
      order by due_at, id
      limit ${limit}
      for update skip locked
    )
    update email_outbox o
    set status = 'sending', claim_token = ${token}::uuid,
        due_at = ${leaseEnd.toISOString()}::timestamptz, attempts = o.attempts + 1
    from due where o.id = due.id
    returning o.id, o.attempts`);
  return rowsOf<{ id: string | number; attempts: number }>(result).map((row) => ({
    id: Number(row.id),
    attempts: row.attempts,
  }));
}

/** What the sender needs to write each claimed email: the notification and its reader. */
export async function loadClaimed(db: Executor, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: emailOutbox.id,
      notificationId: emailOutbox.notificationId,
      kind: notifications.kind,
      params: notifications.params,
      link: notifications.link,
      email: users.email,
      name: users.name,
      locale: users.locale,
      programmeName: programmes.name,
    })
    .from(emailOutbox)
    .innerJoin(notifications, eq(notifications.id, emailOutbox.notificationId))
    .innerJoin(users, eq(users.id, notifications.userId))
    .innerJoin(programmes, eq(programmes.id, emailOutbox.programmeId))
    .where(inArray(emailOutbox.id, ids))
    .orderBy(emailOutbox.id);
}

const held = (id: number, token: string) =>
  and(eq(emailOutbox.id, id), eq(emailOutbox.status, 'sending'), eq(emailOutbox.claimToken, token));

/** Only the worker still holding the lease may finish an email. */
export async function markSent(db: Executor, id: number, token: string, now: Date) {
  await db
    .update(emailOutbox)
    .set({ status: 'sent', sentAt: now, claimToken: null, lastError: null })
    .where(held(id, token));
}

/** A failed attempt: try again at `retryAt`, or, without one, give up (dead). */
export async function markFailed(
  db: Executor,
  id: number,
  token: string,
  error: string,
  retryAt: Date | null,
) {
  await db
    .update(emailOutbox)
    .set(
      retryAt
        ? { status: 'pending', dueAt: retryAt, claimToken: null, lastError: error }
        : { status: 'dead', claimToken: null, lastError: error },
    )
    .where(held(id, token));
}

/** Claimed but not started before the lease got too short: back in the queue, no attempt used. */
export async function release(db: Executor, ids: number[], token: string, now: Date) {
  if (ids.length === 0) return;
  await db
    .update(emailOutbox)
    .set({
      status: 'pending',
      dueAt: now,
      claimToken: null,
      attempts: sql`greatest(${emailOutbox.attempts} - 1, 0)`,
    })
    .where(
      and(
        inArray(emailOutbox.id, ids),
        eq(emailOutbox.status, 'sending'),
        eq(emailOutbox.claimToken, token),
      ),
    );
}

/**
 * Survey emails stay out of the coordinators' view, list and counts alike: a pending reminder or
 * end-survey email names a member who has not answered her anonymous end survey yet, and so, by
 * elimination, who has. Start-survey emails go with them, so no survey email is ever listed.
 */
const notAboutSurveys = notInArray(notifications.kind, [...SURVEY_NOTIFICATION_KINDS]);

/** A coordinator's view: the programme's emails of one status, newest first. */
export async function listOutbox(db: Executor, programmeId: string, status: OutboxStatus) {
  return db
    .select({
      row: emailOutbox,
      kind: notifications.kind,
      params: notifications.params,
      userId: users.id,
      name: users.name,
    })
    .from(emailOutbox)
    .innerJoin(notifications, eq(notifications.id, emailOutbox.notificationId))
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(
      and(
        eq(emailOutbox.programmeId, programmeId),
        eq(emailOutbox.status, status),
        notAboutSurveys,
      ),
    )
    .orderBy(desc(emailOutbox.id))
    .limit(200);
}

export async function countOutbox(db: Executor, programmeId: string, since: Date) {
  const rows = await db
    .select({ status: emailOutbox.status, n: count() })
    .from(emailOutbox)
    .innerJoin(notifications, eq(notifications.id, emailOutbox.notificationId))
    .where(
      and(
        eq(emailOutbox.programmeId, programmeId),
        sql`(${emailOutbox.status} <> 'sent' or ${gt(emailOutbox.sentAt, since)})`,
        notAboutSurveys,
      ),
    )
    .groupBy(emailOutbox.status);
  const of = (status: OutboxStatus) => rows.find((row) => row.status === status)?.n ?? 0;
  return { pending: of('pending') + of('sending'), dead: of('dead'), sentLastDay: of('sent') };
}

/** A dead email goes back in the queue with fresh attempts; false if it was not dead. */
export async function retryDead(db: Executor, programmeId: string, id: number, now: Date) {
  const rows = await db
    .update(emailOutbox)
    .set({ status: 'pending', attempts: 0, dueAt: now, lastError: null })
    .where(
      and(
        eq(emailOutbox.id, id),
        eq(emailOutbox.programmeId, programmeId),
        eq(emailOutbox.status, 'dead'),
      ),
    )
    .returning({ id: emailOutbox.id });
  return rows.length > 0;
}

export async function findOutboxEmail(db: Executor, programmeId: string, id: number) {
  const [row] = await db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.id, id), eq(emailOutbox.programmeId, programmeId)));
  return row;
}
