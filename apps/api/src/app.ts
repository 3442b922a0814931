import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { TypeBoxValidatorCompiler } from '@fastify/type-provider-typebox';
import { errorCodeForStatus } from '@mentorbro/core/error-codes';
import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyServerOptions,
} from 'fastify';
import type { Config } from './config';
import type { DatabaseHandle } from './db/client';
import { type Clock, systemClock } from './lib/clock';
import { authRoutes } from './modules/auth/auth.routes';
import { auditRoutes } from './modules/audit/audit.routes';
import { healthRoutes } from './modules/health/health.routes';
import { moderationRoutes } from './modules/moderation/moderation.routes';
import { reportsRoutes } from './modules/reports/reports.routes';
import { requestsRoutes } from './modules/requests/requests.routes';
import { introductionsRoutes } from './modules/introductions/introductions.routes';
import { mentorshipsRoutes } from './modules/mentorships/mentorships.routes';
import { notificationsRoutes } from './modules/notifications/notifications.routes';
import { outboxRoutes } from './modules/notifications/outbox.routes';
import { waitingListRoutes } from './modules/waiting-list/waiting-list.routes';
import { statsRoutes } from './modules/stats/stats.routes';
import { surveysRoutes } from './modules/surveys/surveys.routes';
import { adminUsersRoutes } from './modules/users/admin-users.routes';
import { profilesRoutes } from './modules/profiles/profiles.routes';
import { searchRoutes } from './modules/search/search.routes';
import { programmesRoutes } from './modules/programmes/programmes.routes';
import { privacyRoutes } from './modules/privacy/privacy.routes';
import { usersRoutes } from './modules/users/users.routes';
import { authPlugin } from './plugins/auth';
import { dbPlugin } from './plugins/db';
import { docsPlugin } from './plugins/docs';
import { errorBody, errorsPlugin, sendNotFound } from './plugins/errors';
import { jsonBodyPlugin } from './plugins/json-body';
import { rateLimitPlugin } from './plugins/rate-limit';
import { securityPlugin } from './plugins/security';
import { spaPlugin } from './plugins/spa';

declare module 'fastify' {
  interface FastifyInstance {
    clock: Clock;
  }
}

export interface AppOptions {
  config: Config;
  /** An open, migrated database; the app closes it on shutdown unless a test owns it. */
  database: DatabaseHandle;
  closeDatabase?: boolean;
  clock?: Clock;
  logger?: FastifyServerOptions['logger'];
  /** Serve the built SPA (off in API tests). */
  serveSpa?: boolean;
}

/**
 * Request lines are logged without their query string: a coordinator's search (`?q=` with a
 * name or an email) must not end up in the logs.
 */
function withRequestSerializer(
  logger: FastifyServerOptions['logger'],
): FastifyServerOptions['logger'] {
  if (logger === false || logger === undefined) return false;
  const options = typeof logger === 'object' ? logger : {};
  return {
    ...options,
    serializers: {
      ...options.serializers,
      req: (request: { id: string; method: string; url: string }) => ({
        id: request.id,
        method: request.method,
        url: request.url.split('?')[0],
      }),
    },
  };
}

/**
 * A request id for every log line of a request: the proxy's `x-request-id` when it is a
 * plain token (a client's header could otherwise write anything into the logs), else a new one.
 */
export function requestIdFor(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && /^[A-Za-z0-9._:-]{1,100}$/.test(given) ? given : randomUUID();
}

function trustHops(hops: number) {
  return (_address: string, hop: number) => hop < hops;
}

/** Builds the whole app without listening, so tests drive it through HTTP without a port. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const app = Fastify({
    logger: withRequestSerializer(options.logger ?? false),
    // Generous for forms, small enough that a huge body is refused before it is parsed.
    bodyLimit: 256 * 1024,
    // The router's own refusals (a malformed or overlong path) come before any route's error
    // handler; they get the app's one error shape too.
    frameworkErrors: (error, _request, reply) => {
      const status = error.statusCode ?? 400;
      // Its type is generic over a route that does not exist yet.
      void (reply as FastifyReply)
        .code(status)
        .send(errorBody(errorCodeForStatus(status), 'This address is not valid.'));
    },
    // A slow or stuck client must not hold a connection forever.
    connectionTimeout: 30_000,
    requestTimeout: 30_000,
    requestIdHeader: false,
    genReqId: requestIdFor,
    // A number is that many proxy hops in front of the app (Fastify's types take it as a test).
    trustProxy:
      typeof config.trustProxy === 'number' ? trustHops(config.trustProxy) : config.trustProxy,
  });
  app.setValidatorCompiler(TypeBoxValidatorCompiler);
  app.decorate('clock', options.clock ?? systemClock);

  await app.register(errorsPlugin);
  await app.register(jsonBodyPlugin);
  // The id goes back to the caller too, so a member's "it failed" can be found in the logs.
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  await app.register(securityPlugin, {
    https: config.cookieSecure,
    corsOrigins: config.corsOrigins,
  });
  await app.register(dbPlugin, {
    database: options.database,
    closeOnShutdown: options.closeDatabase ?? true,
  });
  await app.register(authPlugin, { config });
  await app.register(rateLimitPlugin, { enabled: config.rateLimits, secret: config.jwtSecret });
  await app.register(docsPlugin);

  await app.register(
    async (api) => {
      api.setNotFoundHandler(sendNotFound);
      await api.register(healthRoutes);
      await api.register(authRoutes, { config });
      await api.register(usersRoutes);
      await api.register(programmesRoutes);
      await api.register(profilesRoutes);
      await api.register(searchRoutes);
      await api.register(auditRoutes);
      await api.register(moderationRoutes);
      await api.register(adminUsersRoutes);
      await api.register(reportsRoutes);
      await api.register(requestsRoutes);
      await api.register(introductionsRoutes);
      await api.register(mentorshipsRoutes);
      await api.register(notificationsRoutes);
      await api.register(outboxRoutes);
      await api.register(waitingListRoutes);
      await api.register(statsRoutes);
      await api.register(surveysRoutes);
      await api.register(privacyRoutes);
    },
    { prefix: '/api' },
  );

  if (options.serveSpa ?? true) {
    await app.register(spaPlugin, { webDistDir: config.webDistDir });
  } else {
    app.setNotFoundHandler(sendNotFound);
  }
  return app;
}
