import { DEFAULT_SURVEYS } from '@mentorbro/core/survey-defaults';
import { newRegistration } from '../helpers/accounts';
import { validMenteeProfile, validMentorProfile } from '../helpers/profiles';
import { requestBody } from '../helpers/requests';
import { MENTEE_END_ANSWERS, START_ANSWERS } from '../modules/surveys/surveys';
import type { World } from './world';
import {
  type Cell,
  introductionOf,
  logOf,
  mentorshipOf,
  notificationOf,
  personOf,
  type Relation,
  requestOf,
  surveyOf,
} from './relations';
import type { Row } from './row';

const MEMBERS = ['mentee', 'mentor'] as const;
const MEMBERS_AND_ADMINS = ['mentee', 'mentor', 'admin'] as const;
const ADMINS = ['admin'] as const;
const ALL: readonly Relation[] = ['own', 'other', 'matched', 'requested'];
const SHARED: readonly Relation[] = ['requested', 'matched', 'other'];
const MENTORSHIP: readonly Relation[] = ['matched', 'other'];
const PERSONAL: readonly Relation[] = ['own', 'matched', 'other'];
const MEMBER_TARGET: readonly Relation[] = ['own', 'other'];

/** A well-formed survey token that was never handed out. */
const UNKNOWN_TOKEN = 'x'.repeat(43);
const REASON = 'Talked to both of them.';
const daysAfter = (day: string, days: number) =>
  new Date(Date.parse(day) + days * 86_400_000).toISOString().slice(0, 10);

/** A fresh pair for the cell's relation: what a member's move uses up. */
const freshPair = async ({ relation, make }: Cell): Promise<Partial<World>> => {
  if (relation === 'requested') return { requested: await make.requested() };
  if (relation === 'other') return { other: await make.matched() };
  return { matched: await make.matched() };
};

/** A coordinator's list of her programme: hers and the other coordinator's alike. */
const adminList: Row = { guard: ADMINS, expect: { admins: 200 } };

/**
 * THE table: every route under /api (docs aside) with its calls and the status of each
 * role × relation. A route without a row, or a row without a route, fails the matrix.
 */
export const ROUTES: Record<string, Row> = {
  'GET /api/health/live': { guard: 'public', expect: { everyone: 200 } },
  'GET /api/health/ready': { guard: 'public', expect: { everyone: 200 } },

  // The auth routes read no session: "own" is the caller's own account in the body.
  'POST /api/auth/register': {
    guard: 'public',
    call: () => ({ body: newRegistration() }),
    expect: { everyone: 201 },
  },
  'POST /api/auth/login': {
    guard: 'public',
    call: ({ me, w }) => ({
      body: { email: (me ?? w.visitor).user.email, password: (me ?? w.visitor).password },
    }),
    // A suspended member who knows her password is told why (403 account_suspended).
    expect: { everyone: 200, suspended: 403 },
  },
  'POST /api/auth/refresh': {
    guard: 'public',
    call: async ({ role, me, w, make }) => ({
      body: {
        // Her suspension revoked the token she had; she cannot log in for a new one.
        refreshToken:
          role === 'suspended'
            ? w.suspended.refreshToken
            : (await make.login(me ?? w.visitor)).refreshToken,
      },
    }),
    expect: { everyone: 200, suspended: 401 },
  },
  'POST /api/auth/logout': {
    guard: 'public',
    call: () => ({ body: {} }),
    expect: { everyone: 204 },
  },

  'GET /api/programme': { guard: 'public', expect: { everyone: 200 } },
  'GET /api/me/programme': { guard: 'signedIn', expect: { signedIn: 200 } },
  'GET /api/me': { guard: 'signedIn', expect: { signedIn: 200 } },
  'GET /api/me/settings': { guard: 'signedIn', expect: { signedIn: 200 } },
  'PATCH /api/me/settings': {
    guard: 'signedIn',
    call: () => ({ body: {} }),
    expect: { signedIn: 200 },
  },

  'GET /api/me/export': { guard: 'signedIn', expect: { signedIn: 200 } },
  'DELETE /api/me': {
    guard: 'signedIn',
    call: ({ me }) => ({ body: { password: me?.password ?? 'a long enough password' } }),
    // The last coordinator of a programme stays (409 last_coordinator); the admin's has others.
    expect: { signedIn: 204, otherAdmin: 409 },
    // Each deletes an account of her own role made for it; the privacy tests pin what deleting
    // does to her requests and mentorship.
    fresh: async ({ make, role, w }) => {
      if (role === 'admin') return { admin: await make.admin() };
      if (role === 'mentor')
        return { matched: { ...w.matched, mentor: await make.member('mentor') } };
      return { matched: { ...w.matched, mentee: await make.member('mentee') } };
    },
  },

  'GET /api/me/profile': { guard: MEMBERS, expect: { members: 200 } },
  'PUT /api/me/profile': {
    guard: MEMBERS,
    // Her role's profile as she sent it: saving it again changes nothing.
    call: ({ role }) => ({
      body: role === 'mentor' ? validMentorProfile() : validMenteeProfile(),
    }),
    expect: { members: 200 },
  },
  'GET /api/mentors/:id': {
    guard: 'signedIn',
    relations: ALL,
    call: (cell) => ({ params: { id: personOf(cell, 'mentor') } }),
    // Every member sees every approved mentor's page; "own" of a mentee or coordinator, and a
    // mentor's mentee, are no mentor (404).
    expect: {
      mentee: { own: 404, other: 200, matched: 200, requested: 200 },
      mentor: { own: 200, other: 200, matched: 404, requested: 404 },
      admin: { own: 404, other: 200, matched: 200, requested: 200 },
      otherAdmin: 404,
    },
  },
  'GET /api/mentees/:id': {
    guard: 'signedIn',
    relations: ALL,
    call: (cell) => ({ params: { id: personOf(cell, 'mentee') } }),
    // Herself, the mentors she asked and coordinators; anyone else learns nothing, not even
    // that she exists (404, never 403).
    expect: {
      mentee: { own: 200, other: 404, matched: 404, requested: 404 },
      mentor: { own: 404, other: 404, matched: 200, requested: 200 },
      admin: { own: 404, other: 200, matched: 200, requested: 200 },
      otherAdmin: 404,
    },
  },

  'GET /api/mentors': { guard: 'signedIn', expect: { signedIn: 200 } },
  'GET /api/me/recommendations': { guard: ['mentee'], expect: { mentee: 200 } },

  'GET /api/admin/programme': adminList,
  'PUT /api/admin/programme': {
    guard: ADMINS,
    // The rules as they are: the coordinator's own programme does not change.
    call: ({ w }) => ({ body: w.rules }),
    expect: { admins: 200 },
  },
  'GET /api/admin/profiles': adminList,
  'POST /api/admin/profiles/:userId/approve': {
    guard: ADMINS,
    relations: MEMBER_TARGET,
    call: (cell) => ({
      params: { userId: cell.relation === 'own' ? personOf(cell, 'mentee') : cell.w.pending.id },
      body: { submittedAt: cell.w.pending.submittedAt },
    }),
    // A coordinator is no member with a profile; another programme's member is not found.
    expect: { admin: { own: 404, other: 204 }, otherAdmin: 404 },
    fresh: async ({ make }) => ({ pending: await make.pending() }),
  },
  'POST /api/admin/profiles/:userId/reject': {
    guard: ADMINS,
    relations: MEMBER_TARGET,
    call: (cell) => ({
      params: { userId: cell.relation === 'own' ? personOf(cell, 'mentee') : cell.w.pending.id },
      body: {
        reason: 'Please describe your work in Danish.',
        submittedAt: cell.w.pending.submittedAt,
      },
    }),
    expect: { admin: { own: 404, other: 204 }, otherAdmin: 404 },
    fresh: async ({ make }) => ({ pending: await make.pending() }),
  },
  'GET /api/admin/audit': adminList,
  'GET /api/admin/users': adminList,
  'POST /api/admin/users/:id/suspend': {
    guard: ADMINS,
    relations: MEMBER_TARGET,
    call: (cell) => ({
      params: { id: cell.relation === 'own' ? personOf(cell, 'mentee') : cell.w.bystander },
      body: { reason: 'Sent offensive messages' },
    }),
    // No coordinator suspends a coordinator, herself included (409 cannot_suspend_admin).
    expect: { admin: { own: 409, other: 200 }, otherAdmin: { own: 409, other: 404 } },
    fresh: async ({ make }) => ({ bystander: await make.bystander() }),
  },
  'POST /api/admin/users/:id/reinstate': {
    guard: ADMINS,
    relations: MEMBER_TARGET,
    call: (cell) => ({
      params: { id: cell.relation === 'own' ? personOf(cell, 'mentee') : cell.w.suspendedMember },
    }),
    expect: { admin: { own: 409, other: 200 }, otherAdmin: { own: 409, other: 404 } },
    fresh: async ({ make }) => ({ suspendedMember: await make.suspendedMember() }),
  },
  'POST /api/admin/users/:id/erase': {
    guard: ADMINS,
    relations: MEMBER_TARGET,
    call: (cell) => ({
      params: { id: cell.relation === 'own' ? personOf(cell, 'mentee') : cell.w.bystander },
      body: { reason: 'She asked for it by email.' },
    }),
    // A coordinator deletes her own account, never another's (409 cannot_erase_admin).
    expect: { admin: { own: 409, other: 204 }, otherAdmin: { own: 409, other: 404 } },
    fresh: async ({ make }) => ({ bystander: await make.bystander() }),
  },
  'GET /api/admin/reports': adminList,
  'POST /api/admin/reports/:id/resolve': {
    guard: ADMINS,
    relations: ['other'],
    call: ({ w }) => ({ params: { id: w.report }, body: { reason: REASON } }),
    expect: { admin: 200, otherAdmin: 404 },
    fresh: async ({ make, w }) => ({ report: await make.report(w.requested) }),
  },
  'GET /api/admin/mentorships': adminList,
  'GET /api/admin/outbox': adminList,
  'POST /api/admin/outbox/:id/retry': {
    guard: ADMINS,
    relations: ['other'],
    call: ({ w }) => ({ params: { id: w.deadEmail } }),
    expect: { admin: 204, otherAdmin: 404 },
    fresh: async ({ make, w }) => ({ deadEmail: await make.deadEmail(w.other.mentee) }),
  },
  'GET /api/admin/waiting': adminList,
  'POST /api/admin/waiting/:id/suggestions': {
    guard: ADMINS,
    relations: MEMBER_TARGET,
    // Suggestions only add to her bell: no fresh mentee for each.
    call: (cell) => ({
      params: { id: cell.relation === 'own' ? personOf(cell, 'mentee') : cell.w.waiting },
      body: { mentorIds: [cell.w.other.mentor.user.id] },
    }),
    expect: { admin: { own: 404, other: 204 }, otherAdmin: 404 },
  },
  'GET /api/admin/stats': adminList,
  'GET /api/admin/surveys': adminList,
  'PUT /api/admin/surveys/:form': {
    guard: ADMINS,
    call: () => ({
      params: { form: 'mentee_start' },
      body: {
        intro: DEFAULT_SURVEYS.mentee_start.intro,
        questions: DEFAULT_SURVEYS.mentee_start.questions,
      },
    }),
    expect: { admins: 200 },
  },

  'GET /api/mentorships': { guard: MEMBERS, expect: { members: 200 } },
  'GET /api/mentorships/:id': {
    guard: MEMBERS_AND_ADMINS,
    relations: MENTORSHIP,
    call: (cell) => ({ params: { id: mentorshipOf(cell) } }),
    expect: { members: { matched: 200, other: 404 }, admin: 200, otherAdmin: 404 },
  },
  'GET /api/mentorships/:id/logs': {
    guard: MEMBERS_AND_ADMINS,
    relations: MENTORSHIP,
    call: (cell) => ({ params: { id: mentorshipOf(cell) } }),
    expect: { members: { matched: 200, other: 404 }, admin: 200, otherAdmin: 404 },
  },
  'POST /api/mentorships/:id/logs': {
    guard: MEMBERS,
    relations: MENTORSHIP,
    // A new log only adds one: no fresh mentorship for each.
    call: (cell) => ({
      params: { id: mentorshipOf(cell) },
      body: { date: cell.w.today, minutes: 45, topics: ['job_search'] },
    }),
    expect: { members: { matched: 201, other: 404 } },
  },
  'PUT /api/mentorships/:id/logs/:logId': {
    guard: MEMBERS,
    relations: PERSONAL,
    call: (cell) => ({
      params: { id: mentorshipOf(cell), logId: logOf(cell) },
      body: { date: cell.w.today, minutes: 60, topics: ['cv'], notes: 'Vi gennemgik hendes CV.' },
    }),
    // Her partner's log is hers to read, not to change (409 log_locked, as after 7 days).
    expect: { members: { own: 200, matched: 409, other: 404 } },
  },
  'POST /api/mentorships/:id/end': {
    guard: MEMBERS_AND_ADMINS,
    relations: MENTORSHIP,
    call: (cell) => ({
      params: { id: mentorshipOf(cell) },
      body: { outcome: 'job', note: 'Hun har fået job som sygeplejerske.' },
    }),
    expect: { members: { matched: 200, other: 404 }, admin: 200, otherAdmin: 404 },
    fresh: freshPair,
  },
  'POST /api/mentorships/:id/planned-end': {
    guard: MEMBERS,
    relations: MENTORSHIP,
    // A proposal only waits for the other's yes; "agree" below uses mentorships of its own.
    call: (cell) => ({
      params: { id: mentorshipOf(cell) },
      body: { plannedEnd: daysAfter(cell.w.today, 60) },
    }),
    expect: { members: { matched: 200, other: 404 } },
  },
  'POST /api/mentorships/:id/planned-end/agree': {
    guard: MEMBERS,
    relations: MENTORSHIP,
    call: async (cell) => {
      const { make, role, relation, w } = cell;
      // Her partner proposes a new end first, whatever the cells before left.
      if (relation === 'matched' && (role === 'mentee' || role === 'mentor')) {
        await make.propose(
          role === 'mentor' ? w.matched.mentee : w.matched.mentor,
          w.matched.mentorship,
        );
      }
      return { params: { id: mentorshipOf(cell) } };
    },
    expect: { members: { matched: 200, other: 404 } },
  },
  'GET /api/mentorships/:id/start-survey': {
    guard: MEMBERS_AND_ADMINS,
    relations: MENTORSHIP,
    call: (cell) => ({ params: { id: mentorshipOf(cell) } }),
    expect: { members: { matched: 200, other: 404 }, admin: 200, otherAdmin: 404 },
  },

  'POST /api/reports': {
    guard: MEMBERS,
    relations: ALL,
    // A report only adds one: no fresh member for each.
    call: (cell) => ({
      body: { userId: personOf(cell, 'partner'), reason: 'Hun skrev grimme ting til mig.' },
    }),
    // She reports whom she can see or has dealt with; a mentor cannot probe for a mentee she
    // never met (404). Reporting herself is refused as a rule (400 cannot_report_self).
    expect: {
      mentee: { own: 400, other: 201, matched: 201, requested: 201 },
      mentor: { own: 400, other: 404, matched: 201, requested: 201 },
    },
  },

  'POST /api/requests': {
    guard: ['mentee'],
    relations: ALL,
    // "other's": the requested mentee asks a mentor she has nothing to do with. It adds one
    // open request of hers (she may have three), which no later cell counts.
    call: (cell) => ({ body: requestBody(personOf(cell, 'mentor')) }),
    // Herself is no mentor (404); the matched mentee has a mentor and the requested one has
    // asked already (409 in_mentorship, already_requested).
    expect: { mentee: { own: 404, other: 201, matched: 409, requested: 409 } },
  },
  'GET /api/requests': { guard: MEMBERS, expect: { members: 200 } },
  'GET /api/requests/:id': {
    guard: MEMBERS,
    relations: SHARED,
    call: (cell) => ({ params: { id: requestOf(cell) } }),
    expect: { members: { requested: 200, matched: 200, other: 404 } },
  },
  // Both members reach every move; core's state machine refuses the wrong one's (409).
  'POST /api/requests/:id/accept': {
    guard: MEMBERS,
    relations: SHARED,
    call: (cell) => ({ params: { id: requestOf(cell) }, body: { contact: { email: true } } }),
    expect: {
      mentee: { requested: 409, matched: 409, other: 404 },
      mentor: { requested: 200, matched: 409, other: 404 },
    },
    fresh: freshPair,
  },
  'POST /api/requests/:id/decline': {
    guard: MEMBERS,
    relations: SHARED,
    call: (cell) => ({ params: { id: requestOf(cell) }, body: { reason: 'no_time' } }),
    expect: {
      mentee: { requested: 409, matched: 409, other: 404 },
      mentor: { requested: 200, matched: 409, other: 404 },
    },
    fresh: freshPair,
  },
  'POST /api/requests/:id/withdraw': {
    guard: MEMBERS,
    relations: SHARED,
    call: (cell) => ({ params: { id: requestOf(cell) } }),
    expect: {
      mentee: { requested: 200, matched: 409, other: 404 },
      mentor: { requested: 409, matched: 409, other: 404 },
    },
    fresh: freshPair,
  },

  'GET /api/introductions': { guard: MEMBERS_AND_ADMINS, expect: { members: 200, admins: 200 } },
  'GET /api/introductions/:id': {
    guard: MEMBERS_AND_ADMINS,
    relations: SHARED,
    introductions: true,
    call: (cell) => ({ params: { id: introductionOf(cell) } }),
    expect: {
      members: { requested: 200, matched: 200, other: 404 },
      admin: 200,
      otherAdmin: 404,
    },
  },
  'POST /api/introductions/:id/confirm': {
    guard: MEMBERS,
    relations: SHARED,
    introductions: true,
    call: (cell) => ({ params: { id: introductionOf(cell) } }),
    expect: { members: { requested: 200, matched: 409, other: 404 } },
    fresh: async ({ make }) => ({ introduced: await make.introduced() }),
  },
  'POST /api/introductions/:id/decline': {
    guard: MEMBERS,
    relations: SHARED,
    introductions: true,
    call: (cell) => ({ params: { id: introductionOf(cell) }, body: {} }),
    expect: { members: { requested: 200, matched: 409, other: 404 } },
    fresh: async ({ make }) => ({ introduced: await make.introduced() }),
  },

  'GET /api/notifications': {
    guard: 'signedIn',
    relations: ALL,
    // Paging from someone else's notification finds nothing to page from.
    call: (cell) => (cell.relation === 'own' ? {} : { query: { before: notificationOf(cell) } }),
    expect: { signedIn: { own: 200, other: 404, matched: 404, requested: 404 } },
  },
  'GET /api/notifications/unread-count': { guard: 'signedIn', expect: { signedIn: 200 } },
  'POST /api/notifications/read-all': { guard: 'signedIn', expect: { signedIn: 204 } },
  'POST /api/notifications/:id/read': {
    guard: 'signedIn',
    relations: ALL,
    call: (cell) => ({ params: { id: notificationOf(cell) } }),
    expect: { signedIn: { own: 204, other: 404, matched: 404, requested: 404 } },
  },

  'GET /api/surveys': { guard: MEMBERS, expect: { members: 200 } },
  // No session is read: every caller gets what the token earns, here an unknown one's 404
  // (test/modules/surveys pins the 204 of a real token).
  'POST /api/surveys/anonymous': {
    guard: 'public',
    call: () => ({ body: { token: UNKNOWN_TOKEN, answers: MENTEE_END_ANSWERS } }),
    expect: { everyone: 404 },
  },
  'GET /api/surveys/:id': {
    guard: MEMBERS,
    relations: PERSONAL,
    call: (cell) => ({ params: { id: surveyOf(cell) } }),
    expect: { members: { own: 200, matched: 404, other: 404 } },
  },
  // Her own: the mentee's start survey, the mentor's end survey.
  'POST /api/surveys/:id/decline': {
    guard: MEMBERS,
    relations: PERSONAL,
    call: (cell) => ({ params: { id: surveyOf(cell) } }),
    expect: { members: { own: 204, matched: 404, other: 404 } },
  },
  'POST /api/surveys/:id/token': {
    guard: MEMBERS,
    relations: PERSONAL,
    call: (cell) => ({ params: { id: surveyOf(cell) } }),
    // A start survey is answered with her session, so it has no token (409).
    expect: {
      mentee: { own: 409, matched: 404, other: 404 },
      mentor: { own: 200, matched: 404, other: 404 },
    },
  },
  'POST /api/surveys/:id/answers': {
    guard: MEMBERS,
    relations: PERSONAL,
    call: (cell) => ({ params: { id: surveyOf(cell) }, body: { answers: START_ANSWERS } }),
    // End answers go only through the anonymous route, never with her session (409).
    expect: {
      mentee: { own: 204, matched: 404, other: 404 },
      mentor: { own: 409, matched: 404, other: 404 },
    },
    fresh: async ({ make }) => ({ matched: await make.matched() }),
  },
};
