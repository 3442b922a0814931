import { screen, within } from '@testing-library/vue';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import AppHeader from '@/components/AppHeader.vue';
import { authApi } from '@/features/auth/auth.api';
import { setLocale } from '@/i18n';
import { noSession, session } from '@/test/fixtures';
import { renderInApp } from '@/test/render';
import { POLL_INTERVAL_MS } from '../composables/useUnreadPolling';
import { notificationsApi } from '../notifications.api';

vi.mock('@/features/auth/auth.api', () => ({
  authApi: { register: vi.fn(), login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), me: vi.fn() },
}));
vi.mock('../notifications.api', async () =>
  (await import('../test/notifications-api-mock')).notificationsApiMock(),
);

const bell = (name: string | RegExp) => screen.getByRole('link', { name });
const badge = () => document.querySelector('.notification-bell__count');

/** Lets the count on its way settle (a second ask while one is on its way joins it). */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** The header of a signed-in member, on a page of the app. */
async function signedIn(unread: number) {
  vi.mocked(authApi.refresh).mockResolvedValue(session('token'));
  vi.mocked(notificationsApi.unreadCount).mockResolvedValue({ unread });
  const rendered = await renderInApp(AppHeader, { route: '/my-page' });
  await vi.waitFor(() => {
    expect(notificationsApi.unreadCount).toHaveBeenCalled();
  });
  return rendered;
}

beforeEach(() => {
  Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the notification bell', () => {
  it('shows the unread count as a badge and says it in the link’s name, in both languages', async () => {
    await signedIn(3);

    await vi.waitFor(() => {
      expect(bell('Notifikationer, 3 ulæste')).toHaveAttribute('href', '/notifications');
    });
    expect(badge()).toHaveTextContent('3');
    expect(badge()).toHaveAttribute('aria-hidden', 'true');

    await setLocale('en');
    expect(await screen.findByRole('link', { name: 'Notifications, 3 unread' })).toBeVisible();
  });

  it('has no badge at zero, and says one unread in the singular', async () => {
    const { router } = await signedIn(0);
    await vi.waitFor(() => {
      expect(bell('Notifikationer')).toBeVisible();
    });
    expect(badge()).toBeNull();

    vi.mocked(notificationsApi.unreadCount).mockResolvedValue({ unread: 1 });
    await router.push('/notifications');

    expect(await screen.findByRole('link', { name: 'Notifikationer, 1 ulæst' })).toBeVisible();
    expect(badge()).toHaveTextContent('1');
  });

  it('asks again on every page change, and says calmly that a new one came', async () => {
    const { router } = await signedIn(1);
    await vi.waitFor(() => {
      expect(bell('Notifikationer, 1 ulæst')).toBeVisible();
    });
    const status = within(screen.getByRole('banner')).getByRole('status');
    expect(status).toHaveTextContent('');

    vi.mocked(notificationsApi.unreadCount).mockResolvedValue({ unread: 2 });
    await router.push('/mentors');

    await vi.waitFor(() => {
      expect(status).toHaveTextContent('Du har fået en ny notifikation.');
    });
    expect(bell('Notifikationer, 2 ulæste')).toBeVisible();

    // Reading them is no news.
    vi.mocked(notificationsApi.unreadCount).mockResolvedValue({ unread: 0 });
    await router.push('/my-page');
    await vi.waitFor(() => {
      expect(bell('Notifikationer')).toBeVisible();
    });
    expect(status).toHaveTextContent('');
  });

  it('asks every minute while the tab is visible, not while it is hidden, and at once on return', async () => {
    await signedIn(0);
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    // The timer started before the fake clock; a hidden and visible tab starts it again.
    setVisibility('hidden');
    setVisibility('visible');
    await settled();
    vi.mocked(notificationsApi.unreadCount).mockClear();

    vi.advanceTimersByTime(POLL_INTERVAL_MS);
    expect(notificationsApi.unreadCount).toHaveBeenCalledTimes(1);
    await settled();

    setVisibility('hidden');
    vi.advanceTimersByTime(POLL_INTERVAL_MS * 3);
    expect(notificationsApi.unreadCount).toHaveBeenCalledTimes(1);

    vi.mocked(notificationsApi.unreadCount).mockResolvedValue({ unread: 4 });
    setVisibility('visible');
    expect(notificationsApi.unreadCount).toHaveBeenCalledTimes(2);
    await vi.waitFor(() => {
      expect(bell('Notifikationer, 4 ulæste')).toBeVisible();
    });
  });

  it('is not there for a visitor who is not signed in', async () => {
    vi.mocked(authApi.refresh).mockRejectedValue(noSession());
    await renderInApp(AppHeader, { route: '/' });

    expect(screen.queryByRole('link', { name: /Notifikationer/ })).toBeNull();
    expect(notificationsApi.unreadCount).not.toHaveBeenCalled();
  });
});
