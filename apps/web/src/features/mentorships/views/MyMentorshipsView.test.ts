import { screen, within } from '@testing-library/vue';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saraMentor } from '@/features/requests/test/requests-fixtures';
import { renderAt } from '@/features/requests/test/render-requests';
import { NetworkError } from '@/lib/http';
import { amina } from '@/test/fixtures';
import { mentorshipsApi } from '../mentorships.api';
import { atNow, mentorship, mentorshipId } from '../test/mentorships-fixtures';

vi.mock('@/features/auth/auth.api', () => ({
  authApi: { register: vi.fn(), login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), me: vi.fn() },
}));
vi.mock('../mentorships.api', async () =>
  (await import('../test/mentorships-api-mock')).mentorshipsApiMock(),
);

beforeEach(atNow);
afterEach(() => {
  vi.useRealTimers();
});

describe('MyMentorshipsView', () => {
  it('lists her mentorships, the running one first, each with the way into it', async () => {
    const earlier = mentorship({
      id: 'c0000000-0000-4000-8000-000000000002',
      status: 'completed',
      outcome: 'closer_to_labour_market',
      mentor: { id: 'a0000000-0000-4000-8000-000000000109', firstName: 'Mette' },
      startDate: '2024-09-01',
      endedAt: '2025-03-01T10:00:00.000Z',
    });
    vi.mocked(mentorshipsApi.list).mockResolvedValue({ items: [mentorship(), earlier] });
    await renderAt('/mentorships', amina);

    expect(screen.getByRole('heading', { level: 1, name: 'Mit mentorforløb' })).toBeVisible();
    const [running, ended] = (await screen.findAllByRole('article')).map((item) => within(item));
    expect(running?.getByRole('heading', { name: 'Med Sara' })).toBeVisible();
    expect(running?.getByText('I gang')).toBeVisible();
    expect(running?.getByText(/Slutter den 1\. november 2025/)).toBeVisible();
    expect(running?.getByText(/Sidste møde: 5\. juni 2025/)).toBeVisible();
    expect(running?.getByRole('link', { name: 'Åbn forløbet Med Sara' })).toHaveAttribute(
      'href',
      `/mentorships/${mentorshipId}`,
    );
    expect(ended?.getByText('Afsluttet')).toBeVisible();
    expect(ended?.getByText(/Sluttede den 1\. marts 2025/)).toBeVisible();
    expect(ended?.getByRole('link', { name: 'Se forløbet Med Mette' })).toBeVisible();
  });

  it('tells a mentee without one how it starts, and where to find a mentor', async () => {
    vi.mocked(mentorshipsApi.list).mockResolvedValue({ items: [] });
    await renderAt('/mentorships', amina);

    expect(await screen.findByText('Du har ikke et mentorforløb endnu.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Find en mentor' })).toHaveAttribute(
      'href',
      '/mentors',
    );
  });

  it('tells a mentor without one where the requests are', async () => {
    vi.mocked(mentorshipsApi.list).mockResolvedValue({ items: [] });
    await renderAt('/mentorships', saraMentor);

    expect(await screen.findByText(/Når du har sagt ja til en mentee/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Se forespørgsler til mig' })).toHaveAttribute(
      'href',
      '/requests-for-me',
    );
  });

  it('says kindly when the list could not be read, and tries again', async () => {
    vi.mocked(mentorshipsApi.list)
      .mockRejectedValueOnce(new NetworkError(new TypeError('offline')))
      .mockResolvedValueOnce({ items: [mentorship()] });
    await renderAt('/mentorships', amina);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Vi kunne ikke hente dit mentorforløb.',
    );
    screen.getByRole('button', { name: 'Prøv igen' }).click();
    expect(await screen.findByRole('heading', { name: 'Med Sara' })).toBeVisible();
  });
});
