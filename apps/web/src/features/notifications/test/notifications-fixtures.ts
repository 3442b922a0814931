import type { Notification, NotificationList } from '@mentorbro/core/notifications';

export const notificationId = (n: number) =>
  `b0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** An unread "Amina asks you" for a mentor, in the API's shape; a test changes what it is. */
export function notification(n: number, overrides: Partial<Notification> = {}): Notification {
  return {
    id: notificationId(n),
    kind: 'request_received',
    params: { name: 'Amina' },
    link: '/requests-for-me',
    createdAt: '2025-05-14T09:30:00.000Z',
    readAt: null,
    ...overrides,
  };
}

export const read = (item: Notification): Notification => ({
  ...item,
  readAt: '2025-05-14T12:00:00.000Z',
});

export function page(
  items: Notification[],
  options: { unread?: number; next?: string | null } = {},
): NotificationList {
  return {
    items,
    unread: options.unread ?? items.filter((item) => item.readAt === null).length,
    next: options.next ?? null,
  };
}
