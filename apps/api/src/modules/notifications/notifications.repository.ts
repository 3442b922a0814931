import { and, count, desc, eq, inArray, isNull, lt, or, type SQL } from 'drizzle-orm';
import {
  isOptionalEmail,
  NOTIFICATIONS_PAGE,
  type NotificationKind,
  type NotificationParams,
} from '@mentorbro/core/notifications';
import type { Executor } from '../../db/client';
import { emailOutbox, notifications, users } from '../../db/schema';

export type NotificationRow = typeof notifications.$inferSelect;

export interface NewNotification {
  userId: string;
  programmeId: string;
  kind: NotificationKind;
  params: NotificationParams;
  link: string;
  /** Set for reminders: the same key for the same member is made once, whoever asks. */
  dedupeKey?: string;
  createdAt: Date;
}

/**
 * Tells members, in the bell and by email, in the caller's transaction: a notification exists
 * exactly when what it tells of happened. Returns how many were new (a reminder already made
 * under its key is skipped). Suspended members get no email; optional ones only with emailTips.
 * A deleted account is told nothing at all: an erasure deletes her notifications, and a late
 * event or a worker's round must not make her a new one, nor an email to her old address.
 */
export async function notify(db: Executor, items: NewNotification[]): Promise<number> {
  if (items.length === 0) return 0;
  const recipients = await db
    .select({
      id: users.id,
      programmeId: users.programmeId,
      emailTips: users.emailTips,
      suspendedAt: users.suspendedAt,
      deletedAt: users.deletedAt,
    })
    .from(users)
    .where(inArray(users.id, [...new Set(items.map((item) => item.userId))]))
    // The lock the notification's foreign key takes anyway, taken before reading: an erasure
    // under way (it holds her row for update) is waited for, and then seen.
    .for('key share');
  const byId = new Map(recipients.map((recipient) => [recipient.id, recipient]));
  const told = items.filter((item) => !byId.get(item.userId)?.deletedAt);
  if (told.length === 0) return 0;
  const inserted = await db
    .insert(notifications)
    .values(
      told.map((item) => ({
        userId: item.userId,
        kind: item.kind,
        params: item.params,
        link: item.link,
        dedupeKey: item.dedupeKey ?? null,
        createdAt: item.createdAt,
      })),
    )
    .onConflictDoNothing({ target: [notifications.userId, notifications.dedupeKey] })
    .returning({
      id: notifications.id,
      userId: notifications.userId,
      kind: notifications.kind,
      createdAt: notifications.createdAt,
    });
  if (inserted.length === 0) return 0;
  const mails = inserted.flatMap((row) => {
    const recipient = byId.get(row.userId);
    if (!recipient || recipient.suspendedAt) return [];
    if (isOptionalEmail(row.kind) && !recipient.emailTips) return [];
    return [
      {
        programmeId: recipient.programmeId,
        notificationId: row.id,
        dueAt: row.createdAt,
        createdAt: row.createdAt,
      },
    ];
  });
  if (mails.length > 0) await db.insert(emailOutbox).values(mails);
  return inserted.length;
}

const mine = (userId: string, unread: boolean | undefined): SQL | undefined =>
  and(eq(notifications.userId, userId), unread ? isNull(notifications.readAt) : undefined);

/** Her notifications, newest first, a page at a time from `before` (an id of hers). */
export async function listNotifications(
  db: Executor,
  userId: string,
  options: { unread?: boolean; before?: NotificationRow },
): Promise<NotificationRow[]> {
  const { before } = options;
  return db
    .select()
    .from(notifications)
    .where(
      and(
        mine(userId, options.unread),
        before
          ? or(
              lt(notifications.createdAt, before.createdAt),
              and(eq(notifications.createdAt, before.createdAt), lt(notifications.id, before.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(NOTIFICATIONS_PAGE + 1);
}

export async function findNotification(
  db: Executor,
  userId: string,
  id: string,
): Promise<NotificationRow | undefined> {
  const [row] = await db
    .select()
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)));
  return row;
}

export async function countUnread(db: Executor, userId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(notifications).where(mine(userId, true));
  return row?.n ?? 0;
}

/** Marks one (or, without an id, all) of her unread notifications read; true if any changed. */
export async function markRead(
  db: Executor,
  userId: string,
  now: Date,
  id?: string,
): Promise<boolean> {
  const rows = await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(mine(userId, true), id ? eq(notifications.id, id) : undefined))
    .returning({ id: notifications.id });
  return rows.length > 0;
}
