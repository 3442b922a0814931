import { fireEvent, screen, waitFor, within } from '@testing-library/vue';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/http';
import { adminApi } from '../admin.api';
import { report } from '../test/admin-fixtures';
import { renderAdmin } from '../test/render-admin';
import { announced } from '../test/announced';

vi.mock('@/features/auth/auth.api', async () =>
  (await import('../test/admin-api-mock')).authApiMock(),
);
vi.mock('../admin.api', async () => (await import('../test/admin-api-mock')).adminApiMock());

describe('ReportsView', () => {
  it('shows open reports with links to her profile and to her in the users list', async () => {
    const open = report();
    vi.mocked(adminApi.reports).mockResolvedValue([open]);
    await renderAdmin('/admin/reports');

    expect(await screen.findByRole('heading', { level: 2, name: 'Om Sara' })).toBeVisible();
    expect(adminApi.reports).toHaveBeenCalledWith(true);
    expect(screen.getByText('Hun bad om mit telefonnummer med det samme.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Se profilen for Sara' })).toHaveAttribute(
      'href',
      `/mentors/${open.subject.id}`,
    );
    expect(screen.getByRole('link', { name: 'Find Sara under Brugere' })).toHaveAttribute(
      'href',
      '/admin/users?q=Sara',
    );
  });

  it('links a mentee to the mentee page', async () => {
    const aboutMentee = report({
      subject: { id: report().reporter.id, name: 'Amina', role: 'mentee' },
    });
    vi.mocked(adminApi.reports).mockResolvedValue([aboutMentee]);
    await renderAdmin('/admin/reports');

    expect(await screen.findByRole('link', { name: 'Se profilen for Amina' })).toHaveAttribute(
      'href',
      `/mentees/${aboutMentee.subject.id}`,
    );
  });

  it('closes a report with what was done', async () => {
    const open = report();
    vi.mocked(adminApi.reports).mockResolvedValue([open]);
    vi.mocked(adminApi.resolveReport).mockResolvedValue({
      ...open,
      resolvedAt: '2025-05-06T08:00:00.000Z',
      resolution: 'Talt med begge.',
    });
    await renderAdmin('/admin/reports');

    await fireEvent.click(
      await screen.findByRole('button', { name: 'Afslut indberetningen om Sara' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Afslut indberetningen om Sara' });
    await fireEvent.update(within(dialog).getByLabelText('Hvad har du gjort?'), 'Talt med begge.');
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Afslut indberetningen' }));

    await announced('Indberetningen om Sara er afsluttet.');
    expect(adminApi.resolveReport).toHaveBeenCalledWith(open.id, { reason: 'Talt med begge.' });
    expect(screen.getByText('Der er ingen åbne indberetninger.')).toBeVisible();
  });

  it('refreshes when another coordinator closed it first', async () => {
    vi.mocked(adminApi.reports).mockResolvedValueOnce([report()]).mockResolvedValueOnce([]);
    vi.mocked(adminApi.resolveReport).mockRejectedValue(
      new ApiError(409, 'report_resolved', 'Conflict.'),
    );
    await renderAdmin('/admin/reports');
    await fireEvent.click(
      await screen.findByRole('button', { name: 'Afslut indberetningen om Sara' }),
    );
    const dialog = screen.getByRole('dialog');
    await fireEvent.update(within(dialog).getByLabelText('Hvad har du gjort?'), 'Talt med begge.');
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Afslut indberetningen' }));

    await announced('En anden koordinator har allerede afsluttet indberetningen om Sara.');
    await waitFor(() => {
      expect(screen.getByText('Der er ingen åbne indberetninger.')).toBeVisible();
    });
  });

  it('shows closed reports with what was done', async () => {
    vi.mocked(adminApi.reports).mockResolvedValue([
      report({ resolvedAt: '2025-05-06T08:00:00.000Z', resolution: 'Talt med begge.' }),
    ]);
    await renderAdmin('/admin/reports?open=false');

    expect(await screen.findByText('Talt med begge.')).toBeVisible();
    expect(adminApi.reports).toHaveBeenCalledWith(false);
    expect(screen.queryByRole('button', { name: /Afslut/ })).toBeNull();
  });
});
