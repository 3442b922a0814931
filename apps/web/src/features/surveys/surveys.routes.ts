import type { RouteRecordInfo, RouteRecordRaw } from 'vue-router';
import { withMessages } from '@/i18n';
import { loadSurveysMessages } from './surveys.messages';

/** Route names of the survey pages. */
export interface SurveysRouteNamedMap {
  survey: RouteRecordInfo<'survey', '/surveys/:id', { id: string }, { id: string }>;
}

export const surveysRoutes: RouteRecordRaw[] = [
  {
    // A member's start or end survey; the notifications link here. The API answers 404 to
    // anyone it was not offered to.
    path: '/surveys/:id',
    name: 'survey',
    component: withMessages(() => import('./views/SurveyView.vue'), loadSurveysMessages),
    meta: { titleKey: 'surveys.title', roles: ['mentee', 'mentor'] },
  },
];
