import cookie from '@fastify/cookie';
import jwt from '@fastify/jwt';
import type { FastifyInstance, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import type { Role } from '@mentorbro/core/user';
import type { Config } from '../config';
import { AppError, forbidden, unauthorized } from '../lib/errors';
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
        request.currentUser = user;
      };
    });
  },
  { name: 'auth', dependencies: ['db'] },
);
