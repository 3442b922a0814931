import type { NotificationKind, NotificationParams } from '@mentorbro/core/notifications';
import {
  DELETED_MEMBER_NAME,
  EMAIL_FRAME_TEXTS,
  fillText,
  NOTIFICATION_TEXTS,
} from '@mentorbro/core/notification-texts';
import type { Locale } from '@mentorbro/core/user';

export interface EmailInput {
  kind: NotificationKind;
  params: NotificationParams;
  /** The app path it leads to, e.g. `/requests-for-me`. */
  link: string;
  locale: Locale;
  recipientName: string;
  programmeName: string;
  publicUrl: string;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const escape = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

const formatDate = (date: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));

/** The subject and the one sentence of a notification, filled in the receiver's language. */
export function notificationText(
  kind: NotificationKind,
  params: NotificationParams,
  locale: Locale,
) {
  const values = {
    // Only a notice about a member who deleted her account comes without a name.
    name: params.name ?? DELETED_MEMBER_NAME[locale],
    days: params.days,
    date: params.date ? formatDate(params.date, locale) : undefined,
  };
  const text = NOTIFICATION_TEXTS[locale][kind];
  return { title: fillText(text.title, values), body: fillText(text.body, values) };
}

/**
 * A notification as an email: plain text and simple HTML with the same words, one button-like
 * link into the app, and a footer saying why she gets it. Only first names and the app's own
 * links go out; nothing she would not want on a shared phone's lock screen.
 */
export function renderEmail(input: EmailInput): RenderedEmail {
  const frame = EMAIL_FRAME_TEXTS[input.locale];
  const { title, body } = notificationText(input.kind, input.params, input.locale);
  const url = `${input.publicUrl}${input.link}`;
  const greeting = fillText(frame.greeting, { name: input.recipientName.split(/\s+/)[0] });
  const why = fillText(frame.why, { programme: input.programmeName });
  const mentors = (input.params.mentors ?? []).map((mentor) => ({
    line: `${mentor.firstName}: ${mentor.headline}`,
    url: `${input.publicUrl}/mentors/${mentor.id}`,
  }));
  const note = input.params.note;

  const text = [
    `${greeting},`,
    '',
    title,
    body,
    ...(note ? ['', frame.note, note] : []),
    ...(mentors.length > 0
      ? ['', frame.mentors, ...mentors.map((mentor) => `- ${mentor.line}\n  ${mentor.url}`)]
      : []),
    '',
    `${frame.open}: ${url}`,
    '',
    '--',
    why,
    frame.tips,
  ].join('\n');

  const html = `<!doctype html>
<html lang="${input.locale}"><head><meta charset="utf-8"><title>${escape(title)}</title></head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #1f2933; max-width: 560px; margin: 0 auto; padding: 16px;">
<p>${escape(greeting)},</p>
<h1 style="font-size: 20px; margin: 16px 0 8px;">${escape(title)}</h1>
<p>${escape(body)}</p>
${note ? `<p><strong>${escape(frame.note)}</strong><br>${escape(note)}</p>` : ''}
${
  mentors.length > 0
    ? `<p><strong>${escape(frame.mentors)}</strong></p><ul>${mentors
        .map((mentor) => `<li><a href="${escape(mentor.url)}">${escape(mentor.line)}</a></li>`)
        .join('')}</ul>`
    : ''
}
<p><a href="${escape(url)}" style="display: inline-block; background: #0b5cad; color: #ffffff; padding: 12px 20px; border-radius: 6px; text-decoration: none;">${escape(frame.open)}</a></p>
<hr style="border: none; border-top: 1px solid #d0d7de; margin: 24px 0 8px;">
<p style="font-size: 13px; color: #57606a;">${escape(why)}<br>${escape(frame.tips)}</p>
</body></html>`;

  return { subject: title, text, html };
}
