import type { RouteRecordInfo, RouteRecordRaw } from 'vue-router';
import { withMessages } from '@/i18n';
import { loadSearchMessages } from './search.messages';

type NoParams = Record<string, never>;

/** Route names of the mentor search. */
export interface SearchRouteNamedMap {
  search: RouteRecordInfo<'search', '/mentors', NoParams, NoParams>;
}

export const searchRoutes: RouteRecordRaw[] = [
  {
    // Any signed-in member, like a mentor's page: mentees choose, mentors and coordinators look.
    // The search itself lives in the query string, so a link to it can be shared.
    path: '/mentors',
    name: 'search',
    component: withMessages(() => import('./views/SearchView.vue'), loadSearchMessages),
    meta: { titleKey: 'search.title', requiresAuth: true, queryIsState: true },
  },
];
