import { randomUUID } from 'node:crypto';
import { EMAIL_MAX_ATTEMPTS } from '@mentorbro/core/notifications';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { renderEmail } from './email.templates';
import { type MailTransport, SEND_TIMEOUT_MS } from './mail-transport';
import { claimDue, loadClaimed, markFailed, markSent, release } from './outbox.repository';

/** A claim holds its emails this long; a worker that dies mid-send frees them after it. */
export const LEASE_MS = 10 * 60_000;
const BATCH = 20;

/** Waits after each failed attempt: 1, 2, 4 … minutes, at most six hours. */
export const retryDelayMs = (attempts: number) =>
  Math.min(60_000 * 2 ** (attempts - 1), 6 * 60 * 60_000);

export interface SenderDeps {
  db: Db;
  clock: Clock;
  transport: MailTransport;
  publicUrl: string;
}

const describe = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).slice(0, 500);

/**
 * Sends the due emails until none are left, a batch at a time, and returns how many went and
 * how many failed. Several senders (in several processes) may run at once: each claims its own
 * rows. An email is marked sent only after the SMTP server took it; dying in between means it is
 * sent again when the lease ends, with the same Message-ID.
 */
export async function sendDueEmails(deps: SenderDeps): Promise<{ sent: number; failed: number }> {
  const { db, clock, transport, publicUrl } = deps;
  let sent = 0;
  let failed = 0;
  for (;;) {
    const token = randomUUID();
    const claimedAt = clock.now();
    const claimed = await claimDue(db, {
      now: claimedAt,
      leaseEnd: new Date(claimedAt.getTime() + LEASE_MS),
      token,
      limit: BATCH,
    });
    if (claimed.length === 0) return { sent, failed };
    const attempts = new Map(claimed.map((row) => [row.id, row.attempts]));
    const emails = await loadClaimed(
      db,
      claimed.map((row) => row.id),
    );
    // Never start a send that could outlast the lease.
    const lastStart = claimedAt.getTime() + LEASE_MS - SEND_TIMEOUT_MS;
    for (const [index, email] of emails.entries()) {
      if (clock.now().getTime() > lastStart) {
        await release(
          db,
          emails.slice(index).map((rest) => rest.id),
          token,
          clock.now(),
        );
        break;
      }
      const rendered = renderEmail({
        kind: email.kind,
        params: email.params,
        link: email.link,
        locale: email.locale,
        recipientName: email.name,
        programmeName: email.programmeName,
        publicUrl,
      });
      try {
        await transport.send({
          messageId: `<${email.notificationId}@mentorbro>`,
          to: email.email,
          ...rendered,
        });
      } catch (error) {
        const tries = attempts.get(email.id) ?? EMAIL_MAX_ATTEMPTS;
        const retryAt =
          tries >= EMAIL_MAX_ATTEMPTS
            ? null
            : new Date(clock.now().getTime() + retryDelayMs(tries));
        await markFailed(db, email.id, token, describe(error), retryAt);
        failed += 1;
        continue;
      }
      await markSent(db, email.id, token, clock.now());
      sent += 1;
    }
  }
}
