import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { sendNotFound } from './errors';

/**
 * Serves the built SPA from the same origin as the API, so one URL is all a newcomer needs.
 * Any page GET that is not a file falls back to index.html and the client-side router.
 */
export const spaPlugin = fp(
  async (app: FastifyInstance, options: { webDistDir: string }) => {
    const index = join(options.webDistDir, 'index.html');
    if (!existsSync(index)) {
      app.log.warn({ webDistDir: options.webDistDir }, 'no built SPA found; serving the API only');
      app.setNotFoundHandler(sendNotFound);
      return;
    }
    await app.register(fastifyStatic, {
      root: options.webDistDir,
      wildcard: false,
      setHeaders(res, path) {
        // Vite fingerprints everything under assets/, so those never change under the same name.
        res.header(
          'cache-control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split('?')[0] ?? '';
      // A missing file (an old tab asking for a chunk of the previous build) must be a 404:
      // served index.html, the import fails with no way for the SPA to tell why.
      const isFile = path.startsWith('/assets/') || /\.[a-z0-9]+$/i.test(path);
      if ((request.method !== 'GET' && request.method !== 'HEAD') || isFile) {
        return sendNotFound(request, reply);
      }
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
  },
  { name: 'spa' },
);
