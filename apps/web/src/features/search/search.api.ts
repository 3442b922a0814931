import type { MentorSearchPage, MentorSearchQuery, Recommendations } from '@mentorbro/core/search';
import { request } from '@/lib/http';

const query = (params: Record<string, string | number | boolean | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) search.set(key, String(value));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
};

/** Finding mentors: a search with filters, and the ones that fit her best (mentees only). */
export const searchApi = {
  mentors: (params: MentorSearchQuery) =>
    request<MentorSearchPage>(`/api/mentors${query(params)}`, { auth: true }),
  recommendations: (limit?: number) =>
    request<Recommendations>(`/api/me/recommendations${query({ limit })}`, { auth: true }),
};
