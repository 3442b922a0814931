import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Security headers on every answer, and a Content-Security-Policy under which the SPA runs
 * only its own scripts and styles from its own origin: an injected `<script>` or inline
 * handler does nothing, no other site can frame the app, and no referrer leaves it (a survey
 * or mentorship address in another site's logs says who is in the programme).
 */
export const securityPlugin = fp(
  async (app: FastifyInstance, options: { https: boolean; corsOrigins: string[] }) => {
    await app.register(helmet, {
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          manifestSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'none'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          // Only where the app is served over HTTPS: on a plain-HTTP trial it would break loading.
          ...(options.https ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      referrerPolicy: { policy: 'no-referrer' },
      // Browsers ignore it over HTTP; over HTTPS it keeps them from ever falling back.
      strictTransportSecurity: options.https
        ? { maxAge: 31_536_000, includeSubDomains: true }
        : false,
    });
    // Closed unless origins are listed: the SPA is served from the API's own origin.
    if (options.corsOrigins.length > 0) {
      await app.register(cors, {
        origin: options.corsOrigins,
        methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
        // Bearer tokens only: the refresh cookie is SameSite=Strict and never crosses sites.
        credentials: false,
        maxAge: 600,
      });
    }
  },
  { name: 'security' },
);
