import { fireEvent, screen, waitFor, within } from '@testing-library/vue';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, NetworkError } from '@/lib/http';
import { adminApi } from '../admin.api';
import { outboxEmail, outboxPage } from '../test/admin-fixtures';
import { announced, at } from '../test/announced';
import { renderAdmin } from '../test/render-admin';

vi.mock('@/features/auth/auth.api', async () =>
  (await import('../test/admin-api-mock')).authApiMock(),
);
vi.mock('../admin.api', async () => (await import('../test/admin-api-mock')).adminApiMock());

const toSara = outboxEmail(1);
const toHodan = outboxEmail(2, {
  recipient: { id: '0b7e7c1e-8c55-4a8e-9d7c-3f6a2b9c1d09', name: 'Hodan' },
  subject: 'Din profil er godkendt',
  lastError: null,
});

beforeEach(() => {
  vi.mocked(adminApi.outbox).mockResolvedValue(outboxPage([toSara, toHodan], { pending: 3 }));
});

const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

describe('OutboxView', () => {
  it('shows the emails that could not be sent, with the three counts', async () => {
    const { router } = await renderAdmin('/admin/emails');

    expect(await screen.findByRole('heading', { level: 1, name: 'E-mails' })).toBeVisible();
    expect(screen.getByText(/prøver vi igen, op til 8 gange/)).toBeVisible();
    const counts = await screen.findByRole('list', { name: 'E-mails i tal' });
    expect(
      within(counts)
        .getAllByRole('listitem')
        .map((item) => item.textContent.trim()),
    ).toEqual(['2 kunne ikke sendes', '3 venter', '42 sendt det sidste døgn']);
    expect(adminApi.outbox).toHaveBeenCalledWith('dead');
    expect(screen.getByText('2 e-mails kunne ikke sendes.')).toBeVisible();
    expect(screen.getByRole('table', { name: 'E-mails, der ikke kunne sendes' })).toBeVisible();
    expect(
      within(screen.getByRole('table'))
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Til', 'Emne', 'Forsøg', 'Sidste fejl', 'Handling']);

    const [first, second] = [at(rows(), 0), at(rows(), 1)].map((row) => within(row));
    expect(first?.getByRole('link', { name: 'Sara' })).toHaveAttribute(
      'href',
      '/admin/users?q=Sara',
    );
    expect(first?.getByText('Amina spørger, om du vil være hendes mentor')).toBeVisible();
    expect(first?.getByText('8 af 8')).toBeVisible();
    expect(first?.getByText('550 5.1.1 Mailbox does not exist')).toBeVisible();
    expect(first?.getByRole('button', { name: 'Send igen e-mailen til Sara' })).toBeVisible();
    expect(second?.getByText('Ingen fejl')).toBeVisible();
    expect(screen.getByRole('link', { name: 'E-mails' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Kunne ikke sendes' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(router.currentRoute.value.name).toBe('admin-outbox');
  });

  it('sends one again: it leaves the list, the counts follow and focus goes on', async () => {
    vi.mocked(adminApi.retryEmail).mockResolvedValue(undefined);
    await renderAdmin('/admin/emails');

    await fireEvent.click(
      await screen.findByRole('button', { name: 'Send igen e-mailen til Sara' }),
    );

    await announced('E-mailen til Sara bliver sendt igen.');
    expect(adminApi.retryEmail).toHaveBeenCalledWith(1);
    expect(rows()).toHaveLength(1);
    expect(screen.getByText('1 e-mail kunne ikke sendes.')).toBeVisible();
    const counts = screen.getByRole('list', { name: 'E-mails i tal' });
    expect(within(counts).getByText('4')).toBeVisible();
    await waitFor(() => {
      expect(screen.getByRole('button', { name: 'Send igen e-mailen til Hodan' })).toHaveFocus();
    });
  });

  it('reads the list again when it was no longer dead', async () => {
    vi.mocked(adminApi.retryEmail).mockRejectedValue(
      new ApiError(409, 'invalid_transition', 'Not dead.'),
    );
    await renderAdmin('/admin/emails');
    await screen.findByRole('table');
    vi.mocked(adminApi.outbox).mockResolvedValue(outboxPage([]));

    await fireEvent.click(screen.getByRole('button', { name: 'Send igen e-mailen til Sara' }));

    await announced('E-mailen til Sara var allerede sendt igen. Listen er opdateret.');
    expect(adminApi.outbox).toHaveBeenCalledTimes(2);
    const empty = screen.getByText('Alle e-mails er sendt. Der er ingen, der ikke kunne sendes.');
    await waitFor(() => {
      expect(empty).toHaveFocus();
    });
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says so when sending again failed, and keeps the email in the list', async () => {
    vi.mocked(adminApi.retryEmail).mockRejectedValue(new NetworkError(new Error('offline')));
    await renderAdmin('/admin/emails');

    await fireEvent.click(
      await screen.findByRole('button', { name: 'Send igen e-mailen til Sara' }),
    );

    expect(await screen.findByText(/Vi kan ikke få forbindelse lige nu/)).toBeVisible();
    expect(rows()).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Send igen e-mailen til Sara' })).toBeEnabled();
  });

  it('shows the waiting ones, with their next attempt, under the second filter', async () => {
    const { router } = await renderAdmin('/admin/emails');
    await screen.findByRole('table');
    vi.mocked(adminApi.outbox).mockResolvedValue(
      outboxPage(
        [
          outboxEmail(3, {
            status: 'pending',
            attempts: 2,
            nextAttemptAt: '2025-06-10T12:30:00.000Z',
            lastError: 'Connection timed out',
          }),
        ],
        { dead: 0, pending: 1 },
      ),
    );

    await fireEvent.click(screen.getByRole('link', { name: 'Venter på at blive sendt' }));

    expect(await screen.findByRole('table', { name: 'E-mails, der venter' })).toBeVisible();
    expect(adminApi.outbox).toHaveBeenLastCalledWith('pending');
    expect(router.currentRoute.value.query).toEqual({ status: 'pending' });
    expect(screen.getByText('1 e-mail venter på at blive sendt.')).toBeVisible();
    const row = within(at(rows(), 0));
    expect(row.getByText('2 af 8')).toBeVisible();
    expect(row.getByText('Connection timed out')).toBeVisible();
    expect(row.getByText(/10\. jun\. 2025/)).toBeVisible();
    expect(row.queryByRole('button')).toBeNull();
  });

  it('says kindly that all emails were sent when none failed', async () => {
    vi.mocked(adminApi.outbox).mockResolvedValue(outboxPage([], { sentLastDay: 12 }));
    await renderAdmin('/admin/emails');

    expect(
      await screen.findByText('Alle e-mails er sendt. Der er ingen, der ikke kunne sendes.'),
    ).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('speaks English when she chose English', async () => {
    const { setLocale } = await import('@/i18n');
    vi.mocked(adminApi.outbox).mockResolvedValue(outboxPage([]));
    await renderAdmin('/admin/emails');
    await screen.findByText(/Alle e-mails er sendt/);
    await setLocale('en', { save: false });

    expect(await screen.findByText(/All emails have been sent/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Could not be sent' })).toBeVisible();
  });
});
