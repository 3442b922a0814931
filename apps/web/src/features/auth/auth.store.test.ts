import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { ApiError, request } from '@/lib/http';
import { createAppRouter } from '@/router';
import { amina, jsonResponse, noSession, session } from '@/test/fixtures';
import { authApi } from './auth.api';
import { connectSession } from './auth.session';
import { useAuthStore } from './auth.store';

vi.mock('./auth.api', () => ({
  authApi: { register: vi.fn(), login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), me: vi.fn() },
}));

/** A fake /api/me that accepts only the given token and says token_expired otherwise. */
function meAccepting(token: string) {
  return vi.fn((_path: string, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    return Promise.resolve(
      headers.get('authorization') === `Bearer ${token}`
        ? jsonResponse(200, amina)
        : jsonResponse(401, { error: { code: 'token_expired', message: 'expired' } }),
    );
  });
}

function setup() {
  setActivePinia(createPinia());
  const auth = useAuthStore();
  const router = createAppRouter(createMemoryHistory());
  connectSession(auth, router);
  return { auth, router };
}

beforeEach(() => {
  vi.mocked(authApi.refresh).mockRejectedValue(noSession());
});

describe('auth store', () => {
  it('logs in, keeping the access token in memory only, and logs out', async () => {
    vi.mocked(authApi.login).mockResolvedValue(session('token-1'));
    vi.mocked(authApi.logout).mockResolvedValue(undefined);
    const { auth } = setup();

    await auth.login({ email: 'amina@example.dk', password: 'min lange kode' });
    expect(auth.isLoggedIn).toBe(true);
    expect(auth.user?.name).toBe('Amina');
    expect(auth.accessToken).toBe('token-1');
    expect(localStorage.length).toBe(0);

    await auth.logout();
    expect(authApi.logout).toHaveBeenCalledOnce();
    expect(auth.isLoggedIn).toBe(false);
    expect(auth.accessToken).toBeNull();
  });

  it('restores a session from the refresh cookie once, however often it is asked', async () => {
    vi.mocked(authApi.refresh).mockResolvedValue(session('restored'));
    const { auth } = setup();

    await Promise.all([auth.restore(), auth.restore(), auth.restore()]);
    expect(authApi.refresh).toHaveBeenCalledOnce();
    expect(auth.accessToken).toBe('restored');
  });

  it('starts signed out when there is no valid refresh cookie', async () => {
    const { auth } = setup();
    await auth.restore();
    expect(auth.isLoggedIn).toBe(false);
  });

  it('refreshes once for concurrent 401 token_expired answers and retries each request', async () => {
    vi.mocked(authApi.login).mockResolvedValue(session('old'));
    vi.mocked(authApi.refresh).mockImplementation(
      () =>
        new Promise((resolve) => {
          setTimeout(() => {
            resolve(session('new'));
          }, 10);
        }),
    );
    const fetch = meAccepting('new');
    vi.stubGlobal('fetch', fetch);
    const { auth } = setup();
    await auth.login({ email: 'amina@example.dk', password: 'min lange kode' });

    const users = await Promise.all([
      request('/api/me', { auth: true }),
      request('/api/me', { auth: true }),
      request('/api/me', { auth: true }),
    ]);

    expect(users).toEqual([amina, amina, amina]);
    expect(authApi.refresh).toHaveBeenCalledOnce();
    expect(auth.accessToken).toBe('new');
    const tokens = fetch.mock.calls.map(([, init]) =>
      new Headers(init?.headers).get('authorization'),
    );
    expect(tokens.filter((t) => t === 'Bearer old')).toHaveLength(3);
    expect(tokens.filter((t) => t === 'Bearer new')).toHaveLength(3);
  });

  it('refreshes before a request when the token is about to expire', async () => {
    vi.mocked(authApi.login).mockResolvedValue(session('old', amina, 5));
    vi.mocked(authApi.refresh).mockResolvedValue(session('new'));
    const fetch = meAccepting('new');
    vi.stubGlobal('fetch', fetch);
    const { auth } = setup();
    await auth.login({ email: 'amina@example.dk', password: 'min lange kode' });

    await expect(request('/api/me', { auth: true })).resolves.toEqual(amina);
    expect(fetch).toHaveBeenCalledOnce();
    expect(authApi.refresh).toHaveBeenCalledOnce();
  });

  it('clears auth and sends her to log in when the refresh fails', async () => {
    vi.mocked(authApi.login).mockResolvedValue(session('old'));
    vi.stubGlobal('fetch', meAccepting('never'));
    const { auth, router } = setup();
    await auth.restore(); // as on app start: no cookie yet
    await auth.login({ email: 'amina@example.dk', password: 'min lange kode' });
    await router.push('/my-page');
    expect(router.currentRoute.value.name).toBe('home');

    const failure = request('/api/me', { auth: true });
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    expect(auth.isLoggedIn).toBe(false);
    await vi.waitFor(() => {
      expect(router.currentRoute.value.name).toBe('login');
    });
    expect(router.currentRoute.value.query).toMatchObject({
      redirect: '/my-page',
      reason: 'session-ended',
    });
  });
});
