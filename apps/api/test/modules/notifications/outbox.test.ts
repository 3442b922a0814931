import type { OutboxPage } from '@mentorbro/core/notifications';
import { EMAIL_MAX_ATTEMPTS } from '@mentorbro/core/notifications';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailOutbox } from '../../../src/db/schema';
import { notify } from '../../../src/modules/notifications/notifications.repository';
import type { OutgoingMail } from '../../../src/modules/notifications/mail-transport';
import {
  LEASE_MS,
  retryDelayMs,
  sendDueEmails,
} from '../../../src/modules/notifications/outbox.sender';
import { createAdminAndLogin } from '../../helpers/accounts';
import { FakeTransport, PUBLIC_URL, sendMail } from '../../helpers/mail';
import { auth, type Member } from '../../helpers/profiles';
import { relogin } from '../../helpers/requests';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { queueEmails } from './queue';

let t: TestApp;
let mentee: Member;
let queue: (n: number) => Promise<number[]>;

beforeAll(async () => {
  t = await createTestApp();
  const queued = await queueEmails(t);
  queue = queued;
  mentee = queued.mentee;
});
afterAll(() => t.close());

const statusOf = async (id: number) =>
  (await t.app.db.select().from(emailOutbox).where(eq(emailOutbox.id, id)))[0];

async function drainAll() {
  await sendMail(t, new FakeTransport());
}

describe('sending the outbox', () => {
  it('sends each email once and marks it sent', async () => {
    await drainAll();
    const ids = await queue(3);
    const transport = new FakeTransport();
    expect(await sendMail(t, transport)).toEqual({ sent: 3, failed: 0 });
    expect(await sendMail(t, transport)).toEqual({ sent: 0, failed: 0 });
    expect(transport.delivered).toHaveLength(3);
    expect(new Set(transport.delivered.map((mail) => mail.messageId)).size).toBe(3);
    for (const id of ids) expect((await statusOf(id))?.status).toBe('sent');
  });

  it('retries a failed send with a doubling wait, and not before', async () => {
    await drainAll();
    const [id] = await queue(1);
    if (id === undefined) throw new Error('nothing queued');
    const transport = new FakeTransport();
    transport.fail = () => new Error('421 try again later');
    expect(await sendMail(t, transport)).toEqual({ sent: 0, failed: 1 });
    expect(await statusOf(id)).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: '421 try again later',
      dueAt: new Date(t.clock.now().getTime() + retryDelayMs(1)),
    });

    transport.fail = null;
    t.clock.advance(retryDelayMs(1) - 1000);
    expect(await sendMail(t, transport)).toEqual({ sent: 0, failed: 0 });
    t.clock.advance(1000);
    expect(await sendMail(t, transport)).toEqual({ sent: 1, failed: 0 });
    expect(await statusOf(id)).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
    expect(retryDelayMs(2)).toBe(2 * retryDelayMs(1));
  });

  it('gives up after the last attempt, shows it to coordinators, who may send it again', async () => {
    await drainAll();
    const [id] = await queue(1);
    if (id === undefined) throw new Error('nothing queued');
    const transport = new FakeTransport();
    transport.fail = () => new Error('550 mailbox unavailable');
    for (let attempt = 1; attempt <= EMAIL_MAX_ATTEMPTS; attempt += 1) {
      expect(await sendMail(t, transport)).toEqual({ sent: 0, failed: 1 });
      t.clock.advance(retryDelayMs(attempt));
    }
    expect(await statusOf(id)).toMatchObject({ status: 'dead', attempts: EMAIL_MAX_ATTEMPTS });
    expect(await sendMail(t, transport)).toEqual({ sent: 0, failed: 0 });

    const admin = await createAdminAndLogin(t);
    const page = (await t.http.get('/api/admin/outbox').set(auth(admin)).expect(200))
      .body as OutboxPage;
    expect(page.counts.dead).toBeGreaterThanOrEqual(1);
    expect(page.items).toContainEqual(
      expect.objectContaining({
        id,
        status: 'dead',
        kind: 'mentorship_quiet',
        subject: 'Har I mødtes for nylig?',
        lastError: '550 mailbox unavailable',
        attempts: EMAIL_MAX_ATTEMPTS,
        recipient: { id: mentee.user.id, name: 'Amina Hassan' },
      }),
    );

    await t.http.post(`/api/admin/outbox/${id}/retry`).set(auth(admin)).expect(204);
    await t.http.post(`/api/admin/outbox/${id}/retry`).set(auth(admin)).expect(409);
    await t.http.post('/api/admin/outbox/999999/retry').set(auth(admin)).expect(404);
    await t.http
      .post(`/api/admin/outbox/${id}/retry`)
      .set(auth(await relogin(t, mentee)))
      .expect(403);
    transport.fail = null;
    expect(await sendMail(t, transport)).toEqual({ sent: 1, failed: 0 });
    expect(await statusOf(id)).toMatchObject({ status: 'sent', attempts: 1 });
    const audit = await t.http.get('/api/admin/audit').set(auth(admin)).expect(200);
    expect(audit.body.entries[0]).toMatchObject({ action: 'email.retry' });
  });

  it("keeps survey emails out of the coordinators' list and counts", async () => {
    await drainAll();
    const [quiet] = await queue(1);
    const admin = await createAdminAndLogin(t);
    const pending = () => t.app.db.$count(emailOutbox, eq(emailOutbox.status, 'pending'));
    const page = async () =>
      (await t.http.get('/api/admin/outbox?status=pending').set(auth(admin)).expect(200))
        .body as OutboxPage;
    const before = await page();
    const queued = await pending();
    // A pending survey email would tell her coordinator that she has not answered yet.
    const user = await t.app.db.query.users.findFirst({
      where: (users, { eq: is }) => is(users.id, mentee.user.id),
    });
    if (!user) throw new Error('the mentee is missing');
    await notify(
      t.app.db,
      (['survey_start', 'survey_end', 'survey_reminder'] as const).map((kind) => ({
        userId: user.id,
        programmeId: user.programmeId,
        kind,
        params: { name: 'Lone' },
        link: '/surveys',
        createdAt: t.clock.now(),
      })),
    );
    expect(await pending()).toBe(queued + 3);
    const after = await page();
    expect(after.counts).toEqual(before.counts);
    expect(after.items.map((item) => item.id)).toEqual(before.items.map((item) => item.id));
    expect(after.items.map((item) => item.id)).toContain(quiet);
    expect(after.items.filter((item) => item.kind.startsWith('survey_'))).toEqual([]);
  });

  it('sends again, once, an email whose worker died mid-send, when its lease ends', async () => {
    await drainAll();
    const [id] = await queue(1);
    if (id === undefined) throw new Error('nothing queued');
    // The first worker hangs in the SMTP conversation and never comes back (its process died).
    let reached = (): void => undefined;
    const hanging = new Promise<void>((resolve) => {
      reached = resolve;
    });
    const dying = {
      send: () => {
        reached();
        return new Promise<void>(() => undefined);
      },
      close: () => undefined,
    };
    void sendDueEmails({ db: t.app.db, clock: t.clock, transport: dying, publicUrl: PUBLIC_URL });
    await hanging;
    expect((await statusOf(id))?.status).toBe('sending');

    const survivor = new FakeTransport();
    expect(await sendMail(t, survivor)).toEqual({ sent: 0, failed: 0 });
    t.clock.advance(LEASE_MS);
    expect(await sendMail(t, survivor)).toEqual({ sent: 1, failed: 0 });
    expect(survivor.delivered).toHaveLength(1);
    expect(await statusOf(id)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(await sendMail(t, survivor)).toEqual({ sent: 0, failed: 0 });
  });

  it('keeps the Message-ID of an email the same on every attempt', async () => {
    await drainAll();
    await queue(1);
    const transport = new FakeTransport();
    const seen: string[] = [];
    transport.fail = (mail: OutgoingMail) => {
      seen.push(mail.messageId);
      return seen.length === 1 ? new Error('timeout') : null;
    };
    await sendMail(t, transport);
    t.clock.advance(retryDelayMs(1));
    await sendMail(t, transport);
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBe(seen[1]);
  });
});
