import { fireEvent, screen, waitFor, within } from '@testing-library/vue';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coordinator } from '@/features/admin/test/admin-fixtures';
import { announced, focusIsOn, renderAt } from '@/features/requests/test/render-requests';
import { settingsApi } from '@/features/settings/settings.api';
import { ApiError } from '@/lib/http';
import { amina } from '@/test/fixtures';
import { privacyApi } from '../privacy.api';
import { personalData } from '../test/privacy-fixtures';

vi.mock('@/features/auth/auth.api', () => ({
  authApi: { register: vi.fn(), login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), me: vi.fn() },
}));
vi.mock('@/features/settings/settings.api', async () =>
  (await import('@/features/settings/test/settings-api-mock')).settingsApiMock(),
);
vi.mock('../privacy.api', async () => (await import('../test/privacy-api-mock')).privacyApiMock());

/** Just after midnight on 10 June 2025 by her own clock: the file takes the day of her calendar. */
const NOW = new Date(2025, 5, 10, 0, 30);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  vi.mocked(settingsApi.get).mockResolvedValue({ locale: 'da', emailTips: true });
});
afterEach(() => {
  vi.useRealTimers();
});

/** The settings page, her data section, and the delete dialog open. */
async function openDeleteDialog(user = amina) {
  const rendered = await renderAt('/settings', user);
  await fireEvent.click(await screen.findByRole('button', { name: 'Slet min konto' }));
  return { ...rendered, dialog: screen.getByRole('dialog', { name: 'Vil du slette din konto?' }) };
}

describe('Your data in the settings', () => {
  it('saves her data as a dated JSON file, and says where it went', async () => {
    const data = personalData();
    vi.mocked(privacyApi.exportData).mockResolvedValue(data);
    const createUrl = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:mentorbro-1');
    const revokeUrl = vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    await renderAt('/settings', amina);

    const section = within(await screen.findByRole('region', { name: 'Dine data' }));
    const download = section.getByRole('button', { name: 'Hent mine data' });
    expect(download).toHaveAccessibleDescription(/Så slet filen, når du har læst den/);
    await fireEvent.click(download);

    await announced('Filen mentorbro-data-2025-06-10.json er hentet.');
    expect(privacyApi.exportData).toHaveBeenCalledOnce();
    expect(clicked.map((link) => [link.download, link.href])).toEqual([
      ['mentorbro-data-2025-06-10.json', 'blob:mentorbro-1'],
    ]);
    const blob = createUrl.mock.calls[0]?.[0];
    if (!(blob instanceof Blob)) throw new Error('No Blob was saved');
    expect(blob.type).toBe('application/json');
    expect(JSON.parse(await blob.text())).toEqual(data);
    // The link is gone and the Blob let go, so her data does not stay in the tab.
    expect(document.querySelector('a[download]')).toBeNull();
    await waitFor(() => {
      expect(revokeUrl).toHaveBeenCalledWith('blob:mentorbro-1');
    });
    expect(section.getByRole('link', { name: /Læs, hvad vi gemmer/ })).toHaveAttribute(
      'href',
      '/privacy',
    );
  });

  it('says so when her data cannot be fetched', async () => {
    vi.mocked(privacyApi.exportData).mockRejectedValue(
      new ApiError(503, 'service_unavailable', ''),
    );
    await renderAt('/settings', amina);

    await fireEvent.click(await screen.findByRole('button', { name: 'Hent mine data' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Vi kunne ikke hente dine data. Mentorbro har travlt lige nu.',
    );
  });

  it('explains what deleting does, and asks for her password first', async () => {
    const { dialog } = await openDeleteDialog();

    const inDialog = within(dialog);
    expect(inDialog.getByText(/ser „Slettet bruger“ i stedet for dit navn/)).toBeVisible();
    expect(inDialog.getByText(/svar på slutskemaet bliver gemt/)).toBeVisible();
    expect(inDialog.getByText('Du kan ikke fortryde det.')).toBeVisible();
    // She starts reading at the top; a focused field would open a phone's keyboard over it.
    expect(document.activeElement).toBe(
      inDialog.getByRole('heading', { name: 'Vil du slette din konto?' }),
    );
    const password = inDialog.getByLabelText('Skriv din adgangskode');

    await fireEvent.click(inDialog.getByRole('button', { name: 'Slet min konto' }));

    expect(password).toHaveAccessibleDescription(/Skriv din adgangskode\./);
    expect(privacyApi.deleteAccount).not.toHaveBeenCalled();
  });

  it('sends her password, and says in the alert when it is wrong', async () => {
    vi.mocked(privacyApi.deleteAccount).mockRejectedValue(
      new ApiError(403, 'password_incorrect', 'Wrong password.'),
    );
    const { dialog, auth } = await openDeleteDialog();
    const inDialog = within(dialog);

    await fireEvent.update(inDialog.getByLabelText('Skriv din adgangskode'), 'forkert kode');
    await fireEvent.click(inDialog.getByRole('button', { name: 'Slet min konto' }));

    expect(privacyApi.deleteAccount).toHaveBeenCalledWith({ password: 'forkert kode' });
    const alert = await inDialog.findByRole('alert');
    expect(alert).toHaveTextContent('Adgangskoden passer ikke. Prøv igen.');
    await focusIsOn(alert);
    expect(auth.isLoggedIn).toBe(true);
  });

  it('tells the last coordinator why she cannot go yet', async () => {
    vi.mocked(privacyApi.deleteAccount).mockRejectedValue(
      new ApiError(409, 'last_coordinator', 'Conflict.'),
    );
    const { dialog } = await openDeleteDialog(coordinator);
    const inDialog = within(dialog);

    await fireEvent.update(inDialog.getByLabelText('Skriv din adgangskode'), 'mentorbro-demo');
    await fireEvent.click(inDialog.getByRole('button', { name: 'Slet min konto' }));

    expect(await inDialog.findByRole('alert')).toHaveTextContent(
      'Du er den eneste koordinator i netværket.',
    );
  });

  it('keeps her account when she changes her mind', async () => {
    const { dialog } = await openDeleteDialog();

    await fireEvent.click(within(dialog).getByRole('button', { name: 'Nej, behold min konto' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(privacyApi.deleteAccount).not.toHaveBeenCalled();
  });

  it('signs her out once the account is deleted, and says goodbye on the front page', async () => {
    vi.mocked(privacyApi.deleteAccount).mockResolvedValue(undefined);
    const { dialog, auth, router } = await openDeleteDialog();
    const inDialog = within(dialog);

    await fireEvent.update(inDialog.getByLabelText('Skriv din adgangskode'), 'mentorbro-demo');
    await fireEvent.click(inDialog.getByRole('button', { name: 'Slet min konto' }));

    expect(
      await screen.findByText('Din konto er slettet. Tak, fordi du var med i Mentorbro.'),
    ).toBeVisible();
    expect(privacyApi.deleteAccount).toHaveBeenCalledWith({ password: 'mentorbro-demo' });
    expect(router.currentRoute.value.name).toBe('landing');
    expect(auth.isLoggedIn).toBe(false);
    expect(auth.user).toBeNull();
  });
});
