import cookie from '@fastify/cookie';
import jwt from '@fastify/jwt';
import { and, eq, isNull, lte, or } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import type { Role } from '@mentorbro/core/user';
import type { Config } from '../config';
import type { Executor } from '../db/client';
import { users } from '../db/schema';
import { AppError, forbidden, unauthorized } from '../lib/errors';
import { loggableError } from '../lib/loggable-error';
import { findUserById, type UserRow } from '../modules/users/users.repository';

export interface AccessTokenPayload {
  sub: string;
  role: Role;
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    /** iat is set from the app's clock when signing. */
    payload: AccessTokenPayload & { iat?: number };
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * The role guard routes declare: `onRequest: app.guard('admin')`, or `app.guard()`
     * for any signed-in user. It loads the user on every request, so an account that is
     * deleted (or, later, suspended) loses access at once, not when its token expires.
     */
    guard(...roles: Role[]): onRequestAsyncHookHandler;
    signAccessToken(user: Pick<UserRow, 'id' | 'role'>): string;
  }
  interface FastifyRequest {
    currentUser: UserRow | null;
  }
}

/**
 * `last_active_at` moves at most once an hour: mentor cards show it only as today, this week,
 * this month or older, so an active member costs one small UPDATE an hour, not one a request.
 */
const ACTIVITY_STEP_MS = 3_600_000;

/**
 * Marks her active now unless she already was within the hour. The condition is repeated in
 * the WHERE, so requests arriving together write once. `updated_at` is about her account, not
 * her activity, and stays as it is.
 */
async function touchLastActive(db: Executor, user: UserRow, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - ACTIVITY_STEP_MS);
  if (user.lastActiveAt && user.lastActiveAt > since) return false;
  await db
    .update(users)
    .set({ lastActiveAt: now })
    .where(
      and(eq(users.id, user.id), or(isNull(users.lastActiveAt), lte(users.lastActiveAt, since))),
    );
  return true;
}

/** The signed-in user of a guarded route. */
export function currentUser(request: FastifyRequest): UserRow {
  if (!request.currentUser) throw unauthorized();
  return request.currentUser;
}

function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = header ? /^Bearer ([^\s]+)$/i.exec(header) : null;
  return match?.[1];
}

export const authPlugin = fp(
  async (app: FastifyInstance, options: { config: Config }) => {
    const { config } = options;
    await app.register(cookie);
    await app.register(jwt, {
      secret: config.jwtSecret,
      // Pinned, so a token signed with "none" or another algorithm is never accepted.
      sign: { algorithm: 'HS256', expiresIn: config.accessTokenTtlSeconds },
      verify: { algorithms: ['HS256'] },
    });

    app.decorate('signAccessToken', (user: Pick<UserRow, 'id' | 'role'>) =>
      app.jwt.sign({
        sub: user.id,
        role: user.role,
        iat: Math.floor(app.clock.now().getTime() / 1000),
      }),
    );

    app.decorateRequest('currentUser', null);

    app.decorate('guard', (...roles: Role[]): onRequestAsyncHookHandler => {
      return async (request) => {
        const token = bearerToken(request);
        if (!token) throw unauthorized();
        let payload: AccessTokenPayload;
        try {
          payload = app.jwt.verify<AccessTokenPayload>(token, {
            clockTimestamp: app.clock.now().getTime(),
          });
        } catch (error) {
          const expired = (error as { code?: string }).code === 'FAST_JWT_EXPIRED';
          throw expired
            ? new AppError(401, 'token_expired', 'Your session has expired.')
            : unauthorized();
        }
        const user = await findUserById(app.db, payload.sub);
        if (!user) throw unauthorized();
        // Suspension ends her access at once, not when her access token runs out.
        if (user.suspendedAt) throw new AppError(401, 'account_suspended', 'Please log in.');
        if (roles.length > 0 && !roles.includes(user.role)) throw forbidden();
        const now = app.clock.now();
        try {
          if (await touchLastActive(app.db, user, now)) user.lastActiveAt = now;
        } catch (error) {
          // Only a hint on her card: the request she came for must not fail because of it.
          request.log.warn({ err: loggableError(error) }, 'could not record activity');
        }
        request.currentUser = user;
      };
    });
  },
  { name: 'auth', dependencies: ['db'] },
);
