import type { RouteRecordInfo, RouteRecordRaw } from 'vue-router';
import { loadRequestsMessages } from '@/features/requests/requests.messages';
import { loadFeatureMessages, withMessages } from '@/i18n';
import { loadProfileMessages } from './profile.messages';

type NoParams = Record<string, never>;

/** Route names of the profile pages (own profile, mentor and mentee pages). */
export interface ProfileRouteNamedMap {
  profile: RouteRecordInfo<'profile', '/my-profile', NoParams, NoParams>;
  'profile-edit': RouteRecordInfo<'profile-edit', '/my-profile/edit', NoParams, NoParams>;
  mentor: RouteRecordInfo<'mentor', '/mentors/:id', { id: string }, { id: string }>;
  mentee: RouteRecordInfo<'mentee', '/mentees/:id', { id: string }, { id: string }>;
}

const loadMentorsMessages = () =>
  loadFeatureMessages('mentors', {
    da: () => import('@/features/mentors/locales/da.json'),
    en: () => import('@/features/mentors/locales/en.json'),
  });
const loadMenteesMessages = () =>
  loadFeatureMessages('mentees', {
    da: () => import('@/features/mentees/locales/da.json'),
    en: () => import('@/features/mentees/locales/en.json'),
  });
const loadReportsMessages = () =>
  loadFeatureMessages('reports', {
    da: () => import('@/features/reports/locales/da.json'),
    en: () => import('@/features/reports/locales/en.json'),
  });

const members = ['mentee', 'mentor'] as const;

export const profileRoutes: RouteRecordRaw[] = [
  {
    path: '/my-profile',
    name: 'profile',
    component: withMessages(() => import('./views/OwnProfileView.vue'), loadProfileMessages),
    meta: { titleKey: 'profile.own.title', roles: members },
  },
  {
    path: '/my-profile/edit',
    name: 'profile-edit',
    component: withMessages(() => import('./views/ProfileEditView.vue'), loadProfileMessages),
    meta: { titleKey: 'profile.edit.title', roles: members },
  },
  {
    // Any signed-in member: mentees choose among mentors, and ask one here; the API hides
    // unapproved ones.
    path: '/mentors/:id',
    name: 'mentor',
    component: withMessages(
      () => import('@/features/mentors/views/MentorView.vue'),
      loadProfileMessages,
      loadMentorsMessages,
      loadReportsMessages,
      loadRequestsMessages,
    ),
    meta: { titleKey: 'mentors.title', requiresAuth: true },
  },
  {
    // The API answers 404 to anyone who may not see her: a coordinator, or a mentor she asked.
    path: '/mentees/:id',
    name: 'mentee',
    component: withMessages(
      () => import('@/features/mentees/views/MenteeView.vue'),
      loadProfileMessages,
      loadMenteesMessages,
      loadReportsMessages,
    ),
    meta: { titleKey: 'mentees.title', requiresAuth: true },
  },
];
