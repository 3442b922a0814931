import { fireEvent, screen, waitFor, within } from '@testing-library/vue';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/http';
import { adminApi } from '../admin.api';
import { adminUser, coordinator } from '../test/admin-fixtures';
import { renderAdmin } from '../test/render-admin';
import { announced, at } from '../test/announced';

vi.mock('@/features/auth/auth.api', async () =>
  (await import('../test/admin-api-mock')).authApiMock(),
);
vi.mock('../admin.api', async () => (await import('../test/admin-api-mock')).adminApiMock());

const amina = adminUser();
const suspendedAmina = adminUser({
  suspendedAt: '2025-05-05T08:00:00.000Z',
  suspensionReason: 'Truende beskeder.',
});
const karen = adminUser({ ...coordinator, profileStatus: null });

describe('UsersView', () => {
  it('searches by the query in the address and lists users in a table', async () => {
    vi.mocked(adminApi.users).mockResolvedValue([amina, karen]);
    await renderAdmin('/admin/users?q=a');

    const table = await screen.findByRole('table', { name: 'Brugere, der passer til ”a”' });
    expect(adminApi.users).toHaveBeenCalledWith('a');
    expect(screen.getByLabelText('Søg på navn eller e-mail')).toHaveValue('a');
    const rows = within(table).getAllByRole('row');
    expect(within(at(rows, 1)).getByRole('rowheader')).toHaveTextContent('Amina');
    expect(within(at(rows, 1)).getByText('amina@example.dk')).toBeVisible();
    // A coordinator cannot be suspended, so there is no button to try.
    expect(within(at(rows, 2)).queryByRole('button')).toBeNull();
    expect(
      within(at(rows, 2)).getByText('Koordinatorer kan ikke spærres eller slettes her.'),
    ).toBeVisible();
  });

  it('puts a new search in the address', async () => {
    vi.mocked(adminApi.users).mockResolvedValue([]);
    const { router } = await renderAdmin('/admin/users');
    await screen.findByText('Ingen brugere passer til din søgning.');

    await fireEvent.update(screen.getByLabelText('Søg på navn eller e-mail'), 'sara ');
    await fireEvent.click(screen.getByRole('button', { name: 'Søg' }));

    await waitFor(() => {
      expect(router.currentRoute.value.fullPath).toBe('/admin/users?q=sara');
    });
    expect(adminApi.users).toHaveBeenLastCalledWith('sara');
  });

  it('explains what suspending does and asks why before doing it', async () => {
    vi.mocked(adminApi.users).mockResolvedValue([amina]);
    vi.mocked(adminApi.suspend).mockResolvedValue(suspendedAmina);
    await renderAdmin('/admin/users');

    await fireEvent.click(await screen.findByRole('button', { name: 'Spær Amina' }));
    const dialog = screen.getByRole('dialog', { name: 'Spær Amina?' });
    expect(dialog).toHaveAccessibleDescription(/logget ud på alle sine telefoner og computere/);
    expect(within(dialog).getByText('Hendes profil bliver skjult for alle andre.')).toBeVisible();

    await fireEvent.update(
      within(dialog).getByLabelText('Hvorfor spærrer du hende?'),
      'Truende beskeder.',
    );
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Spær Amina' }));

    await announced('Amina er spærret. Hun er logget ud, og hendes profil er skjult.');
    expect(adminApi.suspend).toHaveBeenCalledWith(amina.id, { reason: 'Truende beskeder.' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByText(/Spærret siden/)).toBeVisible();
    // Focus stays in her row, on the button that replaced the one she pressed.
    await waitFor(() => {
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: 'Giv adgang igen til Amina' }),
      );
    });
  });

  it('cancels without suspending and gives focus back', async () => {
    vi.mocked(adminApi.users).mockResolvedValue([amina]);
    await renderAdmin('/admin/users');
    const open = await screen.findByRole('button', { name: 'Spær Amina' });
    open.focus();
    await fireEvent.click(open);

    await fireEvent.click(screen.getByRole('button', { name: 'Fortryd' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(open);
    expect(adminApi.suspend).not.toHaveBeenCalled();
  });

  it('says so in the dialog when the user is a coordinator after all', async () => {
    vi.mocked(adminApi.users).mockResolvedValue([amina]);
    vi.mocked(adminApi.suspend).mockRejectedValue(
      new ApiError(409, 'cannot_suspend_admin', 'Conflict.'),
    );
    await renderAdmin('/admin/users');
    await fireEvent.click(await screen.findByRole('button', { name: 'Spær Amina' }));
    const dialog = screen.getByRole('dialog');
    await fireEvent.update(within(dialog).getByLabelText('Hvorfor spærrer du hende?'), 'Grund.');
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Spær Amina' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Koordinatorer kan ikke spærres.',
    );
  });

  it('lets a suspended user back in', async () => {
    vi.mocked(adminApi.users).mockResolvedValue([suspendedAmina]);
    vi.mocked(adminApi.reinstate).mockResolvedValue(amina);
    await renderAdmin('/admin/users');

    await fireEvent.click(await screen.findByRole('button', { name: 'Giv adgang igen til Amina' }));

    await announced('Amina kan logge ind igen.');
    expect(adminApi.reinstate).toHaveBeenCalledWith(amina.id);
    expect(screen.getByRole('button', { name: 'Spær Amina' })).toBeVisible();
  });

  it("deletes a member's account on her request, with a reason, and she leaves the list", async () => {
    vi.mocked(adminApi.users).mockResolvedValue([amina, karen]);
    vi.mocked(adminApi.erase).mockResolvedValue(undefined);
    await renderAdmin('/admin/users');

    await fireEvent.click(await screen.findByRole('button', { name: 'Slet konto for Amina' }));
    const dialog = screen.getByRole('dialog', { name: 'Slet kontoen for Amina?' });
    expect(dialog).toHaveAccessibleDescription(/Gør det kun, når hun selv har bedt om det/);
    expect(within(dialog).getByText('Det kan ikke fortrydes.')).toBeVisible();
    const reason = within(dialog).getByLabelText('Hvorfor sletter du kontoen?');
    expect(reason).toHaveAccessibleDescription(/Skriv derfor ikke hendes navn/);

    await fireEvent.update(reason, 'Hun bad om det på e-mail 3. juni.');
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Slet kontoen for Amina' }));

    await announced('Kontoen for Amina er slettet.');
    expect(adminApi.erase).toHaveBeenCalledWith(amina.id, {
      reason: 'Hun bad om det på e-mail 3. juni.',
    });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByText('amina@example.dk')).toBeNull();
    // Her row is gone, so focus goes to the count above the list.
    await waitFor(() => {
      expect(document.activeElement).toHaveTextContent('1 bruger fundet.');
    });
  });

  it('reads the list again when the account was already deleted', async () => {
    vi.mocked(adminApi.users).mockResolvedValueOnce([amina]).mockResolvedValueOnce([]);
    vi.mocked(adminApi.erase).mockRejectedValue(new ApiError(404, 'not_found', 'No such member.'));
    await renderAdmin('/admin/users');

    await fireEvent.click(await screen.findByRole('button', { name: 'Slet konto for Amina' }));
    const dialog = screen.getByRole('dialog');
    await fireEvent.update(within(dialog).getByLabelText('Hvorfor sletter du kontoen?'), 'Grund.');
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Slet kontoen for Amina' }));

    await announced('Kontoen for Amina var allerede slettet. Listen er opdateret.');
    expect(adminApi.users).toHaveBeenCalledTimes(2);
    expect(await screen.findByText('Ingen brugere passer til din søgning.')).toBeVisible();
  });
});
