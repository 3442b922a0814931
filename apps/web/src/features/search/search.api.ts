import type { MentorSearchPage, MentorSearchQuery, Recommendations } from '@mentorbro/core/search';
import { queryString as query, request } from '@/lib/http';

/** Finding mentors: a search with filters, and the ones that fit her best (mentees only). */
export const searchApi = {
  mentors: (params: MentorSearchQuery) =>
    request<MentorSearchPage>(`/api/mentors${query(params)}`, { auth: true }),
  recommendations: (limit?: number) =>
    request<Recommendations>(`/api/me/recommendations${query({ limit })}`, { auth: true }),
};
