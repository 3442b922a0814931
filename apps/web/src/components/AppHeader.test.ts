import { fireEvent, screen, within } from '@testing-library/vue';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import App from '@/App.vue';
import { authApi } from '@/features/auth/auth.api';
import { notificationsApi } from '@/features/notifications/notifications.api';
import { profileApi } from '@/features/profile/profile.api';
import { menteeOwn, mentorOwn } from '@/features/profile/profile.fixtures';
import { searchApi } from '@/features/search/search.api';
import { NetworkError } from '@/lib/http';
import { amina, noSession, session } from '@/test/fixtures';
import { renderInApp } from '@/test/render';

vi.mock('@/features/auth/auth.api', () => ({
  authApi: { register: vi.fn(), login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), me: vi.fn() },
}));
vi.mock('@/features/profile/profile.api', () => ({ profileApi: { own: vi.fn(), save: vi.fn() } }));
vi.mock('@/features/notifications/notifications.api', async () =>
  (await import('@/features/notifications/test/notifications-api-mock')).notificationsApiMock(),
);
vi.mock('@/features/search/search.api', async () =>
  (await import('@/features/search/test/search-api-mock')).searchApiMock(),
);

beforeEach(() => {
  vi.mocked(authApi.me).mockResolvedValue(amina);
  vi.mocked(profileApi.own).mockResolvedValue(menteeOwn());
  vi.mocked(searchApi.recommendations).mockResolvedValue({ items: [], empty: 'none_available' });
  vi.mocked(notificationsApi.unreadCount).mockResolvedValue({ unread: 0 });
});

const nav = () => within(screen.getByRole('navigation'));

describe('the app header', () => {
  it('keeps her logged in and lets her try again when logging out fails', async () => {
    vi.mocked(authApi.refresh).mockResolvedValue(session('restored'));
    vi.mocked(authApi.logout).mockRejectedValueOnce(new NetworkError(new TypeError('offline')));
    const { auth, router } = await renderInApp(App, { route: '/my-page' });
    await screen.findByRole('heading', { level: 1, name: 'Hej Amina!' });

    await fireEvent.click(nav().getByRole('button', { name: 'Log ud' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Vi kunne ikke logge dig ud. Du er stadig logget ind. Vi kan ikke få forbindelse lige nu.',
    );
    expect(auth.isLoggedIn).toBe(true);
    expect(router.currentRoute.value.name).toBe('home');
    expect(nav().getByRole('button', { name: 'Log ud' })).toBeEnabled();

    vi.mocked(authApi.logout).mockResolvedValueOnce(undefined);
    await fireEvent.click(nav().getByRole('button', { name: 'Log ud' }));

    await vi.waitFor(() => {
      expect(router.currentRoute.value.name).toBe('landing');
    });
    expect(auth.isLoggedIn).toBe(false);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(nav().getByRole('link', { name: 'Log ind' })).toBeVisible();
  });

  it('names the brand link after where it goes', async () => {
    vi.mocked(authApi.refresh).mockRejectedValue(noSession());
    await renderInApp(App, { route: '/' });
    expect(screen.getByRole('link', { name: 'Mentorbro, til forsiden' })).toHaveAttribute(
      'href',
      '/',
    );
  });

  it('names the brand link "Min side" when it goes to her page', async () => {
    vi.mocked(authApi.refresh).mockResolvedValue(session('restored'));
    await renderInApp(App, { route: '/my-page' });
    expect(screen.getByRole('link', { name: 'Mentorbro, til Min side' })).toHaveAttribute(
      'href',
      '/my-page',
    );
  });

  it('links a mentee to her profile and to the search, and not to the coordinators’ pages', async () => {
    vi.mocked(authApi.refresh).mockResolvedValue(session('restored'));
    await renderInApp(App, { route: '/my-page' });
    expect(nav().getByRole('link', { name: 'Min profil' })).toHaveAttribute('href', '/my-profile');
    expect(nav().getByRole('link', { name: 'Find en mentor' })).toHaveAttribute('href', '/mentors');
    expect(nav().queryByRole('link', { name: 'Koordinator' })).toBeNull();
  });

  it('links a mentee to her requests', async () => {
    vi.mocked(authApi.refresh).mockResolvedValue(session('restored'));
    await renderInApp(App, { route: '/my-page' });
    expect(nav().getByRole('link', { name: 'Mine forespørgsler' })).toHaveAttribute(
      'href',
      '/my-requests',
    );
    expect(nav().queryByRole('link', { name: 'Forespørgsler' })).toBeNull();
  });

  it('links a mentor to the requests from mentees', async () => {
    const mentor = { ...amina, name: 'Sara', role: 'mentor' as const };
    vi.mocked(authApi.me).mockResolvedValue(mentor);
    vi.mocked(profileApi.own).mockResolvedValue(mentorOwn());
    vi.mocked(authApi.refresh).mockResolvedValue(session('restored', mentor));
    await renderInApp(App, { route: '/my-page' });
    expect(nav().getByRole('link', { name: 'Forespørgsler' })).toHaveAttribute(
      'href',
      '/requests-for-me',
    );
    expect(nav().queryByRole('link', { name: 'Mine forespørgsler' })).toBeNull();
  });

  it('links a mentee and a mentor to their mentorship, and not a coordinator', async () => {
    vi.mocked(authApi.refresh).mockResolvedValue(session('restored'));
    const { auth } = await renderInApp(App, { route: '/my-page' });
    expect(nav().getByRole('link', { name: 'Mit forløb' })).toHaveAttribute('href', '/mentorships');
    auth.user = { ...amina, role: 'admin' };
    await vi.waitFor(() => {
      expect(nav().queryByRole('link', { name: 'Mit forløb' })).toBeNull();
    });
  });

  it('links a coordinator to her pages instead of a profile', async () => {
    const coordinator = { ...amina, name: 'Kirsten', role: 'admin' as const };
    vi.mocked(authApi.me).mockResolvedValue(coordinator);
    vi.mocked(authApi.refresh).mockResolvedValue(session('restored', coordinator));
    await renderInApp(App, { route: '/my-page' });
    expect(nav().getByRole('link', { name: 'Koordinator' })).toHaveAttribute('href', '/admin');
    expect(nav().queryByRole('link', { name: 'Min profil' })).toBeNull();
    expect(nav().queryByRole('link', { name: /Forespørgsler/i })).toBeNull();
    // Coordinators may look at the mentors too, under a plain name.
    expect(nav().getByRole('link', { name: 'Mentorer' })).toHaveAttribute('href', '/mentors');
  });

  it('links every signed-in member to her notifications and her settings', async () => {
    vi.mocked(authApi.refresh).mockResolvedValue(session('restored'));
    vi.mocked(notificationsApi.unreadCount).mockResolvedValue({ unread: 2 });
    await renderInApp(App, { route: '/my-page' });
    expect(nav().getByRole('link', { name: 'Indstillinger' })).toHaveAttribute('href', '/settings');
    expect(
      await within(screen.getByRole('banner')).findByRole('link', {
        name: 'Notifikationer, 2 ulæste',
      }),
    ).toHaveAttribute('href', '/notifications');
  });

  it('shows a visitor neither notifications nor settings', async () => {
    vi.mocked(authApi.refresh).mockRejectedValue(noSession());
    await renderInApp(App, { route: '/' });
    expect(screen.queryByRole('link', { name: /Notifikationer/ })).toBeNull();
    expect(nav().queryByRole('link', { name: 'Indstillinger' })).toBeNull();
  });
});
