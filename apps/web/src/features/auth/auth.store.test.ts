import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { ApiError, NetworkError, request } from '@/lib/http';
import { createAppRouter } from '@/router';
import { currentLocale, setLocale } from '@/i18n';
import { installFakeLocks } from '@/test/fake-locks';
import { amina, jsonResponse, noSession, session } from '@/test/fixtures';
import { authApi } from './auth.api';
import { connectSession } from './auth.session';
import { REFRESH_LOCK, useAuthStore } from './auth.store';

vi.mock('./auth.api', () => ({
  authApi: { register: vi.fn(), login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), me: vi.fn() },
}));

/** A fake /api/me that accepts only the given token and answers 401 with `code` otherwise. */
function meAccepting(token: string, code = 'token_expired') {
  return vi.fn((_path: string, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    return Promise.resolve(
      headers.get('authorization') === `Bearer ${token}`
        ? jsonResponse(200, amina)
        : jsonResponse(401, { error: { code, message: 'no' } }),
    );
  });
}

/** A refresh answer that arrives after `ms`, as a real one would. */
function slowRefresh(token: string, ms = 10, user = amina) {
  return () =>
    new Promise<ReturnType<typeof session>>((resolve) => {
      setTimeout(() => {
        resolve(session(token, user));
      }, ms);
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

  it('keeps her signed in, so she can try again, when the server cannot log her out', async () => {
    vi.mocked(authApi.login).mockResolvedValue(session('token-1'));
    vi.mocked(authApi.logout).mockRejectedValueOnce(new NetworkError(new TypeError('offline')));
    const { auth } = setup();
    await auth.login({ email: 'amina@example.dk', password: 'min lange kode' });

    await expect(auth.logout()).rejects.toBeInstanceOf(NetworkError);
    expect(auth.isLoggedIn).toBe(true);
    expect(auth.accessToken).toBe('token-1');

    vi.mocked(authApi.logout).mockResolvedValueOnce(undefined);
    await auth.logout();
    expect(auth.isLoggedIn).toBe(false);
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

  it('shares one refresh between restore, the fetch wrapper and direct callers, under the lock', async () => {
    const locks = installFakeLocks();
    vi.mocked(authApi.refresh).mockImplementation(slowRefresh('new'));
    vi.stubGlobal('fetch', meAccepting('new'));
    const { auth } = setup();

    const results = await Promise.all([
      auth.restore(),
      request('/api/me', { auth: true }),
      auth.refresh(),
      auth.restore(),
    ]);

    expect(results[1]).toEqual(amina);
    expect(authApi.refresh).toHaveBeenCalledOnce();
    expect(locks.requested).toEqual([REFRESH_LOCK]);
    expect(auth.accessToken).toBe('new');
  });

  it('makes a second tab wait for the first tab to refresh, then refresh with the new cookie', async () => {
    installFakeLocks();
    const order: string[] = [];
    let cookie = 'c1';
    vi.mocked(authApi.refresh).mockImplementation(async () => {
      const sent = cookie;
      order.push(`sends ${sent}`);
      await slowRefresh(`after-${sent}`)();
      cookie = `${sent}+`; // the API rotates the cookie
      order.push(`got ${sent}`);
      return session(`after-${sent}`);
    });
    const first = setup().auth;
    const second = setup().auth; // another tab: its own store, the same cookie and locks

    await Promise.all([first.refresh(), second.refresh()]);

    expect(order).toEqual(['sends c1', 'got c1', 'sends c1+', 'got c1+']);
    expect(first.accessToken).toBe('after-c1');
    expect(second.accessToken).toBe('after-c1+');
  });

  it('refreshes and retries once for a 401 unauthorized (a token from before a restart)', async () => {
    vi.mocked(authApi.login).mockResolvedValue(session('old'));
    const fetch = meAccepting('new', 'unauthorized');
    vi.stubGlobal('fetch', fetch);
    const { auth, router } = setup();
    await auth.restore(); // as on app start: no cookie yet
    vi.mocked(authApi.refresh).mockReset().mockResolvedValue(session('new'));
    await auth.login({ email: 'amina@example.dk', password: 'min lange kode' });
    await router.push('/my-page');

    await expect(request('/api/me', { auth: true })).resolves.toEqual(amina);
    expect(authApi.refresh).toHaveBeenCalledOnce();
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(auth.isLoggedIn).toBe(true);
    expect(router.currentRoute.value.name).toBe('home');
  });

  it('retries without a refresh when a parallel request renewed the token meanwhile', async () => {
    vi.mocked(authApi.login).mockResolvedValue(session('old'));
    vi.mocked(authApi.refresh).mockResolvedValue(session('new'));
    const { auth } = setup();
    await auth.login({ email: 'amina@example.dk', password: 'min lange kode' });
    // The 401 for the old token arrives after the token was already renewed.
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_path: string, init?: RequestInit) => {
        if (new Headers(init?.headers).get('authorization') === 'Bearer new') {
          return jsonResponse(200, amina);
        }
        await auth.refresh();
        return jsonResponse(401, { error: { code: 'token_expired', message: 'no' } });
      }),
    );

    await expect(request('/api/me', { auth: true })).resolves.toEqual(amina);
    expect(authApi.refresh).toHaveBeenCalledOnce();
  });

  it('follows the language of her account on a new device, but not over a choice made here', async () => {
    const english = { ...amina, locale: 'en' as const };
    vi.mocked(authApi.login).mockResolvedValue(session('token-1', english));
    vi.mocked(authApi.logout).mockResolvedValue(undefined);
    const { auth } = setup();

    await auth.login({ email: 'amina@example.dk', password: 'min lange kode' });
    expect(currentLocale()).toBe('en');
    expect(localStorage.getItem('mentorbro.locale')).toBeNull();

    await auth.logout();
    localStorage.setItem('mentorbro.locale', 'da');
    await setLocale('da', { save: false });
    await auth.login({ email: 'amina@example.dk', password: 'min lange kode' });
    expect(currentLocale()).toBe('da');
  });

  it('follows the language of her account when a session is restored', async () => {
    vi.mocked(authApi.refresh).mockResolvedValue(session('restored', { ...amina, locale: 'en' }));
    const { auth } = setup();

    await auth.restore();
    expect(currentLocale()).toBe('en');
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
