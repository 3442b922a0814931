import { createHash } from 'node:crypto';
import rateLimit, { normalizeIP } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../lib/errors';
import { REFRESH_COOKIE } from '../modules/auth/auth.routes';
import { KNOWN_BROWSER_COOKIE, knownBrowserOf } from '../modules/auth/known-browser';

interface Limit {
  max: number;
  /** Milliseconds. */
  window: number;
}

const MINUTE = 60_000;

/**
 * How often each guarded action may happen, per client address and per account. An address
 * may be a language school's or a shelter's shared Wi-Fi, so its limits leave room for a
 * class logging in at once; the account's limits are the tight ones. The counts live in each
 * API instance's memory: with two instances an attacker gets up to twice as many tries, which
 * the lockout (in the database, shared) does not allow for passwords.
 */
export const RATE_LIMITS = {
  login: {
    perAddress: { max: 50, window: 15 * MINUTE },
    perAccount: { max: 10, window: 15 * MINUTE },
  },
  register: {
    perAddress: { max: 10, window: 60 * MINUTE },
    perAccount: { max: 3, window: 60 * MINUTE },
  },
  refresh: {
    perAddress: { max: 300, window: 15 * MINUTE },
    perAccount: { max: 10, window: MINUTE },
  },
  accountDeletion: {
    perAddress: { max: 30, window: 15 * MINUTE },
    perAccount: { max: 5, window: 15 * MINUTE },
  },
  matchRequest: {
    perAddress: { max: 60, window: 60 * MINUTE },
    perAccount: { max: 20, window: 60 * MINUTE },
  },
} satisfies Record<string, { perAddress: Limit; perAccount: Limit }>;
export type LimitedAction = keyof typeof RATE_LIMITS;

/**
 * Whose account a request is about, before anyone is signed in: the email being logged in to
 * or registered, the refresh token presented (hashed: the key is kept in memory), or the
 * signed-in member. Undefined means the address limit alone applies.
 */
function accountKeys(
  secret: string,
): Record<LimitedAction, (request: FastifyRequest) => string | undefined> {
  return {
    // Per email and browser: the browser she logged in from before has its own count, so
    // strangers' tries at her email cannot shut it out (the lockout spares it too).
    login: (request) => {
      const email = emailIn(request.body);
      if (email === undefined) return undefined;
      const known = knownBrowserOf(secret, request.cookies[KNOWN_BROWSER_COOKIE]);
      return known ? `${email} ${known}` : email;
    },
    register: (request) => emailIn(request.body),
    refresh: (request) => {
      const token = tokenIn(request.body) ?? request.cookies[REFRESH_COOKIE];
      return token ? createHash('sha256').update(token).digest('base64url') : undefined;
    },
    matchRequest: (request) => request.currentUser?.id,
    accountDeletion: (request) => request.currentUser?.id,
  };
}

function emailIn(body: unknown): string | undefined {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' ? email.trim().toLowerCase() : undefined;
}

function tokenIn(body: unknown): string | undefined {
  const token = (body as { refreshToken?: unknown } | undefined)?.refreshToken;
  return typeof token === 'string' ? token : undefined;
}

export const tooManyRequests = () =>
  new AppError(429, 'too_many_requests', 'Too many tries. Please wait a little and try again.');

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * The limits of one action as a preHandler: `preHandler: app.limit('login')`. It runs
     * after validation, so the account is known, and before the handler's costly work.
     */
    limit(action: LimitedAction): preHandlerAsyncHookHandler;
  }
}

export const rateLimitPlugin = fp(
  async (app: FastifyInstance, options: { enabled: boolean; secret: string }) => {
    if (!options.enabled) {
      app.decorate('limit', () => async () => undefined);
      return;
    }
    await app.register(rateLimit, { global: false });
    const accountOf = accountKeys(options.secret);
    // The account a request is about, worked out once in the hook (for a login it checks the
    // browser's note) and read by the account limiter's key.
    const accountKey = new WeakMap<FastifyRequest, string>();
    app.decorate('limit', (action: LimitedAction): preHandlerAsyncHookHandler => {
      const { perAddress, perAccount } = RATE_LIMITS[action];
      const byAddress = app.createRateLimit({
        max: perAddress.max,
        timeWindow: perAddress.window,
        // An IPv6 household or phone has a whole /64 to pick addresses from: it counts as one.
        keyGenerator: (request) => `${action}:address:${normalizeIP(request.ip, 64)}`,
      });
      const byAccount = app.createRateLimit({
        max: perAccount.max,
        timeWindow: perAccount.window,
        keyGenerator: (request) => `${action}:account:${accountKey.get(request) ?? ''}`,
      });
      return async (request, reply) => {
        const checks = [byAddress(request)];
        const account = accountOf[action](request);
        if (account !== undefined) {
          accountKey.set(request, account);
          checks.push(byAccount(request));
        }
        for (const result of await Promise.all(checks)) {
          if (!result.isAllowed && result.isExceeded) {
            reply.header('retry-after', String(result.ttlInSeconds));
            throw tooManyRequests();
          }
        }
      };
    });
  },
  { name: 'rate-limit' },
);
