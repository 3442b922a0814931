import { buildApp } from './app';
import { loggableError } from './lib/loggable-error';
import { loadConfig } from './config';
import { openDatabase } from './db/client';
import { runMigrations } from './db/migrate';
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD, seedDemoIfEmpty } from './demo/seed-demo';
import { transportFor } from './modules/notifications/mail-transport';
import { startWorker } from './modules/reminders/scheduler';

/** Longer than a request may take (30 s), shorter than docker-compose's stop grace period. */
const SHUTDOWN_GRACE_MS = 35_000;

/** The entry point: config, database, migrations, demo data, then listen until a signal. */
async function main() {
  const config = loadConfig();
  const logger =
    config.env === 'development'
      ? {
          level: config.logLevel,
          transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname' } },
        }
      : { level: config.logLevel };

  // The app's logger exists only once the database is open, so pool errors are routed late.
  let onPoolError = (_error: Error): void => undefined;
  const database = await openDatabase(config.database, {
    onPoolError: (error) => {
      onPoolError(error);
    },
  });
  await runMigrations(database, config.database);
  const app = await buildApp({ config, database, logger });
  onPoolError = (error) => {
    app.log.warn({ err: loggableError(error) }, 'database connection lost');
  };
  if (config.demoData) await seedDemoIfEmpty(app.db, app.log);

  // Reminders and emails: every instance may run this; PostgreSQL keeps them from doubling.
  // It starts once the app listens, and its round in hand finishes before the database closes.
  const transport = transportFor(config.mail, app.log);
  let worker: { stop(): Promise<void> } | undefined;
  let closing = false;
  let workerStopped: Promise<void> = Promise.resolve();
  // While shutting down, answers close their connection: an idle keep-alive one would hold
  // close() for its whole keep-alive time (72 s).
  app.addHook('onSend', async (_request, reply, payload) => {
    if (closing) reply.header('connection', 'close');
    return payload;
  });
  // The port closes at once; the worker's round in hand finishes in onClose, before the
  // database plugin's onClose closes the pool under it.
  app.addHook('preClose', async () => {
    workerStopped = worker?.stop() ?? Promise.resolve();
  });
  app.addHook('onClose', async () => {
    await workerStopped;
    transport.close();
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      if (closing) return;
      closing = true;
      app.log.info({ signal }, 'shutting down');
      // A request stuck past its own timeout must not keep the process from ever stopping;
      // docker-compose waits 40 s before it kills.
      setTimeout(() => {
        app.log.error('requests still running after 35 s; stopping anyway');
        process.exit(1);
      }, SHUTDOWN_GRACE_MS).unref();
      // close() stops accepting connections and waits for requests in flight.
      app.close().then(
        () => process.exit(0),
        (error: unknown) => {
          app.log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }

  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    // Close the database before giving up (a busy port, say): PGlite left open by a dying
    // process can fail to start the next time.
    await app.close();
    throw error;
  }
  const shownHost = ['0.0.0.0', '::', '127.0.0.1'].includes(config.host)
    ? 'localhost'
    : config.host;
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  app.log.info(`Mentorbro is running at http://${shownHost}:${port}/`);
  if (config.workerIntervalSeconds > 0) {
    worker = startWorker({
      db: app.db,
      clock: app.clock,
      transport,
      publicUrl: config.publicUrl,
      log: app.log,
      intervalMs: config.workerIntervalSeconds * 1000,
    });
  }
  if (config.demoData) {
    app.log.info(`Demo login (coordinator): ${DEMO_ADMIN_EMAIL} / ${DEMO_PASSWORD}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
