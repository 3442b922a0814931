import type { MenteeProfileInput, MentorProfileInput } from '@mentorbro/core/profile';
import type { OwnProfile } from '@mentorbro/core/profile-view';
import { request } from '@/lib/http';

/** Her own profile: GET and PUT /api/me/profile (mentees and mentors; admins get 403). */
export const profileApi = {
  own: () => request<OwnProfile>('/api/me/profile', { auth: true }),
  save: (body: MentorProfileInput | MenteeProfileInput) =>
    request<OwnProfile>('/api/me/profile', { method: 'PUT', body, auth: true }),
};
