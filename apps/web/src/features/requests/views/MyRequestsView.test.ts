import { fireEvent, screen, within } from '@testing-library/vue';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/http';
import { amina } from '@/test/fixtures';
import { requestsApi } from '../requests.api';
import { answered, matchRequest, otherMentor, requestId } from '../test/requests-fixtures';
import { announced, focusIsOn, renderAt } from '../test/render-requests';

vi.mock('@/features/auth/auth.api', () => ({
  authApi: { register: vi.fn(), login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), me: vi.fn() },
}));
vi.mock('../requests.api', async () =>
  (await import('../test/requests-api-mock')).requestsApiMock(),
);

const waiting = matchRequest();
const yes = answered(matchRequest({ id: requestId(2), mentor: otherMentor(2, 'Mette') }), {
  status: 'accepted',
  introductionId: 'intro-2',
});
const no = answered(matchRequest({ id: requestId(3), mentor: otherMentor(3, 'Layla') }), {
  status: 'declined',
  declineReason: 'cannot_help_with_goals',
  declineMessage: 'Held og lykke med jobsøgningen!',
});
const closed = answered(matchRequest({ id: requestId(4), mentor: otherMentor(4, 'Hanne') }), {
  status: 'withdrawn',
  withdrawnAutomatically: true,
});
const ranOut = matchRequest({
  id: requestId(5),
  mentor: otherMentor(5, 'Birgit'),
  status: 'expired',
  expiresAt: null,
});
const takenBack = answered(matchRequest({ id: requestId(6), mentor: otherMentor(6, 'Karen') }), {
  status: 'withdrawn',
});

const open = () => renderAt('/my-requests', amina);
const card = (name: string) => within(screen.getByRole('article', { name }));

describe('MyRequestsView', () => {
  it('shows each mentor she asked, where it stands and what happens next, a yes first', async () => {
    vi.mocked(requestsApi.list).mockResolvedValue({
      items: [no, waiting, closed, yes, ranOut, takenBack],
    });
    await open();

    expect(screen.getByRole('heading', { level: 1, name: 'Mine forespørgsler' })).toBeVisible();
    const articles = await screen.findAllByRole('article');
    expect(articles.map((article) => article.getAttribute('aria-labelledby'))).toEqual(
      [yes, waiting, no, closed, ranOut, takenBack].map((request) => `request-${request.id}`),
    );

    const sara = card('Sara');
    expect(sara.getByRole('link', { name: 'Sara' })).toHaveAttribute(
      'href',
      `/mentors/${waiting.mentor.id}`,
    );
    expect(sara.getByText(waiting.mentor.headline)).toBeVisible();
    expect(sara.getByText('Sendt den 1. maj 2025')).toBeVisible();
    expect(sara.getByText('Venter på svar')).toBeVisible();
    expect(
      sara.getByText(
        'Sara har ikke svaret endnu. Hvis hun ikke har svaret den 15. maj 2025, slutter forespørgslen.',
      ),
    ).toBeVisible();
    expect(sara.getByRole('button', { name: 'Træk forespørgslen til Sara tilbage' })).toBeVisible();

    const mette = card('Mette');
    expect(mette.getByText('Hun sagde ja')).toBeVisible();
    expect(mette.getByRole('link', { name: 'Åbn introduktionen med Mette' })).toHaveAttribute(
      'href',
      '/introductions/intro-2',
    );

    expect(card('Hanne').getByText('Lukket')).toBeVisible();
    expect(
      card('Hanne').getByText('Vi lukkede forespørgslen, fordi en anden mentor sagde ja til dig.'),
    ).toBeVisible();
    expect(
      card('Birgit').getByText(
        'Hun svarede ikke i tide. Det handler ikke om dig. Prøv en anden mentor.',
      ),
    ).toBeVisible();
    expect(card('Birgit').getByRole('link', { name: 'Find en anden mentor' })).toHaveAttribute(
      'href',
      '/mentors',
    );
    expect(card('Karen').getByText('Du har trukket forespørgslen tilbage.')).toBeVisible();
  });

  it('says no kindly, with the mentor’s own words, and never her reason', async () => {
    vi.mocked(requestsApi.list).mockResolvedValue({ items: [no] });
    await open();

    const layla = within(await screen.findByRole('article', { name: 'Layla' }));
    expect(layla.getByText('Ikke denne gang')).toBeVisible();
    expect(
      layla.getByText(
        'Hun kan ikke tage en ny mentee lige nu. Det handler ikke om dig. Prøv en anden mentor.',
      ),
    ).toBeVisible();
    expect(layla.getByText('Layla skrev:')).toBeVisible();
    expect(layla.getByText('Held og lykke med jobsøgningen!')).toBeVisible();
    expect(screen.queryByText(/hjælpe med hendes mål/)).toBeNull();
    expect(screen.queryByText(/grund/i)).toBeNull();
  });

  it('asks before taking a request back, and keeps it when she changes her mind', async () => {
    vi.mocked(requestsApi.list).mockResolvedValue({ items: [waiting] });
    await open();
    const button = await screen.findByRole('button', {
      name: 'Træk forespørgslen til Sara tilbage',
    });
    button.focus();
    await fireEvent.click(button);

    const dialog = screen.getByRole('dialog', {
      name: 'Vil du trække din forespørgsel til Sara tilbage?',
    });
    expect(within(dialog).getByText(/Sara kan se, at du har trukket den tilbage/)).toBeVisible();
    // The safe choice has focus first.
    await focusIsOn(within(dialog).getByRole('button', { name: 'Nej, behold den' }));
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Nej, behold den' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(requestsApi.withdraw).not.toHaveBeenCalled();
    await focusIsOn(button);
  });

  it('takes a request back, says so and keeps her place on the page', async () => {
    vi.mocked(requestsApi.list).mockResolvedValue({ items: [waiting] });
    vi.mocked(requestsApi.withdraw).mockResolvedValue(answered(waiting, { status: 'withdrawn' }));
    await open();
    await fireEvent.click(
      await screen.findByRole('button', { name: 'Træk forespørgslen til Sara tilbage' }),
    );
    await fireEvent.click(screen.getByRole('button', { name: 'Ja, træk den tilbage' }));

    await announced('Din forespørgsel til Sara er trukket tilbage.');
    expect(requestsApi.withdraw).toHaveBeenCalledWith(waiting.id);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(card('Sara').getByText('Du trak den tilbage')).toBeVisible();
    await focusIsOn(screen.getByRole('heading', { name: 'Sara' }));
  });

  it('shows how things stand when the request had already moved on', async () => {
    const accepted = answered(waiting, { status: 'accepted', introductionId: 'intro-1' });
    vi.mocked(requestsApi.list)
      .mockResolvedValueOnce({ items: [waiting] })
      .mockResolvedValueOnce({ items: [accepted] });
    vi.mocked(requestsApi.withdraw).mockRejectedValue(
      new ApiError(409, 'invalid_transition', 'An accepted request cannot become withdrawn.'),
    );
    await open();
    await fireEvent.click(
      await screen.findByRole('button', { name: 'Træk forespørgslen til Sara tilbage' }),
    );
    await fireEvent.click(screen.getByRole('button', { name: 'Ja, træk den tilbage' }));

    await announced(
      'Forespørgslen til Sara var allerede ændret. Her kan du se, hvordan den står nu.',
    );
    expect(card('Sara').getByText('Hun sagde ja')).toBeVisible();
  });

  it('keeps the dialog open and says what went wrong when taking it back fails', async () => {
    vi.mocked(requestsApi.list).mockResolvedValue({ items: [waiting] });
    vi.mocked(requestsApi.withdraw).mockRejectedValue(
      new ApiError(503, 'service_unavailable', 'Busy.'),
    );
    await open();
    await fireEvent.click(
      await screen.findByRole('button', { name: 'Træk forespørgslen til Sara tilbage' }),
    );
    await fireEvent.click(screen.getByRole('button', { name: 'Ja, træk den tilbage' }));

    const dialog = screen.getByRole('dialog');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Mentorbro har travlt lige nu. Prøv igen om lidt.',
    );
  });

  it('shows the way to the mentors when she has asked none yet', async () => {
    vi.mocked(requestsApi.list).mockResolvedValue({ items: [] });
    await open();
    expect(await screen.findByText('Du har ikke spurgt en mentor endnu.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Find en mentor' })).toHaveAttribute(
      'href',
      '/mentors',
    );
  });

  it('offers to try again when the list cannot be read', async () => {
    vi.mocked(requestsApi.list)
      .mockRejectedValueOnce(new ApiError(503, 'service_unavailable', 'Busy.'))
      .mockResolvedValueOnce({ items: [waiting] });
    await open();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Vi kunne ikke hente dine forespørgsler.',
    );
    await fireEvent.click(screen.getByRole('button', { name: 'Prøv igen' }));
    expect(await screen.findByRole('article', { name: 'Sara' })).toBeVisible();
  });
});
