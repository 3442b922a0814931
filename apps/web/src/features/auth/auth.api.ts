import type { LoginBody, RegisterBody, Session } from '@mentorbro/core/auth';
import type { User } from '@mentorbro/core/user';
import { request } from '@/lib/http';

/**
 * A session as the browser sees it. The refresh token travels only in its httpOnly cookie (the
 * API leaves it out of the body then), so the type has no field for it and nothing here can read it.
 */
export type BrowserSession = Omit<Session, 'refreshToken'>;

/** Typed calls to /api/auth and /api/me. */
export const authApi = {
  register: (body: RegisterBody) => request<User>('/api/auth/register', { method: 'POST', body }),
  login: (body: LoginBody) => request<BrowserSession>('/api/auth/login', { method: 'POST', body }),
  refresh: () => request<BrowserSession>('/api/auth/refresh', { method: 'POST' }),
  logout: () => request<undefined>('/api/auth/logout', { method: 'POST' }),
  me: () => request<User>('/api/me', { auth: true }),
};
