import type { Role } from '@mentorbro/core/user';
import type { RouteRecordInfo, RouteRecordRaw } from 'vue-router';
import { type AdminRouteNamedMap, adminRoutes } from '@/features/admin/admin.routes';
import {
  type IntroductionsRouteNamedMap,
  introductionsRoutes,
} from '@/features/introductions/introductions.routes';
import {
  type MentorshipsRouteNamedMap,
  mentorshipsRoutes,
} from '@/features/mentorships/mentorships.routes';
import {
  type NotificationsRouteNamedMap,
  notificationsRoutes,
} from '@/features/notifications/notifications.routes';
import { type PrivacyRouteNamedMap, privacyRoutes } from '@/features/privacy/privacy.routes';
import { type ProfileRouteNamedMap, profileRoutes } from '@/features/profile/profile.routes';
import { type RequestsRouteNamedMap, requestsRoutes } from '@/features/requests/requests.routes';
import { loadSearchMessages } from '@/features/search/search.messages';
import { type SearchRouteNamedMap, searchRoutes } from '@/features/search/search.routes';
import { type SettingsRouteNamedMap, settingsRoutes } from '@/features/settings/settings.routes';
import { type SurveysRouteNamedMap, surveysRoutes } from '@/features/surveys/surveys.routes';
import { withMessages } from '@/i18n';

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title shown in the browser tab. */
    titleKey: string;
    /** Only for signed-in users; others are sent to log in first. */
    requiresAuth?: boolean;
    /** Only for these roles (implies requiresAuth). */
    roles?: readonly Role[];
    /** Login and register: a signed-in user goes to her page instead. */
    guestOnly?: boolean;
    /**
     * The query string is the page's own state (a search and its filters): changing it keeps
     * focus and scroll where they are, instead of starting the page again from the top.
     */
    queryIsState?: boolean;
  }
  interface TypesConfig {
    RouteNamedMap: RouteNamedMap;
  }
}

type NoParams = Record<string, never>;

/** The route names the app knows; `router.push({ name })` only accepts these. */
export interface RouteNamedMap
  extends
    ProfileRouteNamedMap,
    AdminRouteNamedMap,
    SearchRouteNamedMap,
    RequestsRouteNamedMap,
    IntroductionsRouteNamedMap,
    MentorshipsRouteNamedMap,
    NotificationsRouteNamedMap,
    SurveysRouteNamedMap,
    SettingsRouteNamedMap,
    PrivacyRouteNamedMap {
  landing: RouteRecordInfo<'landing', '/', NoParams, NoParams>;
  register: RouteRecordInfo<'register', '/register', NoParams, NoParams>;
  login: RouteRecordInfo<'login', '/login', NoParams, NoParams>;
  home: RouteRecordInfo<'home', '/my-page', NoParams, NoParams>;
  'not-found': RouteRecordInfo<
    'not-found',
    '/:pathMatch(.*)*',
    { pathMatch: string | string[] },
    { pathMatch: string[] }
  >;
}

/** Every page is its own chunk, so the first download holds only the shell. */
export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'landing',
    component: () => import('@/features/landing/views/LandingView.vue'),
    meta: { titleKey: 'landing.title' },
  },
  {
    path: '/register',
    name: 'register',
    component: () => import('@/features/auth/views/RegisterView.vue'),
    meta: { titleKey: 'register.title', guestOnly: true },
  },
  {
    path: '/login',
    name: 'login',
    component: () => import('@/features/auth/views/LoginView.vue'),
    meta: { titleKey: 'login.title', guestOnly: true },
  },
  {
    path: '/my-page',
    name: 'home',
    // A mentee's page suggests mentors, in the search's words.
    component: withMessages(() => import('@/features/home/views/HomeView.vue'), loadSearchMessages),
    meta: { titleKey: 'home.title', requiresAuth: true },
  },
  ...searchRoutes,
  ...profileRoutes,
  ...requestsRoutes,
  ...introductionsRoutes,
  ...mentorshipsRoutes,
  ...notificationsRoutes,
  ...surveysRoutes,
  ...settingsRoutes,
  ...privacyRoutes,
  ...adminRoutes,
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/features/errors/views/NotFoundView.vue'),
    meta: { titleKey: 'notFound.title' },
  },
];
