import type {
  AdminUser,
  ApproveBody,
  AuditPage,
  ModerationItem,
  ReasonBody,
  RejectBody,
  Report,
} from '@mentorbro/core/admin';
import type { AdminMentorshipQuery, Mentorship, MentorshipList } from '@mentorbro/core/mentorship';
import type {
  OutboxPage,
  OutboxQuery,
  SuggestMentorsBody,
  WaitingList,
} from '@mentorbro/core/notifications';
import type { EraseMemberBody } from '@mentorbro/core/privacy';
import type { ProfileStatus } from '@mentorbro/core/profile';
import type { ProgrammeRules } from '@mentorbro/core/programme';
import type { Introduction, IntroductionList } from '@mentorbro/core/requests';
import type { Stats, StatsQuery } from '@mentorbro/core/stats';
import type {
  SurveyDefinition,
  SurveyDefinitionBody,
  SurveyDefinitionList,
  SurveyForm,
} from '@mentorbro/core/survey';
import { queryString as query, request } from '@/lib/http';

const id = (value: string) => encodeURIComponent(value);

/** Typed calls to /api/admin; every one needs a coordinator's session. */
export const adminApi = {
  profiles: (status: ProfileStatus) =>
    request<ModerationItem[]>(`/api/admin/profiles${query({ status })}`, { auth: true }),
  approve: (userId: string, body: ApproveBody) =>
    request<undefined>(`/api/admin/profiles/${id(userId)}/approve`, {
      method: 'POST',
      body,
      auth: true,
    }),
  reject: (userId: string, body: RejectBody) =>
    request<undefined>(`/api/admin/profiles/${id(userId)}/reject`, {
      method: 'POST',
      body,
      auth: true,
    }),

  users: (q: string) =>
    request<AdminUser[]>(`/api/admin/users${query({ q: q === '' ? undefined : q })}`, {
      auth: true,
    }),
  suspend: (userId: string, body: ReasonBody) =>
    request<AdminUser>(`/api/admin/users/${id(userId)}/suspend`, {
      method: 'POST',
      body,
      auth: true,
    }),
  reinstate: (userId: string) =>
    request<AdminUser>(`/api/admin/users/${id(userId)}/reinstate`, {
      method: 'POST',
      auth: true,
    }),
  // A member's right to be forgotten, done for her when she asks a coordinator.
  erase: (userId: string, body: EraseMemberBody) =>
    request<undefined>(`/api/admin/users/${id(userId)}/erase`, {
      method: 'POST',
      body,
      auth: true,
    }),

  reports: (open: boolean) =>
    request<Report[]>(`/api/admin/reports${query({ open })}`, { auth: true }),
  resolveReport: (reportId: string, body: ReasonBody) =>
    request<Report>(`/api/admin/reports/${id(reportId)}/resolve`, {
      method: 'POST',
      body,
      auth: true,
    }),

  mentorships: (filter: AdminMentorshipQuery = {}) =>
    request<MentorshipList>(`/api/admin/mentorships${query(filter)}`, { auth: true }).then(
      (list): Mentorship[] => list.items,
    ),

  // Not under /api/admin: the members' own list, which gives a coordinator the whole programme.
  introductions: () =>
    request<IntroductionList>('/api/introductions', { auth: true }).then(
      (list): Introduction[] => list.items,
    ),

  audit: (page: { before?: number; limit?: number } = {}) =>
    request<AuditPage>(`/api/admin/audit${query(page)}`, { auth: true }),

  // Approved mentees still without a mentor, the longest waiting first; and a coordinator's
  // own suggestions of mentors to one of them.
  waiting: () => request<WaitingList>('/api/admin/waiting', { auth: true }),
  suggestMentors: (menteeId: string, body: SuggestMentorsBody) =>
    request<undefined>(`/api/admin/waiting/${id(menteeId)}/suggestions`, {
      method: 'POST',
      body,
      auth: true,
    }),

  // The emails that could not be sent (or still wait), and sending a dead one again.
  outbox: (status: NonNullable<OutboxQuery['status']>) =>
    request<OutboxPage>(`/api/admin/outbox${query({ status })}`, { auth: true }),
  retryEmail: (emailId: number) =>
    request<undefined>(`/api/admin/outbox/${emailId}/retry`, { method: 'POST', auth: true }),

  // The numbers for a period and, optionally, one region; small groups come back as null.
  stats: (filter: StatsQuery = {}) =>
    request<Stats>(`/api/admin/stats${query(filter)}`, { auth: true }),

  // The current version of each survey form, and a new version of one (the server numbers it).
  surveys: () =>
    request<SurveyDefinitionList>('/api/admin/surveys', { auth: true }).then(
      (list): SurveyDefinition[] => list.items,
    ),
  saveSurvey: (form: SurveyForm, body: SurveyDefinitionBody) =>
    request<SurveyDefinition>(`/api/admin/surveys/${id(form)}`, {
      method: 'PUT',
      body,
      auth: true,
    }),

  programme: () => request<ProgrammeRules>('/api/admin/programme', { auth: true }),
  saveProgramme: (rules: ProgrammeRules) =>
    request<ProgrammeRules>('/api/admin/programme', { method: 'PUT', body: rules, auth: true }),
};

export type AdminApi = typeof adminApi;
