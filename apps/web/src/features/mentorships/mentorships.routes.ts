import type { RouteRecordInfo, RouteRecordRaw } from 'vue-router';
import { withMessages } from '@/i18n';
import { loadMentorshipsMessages } from './mentorships.messages';

type NoParams = Record<string, never>;

/** Route names of the mentorship pages. */
export interface MentorshipsRouteNamedMap {
  'my-mentorships': RouteRecordInfo<'my-mentorships', '/mentorships', NoParams, NoParams>;
  mentorship: RouteRecordInfo<'mentorship', '/mentorships/:id', { id: string }, { id: string }>;
}

export const mentorshipsRoutes: RouteRecordRaw[] = [
  {
    // Her mentorships: usually the one running now, and any that ended before it.
    path: '/mentorships',
    name: 'my-mentorships',
    component: withMessages(() => import('./views/MyMentorshipsView.vue'), loadMentorshipsMessages),
    meta: { titleKey: 'mentorships.mine.title', roles: ['mentee', 'mentor'] },
  },
  {
    // The two members, and coordinators who follow up; the API answers 404 to anyone else.
    path: '/mentorships/:id',
    name: 'mentorship',
    component: withMessages(() => import('./views/MentorshipView.vue'), loadMentorshipsMessages),
    meta: { titleKey: 'mentorships.title', roles: ['mentee', 'mentor', 'admin'] },
  },
];
