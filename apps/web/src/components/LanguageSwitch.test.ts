import { fireEvent, screen, within } from '@testing-library/vue';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import App from '@/App.vue';
import { authApi } from '@/features/auth/auth.api';
import { noSession } from '@/test/fixtures';
import { renderInApp } from '@/test/render';

vi.mock('@/features/auth/auth.api', () => ({
  authApi: { register: vi.fn(), login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), me: vi.fn() },
}));

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
  });
});
