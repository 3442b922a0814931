import type { NotificationList, UnreadCount } from '@mentorbro/core/notifications';
import { queryString as query, request } from '@/lib/http';

const id = (value: string) => encodeURIComponent(value);

/** Her notifications, newest first, 30 a page; `before` is the `next` of the page before. */
export const notificationsApi = {
  // `unread=false` is left out rather than sent: the API's default is all of them.
  list: (options: { unread?: boolean; before?: string } = {}) =>
    request<NotificationList>(
      `/api/notifications${query({ unread: options.unread ? true : undefined, before: options.before })}`,
      { auth: true },
    ),
  unreadCount: () => request<UnreadCount>('/api/notifications/unread-count', { auth: true }),
  markRead: (notificationId: string) =>
    request<undefined>(`/api/notifications/${id(notificationId)}/read`, {
      method: 'POST',
      body: {},
      auth: true,
    }),
  markAllRead: () =>
    request<undefined>('/api/notifications/read-all', { method: 'POST', body: {}, auth: true }),
};

export type NotificationsApi = typeof notificationsApi;
