import type { RouteRecordInfo, RouteRecordRaw } from 'vue-router';
import { loadFeatureMessages, withMessages } from '@/i18n';

type NoParams = Record<string, never>;

/** Route names of the coordinators' area. */
export interface AdminRouteNamedMap {
  admin: RouteRecordInfo<'admin', '/admin', NoParams, NoParams>;
  'admin-waiting': RouteRecordInfo<'admin-waiting', '/admin/waiting', NoParams, NoParams>;
  'admin-outbox': RouteRecordInfo<'admin-outbox', '/admin/emails', NoParams, NoParams>;
  'admin-users': RouteRecordInfo<'admin-users', '/admin/users', NoParams, NoParams>;
  'admin-reports': RouteRecordInfo<'admin-reports', '/admin/reports', NoParams, NoParams>;
  'admin-mentorships': RouteRecordInfo<
    'admin-mentorships',
    '/admin/mentorships',
    NoParams,
    NoParams
  >;
  'admin-audit': RouteRecordInfo<'admin-audit', '/admin/log', NoParams, NoParams>;
  'admin-programme': RouteRecordInfo<'admin-programme', '/admin/programme', NoParams, NoParams>;
  'admin-stats': RouteRecordInfo<'admin-stats', '/admin/stats', NoParams, NoParams>;
  'admin-surveys': RouteRecordInfo<'admin-surveys', '/admin/surveys', NoParams, NoParams>;
}

/**
 * The admin texts load with the area, never in the first download. Every view waits for them,
 * so the page title and headings are never shown as raw keys.
 */
const loadMessages = () =>
  loadFeatureMessages('admin', {
    da: () => import('./locales/da.json'),
    en: () => import('./locales/en.json'),
  });

const roles = ['admin'] as const;

/** Only coordinators; the area is its own chunks, loaded the first time she opens it. */
export const adminRoutes: RouteRecordRaw[] = [
  {
    path: '/admin',
    component: withMessages(() => import('./views/AdminLayout.vue'), loadMessages),
    meta: { roles, titleKey: 'admin.moderation.title' },
    children: [
      {
        // The coordinator's first job: profiles nobody can see until she approves them.
        path: '',
        name: 'admin',
        component: withMessages(() => import('./views/ModerationView.vue'), loadMessages),
        meta: { roles, titleKey: 'admin.moderation.title' },
      },
      {
        // Following up: who meets, and who has gone quiet.
        path: 'mentorships',
        name: 'admin-mentorships',
        component: withMessages(() => import('./views/MentorshipsView.vue'), loadMessages),
        meta: { roles, titleKey: 'admin.mentorships.title', queryIsState: true },
      },
      {
        // Mentees who have waited too long for a mentor: a coordinator suggests some to her.
        path: 'waiting',
        name: 'admin-waiting',
        component: withMessages(() => import('./views/WaitingView.vue'), loadMessages),
        meta: { roles, titleKey: 'admin.waiting.title' },
      },
      {
        path: 'users',
        name: 'admin-users',
        component: withMessages(() => import('./views/UsersView.vue'), loadMessages),
        meta: { roles, titleKey: 'admin.users.title' },
      },
      {
        path: 'reports',
        name: 'admin-reports',
        component: withMessages(() => import('./views/ReportsView.vue'), loadMessages),
        meta: { roles, titleKey: 'admin.reports.title' },
      },
      {
        // Emails that could not be sent; the waiting ones under ?status=pending.
        path: 'emails',
        name: 'admin-outbox',
        component: withMessages(() => import('./views/OutboxView.vue'), loadMessages),
        meta: { roles, titleKey: 'admin.outbox.title', queryIsState: true },
      },
      {
        // The numbers the funders ask for; period and region live in the address (?from&to&region).
        path: 'stats',
        name: 'admin-stats',
        component: withMessages(() => import('./views/StatsView.vue'), loadMessages),
        meta: { roles, titleKey: 'admin.stats.title', queryIsState: true },
      },
      {
        // The questions of the three survey forms; the open one lives in the address (?form).
        path: 'surveys',
        name: 'admin-surveys',
        component: withMessages(() => import('./views/SurveysView.vue'), loadMessages),
        meta: { roles, titleKey: 'admin.surveys.title', queryIsState: true },
      },
      {
        path: 'log',
        name: 'admin-audit',
        component: withMessages(() => import('./views/AuditView.vue'), loadMessages),
        meta: { roles, titleKey: 'admin.audit.title' },
      },
      {
        path: 'programme',
        name: 'admin-programme',
        component: withMessages(() => import('./views/ProgrammeView.vue'), loadMessages),
        meta: { roles, titleKey: 'admin.programme.title' },
      },
    ],
  },
];
