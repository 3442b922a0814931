import { fireEvent, screen, within } from '@testing-library/vue';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PublicProgramme } from '@mentorbro/core/programme';
import { authApi } from '@/features/auth/auth.api';
import { programmeApi } from '@/features/auth/programme.api';
import { ApiError, NetworkError } from '@/lib/http';
import { amina, noSession, session } from '@/test/fixtures';
import { focusedErrorSummary, summaryLinks } from '@/test/queries';
import { renderInApp } from '@/test/render';
import RegisterView from './RegisterView.vue';

vi.mock('@/features/auth/auth.api', () => ({
  authApi: { register: vi.fn(), login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), me: vi.fn() },
}));
vi.mock('@/features/auth/programme.api', () => ({
  programmeApi: { get: vi.fn(), mine: vi.fn() },
}));

const openNetwork: PublicProgramme = {
  slug: 'default',
  name: 'Mentornetværket',
  womenOnly: false,
  languages: ['da', 'en'],
};
const womenOnly: PublicProgramme = {
  ...openNetwork,
  slug: 'kvinfo',
  name: 'KVINFO',
  womenOnly: true,
};

beforeEach(() => {
  vi.mocked(authApi.refresh).mockRejectedValue(noSession());
  vi.mocked(programmeApi.get).mockResolvedValue(openNetwork);
});

/** Renders the page and waits for the form, which waits for the programme's rules. */
async function renderRegister(route: string) {
  const result = await renderInApp(RegisterView, { route });
  await screen.findByRole('button', { name: 'Opret konto' });
  return result;
}

async function fillValidForm() {
  await fireEvent.update(screen.getByLabelText('Dit navn'), 'Amina');
  await fireEvent.update(screen.getByLabelText('Din e-mail'), 'amina@example.dk');
  await fireEvent.update(screen.getByLabelText('Vælg en adgangskode'), 'min lange kode');
  await fireEvent.update(screen.getByRole('checkbox', { name: /Jeg siger ja/ }));
}

const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Opret konto' }));

describe('RegisterView', () => {
  it('preselects the role from the landing page and shows the password rule as a hint', async () => {
    await renderRegister('/register?role=mentor');

    expect(screen.getByRole('radio', { name: /Jeg vil være mentor/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: /Jeg søger en mentor/ })).not.toBeChecked();
    expect(screen.getByLabelText('Vælg en adgangskode')).toHaveAccessibleDescription(
      'Mindst 10 tegn. Brug gerne nogle ord, som du kan huske.',
    );
  });

  it("shows core's min-length rule for a 9-character password, next to the field", async () => {
    await renderRegister('/register?role=mentee');
    await fillValidForm();
    await fireEvent.update(screen.getByLabelText('Vælg en adgangskode'), '123456789');
    await submit();

    const message = 'Adgangskoden skal have mindst 10 tegn.';
    const password = screen.getByLabelText('Vælg en adgangskode');
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription(expect.stringContaining(message));
    const summary = await focusedErrorSummary();
    expect(within(summary).getByRole('link', { name: message })).toHaveAttribute(
      'href',
      '#register-password',
    );
    expect(authApi.register).not.toHaveBeenCalled();

    // The error follows her typing once she has tried to submit.
    await fireEvent.update(password, '1234567890');
    expect(password).not.toHaveAttribute('aria-invalid');
  });

  it('offers only mentee and mentor; ?role=admin preselects nothing and is refused', async () => {
    await renderRegister('/register?role=admin');

    const roles = within(screen.getByRole('radiogroup', { name: 'Hvad vil du?' }));
    expect(roles.getAllByRole('radio')).toHaveLength(2);
    expect(roles.queryByRole('radio', { name: /koordinator|admin/i })).toBeNull();
    for (const radio of roles.getAllByRole('radio')) expect(radio).not.toBeChecked();

    await fillValidForm();
    await submit();
    expect(screen.getByRole('radiogroup', { name: 'Hvad vil du?' })).toHaveAccessibleDescription(
      'Vælg, om du søger en mentor, eller om du vil være mentor.',
    );
    expect(authApi.register).not.toHaveBeenCalled();
  });

  it('lists every missing field in the summary when she submits an empty form', async () => {
    await renderRegister('/register');
    await submit();

    const links = await summaryLinks();
    expect(links.map((link) => link.textContent)).toEqual([
      'Vælg, om du søger en mentor, eller om du vil være mentor.',
      'Skriv dit navn.',
      'Skriv din e-mail, for eksempel navn@mail.dk.',
      'Adgangskoden skal have mindst 10 tegn.',
      'Sæt et kryds her for at oprette en konto.',
    ]);
    expect(screen.getByRole('checkbox', { name: /Jeg siger ja/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  it("shows the API's field errors like its own, linked from the summary", async () => {
    vi.mocked(authApi.register).mockRejectedValue(
      new ApiError(400, 'validation_failed', 'Invalid body.', [
        { field: '/email', rule: 'format', message: 'must match format "email"' },
      ]),
    );
    await renderRegister('/register?role=mentee');
    await fillValidForm();
    await submit();

    const links = await summaryLinks();
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['#register-email']);
    expect(screen.getByLabelText('Din e-mail')).toHaveAccessibleDescription(
      expect.stringContaining('Skriv din e-mail, for eksempel navn@mail.dk.'),
    );
    // The fields say what is wrong; no general sentence on top of that.
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('registers, logs in and goes to her page', async () => {
    vi.mocked(authApi.register).mockResolvedValue(amina);
    vi.mocked(authApi.login).mockResolvedValue(session('token-1'));
    const { router, auth } = await renderRegister('/register?role=mentee');
    await fillValidForm();
    await submit();

    await vi.waitFor(() => {
      expect(router.currentRoute.value.name).toBe('home');
    });
    expect(authApi.register).toHaveBeenCalledWith({
      email: 'amina@example.dk',
      password: 'min lange kode',
      name: 'Amina',
      role: 'mentee',
      locale: 'da',
      acceptedTerms: true,
    });
    expect(authApi.login).toHaveBeenCalledWith({
      email: 'amina@example.dk',
      password: 'min lange kode',
    });
    expect(auth.user?.name).toBe('Amina');
  });

  it('says kindly that the email has an account, links to login, and does not repeat it', async () => {
    vi.mocked(authApi.register).mockRejectedValue(
      new ApiError(409, 'email_taken', 'An account with this email already exists.'),
    );
    await renderRegister('/register?role=mentee');
    await fillValidForm();
    await submit();

    const alert = await screen.findByText('Der er allerede en konto med den e-mail.');
    const box = alert.closest('[role="alert"]');
    expect(box).not.toBeNull();
    expect(box?.textContent).not.toContain('amina@example.dk');
    expect(screen.getByRole('link', { name: 'Log ind i stedet' })).toHaveAttribute(
      'href',
      '/login',
    );
  });

  it('asks a woman in a women-only network to say so, and says why', async () => {
    vi.mocked(programmeApi.get).mockResolvedValue(womenOnly);
    vi.mocked(authApi.register).mockResolvedValue(amina);
    vi.mocked(authApi.login).mockResolvedValue(session('token-1'));
    const { router } = await renderRegister('/register?role=mentee&programme=kvinfo');

    expect(programmeApi.get).toHaveBeenCalledWith('kvinfo');
    expect(screen.getByText('Du opretter en konto i KVINFO.')).toBeVisible();
    const group = screen.getByRole('group', { name: 'Er du kvinde?' });
    expect(group).toHaveAccessibleDescription(
      'Netværket er kun for kvinder. Derfor spørger vi. Du skal ikke vise noget bevis.',
    );
    await fillValidForm();
    await submit();

    const links = await summaryLinks();
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      [
        'Sæt et kryds, hvis du er kvinde. Netværket er kun for kvinder.',
        '#register-declares-woman',
      ],
    ]);
    expect(authApi.register).not.toHaveBeenCalled();

    await fireEvent.update(within(group).getByRole('checkbox', { name: 'Ja, jeg er kvinde' }));
    await submit();
    await vi.waitFor(() => {
      expect(router.currentRoute.value.name).toBe('home');
    });
    expect(authApi.register).toHaveBeenCalledWith(
      expect.objectContaining({ declaresWoman: true, programme: 'kvinfo' }),
    );
  });

  it('does not ask in a network open to everyone', async () => {
    vi.mocked(authApi.register).mockResolvedValue(amina);
    vi.mocked(authApi.login).mockResolvedValue(session('token-1'));
    await renderRegister('/register?role=mentor');

    expect(screen.queryByRole('group', { name: 'Er du kvinde?' })).toBeNull();
    await fillValidForm();
    await submit();
    await vi.waitFor(() => {
      expect(authApi.register).toHaveBeenCalledOnce();
    });
    expect(vi.mocked(authApi.register).mock.calls[0]?.[0]).not.toHaveProperty('declaresWoman');
  });

  it('shows the question when the server asks for it, though the rules could not load', async () => {
    vi.mocked(programmeApi.get).mockRejectedValue(new NetworkError(new TypeError('offline')));
    vi.mocked(authApi.register).mockRejectedValue(
      new ApiError(400, 'validation_failed', 'Invalid body.', [
        { field: '/declaresWoman', rule: 'required', message: 'is required' },
      ]),
    );
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await renderRegister('/register?role=mentee');
    expect(screen.queryByRole('group', { name: 'Er du kvinde?' })).toBeNull();
    await fillValidForm();
    await submit();

    const links = await summaryLinks();
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['#register-declares-woman']);
    expect(screen.getByRole('checkbox', { name: 'Ja, jeg er kvinde' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  it('says kindly when the link names a network we do not know', async () => {
    vi.mocked(programmeApi.get).mockRejectedValue(new ApiError(404, 'not_found', 'No programme.'));
    await renderInApp(RegisterView, { route: '/register?role=mentee&programme=ukendt' });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Vi kan ikke finde netværket fra dit link.',
    );
    expect(screen.queryByRole('button', { name: 'Opret konto' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Opret en konto uden linket' })).toHaveAttribute(
      'href',
      '/register?role=mentee',
    );
  });
});
