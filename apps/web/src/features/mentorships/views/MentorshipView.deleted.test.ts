import { screen, within } from '@testing-library/vue';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderAt } from '@/features/requests/test/render-requests';
import { surveysApi } from '@/features/surveys/surveys.api';
import { ApiError } from '@/lib/http';
import { amina } from '@/test/fixtures';
import { mentorshipsApi } from '../mentorships.api';
import { atNow, mentorship, mentorshipId, saraLog } from '../test/mentorships-fixtures';

vi.mock('@/features/auth/auth.api', () => ({
  authApi: { register: vi.fn(), login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), me: vi.fn() },
}));
vi.mock('../mentorships.api', async () =>
  (await import('../test/mentorships-api-mock')).mentorshipsApiMock(),
);
vi.mock('@/features/surveys/surveys.api', async () =>
  (await import('@/features/surveys/test/surveys-api-mock')).surveysApiMock(),
);

beforeEach(atNow);
afterEach(() => {
  vi.useRealTimers();
});

/** Sara deleted her account: the API ended their mentorship and sends her without a name. */
const withDeletedMentor = () =>
  mentorship({
    status: 'ended_early',
    outcome: 'ended_early',
    endedAt: '2025-06-09T10:00:00.000Z',
    mentor: { id: saraLog().authorId, firstName: '', deleted: true },
  });

describe('a mentorship whose other member deleted her account', () => {
  it('shows her as "Slettet bruger" on the mentorship page, and why it ended', async () => {
    vi.mocked(mentorshipsApi.get).mockResolvedValue(withDeletedMentor());
    vi.mocked(mentorshipsApi.logs).mockResolvedValue({ items: [saraLog()] });
    vi.mocked(surveysApi.list).mockResolvedValue({ items: [] });
    vi.mocked(surveysApi.startSurvey).mockRejectedValue(new ApiError(404, 'not_found', 'None.'));
    await renderAt(`/mentorships/${mentorshipId}`, amina);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Amina og Slettet bruger' }),
    ).toBeVisible();
    const ended = within(screen.getByRole('region', { name: 'Forløbet er slut' }));
    expect(ended.getByText('Den anden har slettet sin konto.')).toBeVisible();
    expect(await screen.findByText(/skrevet af Slettet bruger/)).toBeVisible();
  });

  it('shows her as "Slettet bruger" in the list of mentorships', async () => {
    vi.mocked(mentorshipsApi.list).mockResolvedValue({ items: [withDeletedMentor()] });
    await renderAt('/mentorships', amina);

    expect(await screen.findByRole('heading', { name: 'Med Slettet bruger' })).toBeVisible();
  });
});
