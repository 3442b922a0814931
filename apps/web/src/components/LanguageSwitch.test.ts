import { fireEvent, screen, within } from '@testing-library/vue';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import App from '@/App.vue';
import { authApi } from '@/features/auth/auth.api';
import { settingsApi } from '@/features/settings/settings.api';
import { NetworkError } from '@/lib/http';
import { noSession, session } from '@/test/fixtures';
import { renderInApp } from '@/test/render';
import LanguageSwitch from './LanguageSwitch.vue';

vi.mock('@/features/auth/auth.api', () => ({
  authApi: { register: vi.fn(), login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), me: vi.fn() },
}));

vi.mock('@/features/settings/settings.api', async () =>
  (await import('@/features/settings/test/settings-api-mock')).settingsApiMock(),
);

beforeEach(() => {
  vi.mocked(authApi.refresh).mockRejectedValue(noSession());
});

describe('the language switch', () => {
  it('switches between Danish and English, updates <html lang> and remembers the choice', async () => {
    await renderInApp(App, { route: '/' });
    await screen.findByRole('heading', {
      level: 1,
      name: 'Find en mentor, der kan hjælpe dig videre',
    });
    expect(
      within(screen.getByRole('navigation')).getByRole('link', { name: 'Log ind' }),
    ).toBeVisible();

    await fireEvent.click(screen.getByRole('button', { name: 'English' }));

    await screen.findByRole('heading', {
      level: 1,
      name: 'Find a mentor who can help you move forward',
    });
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('mentorbro.locale')).toBe('en');
    expect(
      within(screen.getByRole('navigation')).getByRole('link', { name: 'Log in' }),
    ).toBeVisible();

    await fireEvent.click(screen.getByRole('button', { name: 'Dansk' }));

    await screen.findByRole('heading', { level: 1, name: /Find en mentor/ });
    expect(document.documentElement.lang).toBe('da');
    expect(localStorage.getItem('mentorbro.locale')).toBe('da');
    expect(settingsApi.save).not.toHaveBeenCalled();
  });

  it('saves the language of a signed-in member’s account, so her emails follow it', async () => {
    vi.mocked(authApi.refresh).mockResolvedValue(session('token'));
    vi.mocked(settingsApi.save).mockResolvedValue({ locale: 'en', emailTips: true });
    await renderInApp(LanguageSwitch, { route: '/mentors' });

    await fireEvent.click(screen.getByRole('button', { name: 'English' }));

    await screen.findByRole('button', { name: 'Dansk' });
    expect(settingsApi.save).toHaveBeenCalledWith({ locale: 'en' });
  });

  it('keeps the new language on the page and logs it when her account cannot be saved', async () => {
    vi.mocked(authApi.refresh).mockResolvedValue(session('token'));
    const offline = new NetworkError(new TypeError('offline'));
    vi.mocked(settingsApi.save).mockRejectedValue(offline);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await renderInApp(LanguageSwitch, { route: '/mentors' });

    await fireEvent.click(screen.getByRole('button', { name: 'English' }));

    await screen.findByRole('button', { name: 'Dansk' });
    await vi.waitFor(() => {
      expect(logged).toHaveBeenCalledWith('Could not save the language of her account', offline);
    });
    expect(document.documentElement.lang).toBe('en');
  });
});
