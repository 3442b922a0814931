import { fireEvent, screen, within } from '@testing-library/vue';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coordinator } from '@/features/admin/test/admin-fixtures';
import { saraMentor } from '@/features/requests/test/requests-fixtures';
import { announced, focusIsOn } from '@/features/requests/test/render-requests';
import { ApiError } from '@/lib/http';
import { amina } from '@/test/fixtures';
import { focusedErrorSummary } from '@/test/queries';
import { mentorshipsApi } from '../mentorships.api';
import {
  atNow,
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

const about = () => section('Om jeres forløb');
const dialog = () => within(screen.getByRole('dialog', { name: 'Afslut forløbet' }));

describe('MentorshipView: the planned end', () => {
  it('proposes another end date, then waits for the other', async () => {
    await openMentorship();
    expect(about().getByText(/Vil I slutte på en anden dag\?/)).toBeVisible();
    expect(about().queryByRole('button', { name: /^Sig ja/ })).toBeNull();
    vi.mocked(mentorshipsApi.proposeEnd).mockResolvedValue(
      mentorship({ proposedEnd: { date: '2025-12-01', byId: amina.id } }),
    );

    await fireEvent.click(about().getByRole('button', { name: 'Foreslå en anden slutdato' }));
    const date = about().getByLabelText('Ny slutdato');
    await focusIsOn(date);
    expect(date).toHaveAccessibleDescription('Sara skal sige ja, før datoen ændres.');
    await fireEvent.update(date, '2025-06-01');
    await fireEvent.click(about().getByRole('button', { name: 'Send forslaget' }));
    await focusedErrorSummary();
    expect(about().getAllByText('Vælg en dag efter i dag.')).toHaveLength(2);
    expect(mentorshipsApi.proposeEnd).not.toHaveBeenCalled();

    await fireEvent.update(date, '2025-12-01');
    await fireEvent.click(about().getByRole('button', { name: 'Send forslaget' }));

    await announced('Dit forslag er sendt. Sara skal sige ja til den nye dato.');
    expect(mentorshipsApi.proposeEnd).toHaveBeenCalledWith(mentorshipId, '2025-12-01');
    const state = about().getByText(
      'Du har foreslået en ny slutdato: 1. december 2025. Nu venter vi på, at Sara siger ja.',
    );
    await focusIsOn(state);
    // Her own proposal is not hers to agree to; she may still propose another date.
    expect(about().queryByRole('button', { name: /^Sig ja/ })).toBeNull();
    expect(about().getByRole('button', { name: 'Foreslå en anden slutdato' })).toBeVisible();
  });

  it('lets the other say yes to the proposed date', async () => {
    await openMentorship({
      user: saraMentor,
      mentorship: mentorship({ proposedEnd: { date: '2025-12-01', byId: amina.id } }),
    });
    expect(about().getByText('Amina foreslår en ny slutdato: 1. december 2025.')).toBeVisible();
    vi.mocked(mentorshipsApi.agreeEnd).mockResolvedValue(mentorship({ plannedEnd: '2025-12-01' }));

    await fireEvent.click(about().getByRole('button', { name: 'Sig ja til 1. december 2025' }));

    await announced('Tak! Forløbet slutter nu den 1. december 2025.');
    expect(mentorshipsApi.agreeEnd).toHaveBeenCalledWith(mentorshipId);
    expect(about().getByText('Slutter').nextElementSibling).toHaveTextContent('1. december 2025');
    expect(about().queryByRole('button', { name: /^Sig ja/ })).toBeNull();
  });

  it('shows how it stands when the proposal had changed meanwhile', async () => {
    await openMentorship({
      mentorship: mentorship({ proposedEnd: { date: '2025-12-01', byId: saraMentor.id } }),
    });
    vi.mocked(mentorshipsApi.agreeEnd).mockRejectedValue(
      new ApiError(409, 'invalid_transition', 'There is no proposal from the other.'),
    );
    vi.mocked(mentorshipsApi.get).mockResolvedValue(mentorship());

    await fireEvent.click(about().getByRole('button', { name: 'Sig ja til 1. december 2025' }));

    await announced('Forslaget er ændret. Se her, hvordan det står nu.');
    expect(about().getByText(/Vil I slutte på en anden dag\?/)).toBeVisible();
  });
});

describe('MentorshipView: the end', () => {
  it('asks why when it ends early, then once more before ending it', async () => {
    await openMentorship({ logs: [recentOwnLog()] });
    await fireEvent.click(
      section('Afslut forløbet').getByRole('button', { name: 'Afslut forløbet' }),
    );
    const outcomes = within(
      dialog().getByRole('radiogroup', { name: 'Hvordan slutter forløbet?' }),
    );
    expect(outcomes.getByRole('radio', { name: 'Jeg har fået et job' })).toBeVisible();
    expect(outcomes.getByRole('radio', { name: /^Jeg er kommet tættere på et job/ })).toBeVisible();
    expect(dialog().queryByRole('radiogroup', { name: /før tid\?/ })).toBeNull();

    await fireEvent.click(outcomes.getByRole('radio', { name: 'Vi stopper før tid' }));
    const reasons = within(
      dialog().getByRole('radiogroup', { name: 'Hvorfor stopper forløbet før tid?' }),
    );
    expect(reasons.getAllByRole('radio')).toHaveLength(6);
    await fireEvent.click(dialog().getByRole('button', { name: 'Næste' }));

    const summary = within(await focusedErrorSummary());
    expect(summary.getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Vælg, hvorfor forløbet stopper før tid.',
    ]);
    expect(mentorshipsApi.end).not.toHaveBeenCalled();

    await fireEvent.click(reasons.getByRole('radio', { name: 'En af os er flyttet' }));
    await fireEvent.click(dialog().getByRole('button', { name: 'Næste' }));
    const confirm = await screen.findByRole('heading', { name: 'Er du sikker?' });
    await focusIsOn(around(confirm));
    expect(dialog().getByText('Vi stopper før tid')).toBeVisible();
    expect(dialog().getByText('En af os er flyttet')).toBeVisible();
    expect(
      dialog().getByText('Forløbet slutter for både dig og Sara. Det kan ikke fortrydes.'),
    ).toBeVisible();
    expect(mentorshipsApi.end).not.toHaveBeenCalled();

    vi.mocked(mentorshipsApi.end).mockResolvedValue(
      mentorship({
        status: 'ended_early',
        outcome: 'ended_early',
        endedAt: '2025-06-10T10:00:00.000Z',
      }),
    );
    await fireEvent.click(dialog().getByRole('button', { name: 'Ja, afslut forløbet' }));

    await announced('Forløbet er afsluttet.');
    expect(mentorshipsApi.end).toHaveBeenCalledWith(mentorshipId, {
      outcome: 'ended_early',
      earlyReason: 'moved',
    });
    const ended = screen.getByRole('heading', { name: 'Forløbet er slut' });
    await focusIsOn(ended);
    expect(screen.getByText(/^I stoppede før tid\. Det er helt i orden\./)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Find en ny mentor' })).toHaveAttribute(
      'href',
      '/mentors',
    );
    // Ended: no forms, no changes, no proposals; the meetings stay to read.
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(section('Jeres møder').getByRole('heading', { name: '8. juni 2025' })).toBeVisible();
  });

  it('sends no reason when it did not end early, and can go back to change the answer', async () => {
    await openMentorship();
    await fireEvent.click(
      section('Afslut forløbet').getByRole('button', { name: 'Afslut forløbet' }),
    );
    await fireEvent.click(dialog().getByRole('radio', { name: 'Vi stopper før tid' }));
    await fireEvent.click(dialog().getByRole('radio', { name: 'Vi har ikke tid nok' }));
    await fireEvent.click(dialog().getByRole('radio', { name: 'Jeg har fået et job' }));
    await fireEvent.update(dialog().getByLabelText('Vil du sige mere? (hvis du vil)'), ' Tak! ');
    await fireEvent.click(dialog().getByRole('button', { name: 'Næste' }));
    await screen.findByRole('heading', { name: 'Er du sikker?' });
    await fireEvent.click(dialog().getByRole('button', { name: 'Tilbage' }));
    expect(dialog().getByRole('radio', { name: 'Jeg har fået et job' })).toBeChecked();
    await fireEvent.click(dialog().getByRole('button', { name: 'Næste' }));
    vi.mocked(mentorshipsApi.end).mockResolvedValue(
      mentorship({ status: 'completed', outcome: 'job', endedAt: '2025-06-10T10:00:00.000Z' }),
    );
    await fireEvent.click(await screen.findByRole('button', { name: 'Ja, afslut forløbet' }));

    await announced('Forløbet er afsluttet.');
    expect(mentorshipsApi.end).toHaveBeenCalledWith(mentorshipId, { outcome: 'job', note: 'Tak!' });
    expect(
      screen.getByText('Du har fået et job. Tillykke! Tak for jeres tid sammen.'),
    ).toBeVisible();
  });

  it('shows an ended mentorship kindly, with its meetings and no forms', async () => {
    await openMentorship({
      user: saraMentor,
      mentorship: mentorship({
        status: 'completed',
        outcome: 'education',
        endedAt: '2025-06-09T10:00:00.000Z',
      }),
      // The API may still call a log editable for a few days; the page offers no change.
      logs: [{ ...saraLog(), editableUntil: '2025-06-15T10:00:00.000Z' }],
    });

    expect(
      screen.getByText('Amina er begyndt på en uddannelse. Tillykke! Tak for jeres tid sammen.'),
    ).toBeVisible();
    expect(screen.getByText(/Din plads er ledig igen/)).toBeVisible();
    expect(about().getByText('Sluttede').nextElementSibling).toHaveTextContent('9. juni 2025');
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Skriv om et møde' })).toBeNull();
  });
});

describe('MentorshipView: a coordinator', () => {
  it('reads along, and must say why when she ends it', async () => {
    await openMentorship({ user: coordinator, logs: [saraLog()] });
    expect(screen.getByText(/^Du kan læse med her\./)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Tilbage til alle mentorforløb' })).toHaveAttribute(
      'href',
      '/admin/mentorships',
    );
    expect(screen.queryByRole('region', { name: 'Skriv om et møde' })).toBeNull();
    expect(section('Om forløbet').queryByRole('button')).toBeNull();
    expect(section('Møderne').getByText('90 minutter · skrevet af Sara')).toBeVisible();

    await fireEvent.click(
      section('Afslut forløbet').getByRole('button', { name: 'Afslut forløbet' }),
    );
    await fireEvent.click(dialog().getByRole('radio', { name: 'Forløbet stopper før tid' }));
    await fireEvent.click(dialog().getByRole('radio', { name: 'De har ikke kontakt mere' }));
    await fireEvent.click(dialog().getByRole('button', { name: 'Næste' }));
    const summary = within(await focusedErrorSummary());
    expect(
      summary.getByRole('link', { name: 'Skriv, hvorfor du afslutter forløbet.' }),
    ).toBeVisible();

    await fireEvent.update(
      dialog().getByLabelText('Hvorfor afslutter du forløbet?'),
      'Ingen af dem svarer.',
    );
    await fireEvent.click(dialog().getByRole('button', { name: 'Næste' }));
    vi.mocked(mentorshipsApi.end).mockResolvedValue(
      mentorship({
        status: 'ended_early',
        outcome: 'ended_early',
        endedAt: '2025-06-10T10:00:00Z',
      }),
    );
    await fireEvent.click(await screen.findByRole('button', { name: 'Ja, afslut forløbet' }));

    await announced('Forløbet er afsluttet.');
    expect(mentorshipsApi.end).toHaveBeenCalledWith(mentorshipId, {
      outcome: 'ended_early',
      earlyReason: 'no_contact',
      note: 'Ingen af dem svarer.',
    });
    expect(screen.getByText(/^Forløbet stoppede før tid\./)).toBeVisible();
  });
});
