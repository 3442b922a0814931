import type { FastifyBaseLogger } from 'fastify';
import nodemailer from 'nodemailer';
import type { MailConfig } from '../../config';

export interface OutgoingMail {
  /** The same on every attempt of one email, so a receiver can tell a retry from a new mail. */
  messageId: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Sends one email or throws; the sender decides about retries. */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * SMTP through nodemailer. Its timeouts keep one send well inside a worker's lease, so a live
 * worker never still sends an email that another has taken over.
 */
export function smtpTransport(config: MailConfig): MailTransport {
  if (!config.smtp) throw new Error('smtpTransport needs SMTP settings');
  const { host, port, secure, user, password } = config.smtp;
  const transporter = nodemailer.createTransport({
    host,
    port,
    secure,
    ...(user ? { auth: { user, pass: password ?? '' } } : {}),
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 40_000,
  });
  return {
    async send(mail) {
      await transporter.sendMail({ from: config.from, ...mail });
    },
    close: () => {
      transporter.close();
    },
  };
}

/** Without SMTP settings (a laptop, a trial), each email is written to the log instead. */
export function logTransport(log: FastifyBaseLogger): MailTransport {
  return {
    send(mail) {
      log.info(
        { email: { to: mail.to, subject: mail.subject, text: mail.text } },
        'email (not sent: no SMTP_HOST)',
      );
      return Promise.resolve();
    },
    close: () => undefined,
  };
}

export const transportFor = (config: MailConfig, log: FastifyBaseLogger) =>
  config.smtp ? smtpTransport(config) : logTransport(log);

/** The longest one send may take, from the timeouts above; leases leave room for it. */
export const SEND_TIMEOUT_MS = 80_000;
