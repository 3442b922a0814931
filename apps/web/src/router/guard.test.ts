import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, type RouteLocationNormalized } from 'vue-router';
import { authApi } from '@/features/auth/auth.api';
import { amina, noSession, session } from '@/test/fixtures';
import { authGuard, safeRedirect } from './guard';
import { createAppRouter } from '.';

vi.mock('@/features/auth/auth.api', () => ({
  authApi: { register: vi.fn(), login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), me: vi.fn() },
}));

beforeEach(() => {
  setActivePinia(createPinia());
});

describe('the route guard', () => {
  it('sends a visitor without a session to log in, remembering where she was going', async () => {
    vi.mocked(authApi.refresh).mockRejectedValue(noSession());
    const router = createAppRouter(createMemoryHistory());

    await router.push('/my-page');

    expect(router.currentRoute.value.name).toBe('login');
    expect(router.currentRoute.value.query.redirect).toBe('/my-page');
  });

  it('lets a restored session through, and keeps her away from login and register', async () => {
    vi.mocked(authApi.refresh).mockResolvedValue(session('restored'));
    const router = createAppRouter(createMemoryHistory());

    await router.push('/my-page');
    expect(router.currentRoute.value.name).toBe('home');

    await router.push('/login');
    expect(router.currentRoute.value.name).toBe('home');
  });

  it('shows the not-found page for an unknown address', async () => {
    vi.mocked(authApi.refresh).mockRejectedValue(noSession());
    const router = createAppRouter(createMemoryHistory());

    await router.push('/findes/ikke');

    expect(router.currentRoute.value.name).toBe('not-found');
  });

  it('refuses a route for other roles', async () => {
    vi.mocked(authApi.refresh).mockResolvedValue(session('restored', amina));
    const to = { fullPath: '/admin', meta: { titleKey: 'x', roles: ['admin'] } };

    await expect(authGuard(to as unknown as RouteLocationNormalized)).resolves.toEqual({
      name: 'home',
    });
  });

  it('follows only local redirects after login', () => {
    expect(safeRedirect('/my-page')).toBe('/my-page');
    expect(safeRedirect('//evil.example/x')).toBeNull();
    expect(safeRedirect('https://evil.example')).toBeNull();
    expect(safeRedirect(undefined)).toBeNull();
  });
});
