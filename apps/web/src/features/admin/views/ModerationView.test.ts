import { fireEvent, screen, waitFor, within } from '@testing-library/vue';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/http';
import { amina } from '@/test/fixtures';
import { adminApi } from '../admin.api';
import { editedMentor, newMentee } from '../test/admin-fixtures';
import { renderAdmin } from '../test/render-admin';
import { announced, at } from '../test/announced';

vi.mock('@/features/auth/auth.api', async () =>
  (await import('../test/admin-api-mock')).authApiMock(),
);
vi.mock('../admin.api', async () => (await import('../test/admin-api-mock')).adminApiMock());

const card = (name: string) => {
  const heading = screen.getByRole('heading', { level: 2, name });
  const article = heading.closest('article');
  if (!article) throw new Error(`No card for ${name}`);
  return within(article);
};

describe('ModerationView', () => {
  it('is for coordinators only', async () => {
    vi.mocked(adminApi.profiles).mockResolvedValue([]);
    const { router } = await renderAdmin('/admin', amina);
    expect(router.currentRoute.value.name).toBe('home');
    expect(adminApi.profiles).not.toHaveBeenCalled();
  });

  it('shows a new profile whole and a changed text side by side', async () => {
    vi.mocked(adminApi.profiles).mockResolvedValue([newMentee, editedMentor]);
    await renderAdmin('/admin');

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Profiler til godkendelse',
    );
    expect(adminApi.profiles).toHaveBeenCalledWith('pending');
    expect(await screen.findByText('2 profiler venter på dig.')).toBeVisible();

    const mentee = card('Amina');
    expect(mentee.getByText('Ny profil')).toBeVisible();
    expect(mentee.getByText('Hendes mål (det vigtigste først)')).toBeVisible();
    // Catalogue codes are shown by their labels, in her order.
    const goals = at(mentee.getAllByRole('list'), 0);
    expect(goals.tagName).toBe('OL');
    expect(
      within(goals)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Uddannelse', 'Jobsøgning']);
    // The same words she chose from in her editor (core's catalogue).
    expect(mentee.getByText('Bachelor eller professionsbachelor (3-4 år)')).toBeVisible();
    expect(mentee.getByText('1-3 år')).toBeVisible();

    const mentor = card('Sara');
    const table = mentor.getByRole('table', { name: 'Hvad har Sara ændret?' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Overskrift',
      'Interesser',
      'Partnervirksomhed',
    ]);
    expect(within(at(rows, 0)).getByText('og data', { exact: false }).tagName).toBe('INS');
    expect(mentor.getByText('Uændret: Om hende, Job')).toBeVisible();
    expect(mentor.getByRole('button', { name: 'Godkend den nye tekst fra Sara' })).toBeVisible();
  });

  it('approves, says so in the live region, and moves focus to the next profile', async () => {
    vi.mocked(adminApi.profiles).mockResolvedValue([newMentee, editedMentor]);
    vi.mocked(adminApi.approve).mockResolvedValue(undefined);
    await renderAdmin('/admin');

    await fireEvent.click(
      await screen.findByRole('button', { name: 'Godkend profilen for Amina' }),
    );

    await announced('Profilen for Amina er godkendt. Nu kan andre se den.');
    expect(adminApi.approve).toHaveBeenCalledWith(newMentee.userId, {
      submittedAt: newMentee.submittedAt,
    });
    expect(screen.queryByRole('heading', { name: 'Amina' })).toBeNull();
    await waitFor(() => {
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Sara' }));
    });
  });

  it('asks for a reason she will see before rejecting', async () => {
    vi.mocked(adminApi.profiles).mockResolvedValue([newMentee]);
    vi.mocked(adminApi.reject).mockResolvedValue(undefined);
    await renderAdmin('/admin');

    await fireEvent.click(await screen.findByRole('button', { name: 'Afvis profilen for Amina' }));
    const dialog = screen.getByRole('dialog', { name: 'Afvis profilen for Amina' });
    const reason = within(dialog).getByLabelText('Hvorfor afviser du?');
    expect(reason).toHaveAccessibleDescription(/Hun kan læse det, du skriver/);
    expect(document.activeElement).toBe(reason);

    await fireEvent.click(within(dialog).getByRole('button', { name: 'Afvis' }));
    expect(adminApi.reject).not.toHaveBeenCalled();
    expect(reason).toHaveAccessibleDescription(/Skriv en begrundelse på mindst 3 tegn\./);

    await fireEvent.update(reason, '  Skriv lidt mere om dine mål.  ');
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Afvis' }));

    await waitFor(() => {
      expect(adminApi.reject).toHaveBeenCalledWith(newMentee.userId, {
        reason: 'Skriv lidt mere om dine mål.',
        submittedAt: newMentee.submittedAt,
      });
    });
    await announced('Profilen for Amina er afvist.');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByText('Der er ingen profiler, der venter. Godt arbejde!')).toBeVisible();
  });

  it('refreshes kindly when another coordinator already handled the profile', async () => {
    vi.mocked(adminApi.profiles)
      .mockResolvedValueOnce([newMentee, editedMentor])
      .mockResolvedValueOnce([editedMentor]);
    vi.mocked(adminApi.approve).mockRejectedValue(
      new ApiError(409, 'nothing_to_review', 'Nothing to review.'),
    );
    await renderAdmin('/admin');

    await fireEvent.click(
      await screen.findByRole('button', { name: 'Godkend profilen for Amina' }),
    );

    await announced('En anden koordinator har allerede behandlet Amina. Listen er opdateret.');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Amina' })).toBeNull();
  });

  it('shows a failure beside the profile and keeps it in the queue', async () => {
    vi.mocked(adminApi.profiles).mockResolvedValue([newMentee]);
    vi.mocked(adminApi.approve).mockRejectedValue(new ApiError(503, 'service_unavailable', 'x'));
    await renderAdmin('/admin');

    await fireEvent.click(
      await screen.findByRole('button', { name: 'Godkend profilen for Amina' }),
    );

    expect(await card('Amina').findByRole('alert')).toHaveTextContent(
      'Mentorbro har travlt lige nu.',
    );
  });

  it('filters by status in the address', async () => {
    vi.mocked(adminApi.profiles).mockResolvedValue([]);
    await renderAdmin('/admin?status=rejected');

    expect(await screen.findByText('Der er ingen afviste profiler.')).toBeVisible();
    expect(adminApi.profiles).toHaveBeenCalledWith('rejected');
    expect(screen.getByRole('link', { name: 'Afviste' })).toHaveAttribute('aria-current', 'page');
  });
});
