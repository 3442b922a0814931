import { screen } from '@testing-library/vue';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { authApi } from '@/features/auth/auth.api';
import { amina, session } from '@/test/fixtures';
import { renderInApp } from '@/test/render';
import { profileApi } from '../profile.api';
import { menteeOwn, mentorOwn, neverSent, saraProfile } from '../profile.fixtures';
import OwnProfileView from './OwnProfileView.vue';

vi.mock('@/features/auth/auth.api', () => ({
  authApi: { register: vi.fn(), login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), me: vi.fn() },
}));
vi.mock('@/features/auth/programme.api', () => ({ programmeApi: { get: vi.fn(), mine: vi.fn() } }));
vi.mock('../profile.api', () => ({ profileApi: { own: vi.fn(), save: vi.fn() } }));

beforeEach(() => {
  vi.mocked(authApi.refresh).mockResolvedValue(session('token', amina));
});

describe('her own profile page', () => {
  it('invites her to fill in a profile she never sent', async () => {
    vi.mocked(profileApi.own).mockResolvedValue(menteeOwn(neverSent));
    await renderInApp(OwnProfileView, { route: '/my-profile' });

    expect(await screen.findByRole('link', { name: 'Udfyld din profil' })).toHaveAttribute(
      'href',
      '/my-profile/edit',
    );
    expect(screen.queryByRole('heading', { name: 'Sådan ser mentorer din profil' })).toBeNull();
  });

  it('shows a mentee what mentors will read, goals in her order', async () => {
    vi.mocked(profileApi.own).mockResolvedValue(menteeOwn());
    await renderInApp(OwnProfileView, { route: '/my-profile' });

    await screen.findByRole('heading', { name: 'Sådan ser mentorer din profil' });
    const goals = screen.getByRole('heading', { name: 'Mål' }).parentElement;
    expect(goals?.querySelectorAll('li')[0]).toHaveTextContent('Jobsøgning');
    expect(goals?.querySelectorAll('li')[1]).toHaveTextContent('Øve dansk');
    expect(screen.getByText('B1 (middel)')).toBeVisible();
    expect(screen.getByText(/Aarhus/)).toHaveTextContent('Aarhus (Region Midtjylland)');
  });

  it("shows a mentor's waiting change beside the approved profile", async () => {
    vi.mocked(profileApi.own).mockResolvedValue(
      mentorOwn({
        pendingChanges: {
          headline: 'En ny overskrift',
          about: saraProfile.about,
          jobTitle: saraProfile.jobTitle,
          interests: [],
        },
      }),
    );
    await renderInApp(OwnProfileView, { route: '/my-profile' });

    const pending = await screen.findByRole('region', { name: 'Din nye tekst' });
    // Only what she changed is listed; the rest is as approved.
    expect([...pending.querySelectorAll('dt')].map((term) => term.textContent)).toEqual([
      'Overskrift',
      'Interesser',
    ]);
    expect(screen.getByText('En ny overskrift')).toBeVisible();
    expect(screen.getByText(saraProfile.headline)).toBeVisible();
    expect(screen.getByText('Jeg har børn')).toBeVisible();
    expect(
      screen.getByText('Alle i netværket kan se din profil. De ser kun dit fornavn.'),
    ).toBeVisible();
  });

  it('offers one way to the editor when the banner already asks her to fix something', async () => {
    vi.mocked(profileApi.own).mockResolvedValue(
      menteeOwn({ status: 'rejected', rejectionReason: 'Skriv dine mål.' }),
    );
    await renderInApp(OwnProfileView, { route: '/my-profile' });

    await screen.findByRole('link', { name: 'Ret og send igen' });
    expect(screen.queryByRole('link', { name: 'Ret din profil' })).toBeNull();
  });

  it('says what went wrong when the profile cannot load, and lets her try again', async () => {
    const { NetworkError } = await import('@/lib/http');
    vi.mocked(profileApi.own)
      .mockRejectedValueOnce(new NetworkError(new TypeError('offline')))
      .mockResolvedValueOnce(menteeOwn());
    await renderInApp(OwnProfileView, { route: '/my-profile' });

    expect(await screen.findByRole('alert')).toHaveTextContent('Vi kan ikke få forbindelse');
    screen.getByRole('button', { name: 'Prøv igen' }).click();
    expect(await screen.findByRole('heading', { name: 'Din profil er godkendt' })).toBeVisible();
  });
});
