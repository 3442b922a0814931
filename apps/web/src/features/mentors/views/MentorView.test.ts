import { fireEvent, screen, within } from '@testing-library/vue';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { authApi } from '@/features/auth/auth.api';
import type { MentorPage } from '@mentorbro/core/search';
import { profileApi } from '@/features/profile/profile.api';
import { menteeOwn, saraPublic } from '@/features/profile/profile.fixtures';
import { reportsApi } from '@/features/reports/reports.api';
import { requestsApi } from '@/features/requests/requests.api';
import { ApiError } from '@/lib/http';
import { amina, session } from '@/test/fixtures';
import { summaryLinks } from '@/test/queries';
import { renderInApp } from '@/test/render';
import { mentorsApi } from '../mentors.api';
import MentorView from './MentorView.vue';

vi.mock('@/features/auth/auth.api', () => ({
  authApi: { register: vi.fn(), login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), me: vi.fn() },
}));
vi.mock('../mentors.api', () => ({ mentorsApi: { get: vi.fn() } }));
vi.mock('@/features/reports/reports.api', () => ({ reportsApi: { create: vi.fn() } }));
vi.mock('@/features/profile/profile.api', () => ({ profileApi: { own: vi.fn(), save: vi.fn() } }));
vi.mock('@/features/requests/requests.api', async () =>
  (await import('@/features/requests/test/requests-api-mock')).requestsApiMock(),
);

beforeEach(() => {
  vi.mocked(authApi.refresh).mockResolvedValue(session('token', amina));
  // Asking the mentor has its own tests (MentorView.request.test.ts).
  vi.mocked(profileApi.own).mockResolvedValue(menteeOwn());
  vi.mocked(requestsApi.list).mockResolvedValue({ items: [] });
});

const saraPage: MentorPage = { ...saraPublic, freeSeats: 1, match: null };

const open = () => renderInApp(MentorView, { route: `/mentors/${saraPublic.id}` });

describe('a mentor’s page', () => {
  it('shows her first name, her headline and what she offers', async () => {
    vi.mocked(mentorsApi.get).mockResolvedValue(saraPage);
    await open();

    expect(await screen.findByRole('heading', { level: 1, name: 'Sara' })).toBeVisible();
    expect(mentorsApi.get).toHaveBeenCalledWith(saraPublic.id);
    expect(screen.getByText(saraPublic.headline)).toBeVisible();
    expect(screen.getByText('Sundhed og omsorg')).toBeVisible();
    expect(screen.getByText('15 år')).toBeVisible();
    expect(screen.getByText('Dansk: Modersmål')).toBeVisible();
    expect(screen.getByText('2 mentees ad gangen')).toBeVisible();
    expect(screen.queryByText(/tager ikke imod nye mentees/)).toBeNull();
    expect(screen.getByText('Mentoren har plads til 1 ny mentee.')).toBeVisible();
    // Without her profile there is no match to explain.
    expect(screen.queryByRole('heading', { name: 'Derfor kan I passe sammen' })).toBeNull();
  });

  it('tells a mentee why the mentor may fit her', async () => {
    vi.mocked(mentorsApi.get).mockResolvedValue({
      ...saraPage,
      freeSeats: 2,
      match: {
        score: 80,
        reasons: [
          { kind: 'goal', goal: 'job_search' },
          { kind: 'language', language: 'ar', level: 'C1' },
          { kind: 'municipality', municipality: 'koebenhavn' },
        ],
      },
    });
    await open();

    await screen.findByRole('heading', { level: 1, name: 'Sara' });
    expect(screen.getByText('Mentoren har plads til 2 nye mentees.')).toBeVisible();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Derfor kan I passe sammen' }),
    ).toBeVisible();
    const reasons = screen.getByRole('list', { name: 'Derfor kan I passe sammen' });
    expect(
      within(reasons)
        .getAllByRole('listitem')
        .map((item) => item.textContent.trim()),
    ).toEqual(['Kan hjælpe med jobsøgning', 'Taler arabisk (C1)', 'Bor også i København']);
  });

  it('says when she takes no new mentees', async () => {
    vi.mocked(mentorsApi.get).mockResolvedValue({
      ...saraPage,
      acceptingRequests: false,
      freeSeats: 0,
    });
    await open();
    expect(await screen.findByText(/tager ikke imod nye mentees lige nu/)).toBeVisible();
    expect(screen.queryByText(/har plads til/)).toBeNull();
  });

  it('says kindly that the mentor cannot be found', async () => {
    vi.mocked(mentorsApi.get).mockRejectedValue(new ApiError(404, 'not_found', 'No.'));
    await open();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Vi kan ikke finde mentoren' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Gå til Min side' })).toHaveAttribute(
      'href',
      '/my-page',
    );
  });

  it('lets her report the profile to the coordinators, discreetly', async () => {
    vi.mocked(mentorsApi.get).mockResolvedValue(saraPage);
    vi.mocked(reportsApi.create).mockResolvedValue({ id: 'r1' });
    await open();
    const toggle = await screen.findByRole('button', { name: 'Anmeld profilen' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');

    const reason = screen.getByLabelText('Hvad er der sket?');
    await fireEvent.update(reason, 'For kort');
    await fireEvent.click(screen.getByRole('button', { name: 'Send til koordinatorerne' }));
    expect((await summaryLinks()).map((link) => link.textContent)).toEqual([
      'Skriv mindst 10 tegn om, hvad der er sket.',
    ]);
    expect(reportsApi.create).not.toHaveBeenCalled();

    await fireEvent.update(reason, 'Hun bad mig om penge i en besked.');
    await fireEvent.click(screen.getByRole('button', { name: 'Send til koordinatorerne' }));
    expect(await screen.findByText(/Tak, fordi du sagde det/)).toBeVisible();
    expect(reportsApi.create).toHaveBeenCalledWith({
      userId: saraPublic.id,
      reason: 'Hun bad mig om penge i en besked.',
    });
  });

  it('explains when the report is about herself', async () => {
    vi.mocked(mentorsApi.get).mockResolvedValue(saraPage);
    vi.mocked(reportsApi.create).mockRejectedValue(
      new ApiError(400, 'cannot_report_self', 'You cannot report yourself.'),
    );
    await open();
    await fireEvent.click(await screen.findByRole('button', { name: 'Anmeld profilen' }));
    await fireEvent.update(
      screen.getByLabelText('Hvad er der sket?'),
      'Noget er helt forkert her.',
    );
    await fireEvent.click(screen.getByRole('button', { name: 'Send til koordinatorerne' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Du kan ikke anmelde din egen profil.',
    );
  });
});
