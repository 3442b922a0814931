import { fireEvent, screen, within } from '@testing-library/vue';
import { describe, expect, it, vi } from 'vitest';
import { saraMentor } from '@/features/requests/test/requests-fixtures';
import { announced, focusIsOn, renderAt } from '@/features/requests/test/render-requests';
import { ApiError } from '@/lib/http';
import { amina } from '@/test/fixtures';
import { introductionsApi } from '../introductions.api';
import { introduction, introductionId } from '../test/introductions-fixtures';

vi.mock('@/features/auth/auth.api', () => ({
  authApi: { register: vi.fn(), login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), me: vi.fn() },
}));
vi.mock('../introductions.api', async () =>
  (await import('../test/introductions-api-mock')).introductionsApiMock(),
);

async function open(user = amina) {
  const rendered = await renderAt(`/introductions/${introductionId}`, user);
  await screen.findByRole('heading', { level: 1, name: 'Amina og Sara' });
  return rendered;
}

const section = (name: string | RegExp) => within(screen.getByRole('region', { name }));

describe('IntroductionView', () => {
  it('shows how to reach her, how to agree on a first meeting, and the two answers', async () => {
    vi.mocked(introductionsApi.get).mockResolvedValue(introduction());
    await open();

    expect(introductionsApi.get).toHaveBeenCalledWith(introductionId);
    expect(
      screen.getByText(
        'Sara har sagt ja til dig. Nu mødes I én gang for at se, om I passer sammen.',
      ),
    ).toBeVisible();
    const contact = section('Sådan kontakter du Sara');
    expect(contact.getByRole('link', { name: 'sara@example.dk' })).toHaveAttribute(
      'href',
      'mailto:sara@example.dk',
    );
    expect(contact.getByRole('link', { name: '+45 12 34 56 78' })).toHaveAttribute(
      'href',
      'tel:+4512345678',
    );
    expect(contact.getByText('Det kan Sara se om dig:')).toBeVisible();
    expect(contact.getByText('E-mail: amina@example.dk')).toBeVisible();

    const meet = section('Aftal et første møde');
    expect(meet.getAllByRole('listitem')).toHaveLength(4);
    expect(meet.getByText('Tal om dine mål, og hvor tit I kan mødes.')).toBeVisible();
    expect(meet.getByText('Svar gerne senest den 16. maj 2025.')).toBeVisible();

    const answer = section('Efter jeres møde');
    expect(answer.getByRole('button', { name: 'Vi har mødtes: lad os fortsætte' })).toBeVisible();
    expect(answer.getByRole('button', { name: 'Vi passer ikke sammen' })).toBeVisible();
  });

  it('shows the mentor the mentee’s side, and says when it is her turn', async () => {
    vi.mocked(introductionsApi.get).mockResolvedValue(
      introduction({ otherAnswered: true, mentee: { ...introduction().mentee, contact: {} } }),
    );
    await open(saraMentor);

    expect(screen.getByText(/^Du har sagt ja til Amina/)).toBeVisible();
    expect(
      section('Sådan kontakter du Amina').getByText(
        'Amina har ikke delt sin e-mail eller sit telefonnummer. Vent på, at hun kontakter dig.',
      ),
    ).toBeVisible();
    expect(screen.getByText('Tal om hendes mål, og hvor tit I kan mødes.')).toBeVisible();
    expect(screen.getByText('Amina har svaret. Nu er det din tur.')).toBeVisible();
  });

  it('says "let’s continue", then waits for the other', async () => {
    vi.mocked(introductionsApi.get).mockResolvedValue(introduction());
    vi.mocked(introductionsApi.confirm).mockResolvedValue(introduction({ myAnswer: 'continue' }));
    await open();
    await fireEvent.click(screen.getByRole('button', { name: 'Vi har mødtes: lad os fortsætte' }));

    await announced('Tak! Du har sagt: lad os fortsætte.');
    expect(introductionsApi.confirm).toHaveBeenCalledWith(introductionId);
    expect(
      screen.getByText('Du har sagt: lad os fortsætte. Nu venter vi på svar fra Sara.'),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: /lad os fortsætte/ })).toBeNull();
    expect(screen.queryByText(/Svar gerne senest/)).toBeNull();
    await focusIsOn(screen.getByRole('heading', { name: 'Efter jeres møde' }));
  });

  it('says kindly that the mentorship has started when both said yes', async () => {
    vi.mocked(introductionsApi.get).mockResolvedValue(introduction({ otherAnswered: true }));
    vi.mocked(introductionsApi.confirm).mockResolvedValue(
      introduction({
        status: 'confirmed',
        myAnswer: 'continue',
        otherAnswered: true,
        mentorshipId: 'c0000000-0000-4000-8000-000000000001',
      }),
    );
    await open();
    await fireEvent.click(screen.getByRole('button', { name: 'Vi har mødtes: lad os fortsætte' }));

    const started = await screen.findByRole('heading', { name: 'Jeres mentorforløb er begyndt' });
    await focusIsOn(started);
    expect(screen.getByText('I har begge sagt ja. Held og lykke med jeres møder!')).toBeVisible();
    // The way to their mentorship's page; the contact details stay.
    expect(
      section('Jeres mentorforløb er begyndt').getByRole('link', {
        name: 'Åbn jeres mentorforløb',
      }),
    ).toHaveAttribute('href', '/mentorships/c0000000-0000-4000-8000-000000000001');
    expect(screen.getByRole('link', { name: 'sara@example.dk' })).toBeVisible();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('asks before ending it as not a match, with an optional note for the coordinators', async () => {
    vi.mocked(introductionsApi.get).mockResolvedValue(introduction());
    vi.mocked(introductionsApi.decline).mockResolvedValue(
      introduction({ status: 'declined', myAnswer: 'not_a_match' }),
    );
    await open();
    await fireEvent.click(screen.getByRole('button', { name: 'Vi passer ikke sammen' }));

    const dialog = within(screen.getByRole('dialog', { name: 'Passer I ikke sammen?' }));
    expect(dialog.getByText(/Sara kan se, at den er slut. Hun kan ikke se hvorfor./)).toBeVisible();
    const note = dialog.getByRole('textbox', { name: 'Hvorfor? (hvis du vil)' });
    await focusIsOn(note);
    expect(note).toHaveAccessibleDescription(
      'Kun koordinatorerne læser det. Det hjælper dem med at finde bedre match.',
    );
    await fireEvent.update(note, ' Vi bor for langt fra hinanden. ');
    await fireEvent.click(dialog.getByRole('button', { name: 'Ja, afslut introduktionen' }));

    await announced('Introduktionen er slut');
    expect(introductionsApi.decline).toHaveBeenCalledWith(introductionId, {
      note: 'Vi bor for langt fra hinanden.',
    });
    expect(
      screen.getByText('Du har sagt, at I ikke passer sammen. Tak, fordi I mødtes.'),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Find en anden mentor' })).toHaveAttribute(
      'href',
      '/mentors',
    );
    // It has ended: the contact details are no longer shown.
    expect(screen.queryByRole('link', { name: 'sara@example.dk' })).toBeNull();
    await focusIsOn(screen.getByRole('heading', { name: 'Introduktionen er slut' }));
  });

  it('ends it without a note, and changes nothing when she goes back', async () => {
    vi.mocked(introductionsApi.get).mockResolvedValue(introduction());
    vi.mocked(introductionsApi.decline).mockResolvedValue(
      introduction({ status: 'declined', myAnswer: 'not_a_match' }),
    );
    await open();
    await fireEvent.click(screen.getByRole('button', { name: 'Vi passer ikke sammen' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Tilbage' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(introductionsApi.decline).not.toHaveBeenCalled();

    await fireEvent.click(screen.getByRole('button', { name: 'Vi passer ikke sammen' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Ja, afslut introduktionen' }));
    await announced('Introduktionen er slut');
    expect(introductionsApi.decline).toHaveBeenCalledWith(introductionId, {});
  });

  it('tells the mentor kindly when the mentee said no, and that her place is free', async () => {
    vi.mocked(introductionsApi.get).mockResolvedValue(
      introduction({ status: 'declined', myAnswer: 'continue', otherAnswered: true }),
    );
    await open(saraMentor);

    expect(screen.getByRole('heading', { name: 'Introduktionen er slut' })).toBeVisible();
    expect(screen.getByText(/En af jer syntes ikke, at I passede sammen/)).toBeVisible();
    expect(
      screen.getByText('Din plads er ledig igen. Andre mentees kan spørge dig.'),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Se forespørgsler til mig' })).toHaveAttribute(
      'href',
      '/requests-for-me',
    );
  });

  it('says kindly when the time to answer has run out', async () => {
    vi.mocked(introductionsApi.get).mockResolvedValue(introduction({ status: 'lapsed' }));
    await open();

    expect(screen.getByRole('heading', { name: 'Tiden til at svare er gået' })).toBeVisible();
    expect(screen.getByText('Du kan spørge en anden mentor.')).toBeVisible();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('region', { name: /Sådan kontakter/ })).toBeNull();
  });

  it('shows the introduction as it stands when it had already moved on', async () => {
    vi.mocked(introductionsApi.get)
      .mockResolvedValueOnce(introduction())
      .mockResolvedValueOnce(introduction({ status: 'declined', otherAnswered: true }));
    vi.mocked(introductionsApi.confirm).mockRejectedValue(
      new ApiError(409, 'invalid_transition', 'A declined introduction cannot become confirmed.'),
    );
    await open();
    await fireEvent.click(screen.getByRole('button', { name: 'Vi har mødtes: lad os fortsætte' }));

    await announced('Introduktionen er slut');
    expect(screen.getByText(/En af jer syntes ikke, at I passede sammen/)).toBeVisible();
  });

  it('says kindly that it cannot be found', async () => {
    vi.mocked(introductionsApi.get).mockRejectedValue(new ApiError(404, 'not_found', 'No.'));
    await renderAt(`/introductions/${introductionId}`, amina);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Vi kan ikke finde introduktionen' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Gå til Min side' })).toHaveAttribute(
      'href',
      '/my-page',
    );
  });
});
