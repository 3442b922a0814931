import type { OwnProfile } from '@mentorbro/core/profile-view';
import { screen, within } from '@testing-library/vue';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { authApi } from '@/features/auth/auth.api';
import { noSession } from '@/test/fixtures';
import { renderInApp } from '@/test/render';
import { menteeOwn, mentorOwn, neverSent, saraProfile } from '../profile.fixtures';
import { loadProfileMessages } from '../profile.messages';
import ProfileStatusBanner from './ProfileStatusBanner.vue';

vi.mock('@/features/auth/auth.api', () => ({
  authApi: { register: vi.fn(), login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), me: vi.fn() },
}));

beforeAll(loadProfileMessages);
beforeEach(() => {
  vi.mocked(authApi.refresh).mockRejectedValue(noSession());
});

/** The banner alone, in the app's router and i18n; returns queries inside its region. */
async function renderBanner(own: OwnProfile, linkToProfile = false) {
  await renderInApp(defineComponent(() => () => h(ProfileStatusBanner, { own, linkToProfile })));
  return within(screen.getByRole('region'));
}

describe('ProfileStatusBanner', () => {
  it('asks a mentee who never sent her profile to fill it in', async () => {
    const banner = await renderBanner(menteeOwn(neverSent));
    expect(banner.getByRole('heading', { level: 2 })).toHaveTextContent('Udfyld din profil');
    expect(
      banner.getByText(/Før du kan finde en mentor, skal du fortælle lidt om dig selv/),
    ).toBeVisible();
    expect(banner.getByRole('link', { name: 'Udfyld din profil' })).toHaveAttribute(
      'href',
      '/my-profile/edit',
    );
  });

  it('tells her a coordinator is looking, with nothing for her to do', async () => {
    const banner = await renderBanner(mentorOwn({ status: 'pending' }));
    expect(banner.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Din profil venter på en koordinator',
    );
    expect(banner.getByText(/Du skal ikke gøre noget nu/)).toBeVisible();
    expect(banner.queryByRole('link')).toBeNull();
  });

  it("shows the coordinator's reason and asks her to fix and send again", async () => {
    const banner = await renderBanner(
      menteeOwn({ status: 'rejected', rejectionReason: 'Skriv venligst dine mål.' }),
    );
    expect(banner.getByRole('heading', { level: 2 })).toHaveTextContent('Din profil skal rettes');
    expect(banner.getByText('Koordinatorens besked til dig:')).toBeVisible();
    expect(banner.getByText('Skriv venligst dine mål.')).toBeVisible();
    expect(banner.getByRole('link', { name: 'Ret og send igen' })).toHaveAttribute(
      'href',
      '/my-profile/edit',
    );
  });

  it('tells an approved mentee she can ask mentors, and links to her profile from home', async () => {
    const banner = await renderBanner(menteeOwn(), true);
    expect(banner.getByRole('heading', { level: 2 })).toHaveTextContent('Din profil er godkendt');
    expect(banner.getByText('Nu kan du finde en mentor og spørge, om I skal mødes.')).toBeVisible();
    expect(banner.getByRole('link', { name: 'Se din profil' })).toHaveAttribute(
      'href',
      '/my-profile',
    );
  });

  it('tells an approved mentor she is visible', async () => {
    const banner = await renderBanner(mentorOwn());
    expect(banner.getByText(/Mentees kan nu se din profil/)).toBeVisible();
  });

  it('says a paused mentor is visible but takes no new requests', async () => {
    const banner = await renderBanner(mentorOwn({ profile: { ...saraProfile, paused: true } }));
    expect(banner.getByRole('heading', { level: 2 })).toHaveTextContent('Din profil er på pause');
    expect(banner.getByText(/kan ikke spørge dig lige nu/)).toBeVisible();
    expect(banner.getByRole('link', { name: 'Ret din profil' })).toBeVisible();
  });

  it('says a change waits while the approved version stays visible', async () => {
    const banner = await renderBanner(
      mentorOwn({ pendingChanges: { ...saraProfile, headline: 'En ny overskrift' } }),
    );
    expect(banner.getByRole('heading', { level: 3 })).toHaveTextContent(
      'Din ændring venter på en koordinator',
    );
    expect(banner.getByText(/Indtil da ser mentees din gamle tekst/)).toBeVisible();
  });

  it('says her last change was not approved, and why', async () => {
    const banner = await renderBanner(
      mentorOwn({ rejectionReason: 'Skriv ikke dit telefonnummer i teksten.' }),
    );
    expect(banner.getByRole('heading', { level: 3 })).toHaveTextContent(
      'Din sidste ændring blev ikke godkendt',
    );
    expect(banner.getByText('Skriv ikke dit telefonnummer i teksten.')).toBeVisible();
    expect(banner.getByRole('link', { name: 'Ret og send igen' })).toBeVisible();
  });
});
