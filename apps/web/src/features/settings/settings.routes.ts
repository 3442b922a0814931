import type { RouteRecordInfo, RouteRecordRaw } from 'vue-router';
import { loadPrivacyMessages } from '@/features/privacy/privacy.messages';
import { withMessages } from '@/i18n';
import { loadSettingsMessages } from './settings.messages';

type NoParams = Record<string, never>;

/** Route names of the settings page. */
export interface SettingsRouteNamedMap {
  settings: RouteRecordInfo<'settings', '/settings', NoParams, NoParams>;
}

export const settingsRoutes: RouteRecordRaw[] = [
  {
    // Every signed-in member chooses her language; the tips are for members, not coordinators.
    // "Your data" (a copy of it, deleting the account) speaks in the privacy page's words.
    path: '/settings',
    name: 'settings',
    component: withMessages(
      () => import('./views/SettingsView.vue'),
      loadSettingsMessages,
      loadPrivacyMessages,
    ),
    meta: { titleKey: 'settings.title', requiresAuth: true },
  },
];
