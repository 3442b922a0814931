import type { OwnProfile } from '@mentorbro/core/profile-view';
import type { User } from '@mentorbro/core/user';
import { screen } from '@testing-library/vue';
import { describe, expect, it, vi } from 'vitest';
import { authApi } from '@/features/auth/auth.api';
import { profileApi } from '@/features/profile/profile.api';
import { menteeOwn, neverSent } from '@/features/profile/profile.fixtures';
import { amina, session } from '@/test/fixtures';
import { renderInApp } from '@/test/render';
import HomeView from './HomeView.vue';

vi.mock('@/features/auth/auth.api', () => ({
  authApi: { register: vi.fn(), login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), me: vi.fn() },
}));
vi.mock('@/features/profile/profile.api', () => ({ profileApi: { own: vi.fn(), save: vi.fn() } }));

async function renderFor(user: User, own: OwnProfile = menteeOwn(neverSent)) {
  vi.mocked(authApi.refresh).mockResolvedValue(session('token', user));
  vi.mocked(profileApi.own).mockResolvedValue(own);
  vi.mocked(authApi.me).mockResolvedValue(user);
  await renderInApp(HomeView, { route: '/my-page' });
}

describe('HomeView', () => {
  it('greets a mentee by name and says what comes next', async () => {
    await renderFor(amina);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Hej Amina!');
    expect(screen.getByText('Her kan du snart finde en mentor.')).toBeVisible();
    expect(screen.getByText('Du spørger selv den mentor, du gerne vil have.')).toBeVisible();
  });

  it('thanks a mentor', async () => {
    await renderFor({ ...amina, name: 'Sara', role: 'mentor' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Hej Sara!');
    expect(screen.getByText(/Tak, fordi du vil være mentor/)).toBeVisible();
  });

  it('tells a coordinator what she will be able to do', async () => {
    await renderFor({ ...amina, name: 'Sara', role: 'admin' });
    expect(screen.getByText(/Du er koordinator/)).toBeVisible();
    expect(screen.getByText('Du godkender nye profiler.')).toBeVisible();
  });

  it('shows where her profile stands first, with what to do next', async () => {
    await renderFor(amina);
    const banner = await screen.findByRole('region', { name: 'Udfyld din profil' });
    expect(banner).toHaveTextContent(/Før du kan finde en mentor/);
  });

  it('shows an approved mentee that she can ask mentors, with a link to her profile', async () => {
    await renderFor(amina, menteeOwn());
    const banner = await screen.findByRole('region', { name: 'Din profil er godkendt' });
    expect(banner).toHaveTextContent('Nu kan du finde en mentor');
    expect(screen.getByRole('link', { name: 'Se din profil' })).toHaveAttribute(
      'href',
      '/my-profile',
    );
  });

  it('does not ask a coordinator for a profile, and points her to her pages', async () => {
    await renderFor({ ...amina, name: 'Sara', role: 'admin' });
    expect(screen.getByRole('link', { name: 'Gå til koordinatorernes sider' })).toHaveAttribute(
      'href',
      '/admin',
    );
    expect(profileApi.own).not.toHaveBeenCalled();
  });
});
