import { NOTIFICATION_KINDS } from '@mentorbro/core/notifications';
import { fillText, NOTIFICATION_TEXTS } from '@mentorbro/core/notification-texts';
import { describe, expect, it, vi } from 'vitest';
import { i18n, setLocale } from '@/i18n';
import { loadNotificationsMessages } from './notifications.messages';

describe('the notification texts', () => {
  it.each(['da', 'en'] as const)(
    'are core’s %s words, filled in by vue-i18n as the emails fill them',
    async (locale) => {
      await loadNotificationsMessages();
      await setLocale(locale, { save: false });
      const warn = vi.spyOn(console, 'warn');
      const values = { name: 'Amina', days: 14, date: '30. juni 2025' };

      for (const kind of NOTIFICATION_KINDS) {
        for (const part of ['title', 'body'] as const) {
          const text = i18n.global.t(`notifications.kinds.${kind}.${part}`, values);
          expect(text, `${kind}.${part}`).toBe(
            fillText(NOTIFICATION_TEXTS[locale][kind][part], values),
          );
          expect(text, `${kind}.${part}`).not.toMatch(/[{}|]/);
        }
      }
      expect(warn).not.toHaveBeenCalled();
    },
  );
});
