import type { RouteRecordInfo, RouteRecordRaw } from 'vue-router';
import { withMessages } from '@/i18n';
import { loadNotificationsMessages } from './notifications.messages';

type NoParams = Record<string, never>;

/** Route names of the notifications page. */
export interface NotificationsRouteNamedMap {
  notifications: RouteRecordInfo<'notifications', '/notifications', NoParams, NoParams>;
}

export const notificationsRoutes: RouteRecordRaw[] = [
  {
    // Every signed-in member: mentees, mentors and coordinators.
    path: '/notifications',
    name: 'notifications',
    component: withMessages(
      () => import('./views/NotificationsView.vue'),
      loadNotificationsMessages,
    ),
    meta: { titleKey: 'notifications.title', requiresAuth: true },
  },
];
