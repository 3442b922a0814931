import { AUDIT_ACTIONS } from '@mentorbro/core/admin';
import { fireEvent, screen, waitFor, within } from '@testing-library/vue';
import { describe, expect, it, vi } from 'vitest';
import { adminApi } from '../admin.api';
import { auditEntry } from '../test/admin-fixtures';
import { renderAdmin } from '../test/render-admin';
import { announced, at } from '../test/announced';

vi.mock('@/features/auth/auth.api', async () =>
  (await import('../test/admin-api-mock')).authApiMock(),
);
vi.mock('../admin.api', async () => (await import('../test/admin-api-mock')).adminApiMock());

describe('AuditView', () => {
  it('lists what coordinators did and shows older entries on request', async () => {
    vi.mocked(adminApi.audit)
      .mockResolvedValueOnce({
        entries: [
          auditEntry(9, { action: 'user.suspend', reason: 'Truende beskeder.' }),
          auditEntry(8, { action: 'programme.update', subject: null }),
        ],
        nextBefore: 8,
      })
      .mockResolvedValueOnce({ entries: [auditEntry(7)], nextBefore: null });
    await renderAdmin('/admin/log');

    const table = await screen.findByRole('table', { name: 'Hvad koordinatorerne har gjort' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(at(rows, 0)).getByText('Spærrede bruger')).toBeVisible();
    expect(within(at(rows, 0)).getByText('Truende beskeder.')).toBeVisible();
    expect(within(at(rows, 1)).getByText('Ændrede reglerne')).toBeVisible();

    await fireEvent.click(screen.getByRole('button', { name: 'Vis ældre' }));

    await announced('1 ældre hændelse er vist.');
    expect(adminApi.audit).toHaveBeenLastCalledWith({ before: 8, limit: 50 });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    await waitFor(() => {
      expect(document.activeElement?.id).toBe('audit-7');
    });
    expect(screen.queryByRole('button', { name: 'Vis ældre' })).toBeNull();
    expect(screen.getByText('Der er ikke flere ældre hændelser.')).toBeVisible();
  });

  it('names every action core can log, the waiting list and emails included', async () => {
    vi.mocked(adminApi.audit).mockResolvedValue({
      entries: AUDIT_ACTIONS.map((action, index) => auditEntry(index + 1, { action })),
      nextBefore: null,
    });
    await renderAdmin('/admin/log');

    const table = await screen.findByRole('table', { name: 'Hvad koordinatorerne har gjort' });
    expect(within(table).getAllByRole('row')).toHaveLength(AUDIT_ACTIONS.length + 1);
    expect(within(table).queryByText(/admin\.audit/)).toBeNull();
    expect(within(table).getByText('Foreslog mentorer')).toBeVisible();
    expect(within(table).getByText('Sendte en e-mail igen')).toBeVisible();
  });

  it('names an erased member "Slettet bruger", never by an empty cell', async () => {
    vi.mocked(adminApi.audit).mockResolvedValue({
      entries: [
        auditEntry(5, {
          action: 'user.erase',
          reason: 'Hun bad om det i telefonen.',
          subject: { id: 'e0000000-0000-4000-8000-000000000001', name: '', deleted: true },
        }),
      ],
      nextBefore: null,
    });
    await renderAdmin('/admin/log');

    const table = await screen.findByRole('table', { name: 'Hvad koordinatorerne har gjort' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(at(rows, 0)).getByText('Slettet bruger')).toBeVisible();
  });
});
