import type { MentorPage } from '@mentorbro/core/search';
import { request } from '@/lib/http';

/** GET /api/mentors/:id: an approved mentor as signed-in members see her, with her free seats
 * and, for a mentee, why she may fit. */
export const mentorsApi = {
  get: (id: string) =>
    request<MentorPage>(`/api/mentors/${encodeURIComponent(id)}`, { auth: true }),
};
