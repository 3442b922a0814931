import { fireEvent, screen, within } from '@testing-library/vue';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/http';
import { summaryLinks } from '@/test/queries';
import { requestsApi } from '../requests.api';
import {
  answered,
  matchRequest,
  otherMentee,
  requestId,
  saraMentor,
} from '../test/requests-fixtures';
import { announced, focusIsOn, renderAt } from '../test/render-requests';

vi.mock('@/features/auth/auth.api', () => ({
  authApi: { register: vi.fn(), login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), me: vi.fn() },
}));
vi.mock('../requests.api', async () =>
  (await import('../test/requests-api-mock')).requestsApiMock(),
);

// Amina's runs out last; Fatima's first, so hers comes first.
const amina = matchRequest();
const fatima = matchRequest({
  id: requestId(2),
  mentee: otherMentee(2, 'Fatima'),
  goals: ['danish_practice'],
  message: 'Jeg vil gerne tale mere dansk.',
  expiresAt: '2025-05-10T10:00:00.000Z',
});
const saidNo = answered(matchRequest({ id: requestId(3), mentee: otherMentee(3, 'Hodan') }), {
  status: 'declined',
  declineReason: 'too_far',
  declineMessage: 'Jeg bor i Aalborg, desværre.',
});
const foundAnother = answered(matchRequest({ id: requestId(4), mentee: otherMentee(4, 'Olena') }), {
  status: 'withdrawn',
  withdrawnAutomatically: true,
});

const open = () => renderAt('/requests-for-me', saraMentor);
const card = (name: string) => within(screen.getByRole('article', { name }));
const section = (name: string) => within(screen.getByRole('region', { name }));

describe('RequestsForMeView', () => {
  it('shows the requests waiting for her answer first, the soonest to run out on top', async () => {
    vi.mocked(requestsApi.list).mockResolvedValue({ items: [foundAnother, amina, saidNo, fatima] });
    await open();
    await screen.findAllByRole('article');

    expect(screen.getByRole('heading', { level: 1, name: 'Forespørgsler til mig' })).toBeVisible();
    const waiting = section('Venter på dit svar (2)');
    expect(waiting.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Fatima',
      'Amina',
    ]);
    const answeredList = section('Besvaret');
    expect(answeredList.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Olena',
      'Hodan',
    ]);

    const aminaCard = card('Amina');
    expect(aminaCard.getByText('Svar gerne senest den 15. maj 2025')).toBeVisible();
    expect(
      within(aminaCard.getByRole('list', { name: 'Hun vil gerne have hjælp til:' }))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Jobsøgning', 'Arbejdskultur']);
    expect(aminaCard.getByText(/Jeg vil gerne arbejde som sygeplejerske/)).toBeVisible();
    expect(aminaCard.getByRole('link', { name: 'Læs mere om Amina' })).toHaveAttribute(
      'href',
      `/mentees/${amina.mentee.id}`,
    );
    expect(aminaCard.getByRole('button', { name: 'Sig ja til Amina' })).toBeVisible();
    expect(aminaCard.getByRole('button', { name: 'Sig nej til Amina' })).toBeVisible();

    // Answered: her own reason and words, and why a request closed without her.
    expect(card('Hodan').getByText('Du sagde nej')).toBeVisible();
    expect(card('Hodan').getByText('Din grund: Vi bor for langt fra hinanden')).toBeVisible();
    expect(card('Hodan').getByText('Jeg bor i Aalborg, desværre.')).toBeVisible();
    expect(card('Olena').getByText('Hun har fået en mentor')).toBeVisible();
    expect(
      card('Olena').getByText(
        'En anden mentor sagde ja til Olena, så hendes forespørgsel er lukket.',
      ),
    ).toBeVisible();
    expect(card('Olena').queryByRole('button')).toBeNull();
  });

  it('says yes with the contact details she chooses to share', async () => {
    vi.mocked(requestsApi.list).mockResolvedValue({ items: [amina] });
    vi.mocked(requestsApi.accept).mockResolvedValue(
      answered(amina, { status: 'accepted', introductionId: 'intro-1' }),
    );
    await open();
    await fireEvent.click(await screen.findByRole('button', { name: 'Sig ja til Amina' }));

    const dialog = within(screen.getByRole('dialog', { name: 'Vil du sige ja til Amina?' }));
    const email = dialog.getByRole('checkbox', { name: 'Min e-mail: sara@example.dk' });
    await focusIsOn(email);
    await fireEvent.click(email);
    await fireEvent.update(
      dialog.getByRole('textbox', { name: /Mit telefonnummer/ }),
      '+45 87 65 43 21',
    );
    await fireEvent.click(dialog.getByRole('button', { name: 'Ja, jeg vil mødes med Amina' }));

    await announced(
      'Du har sagt ja til Amina. Åbn introduktionen for at se, hvordan du kontakter hende.',
    );
    expect(requestsApi.accept).toHaveBeenCalledWith(amina.id, {
      contact: { email: false, phone: '+45 87 65 43 21' },
    });
    expect(screen.queryByRole('dialog')).toBeNull();
    // Her card moved to the answered ones, with the way to the introduction; focus went along.
    expect(screen.getByText('Ingen venter på dit svar lige nu.')).toBeVisible();
    expect(card('Amina').getByText('Du sagde ja')).toBeVisible();
    expect(
      card('Amina').getByRole('link', { name: 'Åbn introduktionen med Amina' }),
    ).toHaveAttribute('href', '/introductions/intro-1');
    await focusIsOn(screen.getByRole('heading', { name: 'Amina' }));
  });

  it('explains in her own words why she cannot say yes now', async () => {
    vi.mocked(requestsApi.list).mockResolvedValue({ items: [amina] });
    vi.mocked(requestsApi.accept).mockRejectedValue(new ApiError(409, 'mentor_full', 'Full.'));
    await open();
    await fireEvent.click(await screen.findByRole('button', { name: 'Sig ja til Amina' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Ja, jeg vil mødes med Amina' }));

    expect(await within(screen.getByRole('dialog')).findByRole('alert')).toHaveTextContent(
      'Alle dine pladser er optaget. Du kan give plads til flere mentees på din profil.',
    );
  });

  it('says no with a reason for the coordinators and a kind message for her', async () => {
    vi.mocked(requestsApi.list).mockResolvedValue({ items: [fatima, amina] });
    vi.mocked(requestsApi.decline).mockResolvedValue(
      answered(fatima, { status: 'declined', declineReason: 'no_time' }),
    );
    await open();
    await fireEvent.click(await screen.findByRole('button', { name: 'Sig nej til Fatima' }));

    const dialog = within(screen.getByRole('dialog', { name: 'Vil du sige nej til Fatima?' }));
    expect(dialog.getByText(/Hun ser ikke din grund/)).toBeVisible();
    const reasons = dialog.getByRole('radiogroup', { name: 'Hvorfor siger du nej?' });
    expect(
      within(reasons)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual([
      'no_time',
      'not_my_field',
      'cannot_help_with_goals',
      'too_far',
      'language',
      'other',
    ]);
    await fireEvent.click(dialog.getByRole('button', { name: 'Send mit svar' }));
    expect((await summaryLinks()).map((link) => link.textContent)).toEqual(['Vælg en grund.']);
    expect(requestsApi.decline).not.toHaveBeenCalled();

    await fireEvent.click(dialog.getByRole('radio', { name: 'Jeg har ikke tid lige nu' }));
    await fireEvent.update(
      dialog.getByRole('textbox', { name: 'En besked til Fatima (hvis du vil)' }),
      ' Held og lykke! ',
    );
    await fireEvent.click(dialog.getByRole('button', { name: 'Send mit svar' }));

    await announced('Du har sagt nej til Fatima. Tak, fordi du svarede.');
    expect(requestsApi.decline).toHaveBeenCalledWith(fatima.id, {
      reason: 'no_time',
      message: 'Held og lykke!',
    });
    // She goes on with the next mentee waiting.
    await focusIsOn(screen.getByRole('heading', { name: 'Amina' }));
  });

  it('sends no message when she wrote none', async () => {
    vi.mocked(requestsApi.list).mockResolvedValue({ items: [amina] });
    vi.mocked(requestsApi.decline).mockResolvedValue(
      answered(amina, { status: 'declined', declineReason: 'other' }),
    );
    await open();
    await fireEvent.click(await screen.findByRole('button', { name: 'Sig nej til Amina' }));
    await fireEvent.click(screen.getByRole('radio', { name: 'En anden grund' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Send mit svar' }));

    await announced('Du har sagt nej til Amina.');
    expect(requestsApi.decline).toHaveBeenCalledWith(amina.id, { reason: 'other' });
    await focusIsOn(screen.getByRole('heading', { name: 'Venter på dit svar' }));
  });

  it('cancels without answering and gives focus back', async () => {
    vi.mocked(requestsApi.list).mockResolvedValue({ items: [amina] });
    await open();
    const button = await screen.findByRole('button', { name: 'Sig nej til Amina' });
    button.focus();
    await fireEvent.click(button);
    await fireEvent.click(screen.getByRole('button', { name: 'Tilbage' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(requestsApi.decline).not.toHaveBeenCalled();
    await focusIsOn(button);
  });

  it('shows how things stand when the mentee had already taken it back', async () => {
    const takenBack = answered(amina, { status: 'withdrawn' });
    vi.mocked(requestsApi.list)
      .mockResolvedValueOnce({ items: [amina] })
      .mockResolvedValueOnce({ items: [takenBack] });
    vi.mocked(requestsApi.accept).mockRejectedValue(
      new ApiError(409, 'invalid_transition', 'A withdrawn request cannot become accepted.'),
    );
    await open();
    await fireEvent.click(await screen.findByRole('button', { name: 'Sig ja til Amina' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Ja, jeg vil mødes med Amina' }));

    await announced(
      'Forespørgslen fra Amina var allerede ændret. Her kan du se, hvordan den står nu.',
    );
    expect(card('Amina').getByText('Amina har trukket sin forespørgsel tilbage.')).toBeVisible();
  });

  it('names a mentee who deleted her account "Slettet bruger"', async () => {
    // The API closed her request and sends her without a name.
    const deleted = answered(
      matchRequest({
        id: requestId(5),
        mentee: { id: otherMentee(5, '').id, firstName: '', deleted: true },
      }),
      { status: 'withdrawn', message: '' },
    );
    vi.mocked(requestsApi.list).mockResolvedValue({ items: [deleted] });
    await open();

    expect(await screen.findByRole('article', { name: /Slettet bruger/ })).toBeVisible();
  });
});
