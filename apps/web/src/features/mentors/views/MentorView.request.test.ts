import type { MentorPage } from '@mentorbro/core/search';
import type { User } from '@mentorbro/core/user';
import { fireEvent, screen, waitFor, within } from '@testing-library/vue';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { authApi } from '@/features/auth/auth.api';
import { profileApi } from '@/features/profile/profile.api';
import { aminaProfile, menteeOwn, saraPublic } from '@/features/profile/profile.fixtures';
import { requestsApi } from '@/features/requests/requests.api';
import { matchRequest, saraMentor } from '@/features/requests/test/requests-fixtures';
import { ApiError } from '@/lib/http';
import { amina, session } from '@/test/fixtures';
import { summaryLinks } from '@/test/queries';
import { renderInApp } from '@/test/render';
import { mentorsApi } from '../mentors.api';
import MentorView from './MentorView.vue';

vi.mock('@/features/auth/auth.api', () => ({
  authApi: { register: vi.fn(), login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), me: vi.fn() },
}));
vi.mock('../mentors.api', () => ({ mentorsApi: { get: vi.fn() } }));
vi.mock('@/features/reports/reports.api', () => ({ reportsApi: { create: vi.fn() } }));
vi.mock('@/features/profile/profile.api', () => ({ profileApi: { own: vi.fn(), save: vi.fn() } }));
vi.mock('@/features/requests/requests.api', async () =>
  (await import('@/features/requests/test/requests-api-mock')).requestsApiMock(),
);

// Sara helps with job search and work culture; Amina wants a network, a job, work culture
// and Danish, in that order. They share two goals.
const saraPage: MentorPage = { ...saraPublic, freeSeats: 1, match: null };
const aminaGoals = menteeOwn({
  profile: { ...aminaProfile, goals: ['network', 'job_search', 'work_culture', 'danish_practice'] },
});

beforeEach(() => {
  vi.mocked(mentorsApi.get).mockResolvedValue(saraPage);
  vi.mocked(profileApi.own).mockResolvedValue(aminaGoals);
  vi.mocked(requestsApi.list).mockResolvedValue({ items: [] });
});

async function open(user: User = amina) {
  vi.mocked(authApi.refresh).mockResolvedValue(session('token', user));
  const rendered = await renderInApp(MentorView, { route: `/mentors/${saraPublic.id}` });
  await screen.findByRole('heading', { level: 1, name: 'Sara' });
  return rendered;
}

const section = () => within(screen.getByRole('region', { name: /Sara/ }));
const prompt = (label: RegExp | string) => screen.getByRole('textbox', { name: label });

async function writeRequest() {
  await fireEvent.update(
    prompt(/Hvad håber du, at Sara kan hjælpe dig med/),
    '  Et job på et hospital. ',
  );
  await fireEvent.update(prompt('Hvad har du gjort indtil nu?'), 'Jeg har skrevet mit CV.');
  await fireEvent.update(prompt('Hvordan vil du helst mødes?'), 'På en café.');
  await fireEvent.click(screen.getByRole('checkbox', { name: 'Jobsøgning' }));
}

describe('asking a mentor from her page', () => {
  it('asks with three short questions, the shared goals and what she shares', async () => {
    await open();
    await screen.findByRole('textbox', { name: /Hvad håber du/ });
    const form = screen.getByRole('region', { name: 'Spørg Sara, om hun vil være din mentor' });

    expect(
      within(form).getByRole('group', { name: 'Din besked til Sara' }),
    ).toHaveAccessibleDescription(/Skriv mindst 20 tegn i alt/);
    // Only her goals that Sara helps with, in her order.
    const goals = within(form).getByRole('group', { name: 'Hvad vil du have hjælp til?' });
    expect(
      within(goals)
        .getAllByRole('checkbox')
        .map((box) => box.getAttribute('value')),
    ).toEqual(['job_search', 'work_culture']);
    expect(
      within(form).getByRole('checkbox', { name: 'Min e-mail: amina@example.dk' }),
    ).toBeChecked();
  });

  it('joins the three answers into one message, with blank lines between them', async () => {
    const sent = matchRequest({ status: 'pending' });
    vi.mocked(requestsApi.create).mockResolvedValue(sent);
    await open();
    await screen.findByRole('textbox', { name: /Hvad håber du/ });

    await writeRequest();
    await fireEvent.update(
      screen.getByRole('textbox', { name: /Mit telefonnummer/ }),
      ' +45 12 34 56 78 ',
    );
    expect(screen.getByText('Du har skrevet 60 af højst 2000 tegn.')).toBeVisible();
    await fireEvent.click(screen.getByRole('button', { name: 'Send til Sara' }));

    expect(requestsApi.create).toHaveBeenCalledWith({
      mentorId: saraPublic.id,
      message: 'Et job på et hospital.\n\nJeg har skrevet mit CV.\n\nPå en café.',
      goals: ['job_search'],
      contact: { email: true, phone: '+45 12 34 56 78' },
    });
    // "Sent!" takes focus and says what happens next, with the way to her requests.
    const heading = await screen.findByRole('heading', { name: 'Sendt!' });
    await waitFor(() => {
      expect(document.activeElement).toBe(heading);
    });
    expect(
      screen.getByText('Sara har fået din forespørgsel. Hun svarer som regel inden for 14 dage.'),
    ).toBeVisible();
    expect(screen.getByText(/Hvis hun ikke har svaret den 15. maj 2025/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Se mine forespørgsler' })).toHaveAttribute(
      'href',
      '/my-requests',
    );
    expect(screen.queryByRole('button', { name: 'Send til Sara' })).toBeNull();
  });

  it('checks the message, the goals and the phone number with core’s rules before sending', async () => {
    await open();
    await fireEvent.update(
      await screen.findByRole('textbox', { name: /Hvad håber du/ }),
      'Et job.',
    );
    await fireEvent.update(
      screen.getByRole('textbox', { name: /Mit telefonnummer/ }),
      'ring til mig',
    );
    await fireEvent.click(screen.getByRole('button', { name: 'Send til Sara' }));

    expect((await summaryLinks()).map((link) => link.textContent)).toEqual([
      'Skriv lidt mere: mindst 20 tegn i alt.',
      'Vælg mindst 1 mål.',
      'Skriv telefonnummeret med tal, for eksempel +45 12 34 56 78.',
    ]);
    expect(requestsApi.create).not.toHaveBeenCalled();
    expect(screen.getByRole('textbox', { name: /Mit telefonnummer/ })).toHaveAccessibleDescription(
      /Skriv telefonnummeret med tal/,
    );
  });

  it('says no more than 3 goals', async () => {
    vi.mocked(mentorsApi.get).mockResolvedValue({
      ...saraPage,
      goals: ['network', 'job_search', 'work_culture', 'danish_practice'],
    });
    await open();
    await screen.findByRole('textbox', { name: /Hvad håber du/ });
    for (const name of ['Netværk', 'Jobsøgning', 'Arbejdskultur', 'Øve dansk']) {
      await fireEvent.click(screen.getByRole('checkbox', { name }));
    }
    expect(screen.getByText('4 af 3 valgt')).toBeVisible();
    await fireEvent.click(screen.getByRole('button', { name: 'Send til Sara' }));
    expect((await summaryLinks()).map((link) => link.textContent)).toContain('Vælg højst 3 mål.');
  });

  it.each([
    {
      code: 'mentor_full',
      text: 'Mentoren har ikke en ledig plads lige nu. Spørg gerne en anden mentor.',
      link: ['Find en anden mentor', '/mentors'],
    },
    {
      code: 'too_many_open_requests',
      text: 'Du har allerede spurgt så mange mentorer, som du kan på én gang. Vent på et svar, eller træk en forespørgsel tilbage.',
      link: ['Se mine forespørgsler', '/my-requests'],
    },
    {
      code: 'recently_declined',
      text: 'Denne mentor har for nylig sagt nej. Spørg gerne en anden mentor.',
      link: ['Find en anden mentor', '/mentors'],
    },
    {
      code: 'in_mentorship',
      text: 'Du har allerede en mentor. Når jeres forløb slutter, kan du spørge en ny.',
      link: ['Se mine forespørgsler', '/my-requests'],
    },
  ])('explains a refusal ($code) kindly, with what she can do', async ({ code, text, link }) => {
    vi.mocked(requestsApi.create).mockRejectedValue(new ApiError(409, code, 'No.'));
    await open();
    await screen.findByRole('textbox', { name: /Hvad håber du/ });
    await writeRequest();
    await fireEvent.click(screen.getByRole('button', { name: 'Send til Sara' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(text);
    const [name, href] = link;
    expect(within(alert).getByRole('link', { name })).toHaveAttribute('href', href);
    // She can still change her request and try again.
    expect(screen.getByRole('button', { name: 'Send til Sara' })).toBeEnabled();
  });

  it('takes her from the button at the top straight to the first question', async () => {
    await open();
    await screen.findByRole('textbox', { name: /Hvad håber du/ });
    await fireEvent.click(
      screen.getByRole('link', { name: 'Spørg Sara, om hun vil være din mentor' }),
    );
    expect(document.activeElement).toBe(prompt(/Hvad håber du/));
  });

  it('says she has asked already, and does not offer to ask again', async () => {
    vi.mocked(requestsApi.list).mockResolvedValue({ items: [matchRequest()] });
    await open();

    expect(
      await screen.findByText('Du spurgte Sara den 1. maj 2025. Hun har ikke svaret endnu.'),
    ).toBeVisible();
    expect(section().getByRole('heading', { name: 'Din forespørgsel til Sara' })).toBeVisible();
    expect(screen.queryByRole('textbox', { name: /Hvad håber du/ })).toBeNull();
    expect(screen.queryByRole('link', { name: /Spørg Sara/ })).toBeNull();
  });

  it('links to the introduction when the mentor has said yes', async () => {
    vi.mocked(requestsApi.list).mockResolvedValue({
      items: [matchRequest({ status: 'accepted', introductionId: 'intro-1' })],
    });
    await open();
    expect(await screen.findByText('Sara har sagt ja til dig!')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Åbn introduktionen' })).toHaveAttribute(
      'href',
      '/introductions/intro-1',
    );
  });

  it('lets her ask again after an earlier no or a request that ran out', async () => {
    vi.mocked(requestsApi.list).mockResolvedValue({
      items: [matchRequest({ status: 'expired', expiresAt: null })],
    });
    await open();
    expect(await screen.findByRole('textbox', { name: /Hvad håber du/ })).toBeVisible();
  });

  it('asks for an approved profile first', async () => {
    vi.mocked(profileApi.own).mockResolvedValue(menteeOwn({ status: 'pending' }));
    await open();
    expect(
      await screen.findByText('Din profil skal godkendes, før du kan spørge en mentor.'),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Gå til min profil' })).toHaveAttribute(
      'href',
      '/my-profile',
    );
    expect(screen.queryByRole('textbox', { name: /Hvad håber du/ })).toBeNull();
  });

  it('offers nothing to ask when the mentor takes no new mentees', async () => {
    vi.mocked(mentorsApi.get).mockResolvedValue({
      ...saraPage,
      acceptingRequests: false,
      freeSeats: 0,
    });
    await open();
    await screen.findByText(/tager ikke imod nye mentees lige nu/);
    await waitFor(() => {
      expect(requestsApi.list).toHaveBeenCalled();
    });
    expect(screen.queryByRole('region', { name: /Spørg Sara/ })).toBeNull();
    expect(screen.queryByRole('textbox', { name: /Hvad håber du/ })).toBeNull();
  });

  it('offers a retry when her requests cannot be read', async () => {
    vi.mocked(requestsApi.list).mockRejectedValueOnce(
      new ApiError(503, 'service_unavailable', 'x'),
    );
    await open();
    await fireEvent.click(await screen.findByRole('button', { name: 'Prøv igen' }));
    expect(await screen.findByRole('textbox', { name: /Hvad håber du/ })).toBeVisible();
  });

  it('does not ask a mentor reading another mentor’s page', async () => {
    await open({ ...saraMentor, id: 'another-mentor' });
    expect(screen.queryByRole('region', { name: /Spørg Sara/ })).toBeNull();
    expect(profileApi.own).not.toHaveBeenCalled();
    expect(requestsApi.list).not.toHaveBeenCalled();
  });
});
