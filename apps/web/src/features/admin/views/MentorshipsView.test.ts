import { fireEvent, screen, within } from '@testing-library/vue';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { adminApi } from '../admin.api';
import { adminIntroduction, adminMentorship, rules } from '../test/admin-fixtures';
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
  vi.mocked(adminApi.introductions).mockResolvedValue([]);
  vi.mocked(adminApi.programme).mockResolvedValue(rules);
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
      quiet: true,
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

  it("counts quiet as the API marks it, with the programme's own quiet days", async () => {
    // Logged long ago, yet not marked quiet: the API decides, with the programme's rule.
    vi.mocked(adminApi.mentorships).mockResolvedValue([
      adminMentorship(1, { lastLogDate: '2025-01-05' }),
      adminMentorship(2, { lastLogDate: '2025-06-01', quiet: true }),
    ]);
    vi.mocked(adminApi.programme).mockResolvedValue({ ...rules, quietDays: 21 });
    await renderAdmin('/admin/mentorships');

    expect(await screen.findByText('2 forløb. 1 er stille.')).toBeVisible();
    expect(screen.getByText(/ingen har skrevet om et møde i 21 dage\. Så er det/)).toBeVisible();
    expect(
      screen.getByRole('checkbox', { name: /^Vis kun stille forløb/ }),
    ).toHaveAccessibleDescription('Forløb, hvor ingen har skrevet om et møde i 21 dage.');
    expect(within(at(rows(), 0)).queryByText('Stille')).toBeNull();
    expect(within(at(rows(), 1)).getByText('Stille')).toBeVisible();
    expect(adminApi.programme).toHaveBeenCalledTimes(1);
  });

  it('reads the rules once, not again on every filter', async () => {
    vi.mocked(adminApi.mentorships).mockResolvedValue([adminMentorship(1)]);
    await renderAdmin('/admin/mentorships');
    await screen.findByRole('table');

    await fireEvent.click(screen.getByRole('link', { name: 'Afsluttede' }));
    await screen.findByRole('table', { name: 'Afsluttede forløb' });
    expect(adminApi.mentorships).toHaveBeenCalledTimes(2);
    expect(adminApi.programme).toHaveBeenCalledTimes(1);
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

  it('lists the introductions to follow up, newest first, without contact details', async () => {
    vi.mocked(adminApi.mentorships).mockResolvedValue([]);
    vi.mocked(adminApi.introductions).mockResolvedValue([
      adminIntroduction(1, {
        status: 'lapsed',
        openedAt: '2025-04-02T10:00:00.000Z',
        answerBy: '2025-04-23T10:00:00.000Z',
        mentee: { id: 'b1', firstName: 'Hodan', contact: { email: 'hodan@example.dk' } },
        mentor: { id: 'b2', firstName: 'Lene', contact: { phone: '+45 87 65 43 21' } },
      }),
      adminIntroduction(2, { status: 'open' }),
      adminIntroduction(3, { status: 'declined', openedAt: '2025-05-01T10:00:00.000Z' }),
    ]);
    await renderAdmin('/admin/mentorships');

    const heading = await screen.findByRole('heading', {
      level: 2,
      name: 'Introduktioner at følge op på',
    });
    expect(heading).toBeVisible();
    const list = await screen.findByRole('list', { name: 'Introduktioner at følge op på' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const [first, second] = [at(items, 0), at(items, 1)].map((item) => within(item));
    expect(first?.getByRole('heading', { level: 3, name: 'Amina og Sara' })).toBeVisible();
    expect(first?.getByText('Åbnet 1. maj 2025')).toBeVisible();
    expect(first?.getByText('En af dem sagde: vi passer ikke sammen')).toBeVisible();
    expect(second?.getByRole('heading', { level: 3, name: 'Hodan og Lene' })).toBeVisible();
    expect(second?.getByText('Åbnet 2. apr. 2025')).toBeVisible();
    expect(second?.getByText('Ingen svarede i tide (svarfrist 23. apr. 2025)')).toBeVisible();
    expect(screen.queryByText(/example\.dk|\+45/)).toBeNull();
  });

  it('says so when there are no introductions to follow up', async () => {
    vi.mocked(adminApi.mentorships).mockResolvedValue([adminMentorship(1)]);
    vi.mocked(adminApi.introductions).mockResolvedValue([
      adminIntroduction(1, { status: 'confirmed' }),
    ]);
    await renderAdmin('/admin/mentorships');

    expect(await screen.findByText('Ingen lige nu.')).toBeVisible();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Introduktioner at følge op på' }),
    ).toBeVisible();
    expect(screen.queryByRole('list', { name: 'Introduktioner at følge op på' })).toBeNull();
  });
});
