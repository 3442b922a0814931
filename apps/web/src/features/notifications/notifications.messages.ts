import type { Locale } from '@mentorbro/core/user';
import { loadFeatureMessages } from '@/i18n';

type Own = () => Promise<{ default: { notifications: object } }>;

/**
 * The page's own texts, plus the words of each notification from core (shared with the
 * emails, so they are written once) under `notifications.kinds.<kind>`. Both load with the page.
 */
async function withKinds(locale: Locale, own: Own) {
  const [{ default: messages }, { NOTIFICATION_TEXTS }] = await Promise.all([
    own(),
    import('@mentorbro/core/notification-texts'),
  ]);
  return {
    default: { notifications: { ...messages.notifications, kinds: NOTIFICATION_TEXTS[locale] } },
  };
}

export const loadNotificationsMessages = () =>
  loadFeatureMessages('notifications', {
    da: () => withKinds('da', () => import('./locales/da.json')),
    en: () => withKinds('en', () => import('./locales/en.json')),
  });
