import type {
  EndMentorshipBody,
  MeetingLog,
  MeetingLogBody,
  MeetingLogList,
  Mentorship,
  MentorshipList,
} from '@mentorbro/core/mentorship';
import { request } from '@/lib/http';

const id = (value: string) => encodeURIComponent(value);

/** A running mentorship: its meetings, its planned end, and how it ends. */
export const mentorshipsApi = {
  list: () => request<MentorshipList>('/api/mentorships', { auth: true }),
  get: (mentorshipId: string) =>
    request<Mentorship>(`/api/mentorships/${id(mentorshipId)}`, { auth: true }),
  logs: (mentorshipId: string) =>
    request<MeetingLogList>(`/api/mentorships/${id(mentorshipId)}/logs`, { auth: true }),
  addLog: (mentorshipId: string, body: MeetingLogBody) =>
    request<MeetingLog>(`/api/mentorships/${id(mentorshipId)}/logs`, {
      method: 'POST',
      body,
      auth: true,
    }),
  editLog: (mentorshipId: string, logId: string, body: MeetingLogBody) =>
    request<MeetingLog>(`/api/mentorships/${id(mentorshipId)}/logs/${id(logId)}`, {
      method: 'PUT',
      body,
      auth: true,
    }),
  proposeEnd: (mentorshipId: string, plannedEnd: string) =>
    request<Mentorship>(`/api/mentorships/${id(mentorshipId)}/planned-end`, {
      method: 'POST',
      body: { plannedEnd },
      auth: true,
    }),
  agreeEnd: (mentorshipId: string) =>
    request<Mentorship>(`/api/mentorships/${id(mentorshipId)}/planned-end/agree`, {
      method: 'POST',
      body: {},
      auth: true,
    }),
  end: (mentorshipId: string, body: EndMentorshipBody) =>
    request<Mentorship>(`/api/mentorships/${id(mentorshipId)}/end`, {
      method: 'POST',
      body,
      auth: true,
    }),
};

export type MentorshipsApi = typeof mentorshipsApi;
