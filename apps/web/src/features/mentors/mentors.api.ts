import type { MentorPublicProfile } from '@mentorbro/core/profile-view';
import { request } from '@/lib/http';

/** GET /api/mentors/:id: an approved mentor as signed-in members see her. */
export const mentorsApi = {
  get: (id: string) =>
    request<MentorPublicProfile>(`/api/mentors/${encodeURIComponent(id)}`, { auth: true }),
};
