import { fireEvent, screen, within } from '@testing-library/vue';
import { describe, expect, it, vi } from 'vitest';
import { renderAt, announced, focusIsOn } from '@/features/requests/test/render-requests';
import { settingsApi } from '@/features/settings/settings.api';
import { setLocale } from '@/i18n';
import { amina } from '@/test/fixtures';
import { notificationsApi } from '../notifications.api';
import { notification, notificationId, page, read } from '../test/notifications-fixtures';

vi.mock('@/features/auth/auth.api', () => ({
  authApi: { register: vi.fn(), login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), me: vi.fn() },
}));
vi.mock('../notifications.api', async () =>
  (await import('../test/notifications-api-mock')).notificationsApiMock(),
);
vi.mock('@/features/settings/settings.api', async () =>
  (await import('@/features/settings/test/settings-api-mock')).settingsApiMock(),
);

const asked = notification(1);
const endingSoon = read(
  notification(2, {
    kind: 'mentorship_ending_soon',
    params: { name: 'Sara', date: '2025-06-30' },
    link: '/mentorships/c0000000-0000-4000-8000-000000000001',
    createdAt: '2025-05-02T08:00:00.000Z',
  }),
);
const hanneId = 'd0000000-0000-4000-8000-000000000001';
const suggested = notification(3, {
  kind: 'mentors_suggested',
  params: {
    mentors: [
      { id: hanneId, firstName: 'Hanne', headline: 'Bogholder, der hjælper med CV' },
      {
        id: 'd0000000-0000-4000-8000-000000000002',
        firstName: 'Mette',
        headline: 'Sygeplejerske i Aarhus',
      },
    ],
    note: 'Hanne bor tæt på dig.',
  },
  link: '/mentors',
  createdAt: '2025-04-28T08:00:00.000Z',
});

const open = () => renderAt('/notifications', amina);
const item = (name: string | RegExp) => within(screen.getByRole('article', { name }));

describe('NotificationsView', () => {
  it('says "Slettet bruger" in a notice about a member who had deleted her account', async () => {
    const ended = notification(4, {
      kind: 'mentorship_ending_soon',
      params: { date: '2025-06-30' },
      link: '/mentorships/c0000000-0000-4000-8000-000000000001',
    });
    vi.mocked(notificationsApi.list).mockResolvedValue(page([ended]));
    await open();

    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'Ny Dit mentorforløb med Slettet bruger slutter snart',
      }),
    ).toBeVisible();
  });

  it('lists her notifications with names, days and dates filled in, in Danish and English', async () => {
    vi.mocked(notificationsApi.list).mockResolvedValue(page([asked, endingSoon, suggested]));
    await open();

    const titles = (await screen.findAllByRole('heading', { level: 2 })).map((h) =>
      h.textContent.trim(),
    );
    expect(titles).toEqual([
      'Ny Amina spørger, om du vil være hendes mentor',
      'Dit mentorforløb med Sara slutter snart',
      'Ny Koordinatoren foreslår mentorer til dig',
    ]);
    expect(screen.getByText('Du har 2 ulæste notifikationer.')).toBeVisible();

    const first = item(/Amina spørger/);
    expect(first.getByText('Ny')).toBeVisible();
    expect(
      first.getByRole('link', { name: 'Amina spørger, om du vil være hendes mentor' }),
    ).toHaveAttribute('href', '/requests-for-me');
    expect(first.getByText('14. maj 2025')).toHaveAttribute('datetime', asked.createdAt);

    const ending = item(/Sara slutter snart/);
    expect(ending.queryByText('Ny')).toBeNull();
    expect(
      ending.getByText(
        'Det slutter 30. juni 2025. Tal sammen om, hvad der er nået, og hvad der er næste skridt.',
      ),
    ).toBeVisible();

    const mentors = item(/foreslår mentorer/);
    const list = within(mentors.getByRole('list', { name: 'Mentorer, du kan spørge:' }));
    expect(list.getByRole('link', { name: 'Hanne' })).toHaveAttribute(
      'href',
      `/mentors/${hanneId}`,
    );
    expect(list.getByText('Bogholder, der hjælper med CV')).toBeVisible();
    expect(list.getAllByRole('listitem')).toHaveLength(2);
    expect(mentors.getByText('Koordinatoren skriver:')).toBeVisible();
    expect(mentors.getByText('Hanne bor tæt på dig.').tagName).toBe('BLOCKQUOTE');

    await setLocale('en');

    await screen.findByRole('heading', { level: 1, name: 'Notifications' });
    expect(
      item(/asks you/).getByRole('link', { name: 'Amina asks you to be her mentor' }),
    ).toBeVisible();
    expect(item(/asks you/).getByText('New')).toBeVisible();
    expect(item(/asks you/).getByText('14 May 2025')).toBeVisible();
    expect(
      item(/ends soon/).getByText(
        'It ends on 30 June 2025. Talk about what you reached and what comes next.',
      ),
    ).toBeVisible();
    expect(screen.getByText('You have 2 unread notifications.')).toBeVisible();
  });

  it('marks one as read when she follows its link', async () => {
    const toSettings = notification(4, { kind: 'profile_approved', params: {}, link: '/settings' });
    vi.mocked(notificationsApi.list).mockResolvedValue(page([toSettings, asked]));
    vi.mocked(notificationsApi.markRead).mockResolvedValue(undefined);
    vi.mocked(settingsApi.get).mockResolvedValue({ locale: 'da', emailTips: true });
    const { router } = await open();

    await fireEvent.click(await screen.findByRole('link', { name: 'Din profil er godkendt' }));

    expect(notificationsApi.markRead).toHaveBeenCalledWith(toSettings.id);
    await vi.waitFor(() => {
      expect(router.currentRoute.value.name).toBe('settings');
    });
  });

  it('marks all as read, and says so', async () => {
    vi.mocked(notificationsApi.list).mockResolvedValue(page([asked, endingSoon, suggested]));
    vi.mocked(notificationsApi.markAllRead).mockResolvedValue(undefined);
    await open();

    await fireEvent.click(await screen.findByRole('button', { name: 'Marker alle som læst' }));

    await announced('Alle dine notifikationer er markeret som læst.');
    expect(notificationsApi.markAllRead).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Ny')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Marker alle som læst' })).toBeNull();
  });

  it('shows older ones when she asks, and moves focus to the first of them', async () => {
    vi.mocked(notificationsApi.list)
      .mockResolvedValueOnce(page([asked, endingSoon], { next: endingSoon.id }))
      .mockResolvedValueOnce(page([suggested], { next: null }));
    await open();

    await fireEvent.click(await screen.findByRole('button', { name: 'Vis ældre notifikationer' }));

    const heading = await screen.findByRole('heading', { name: /foreslår mentorer/ });
    expect(notificationsApi.list).toHaveBeenLastCalledWith({
      unread: false,
      before: endingSoon.id,
    });
    await focusIsOn(heading);
    expect(screen.getAllByRole('article')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Vis ældre notifikationer' })).toBeNull();
  });

  it('shows only the unread ones when she ticks the box, with kind words when there are none', async () => {
    vi.mocked(notificationsApi.list)
      .mockResolvedValueOnce(page([endingSoon]))
      .mockResolvedValueOnce(page([]));
    await open();
    await screen.findByRole('article');

    await fireEvent.click(screen.getByRole('checkbox', { name: 'Vis kun ulæste' }));

    await announced('Viser kun ulæste notifikationer.');
    expect(notificationsApi.list).toHaveBeenLastCalledWith({ unread: true, before: undefined });
    expect(
      screen.getByText('Du har læst alle dine notifikationer. Der er ikke noget nyt lige nu.'),
    ).toBeVisible();
    expect(screen.getByRole('checkbox', { name: 'Vis kun ulæste' })).toBeChecked();
  });

  it('says kindly that there is nothing yet', async () => {
    vi.mocked(notificationsApi.list).mockResolvedValue(page([]));
    await open();

    expect(
      await screen.findByText(
        'Du har ingen notifikationer endnu. Når der sker noget nyt, kan du se det her.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Marker alle som læst' })).toBeNull();
  });

  it('says so when the list cannot load, and tries again', async () => {
    const { NetworkError } = await import('@/lib/http');
    vi.mocked(notificationsApi.list)
      .mockRejectedValueOnce(new NetworkError(new TypeError('offline')))
      .mockResolvedValueOnce(page([asked], { next: notificationId(9) }));
    await open();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Vi kunne ikke hente dine notifikationer.',
    );
    await fireEvent.click(screen.getByRole('button', { name: 'Prøv igen' }));

    await screen.findByRole('article', { name: /Amina spørger/ });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
