import type { LoginBody, RegisterBody, Session } from '@mentorbro/core/auth';
import type { User } from '@mentorbro/core/user';
import { request } from '@/lib/http';

/** Typed calls to /api/auth and /api/me; the refresh token travels only in its httpOnly cookie. */
export const authApi = {
  register: (body: RegisterBody) => request<User>('/api/auth/register', { method: 'POST', body }),
  login: (body: LoginBody) => request<Session>('/api/auth/login', { method: 'POST', body }),
  refresh: () => request<Session>('/api/auth/refresh', { method: 'POST' }),
  logout: () => request<undefined>('/api/auth/logout', { method: 'POST' }),
  me: () => request<User>('/api/me', { auth: true }),
};
