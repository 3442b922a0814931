import type { Notification } from '@mentorbro/core/notifications';
import { useI18n } from 'vue-i18n';
import { useDateFormat } from '@/composables/useDateFormat';

/**
 * A notification's title and sentence in the page's language, filled with its names, days and
 * date (written out, as everywhere in the app). A kind this page does not know yet (the API
 * was updated first) gets a plain general text instead of a raw key.
 */
export function useNotificationText() {
  const i18n = useI18n();
  const { date } = useDateFormat();
  return (notification: Notification) => {
    const { name, days, date: day } = notification.params;
    // A notice about a member who had deleted her account by then carries no name.
    const values = {
      name: name ?? i18n.t('people.deleted'),
      days,
      // A day without a time is read as midnight UTC; noon keeps it the same day in every zone.
      date: day === undefined ? undefined : date(`${day}T12:00:00`),
    };
    const base = `notifications.kinds.${notification.kind}`;
    const key = i18n.te(`${base}.title`) ? base : 'notifications.fallback';
    return { title: i18n.t(`${key}.title`, values), body: i18n.t(`${key}.body`, values) };
  };
}
