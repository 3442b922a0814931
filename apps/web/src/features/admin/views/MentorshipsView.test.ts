import { fireEvent, screen, within } from '@testing-library/vue';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { adminApi } from '../admin.api';
import { adminMentorship } from '../test/admin-fixtures';
import { renderAdmin } from '../test/render-admin';
import { at } from '../test/announced';

vi.mock('@/features/auth/auth.api', async () =>
  (await import('../test/admin-api-mock')).authApiMock(),
);
vi.mock('../admin.api', async () => (await import('../test/admin-api-mock')).adminApiMock());

beforeEach(() => {
  // Only Date is faked, so Testing Library's waiting still works: "today" is 10 June 2025.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2025-06-10T10:00:00.000Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

describe('MentorshipsView', () => {
  it('lists the running mentorships with their dates, last meeting and a quiet mark', async () => {
    const meeting = adminMentorship(1);
    const quiet = adminMentorship(2, {
      mentee: { id: 'b1', firstName: 'Hodan' },
      mentor: { id: 'b2', firstName: 'Lene' },
      lastLogDate: null,
      proposedEnd: { date: '2025-10-01', byId: 'b1' },
    });
    vi.mocked(adminApi.mentorships).mockResolvedValue([meeting, quiet]);
    const { router } = await renderAdmin('/admin/mentorships');

    expect(await screen.findByRole('heading', { level: 1, name: 'Mentorforløb' })).toBeVisible();
    expect(adminApi.mentorships).toHaveBeenCalledWith({ status: 'active' });
    expect(await screen.findByText('2 forløb. 1 er stille.')).toBeVisible();
    expect(screen.getByRole('table', { name: 'Forløb i gang' })).toBeVisible();

    const [first, second] = [at(rows(), 0), at(rows(), 1)].map((row) => within(row));
    expect(first?.getByRole('link', { name: 'Amina og Sara' })).toHaveAttribute(
      'href',
      `/mentorships/${meeting.id}`,
    );
    expect(first?.getByText('1. mar. 2025')).toBeVisible();
    expect(first?.getByText('5. jun. 2025')).toBeVisible();
    expect(first?.queryByText('Stille')).toBeNull();
    expect(second?.getByRole('link', { name: 'Hodan og Lene' })).toBeVisible();
    expect(second?.getByText('Ingen møder skrevet')).toBeVisible();
    expect(second?.getByText('Stille')).toBeVisible();
    expect(second?.getByText(/Foreslået: 1\. okt\. 2025/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Mentorforløb' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(router.currentRoute.value.name).toBe('admin-mentorships');
  });

  it('shows only the quiet ones when she ticks the box, and all running again after', async () => {
    vi.mocked(adminApi.mentorships).mockResolvedValue([adminMentorship(1)]);
    const { router } = await renderAdmin('/admin/mentorships');
    await screen.findByRole('table');
    vi.mocked(adminApi.mentorships).mockResolvedValue([]);

    const box = screen.getByRole('checkbox', { name: /^Vis kun stille forløb/ });
    expect(box).toHaveAccessibleDescription('Forløb, hvor ingen har skrevet om et møde i 30 dage.');
    await fireEvent.click(box);

    expect(
      await screen.findByText('Der er ingen stille forløb. Alle par har mødtes for nylig.'),
    ).toBeVisible();
    expect(adminApi.mentorships).toHaveBeenLastCalledWith({ status: 'active', quiet: true });
    expect(router.currentRoute.value.query).toEqual({ quiet: 'true' });
    expect(screen.getByRole('checkbox', { name: /^Vis kun stille forløb/ })).toBeChecked();

    vi.mocked(adminApi.mentorships).mockResolvedValue([adminMentorship(1)]);
    await fireEvent.click(screen.getByRole('checkbox', { name: /^Vis kun stille forløb/ }));
    expect(await screen.findByRole('table')).toBeVisible();
    expect(adminApi.mentorships).toHaveBeenLastCalledWith({ status: 'active' });
  });

  it('filters on the ended ones, with how each ended', async () => {
    vi.mocked(adminApi.mentorships).mockResolvedValue([adminMentorship(1)]);
    await renderAdmin('/admin/mentorships');
    await screen.findByRole('table');
    vi.mocked(adminApi.mentorships).mockResolvedValue([
      adminMentorship(3, {
        status: 'completed',
        outcome: 'job',
        endedAt: '2025-05-20T10:00:00.000Z',
      }),
    ]);

    await fireEvent.click(screen.getByRole('link', { name: 'Afsluttede' }));

    expect(await screen.findByRole('table', { name: 'Afsluttede forløb' })).toBeVisible();
    expect(adminApi.mentorships).toHaveBeenLastCalledWith({ status: 'completed' });
    const row = within(at(rows(), 0));
    expect(row.getByText(/Sluttede 20\. maj 2025/)).toBeVisible();
    expect(row.getByText(/Fik job/)).toBeVisible();
    expect(row.queryByText('Stille')).toBeNull();
    // Only running mentorships can be quiet: the box is not offered here.
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('asks for every status under "all", and says so when there are none', async () => {
    vi.mocked(adminApi.mentorships).mockResolvedValue([]);
    await renderAdmin('/admin/mentorships?status=all');

    expect(await screen.findByText('Der er ingen mentorforløb endnu.')).toBeVisible();
    expect(adminApi.mentorships).toHaveBeenCalledWith({});
  });
});
