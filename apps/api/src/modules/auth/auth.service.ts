import { randomUUID } from 'node:crypto';
import type { LoginBody, RegisterBody, Session } from '@mentorbro/core/auth';
import { DEFAULT_PROGRAMME_SLUG } from '@mentorbro/core/programme';
import type { User } from '@mentorbro/core/user';
import type { Db, Executor } from '../../db/client';
import { type Clock, DAY_MS } from '../../lib/clock';
import { accountSuspended, AppError, invalidRefreshToken, refused } from '../../lib/errors';
import { findProgrammeBySlug } from '../programmes/programmes.repository';
import { findUserByEmail, findUserById, insertUser, type UserRow } from '../users/users.repository';
import { toUser } from '../users/users.view';
import {
  forgetWrongPasswords,
  lockedForSeconds,
  LoginLocked,
  recordWrongPassword,
} from './lockout';
import { hashPassword, verifyPassword } from './password';
import { hashRefreshToken, newRefreshToken } from './refresh-token';
import {
  findRefreshToken,
  findRefreshTokenForUpdate,
  insertRefreshToken,
  markRefreshTokenUsed,
  revokeFamily,
} from './refresh-tokens.repository';

/** Two tabs refreshing with the same cookie at once are not a theft. */
export const REUSE_GRACE_MS = 10_000;

/** A session as the service issues it: the refresh token is always there. */
export type IssuedSession = Session & { refreshToken: string };

export interface AuthServiceDeps {
  db: Db;
  clock: Clock;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  signAccessToken(user: Pick<UserRow, 'id' | 'role'>): string;
}

export function authService(deps: AuthServiceDeps) {
  const { db, clock } = deps;

  async function startSession(
    executor: Executor,
    user: UserRow,
    familyId: string = randomUUID(),
  ): Promise<IssuedSession> {
    const refreshToken = newRefreshToken();
    const now = clock.now();
    await insertRefreshToken(executor, {
      userId: user.id,
      familyId,
      tokenHash: hashRefreshToken(refreshToken),
      createdAt: now,
      expiresAt: new Date(now.getTime() + deps.refreshTokenTtlDays * DAY_MS),
    });
    return {
      accessToken: deps.signAccessToken(user),
      expiresIn: deps.accessTokenTtlSeconds,
      refreshToken,
      user: toUser(user),
    };
  }

  return {
    async register(body: RegisterBody): Promise<User> {
      const programme = await findProgrammeBySlug(db, body.programme ?? DEFAULT_PROGRAMME_SLUG);
      if (!programme) {
        throw refused('/programme', 'enum', 'is not a programme here');
      }
      // The programme's own rule, so it can change without a new version of the app.
      if (programme.womenOnly && body.declaresWoman !== true) {
        throw refused('/declaresWoman', 'required', 'is required: this programme is for women');
      }
      const now = clock.now();
      const row = await insertUser(db, {
        email: body.email,
        name: body.name.trim(),
        role: body.role,
        locale: body.locale,
        passwordHash: await hashPassword(body.password),
        programmeId: programme.id,
        termsAcceptedAt: now,
        womanDeclaredAt: programme.womenOnly ? now : null,
      });
      // The message never repeats the address: the response may be seen by someone else.
      if (!row)
        throw new AppError(409, 'email_taken', 'An account with this email already exists.');
      return toUser(row);
    },

    /**
     * `knownBrowserOf` is the account the caller's browser has logged in to before: a locked
     * account still lets that browser try (lockout.ts).
     */
    async login(body: LoginBody, knownBrowserOf?: string): Promise<IssuedSession> {
      const user = await findUserByEmail(db, body.email);
      const now = clock.now();
      if (user && user.id !== knownBrowserOf) {
        const seconds = lockedForSeconds(user, now);
        // Refused before the password is checked: a lock that still checked would let a
        // guesser learn when he is right.
        if (seconds > 0) throw new LoginLocked(seconds);
      }
      const valid = await verifyPassword(user?.passwordHash, body.password);
      // One answer for an unknown email and a wrong password, so accounts cannot be probed.
      if (!user || !valid) {
        if (user) await recordWrongPassword(db, user.id, now);
        throw new AppError(401, 'invalid_credentials', 'The email or password is not right.');
      }
      await forgetWrongPasswords(db, user);
      // Said only to someone who knows the password: she deserves to know why.
      if (user.suspendedAt) throw accountSuspended();
      return startSession(db, user);
    },

    /**
     * Rotates a refresh token. A token that was already used has been copied: the whole
     * family is revoked, so both the thief and the owner must log in again. Within a few
     * seconds of its use it is more likely a second tab of the same browser racing the
     * first: that caller is refused, but the family lives on.
     */
    async refresh(token: string): Promise<IssuedSession> {
      const now = clock.now();
      const outcome = await db.transaction(async (tx) => {
        const row = await findRefreshTokenForUpdate(tx, hashRefreshToken(token));
        if (!row || row.revokedAt) return { ok: false } as const;
        if (row.usedAt) {
          if (now.getTime() - row.usedAt.getTime() < REUSE_GRACE_MS) return { ok: false } as const;
          await revokeFamily(tx, row.familyId, now);
          return { ok: false } as const;
        }
        if (row.expiresAt <= now) return { ok: false } as const;
        const user = await findUserById(tx, row.userId);
        if (!user || user.suspendedAt) return { ok: false } as const;
        await markRefreshTokenUsed(tx, row.id, now);
        return { ok: true, session: await startSession(tx, user, row.familyId) } as const;
      });
      // Thrown only now, so the family's revocation above is committed, not rolled back.
      if (!outcome.ok) throw invalidRefreshToken();
      return outcome.session;
    },

    /** Ends the session the token belongs to; unknown tokens are ignored, logout always works. */
    async logout(token: string | undefined): Promise<void> {
      if (!token) return;
      const row = await findRefreshToken(db, hashRefreshToken(token));
      if (row) await revokeFamily(db, row.familyId, clock.now());
    },
  };
}
