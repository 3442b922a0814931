import type { MailTransport, OutgoingMail } from '../../src/modules/notifications/mail-transport';
import { sendDueEmails } from '../../src/modules/notifications/outbox.sender';
import type { TestApp } from './test-app';

/** A fake SMTP server: keeps what it was given, or fails when told to. */
export class FakeTransport implements MailTransport {
  readonly delivered: OutgoingMail[] = [];
  fail: ((mail: OutgoingMail) => Error | null) | null = null;

  send(mail: OutgoingMail): Promise<void> {
    const error = this.fail?.(mail) ?? null;
    if (error) return Promise.reject(error);
    this.delivered.push(mail);
    return Promise.resolve();
  }

  close(): void {
    this.delivered.length = 0;
  }

  to(address: string): OutgoingMail[] {
    return this.delivered.filter((mail) => mail.to === address);
  }
}

export const PUBLIC_URL = 'https://mentorbro.example.org';

/** Sends whatever is due now through the fake transport. */
export const sendMail = (t: TestApp, transport: FakeTransport) =>
  sendDueEmails({ db: t.app.db, clock: t.clock, transport, publicUrl: PUBLIC_URL });
