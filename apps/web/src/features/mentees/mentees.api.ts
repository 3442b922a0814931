import type { MenteeProfileView } from '@mentorbro/core/profile-view';
import { request } from '@/lib/http';

/** GET /api/mentees/:id: only coordinators and the mentors she asked; 404 for anyone else. */
export const menteesApi = {
  get: (id: string) =>
    request<MenteeProfileView>(`/api/mentees/${encodeURIComponent(id)}`, { auth: true }),
};
