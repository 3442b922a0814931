import { NOTIFICATION_KINDS, type NotificationKind } from '@mentorbro/core/notifications';
import type { Locale } from '@mentorbro/core/user';
import { describe, expect, it } from 'vitest';
import { renderEmail } from '../../../src/modules/notifications/email.templates';

const base = {
  link: '/mentorships/5d0c7a8e-2f3b-4c1d-9e8f-0a1b2c3d4e5f',
  recipientName: 'Hodan Warsame',
  programmeName: 'Mentornetværket',
  publicUrl: 'https://mentorbro.example.org',
};

describe('an email from a notification', () => {
  it.each(
    NOTIFICATION_KINDS.flatMap((kind) =>
      (['da', 'en'] as const).map((l) => [kind, l] as [NotificationKind, Locale]),
    ),
  )('%s in %s fills every placeholder', (kind, locale) => {
    const mail = renderEmail({
      ...base,
      kind,
      locale,
      params: { name: 'Lone', days: 14, date: '2027-03-01' },
    });
    for (const part of [mail.subject, mail.text, mail.html]) expect(part).not.toMatch(/[{}]/);
    expect(mail.text).toContain(`${base.publicUrl}${base.link}`);
  });

  it('is written in her language, with the date as her language writes it', () => {
    const da = renderEmail({
      ...base,
      kind: 'mentorship_ending_soon',
      locale: 'da',
      params: { name: 'Lone', date: '2027-03-01' },
    });
    const en = renderEmail({
      ...base,
      kind: 'mentorship_ending_soon',
      locale: 'en',
      params: { name: 'Lone', date: '2027-03-01' },
    });
    expect(da.subject).toBe('Dit mentorforløb med Lone slutter snart');
    expect(da.text).toContain('Hej Hodan,');
    expect(da.text).toContain('Det slutter 1. marts 2027.');
    expect(en.subject).toBe('Your mentorship with Lone ends soon');
    expect(en.text).toContain('It ends on 1 March 2027.');
    expect(en.html).toContain('<html lang="en">');
  });

  it('lists suggested mentors with links and escapes what members wrote', () => {
    const mail = renderEmail({
      ...base,
      kind: 'mentors_suggested',
      locale: 'da',
      params: {
        mentors: [
          {
            id: 'a1b2c3d4-0000-4000-8000-000000000001',
            firstName: 'Lone',
            headline: 'HR <b>&</b>',
          },
        ],
        note: '<script>alert(1)</script>',
      },
    });
    expect(mail.text).toContain('- Lone: HR <b>&</b>');
    expect(mail.text).toContain(`${base.publicUrl}/mentors/a1b2c3d4-0000-4000-8000-000000000001`);
    expect(mail.html).toContain('HR &lt;b&gt;&amp;&lt;/b&gt;');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).not.toContain('<script>');
  });
});
