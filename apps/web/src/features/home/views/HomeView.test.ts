import type { OwnProfile } from '@mentorbro/core/profile-view';
import type { User } from '@mentorbro/core/user';
import type { Recommendations } from '@mentorbro/core/search';
import { cleanup, fireEvent, screen, within } from '@testing-library/vue';
import { describe, expect, it, vi } from 'vitest';
import { authApi } from '@/features/auth/auth.api';
import { profileApi } from '@/features/profile/profile.api';
import { menteeOwn, mentorOwn, neverSent } from '@/features/profile/profile.fixtures';
import { searchApi } from '@/features/search/search.api';
import { mette, sara } from '@/features/search/test/search-fixtures';
import { NetworkError } from '@/lib/http';
import { amina, session } from '@/test/fixtures';
import { renderInApp } from '@/test/render';
import HomeView from './HomeView.vue';

vi.mock('@/features/auth/auth.api', () => ({
  authApi: { register: vi.fn(), login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), me: vi.fn() },
}));
vi.mock('@/features/profile/profile.api', () => ({ profileApi: { own: vi.fn(), save: vi.fn() } }));
vi.mock('@/features/search/search.api', async () =>
  (await import('@/features/search/test/search-api-mock')).searchApiMock(),
);

async function renderFor(
  user: User,
  own: OwnProfile = menteeOwn(neverSent),
  recommended: Recommendations = { items: [], empty: 'no_profile' },
) {
  vi.mocked(authApi.refresh).mockResolvedValue(session('token', user));
  vi.mocked(profileApi.own).mockResolvedValue(own);
  vi.mocked(searchApi.recommendations).mockResolvedValue(recommended);
  vi.mocked(authApi.me).mockResolvedValue(user);
  await renderInApp(HomeView, { route: '/my-page' });
}

describe('HomeView', () => {
  it('greets a mentee by name and says what comes next', async () => {
    await renderFor(amina);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Hej Amina!');
    expect(screen.getByText('Her finder du en mentor, der passer til dine mål.')).toBeVisible();
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
    expect(screen.queryByRole('region', { name: /forespørgsler/i })).toBeNull();
  });

  it('shows a mentee the way to her requests, and a mentor the way to hers', async () => {
    await renderFor(amina, menteeOwn());
    const mine = screen.getByRole('region', { name: 'Dine forespørgsler' });
    expect(within(mine).getByRole('link', { name: 'Se mine forespørgsler' })).toHaveAttribute(
      'href',
      '/my-requests',
    );
    cleanup();

    await renderFor({ ...amina, name: 'Sara', role: 'mentor' }, mentorOwn());
    const forMe = screen.getByRole('region', { name: 'Forespørgsler til dig' });
    expect(within(forMe).getByRole('link', { name: 'Se forespørgsler til mig' })).toHaveAttribute(
      'href',
      '/requests-for-me',
    );
  });

  it('suggests a few mentors who fit her, each a link, and the way to all of them', async () => {
    await renderFor(amina, menteeOwn(), { items: [sara, mette], empty: null });

    const section = await screen.findByRole('region', { name: 'Mentorer til dig' });
    expect(searchApi.recommendations).toHaveBeenCalledWith(3);
    const cards = await within(section).findAllByRole('article');
    expect(cards).toHaveLength(2);
    expect(within(section).getByRole('link', { name: 'Sara' })).toHaveAttribute(
      'href',
      `/mentors/${sara.id}`,
    );
    expect(within(section).getByText('Kan hjælpe med jobsøgning')).toBeVisible();
    expect(within(section).getByRole('link', { name: 'Se alle mentorer' })).toHaveAttribute(
      'href',
      '/mentors',
    );
  });

  it('asks her to fill in her profile before it can suggest mentors', async () => {
    await renderFor(amina);
    const section = await screen.findByRole('region', { name: 'Mentorer til dig' });
    expect(
      await within(section).findByText(/Udfyld din profil, så vi kan finde mentorer til dig/),
    ).toBeVisible();
    expect(within(section).getByRole('link', { name: 'Udfyld din profil' })).toHaveAttribute(
      'href',
      '/my-profile/edit',
    );
  });

  it('explains kindly when no mentor can take her now, and points to the search', async () => {
    await renderFor(amina, menteeOwn(), { items: [], empty: 'none_available' });
    const section = await screen.findByRole('region', { name: 'Mentorer til dig' });
    expect(
      await within(section).findByText(/Lige nu kan ingen mentorer tage imod en ny mentee/),
    ).toBeVisible();
    expect(within(section).getByText(/Det er ikke din skyld/)).toBeVisible();
    expect(within(section).getByRole('link', { name: 'Søg efter mentorer' })).toHaveAttribute(
      'href',
      '/mentors',
    );
  });

  it('offers to try again when the suggestions cannot be fetched', async () => {
    vi.mocked(searchApi.recommendations).mockRejectedValueOnce(
      new NetworkError(new TypeError('offline')),
    );
    await renderFor(amina, menteeOwn());
    const section = await screen.findByRole('region', { name: 'Mentorer til dig' });
    expect(await within(section).findByRole('alert')).toHaveTextContent(
      'Vi kunne ikke hente mentorer til dig. Vi kan ikke få forbindelse lige nu.',
    );

    await fireEvent.click(within(section).getByRole('button', { name: 'Prøv igen' }));

    expect(await within(section).findByRole('link', { name: 'Udfyld din profil' })).toBeVisible();
    expect(within(section).queryByRole('alert')).toBeNull();
  });

  it('suggests mentors only to mentees', async () => {
    await renderFor({ ...amina, name: 'Sara', role: 'mentor' });
    expect(screen.queryByRole('region', { name: 'Mentorer til dig' })).toBeNull();
    expect(searchApi.recommendations).not.toHaveBeenCalled();
  });
});
