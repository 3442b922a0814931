import type { RouteRecordInfo, RouteRecordRaw } from 'vue-router';
import { withMessages } from '@/i18n';
import { loadIntroductionsMessages } from './introductions.messages';

/** Route names of the introduction pages. */
export interface IntroductionsRouteNamedMap {
  introduction: RouteRecordInfo<
    'introduction',
    '/introductions/:id',
    { id: string },
    { id: string }
  >;
}

export const introductionsRoutes: RouteRecordRaw[] = [
  {
    // The two members only: the API answers 404 to anyone else.
    path: '/introductions/:id',
    name: 'introduction',
    component: withMessages(
      () => import('./views/IntroductionView.vue'),
      loadIntroductionsMessages,
    ),
    meta: { titleKey: 'introductions.title', roles: ['mentee', 'mentor'] },
  },
];
