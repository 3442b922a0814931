import type { User } from '@mentorbro/core/user';
import type { BrowserSession } from '@/features/auth/auth.api';
import { ApiError } from '@/lib/http';

export const amina: User = {
  id: '0b7e7c1e-8c55-4a8e-9d7c-3f6a2b9c1d01',
  email: 'amina@example.dk',
  name: 'Amina',
  role: 'mentee',
  locale: 'da',
  createdAt: '2025-01-01T10:00:00.000Z',
};

/** As the API answers the browser: the refresh token is only in the cookie, not in the body. */
export function session(accessToken: string, user: User = amina, expiresIn = 900): BrowserSession {
  return { accessToken, expiresIn, user };
}

export const noSession = () => new ApiError(401, 'invalid_refresh_token', 'Please log in again.');

export function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}
