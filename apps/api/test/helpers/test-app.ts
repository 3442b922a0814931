import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import supertest from 'supertest';
import { buildApp } from '../../src/app';
import { type Config, loadConfig } from '../../src/config';
import { ManualClock } from './manual-clock';
import { createTestDatabase, type TestDatabase } from './test-database';

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-0123456789';

export interface TestApp {
  app: FastifyInstance;
  http: ReturnType<typeof supertest>;
  clock: ManualClock;
  config: Config;
  database: TestDatabase;
  close(): Promise<void>;
}

/**
 * The real app on its own database, driven over HTTP with supertest. `extend` may add
 * routes before the app is ready (e.g. a guarded route for the guard's tests).
 */
export async function createTestApp(
  options: {
    extend?: (app: FastifyInstance) => void | Promise<void>;
    /** Serve a built SPA from this folder (off by default). */
    webDistDir?: string;
    /** Log somewhere a test can read (silent by default). */
    logger?: FastifyServerOptions['logger'];
    /**
     * More settings, as environment variables. Rate limits are off unless a test turns them
     * on (`RATE_LIMITS: 'true'`): most tests log in many members from one address.
     */
    env?: Record<string, string>;
  } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: 'silent',
    RATE_LIMITS: 'false',
    ...(options.webDistDir ? { WEB_DIST_DIR: options.webDistDir } : {}),
    ...options.env,
  });
  const clock = new ManualClock(new Date());
  const app = await buildApp({
    config,
    database: database.handle,
    closeDatabase: false,
    clock,
    logger: options.logger,
    serveSpa: options.webDistDir !== undefined,
  });
  await options.extend?.(app);
  await app.ready();
  return {
    app,
    http: supertest(app.server),
    clock,
    config,
    database,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
