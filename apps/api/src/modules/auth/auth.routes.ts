import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import Type from 'typebox';
import { LoginBody, RefreshBody, RegisterBody, Session } from '@mentorbro/core/auth';
import { ErrorBody } from '@mentorbro/core/error';
import { User } from '@mentorbro/core/user';
import type { Config } from '../../config';
import { AppError, invalidRefreshToken } from '../../lib/errors';
import { authService } from './auth.service';
import {
  KNOWN_BROWSER_COOKIE,
  KNOWN_BROWSER_DAYS,
  knownBrowserNote,
  knownBrowserOf,
} from './known-browser';
import { LoginLocked } from './lockout';

/** The browser keeps the refresh token here, out of reach of scripts, sent only to /api/auth. */
export const REFRESH_COOKIE = 'mb_refresh';
export const AUTH_COOKIE_PATH = '/api/auth';

/** After her account is deleted, this browser keeps nothing of it. */
export function clearAuthCookies(reply: FastifyReply) {
  reply.clearCookie(REFRESH_COOKIE, { path: AUTH_COOKIE_PATH });
  reply.clearCookie(KNOWN_BROWSER_COOKIE, { path: AUTH_COOKIE_PATH });
}

/** The browser sends refresh and logout with no body at all: its token is in the cookie. */
async function bodyOptional(request: FastifyRequest) {
  request.body ??= {};
}

export const authRoutes: FastifyPluginAsyncTypebox<{ config: Config }> = async (
  app,
  { config },
) => {
  const auth = authService({
    db: app.db,
    clock: app.clock,
    accessTokenTtlSeconds: config.accessTokenTtlSeconds,
    refreshTokenTtlDays: config.refreshTokenTtlDays,
    signAccessToken: (user) => app.signAccessToken(user),
  });

  const setRefreshCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(REFRESH_COOKIE, token, {
      path: AUTH_COOKIE_PATH,
      httpOnly: true,
      sameSite: 'strict',
      secure: config.cookieSecure,
      maxAge: config.refreshTokenTtlDays * 86_400,
    });

  const presentedToken = (request: FastifyRequest, body: RefreshBody | undefined) =>
    body?.refreshToken ?? request.cookies[REFRESH_COOKIE];

  app.post(
    '/auth/register',
    {
      preHandler: app.limit('register'),
      schema: {
        tags: ['auth'],
        summary: 'Create a mentee or mentor account',
        body: RegisterBody,
        response: { 201: User, 400: ErrorBody, 409: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => reply.status(201).send(await auth.register(request.body)),
  );

  app.post(
    '/auth/login',
    {
      preHandler: app.limit('login'),
      schema: {
        tags: ['auth'],
        summary: 'Log in with email and password',
        body: LoginBody,
        response: { 200: Session, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      const known = knownBrowserOf(config.jwtSecret, request.cookies[KNOWN_BROWSER_COOKIE]);
      try {
        const session = await auth.login(request.body, known);
        setRefreshCookie(reply, session.refreshToken);
        reply.setCookie(KNOWN_BROWSER_COOKIE, knownBrowserNote(config.jwtSecret, session.user.id), {
          path: AUTH_COOKIE_PATH,
          httpOnly: true,
          sameSite: 'strict',
          secure: config.cookieSecure,
          maxAge: KNOWN_BROWSER_DAYS * 86_400,
        });
        return session;
      } catch (error) {
        if (error instanceof LoginLocked)
          reply.header('retry-after', String(error.retryAfterSeconds));
        throw error;
      }
    },
  );

  app.post(
    '/auth/refresh',
    {
      preValidation: bodyOptional,
      preHandler: app.limit('refresh'),
      schema: {
        tags: ['auth'],
        summary: 'Swap a refresh token (body or cookie) for a new session',
        body: RefreshBody,
        response: { 200: Session, 400: ErrorBody, 401: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      const fromBody = request.body.refreshToken !== undefined;
      const token = presentedToken(request, request.body);
      try {
        if (!token) throw invalidRefreshToken();
        const { refreshToken, ...session } = await auth.refresh(token);
        setRefreshCookie(reply, refreshToken);
        // A browser's token stays in its httpOnly cookie, out of reach of any script on the page.
        return fromBody ? { ...session, refreshToken } : session;
      } catch (error) {
        // Only a token that will never work is forgotten: during a database outage (503) the
        // browser keeps it and refreshes once the app is back, instead of being logged out.
        if (error instanceof AppError && error.statusCode === 401) {
          reply.clearCookie(REFRESH_COOKIE, { path: AUTH_COOKIE_PATH });
        }
        throw error;
      }
    },
  );

  app.post(
    '/auth/logout',
    {
      preValidation: bodyOptional,
      schema: {
        tags: ['auth'],
        summary: 'End this session (revokes its refresh tokens)',
        body: RefreshBody,
        response: { 204: Type.Null(), 400: ErrorBody },
      },
    },
    async (request, reply) => {
      await auth.logout(presentedToken(request, request.body));
      reply.clearCookie(REFRESH_COOKIE, { path: AUTH_COOKIE_PATH });
      return reply.status(204).send(null);
    },
  );
};
