import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import { AppError } from '../../lib/errors';
import type { UserRow } from '../users/users.repository';

const MINUTE = 60_000;

/**
 * After 5 wrong passwords in a row her account is locked for a minute, doubling with each
 * further wrong one up to 15 minutes; an hour without one forgets them. A lock never outlives
 * the last wrong password by more than 15 minutes, and tries while locked are not counted, so
 * an attacker cannot make it longer. The browser she logged in from before is never locked
 * out (see known-browser.ts): guessing from elsewhere cannot keep her from her own phone.
 */
export const LOCKOUT = {
  after: 5,
  firstLockMs: MINUTE,
  longestLockMs: 15 * MINUTE,
  forgetAfterMs: 60 * MINUTE,
} as const;

export type LoginFailures = Pick<
  UserRow,
  'failedLogins' | 'lastFailedLoginAt' | 'loginLockedUntil'
>;

/** Her failures after one more wrong password at `now`. */
export function afterWrongPassword(state: LoginFailures, now: Date): LoginFailures {
  const remembered =
    state.lastFailedLoginAt !== null &&
    now.getTime() - state.lastFailedLoginAt.getTime() < LOCKOUT.forgetAfterMs;
  const failedLogins = remembered ? state.failedLogins + 1 : 1;
  if (failedLogins < LOCKOUT.after) {
    return { failedLogins, lastFailedLoginAt: now, loginLockedUntil: state.loginLockedUntil };
  }
  const lockMs = Math.min(
    LOCKOUT.firstLockMs * 2 ** (failedLogins - LOCKOUT.after),
    LOCKOUT.longestLockMs,
  );
  return {
    failedLogins,
    lastFailedLoginAt: now,
    loginLockedUntil: new Date(now.getTime() + lockMs),
  };
}

/** Seconds until she may try again from a new browser, or 0 when she may now. */
export function lockedForSeconds(state: LoginFailures, now: Date): number {
  if (!state.loginLockedUntil) return 0;
  return Math.max(0, Math.ceil((state.loginLockedUntil.getTime() - now.getTime()) / 1000));
}

export class LoginLocked extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      429,
      'too_many_requests',
      'Too many wrong passwords. Please wait a little and try again.',
    );
  }
}

/** Counts a wrong password; a row lock keeps two at once from counting as one. */
export async function recordWrongPassword(db: Db, userId: string, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const [state] = await tx
      .select({
        failedLogins: users.failedLogins,
        lastFailedLoginAt: users.lastFailedLoginAt,
        loginLockedUntil: users.loginLockedUntil,
      })
      .from(users)
      .where(eq(users.id, userId))
      .for('update');
    if (!state) return;
    await tx.update(users).set(afterWrongPassword(state, now)).where(eq(users.id, userId));
  });
}

/** A right password forgets the wrong ones (written only when there is something to forget). */
export async function forgetWrongPasswords(db: Db, user: UserRow): Promise<void> {
  if (user.failedLogins === 0 && user.loginLockedUntil === null) return;
  await db
    .update(users)
    .set({ failedLogins: 0, lastFailedLoginAt: null, loginLockedUntil: null })
    .where(eq(users.id, user.id));
}
