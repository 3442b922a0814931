import { fireEvent, screen, within } from '@testing-library/vue';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saraMentor } from '@/features/requests/test/requests-fixtures';
import { announced, focusIsOn, renderAt } from '@/features/requests/test/render-requests';
import { at } from '@/features/admin/test/announced';
import { ApiError } from '@/lib/http';
import { amina } from '@/test/fixtures';
import { focusedErrorSummary } from '@/test/queries';
import { mentorshipsApi } from '../mentorships.api';
import {
  atNow,
  meetingLog,
  mentorship,
  mentorshipId,
  recentOwnLog,
  saraLog,
} from '../test/mentorships-fixtures';
import { around, openMentorship, section } from '../test/render-mentorship';

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

const addForm = () => section('Skriv om et møde');

describe('MentorshipView: the meetings', () => {
  it('shows the two, the dates, the rhythm and the meetings, newest first', async () => {
    await openMentorship({ logs: [saraLog(), recentOwnLog()] });

    expect(screen.getByText(/^Dit mentorforløb med Sara\./)).toBeVisible();
    const about = section('Om jeres forløb');
    expect(about.getByText('Startede').nextElementSibling).toHaveTextContent('1. maj 2025');
    expect(about.getByText('Slutter').nextElementSibling).toHaveTextContent('1. november 2025');
    expect(about.getByText('I mødes').nextElementSibling).toHaveTextContent('2 gange om måneden');

    const logs = section('Jeres møder');
    const items = logs.getAllByRole('article');
    expect(items.map((item) => within(item).getByRole('heading').textContent.trim())).toEqual([
      '8. juni 2025',
      '20. maj 2025',
    ]);
    const mine = within(at(items, 0));
    expect(mine.getByText('60 minutter · skrevet af dig')).toBeVisible();
    expect(mine.getByText('Øve jobsamtale')).toBeVisible();
    expect(mine.getByText('Tale dansk')).toBeVisible();
    expect(mine.getByText('Vi øvede en jobsamtale.')).toBeVisible();
    expect(mine.getByText('Søge to job.')).toBeVisible();
    expect(mine.getByRole('button', { name: 'Ret mødet den 8. juni 2025' })).toBeVisible();
    expect(mine.getByText('Du kan rette det indtil 15. juni 2025.')).toBeVisible();

    // Sara's meeting: Amina reads it, she cannot change it.
    const saras = within(at(items, 1));
    expect(saras.getByText('90 minutter · skrevet af Sara')).toBeVisible();
    expect(saras.getByText('Netværk')).toBeVisible();
    expect(saras.queryByRole('button')).toBeNull();
  });

  it('offers no change once the week is over', async () => {
    await openMentorship({ logs: [meetingLog(3, { editableUntil: '2025-06-09T18:00:00.000Z' })] });
    expect(section('Jeres møder').queryByRole('button', { name: /^Ret/ })).toBeNull();
  });

  it('logs a meeting: today by default, then a fresh form and focus on the meeting', async () => {
    await openMentorship({ logs: [saraLog()] });
    const form = addForm();
    expect(form.getByLabelText('Hvornår mødtes I?')).toHaveValue('2025-06-10');
    const saved = meetingLog(7, {
      date: '2025-06-10',
      minutes: 75,
      topics: ['cv', 'everyday_life'],
      notes: 'Vi rettede CV’et.',
      createdAt: '2025-06-10T10:00:00.000Z',
      editableUntil: '2025-06-17T10:00:00.000Z',
    });
    vi.mocked(mentorshipsApi.addLog).mockResolvedValue(saved);

    await fireEvent.update(form.getByLabelText('Hvor mange minutter?'), ' 75 ');
    const topics = within(form.getByRole('group', { name: 'Hvad talte I om?' }));
    expect(topics.getAllByRole('checkbox')).toHaveLength(9);
    await fireEvent.click(topics.getByRole('checkbox', { name: 'CV' }));
    await fireEvent.click(topics.getByRole('checkbox', { name: 'Hverdagen i Danmark' }));
    await fireEvent.update(form.getByLabelText('Noter (hvis du vil)'), ' Vi rettede CV’et. ');
    await fireEvent.click(form.getByRole('button', { name: 'Gem mødet' }));

    await announced('Tak! Mødet den 10. juni 2025 er gemt.');
    expect(mentorshipsApi.addLog).toHaveBeenCalledWith(mentorshipId, {
      date: '2025-06-10',
      minutes: 75,
      topics: ['cv', 'everyday_life'],
      notes: 'Vi rettede CV’et.',
    });
    await focusIsOn(screen.getByRole('heading', { name: '10. juni 2025' }));
    expect(addForm().getByLabelText('Hvor mange minutter?')).toHaveValue('');
    expect(addForm().queryByText(/Vælg mindst én/)).toBeNull();
    expect(
      section('Om jeres forløb').getByText('Sidste møde').nextElementSibling,
    ).toHaveTextContent('10. juni 2025');
  });

  it('says what to fix before sending, in the summary and at each field', async () => {
    await openMentorship();
    const form = addForm();
    await fireEvent.update(form.getByLabelText('Hvornår mødtes I?'), '2025-06-11');
    await fireEvent.update(form.getByLabelText('Hvor mange minutter?'), 'en time');
    await fireEvent.click(form.getByRole('button', { name: 'Gem mødet' }));

    const summary = within(await focusedErrorSummary());
    expect(summary.getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Vælg en dag fra forløbets start til i dag.',
      'Skriv, hvor mange minutter I mødtes. Brug kun tal, for eksempel 60.',
      'Vælg mindst én ting, I talte om.',
    ]);
    expect(form.getByLabelText('Hvor mange minutter?')).toHaveAccessibleDescription(/Brug kun tal/);
    expect(mentorshipsApi.addLog).not.toHaveBeenCalled();
  });

  it('lets her change her own meeting within the week, then puts focus back on it', async () => {
    const own = recentOwnLog();
    await openMentorship({ logs: [own, saraLog()] });
    vi.mocked(mentorshipsApi.editLog).mockResolvedValue({ ...own, minutes: 45 });

    await fireEvent.click(screen.getByRole('button', { name: 'Ret mødet den 8. juni 2025' }));
    const editing = within(around(screen.getByRole('heading', { name: 'Ret mødet' })));
    const minutes = editing.getByLabelText('Hvor mange minutter?');
    await focusIsOn(editing.getByLabelText('Hvornår mødtes I?'));
    expect(minutes).toHaveValue('60');
    expect(editing.getByRole('checkbox', { name: 'Øve jobsamtale' })).toBeChecked();
    await fireEvent.update(minutes, '45');
    await fireEvent.click(editing.getByRole('button', { name: 'Gem ændringen' }));

    await announced('Mødet den 8. juni 2025 er rettet.');
    expect(mentorshipsApi.editLog).toHaveBeenCalledWith(mentorshipId, own.id, {
      date: '2025-06-08',
      minutes: 45,
      topics: ['interview_practice', 'danish_practice'],
      notes: 'Vi øvede en jobsamtale.',
      nextSteps: 'Søge to job.',
    });
    await focusIsOn(screen.getByRole('heading', { name: '8. juni 2025' }));
    expect(screen.getByText('45 minutter · skrevet af dig')).toBeVisible();
  });

  it('says so kindly when the week ran out while she was changing it', async () => {
    await openMentorship({ logs: [recentOwnLog()] });
    vi.mocked(mentorshipsApi.editLog).mockRejectedValue(
      new ApiError(409, 'log_locked', 'Only its author may change it, for 7 days.'),
    );
    await fireEvent.click(screen.getByRole('button', { name: /^Ret mødet/ }));
    await fireEvent.click(screen.getByRole('button', { name: 'Gem ændringen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Mødet kan ikke længere ændres.');
  });

  it('shows the mentor the same page from her side', async () => {
    await openMentorship({ user: saraMentor, logs: [saraLog()] });
    expect(screen.getByText(/^Dit mentorforløb med Amina\./)).toBeVisible();
    expect(screen.getByText('90 minutter · skrevet af dig')).toBeVisible();
    expect(addForm().getByText(/Har du mødt Amina\?/)).toBeVisible();
  });

  it('says kindly that it cannot be found', async () => {
    vi.mocked(mentorshipsApi.get).mockRejectedValue(new ApiError(404, 'not_found', 'No.'));
    vi.mocked(mentorshipsApi.logs).mockRejectedValue(new ApiError(404, 'not_found', 'No.'));
    await renderAt(`/mentorships/${mentorshipId}`, amina);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Vi kan ikke finde mentorforløbet' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Gå til Min side' })).toHaveAttribute(
      'href',
      '/my-page',
    );
  });

  it('shows a mentorship with no meetings yet', async () => {
    await openMentorship({ mentorship: mentorship({ lastLogDate: null }) });
    expect(section('Jeres møder').getByText(/ikke skrevet om nogen møder/)).toBeVisible();
    expect(section('Om jeres forløb').getByText('Ingen møder skrevet endnu')).toBeVisible();
  });
});
