import type { RouteRecordInfo, RouteRecordRaw } from 'vue-router';
import { withMessages } from '@/i18n';
import { loadRequestsMessages } from './requests.messages';

type NoParams = Record<string, never>;

/** Route names of the request pages: a mentee's own, and a mentor's from mentees. */
export interface RequestsRouteNamedMap {
  'my-requests': RouteRecordInfo<'my-requests', '/my-requests', NoParams, NoParams>;
  'requests-for-me': RouteRecordInfo<'requests-for-me', '/requests-for-me', NoParams, NoParams>;
}

export const requestsRoutes: RouteRecordRaw[] = [
  {
    // The mentors she asked, and what happens next with each.
    path: '/my-requests',
    name: 'my-requests',
    component: withMessages(() => import('./views/MyRequestsView.vue'), loadRequestsMessages),
    meta: { titleKey: 'requests.mine.title', roles: ['mentee'] },
  },
  {
    // The mentees who asked her: those waiting for her answer first.
    path: '/requests-for-me',
    name: 'requests-for-me',
    component: withMessages(() => import('./views/RequestsForMeView.vue'), loadRequestsMessages),
    meta: { titleKey: 'requests.forMe.title', roles: ['mentor'] },
  },
];
