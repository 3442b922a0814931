import type { RouteRecordInfo, RouteRecordRaw } from 'vue-router';
import { withMessages } from '@/i18n';
import { loadPrivacyMessages } from './privacy.messages';

type NoParams = Record<string, never>;

/** Route names of the privacy page. */
export interface PrivacyRouteNamedMap {
  privacy: RouteRecordInfo<'privacy', '/privacy', NoParams, NoParams>;
}

export const privacyRoutes: RouteRecordRaw[] = [
  {
    // For everyone, signed in or not: she should know what is kept before she says yes to it.
    path: '/privacy',
    name: 'privacy',
    component: withMessages(() => import('./views/PrivacyView.vue'), loadPrivacyMessages),
    meta: { titleKey: 'privacy.title' },
  },
];
