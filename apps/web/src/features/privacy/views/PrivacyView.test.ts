import { screen } from '@testing-library/vue';
import { describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { RouterView } from 'vue-router';
import AppFooter from '@/components/AppFooter.vue';
import { authApi } from '@/features/auth/auth.api';
import { renderAt } from '@/features/requests/test/render-requests';
import { setLocale } from '@/i18n';
import { amina, noSession } from '@/test/fixtures';
import { renderInApp } from '@/test/render';

vi.mock('@/features/auth/auth.api', () => ({
  authApi: { register: vi.fn(), login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), me: vi.fn() },
}));

/** The page as someone who is not signed in opens it (a link from the registration form). */
async function openSignedOut() {
  vi.mocked(authApi.refresh).mockRejectedValue(noSession());
  const shell = defineComponent(() => () => h(RouterView));
  const rendered = await renderInApp(shell, { route: '/privacy' });
  await screen.findByRole('heading', { level: 1 });
  return rendered;
}

const sectionHeadings = () =>
  screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent.trim());

describe('PrivacyView', () => {
  it('says what is stored, who sees it, why, for how long and her rights, without a login', async () => {
    const { router } = await openSignedOut();

    expect(router.currentRoute.value.name).toBe('privacy');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Privatliv: dine data i Mentorbro' }),
    ).toBeVisible();
    expect(sectionHeadings()).toEqual([
      'Det gemmer vi',
      'Hvem kan se hvad',
      'Hvorfor vi gemmer det',
      'Hvor længe vi gemmer det',
      'Dine rettigheder',
      'Har du spørgsmål?',
    ]);
    expect(screen.getByRole('heading', { level: 3, name: 'Slutskemaet er anonymt' })).toBeVisible();
    expect(screen.getByRole('heading', { level: 3, name: 'Hvis du er mentee' })).toBeVisible();
    expect(screen.getByText(/hvis færre end 5 personer har svaret/)).toBeVisible();
    // Her own data is behind her login: no link to settings for someone signed out.
    expect(screen.queryByRole('link', { name: /Indstillinger/ })).toBeNull();
  });

  it('reads the same in English', async () => {
    await setLocale('en', { save: false });
    await openSignedOut();

    expect(
      screen.getByRole('heading', { level: 1, name: 'Privacy: your data in Mentorbro' }),
    ).toBeVisible();
    expect(sectionHeadings()).toEqual([
      'What we store',
      'Who can see what',
      'Why we store it',
      'How long we keep it',
      'Your rights',
      'Any questions?',
    ]);
  });

  it('takes a signed-in member to her data in the settings', async () => {
    await renderAt('/privacy', amina);

    expect(
      screen.getByRole('link', { name: 'Gå til Dine data under Indstillinger' }),
    ).toHaveAttribute('href', '/settings');
  });

  it('is linked from the footer on every page', async () => {
    vi.mocked(authApi.refresh).mockRejectedValue(noSession());
    await renderInApp(AppFooter);

    expect(screen.getByRole('link', { name: 'Privatliv og dine data' })).toHaveAttribute(
      'href',
      '/privacy',
    );
  });
});
