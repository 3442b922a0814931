import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { TransactionRollbackError } from 'drizzle-orm/errors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/db/client';
import { emailOutbox } from '../../../src/db/schema';
import type { OutgoingMail } from '../../../src/modules/notifications/mail-transport';
import { claimDue } from '../../../src/modules/notifications/outbox.repository';
import { LEASE_MS, sendDueEmails } from '../../../src/modules/notifications/outbox.sender';
import { FakeTransport, PUBLIC_URL, sendMail } from '../../helpers/mail';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { queueEmails } from './queue';

/**
 * Several API instances send from one outbox. Runs on PostgreSQL only (vitest.config.ts): the
 * embedded database has one connection, so two workers there cannot overlap at all.
 */
let t: TestApp;
let queue: (n: number) => Promise<number[]>;

beforeAll(async () => {
  t = await createTestApp();
  queue = await queueEmails(t);
});
afterAll(() => t.close());

const drainAll = () => sendMail(t, new FakeTransport());

describe('two workers side by side', () => {
  it('never claim the rows the other is claiming, and never wait for it', async () => {
    await drainAll();
    await queue(4);
    const other = await openDatabase(t.database.config);
    try {
      const now = t.clock.now();
      const lease = { now, leaseEnd: new Date(now.getTime() + LEASE_MS), limit: 2 };
      // Worker B's claim is still open (not committed) while worker A claims.
      await other.db.transaction(async (tx) => {
        const b = await claimDue(tx, { ...lease, token: randomUUID() });
        const a = await claimDue(t.app.db, { ...lease, limit: 4, token: randomUUID() });
        expect(b).toHaveLength(2);
        expect(a).toHaveLength(2);
        expect(a.map((row) => row.id)).not.toEqual(expect.arrayContaining(b.map((row) => row.id)));
        tx.rollback();
      });
    } catch (error) {
      if (!(error instanceof TransactionRollbackError)) throw error;
    } finally {
      await other.close();
    }
    // B "died" before committing: its rows are free again at once. A's wait for its lease.
    expect(await drainAll()).toEqual({ sent: 2, failed: 0 });
    t.clock.advance(LEASE_MS);
    expect(await drainAll()).toEqual({ sent: 2, failed: 0 });
  });

  it('send each of 500 queued emails exactly once', async () => {
    await drainAll();
    await queue(500);
    // On PostgreSQL a second process: its own connection pool to the same database. The
    // embedded database has one connection, so there the two share it.
    const other =
      t.database.config.kind === 'postgres'
        ? await openDatabase(t.database.config)
        : { db: t.app.db, close: () => Promise.resolve(), ping: () => Promise.resolve() };
    // Connected before the start, so both workers' first claims meet in the database.
    await other.ping();
    try {
      const transport = new FakeTransport();
      // Each send yields, so the two workers' claims and sends interleave.
      const slow = {
        send: async (mail: OutgoingMail) => {
          await new Promise((resolve) => setImmediate(resolve));
          await transport.send(mail);
        },
        close: () => undefined,
      };
      const deps = { clock: t.clock, transport: slow, publicUrl: PUBLIC_URL };
      const [a, b] = await Promise.all([
        sendDueEmails({ ...deps, db: t.app.db }),
        sendDueEmails({ ...deps, db: other.db }),
      ]);
      expect(a.sent + b.sent).toBe(500);
      expect(a.sent).toBeGreaterThan(0);
      expect(b.sent).toBeGreaterThan(0);
      const ids = transport.delivered.map((mail) => mail.messageId);
      expect(ids).toHaveLength(500);
      expect(new Set(ids).size).toBe(500);
      const left = await t.app.db
        .select({ id: emailOutbox.id })
        .from(emailOutbox)
        .where(inArray(emailOutbox.status, ['pending', 'sending', 'dead']));
      expect(left).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
