import { fireEvent, screen } from '@testing-library/vue';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { authApi } from '@/features/auth/auth.api';
import { ApiError } from '@/lib/http';
import { noSession, session } from '@/test/fixtures';
import { summaryLinks } from '@/test/queries';
import { renderInApp } from '@/test/render';
import LoginView from './LoginView.vue';

vi.mock('@/features/auth/auth.api', () => ({
  authApi: { register: vi.fn(), login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), me: vi.fn() },
}));

beforeEach(() => {
  vi.mocked(authApi.refresh).mockRejectedValue(noSession());
});

async function logIn(email: string, password: string) {
  await fireEvent.update(screen.getByLabelText('Din e-mail'), email);
  await fireEvent.update(screen.getByLabelText('Din adgangskode'), password);
  await fireEvent.click(screen.getByRole('button', { name: 'Log ind' }));
}

describe('LoginView', () => {
  it('gives one kind message for a wrong email or password', async () => {
    vi.mocked(authApi.login).mockRejectedValue(
      new ApiError(401, 'invalid_credentials', 'Wrong email or password.'),
    );
    await renderInApp(LoginView, { route: '/login' });
    await logIn('amina@example.dk', 'forkert');

    const message = await screen.findByText('E-mail eller adgangskode passer ikke. Prøv igen.');
    expect(message.closest('[role="alert"]')).not.toBeNull();
  });

  it('asks for both fields before sending anything', async () => {
    await renderInApp(LoginView, { route: '/login' });
    await logIn('', '');

    expect(screen.getByLabelText('Din e-mail')).toHaveAccessibleDescription('Skriv din e-mail.');
    expect(screen.getByLabelText('Din adgangskode')).toHaveAccessibleDescription(
      'Skriv din adgangskode.',
    );
    expect(authApi.login).not.toHaveBeenCalled();
  });

  it("shows the API's field errors in the summary and next to the field", async () => {
    vi.mocked(authApi.login).mockRejectedValue(
      new ApiError(400, 'validation_failed', 'Invalid body.', [
        { field: '/password', rule: 'maxLength', message: 'too long' },
      ]),
    );
    await renderInApp(LoginView, { route: '/login' });
    await logIn('amina@example.dk', 'min lange kode');

    const links = await summaryLinks();
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Skriv din adgangskode.', '#login-password'],
    ]);
    expect(screen.getByLabelText('Din adgangskode')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says kindly when the server is busy, and keeps what she wrote', async () => {
    vi.mocked(authApi.login).mockRejectedValue(
      new ApiError(503, 'service_unavailable', 'Service unavailable.'),
    );
    await renderInApp(LoginView, { route: '/login' });
    await logIn('amina@example.dk', 'min lange kode');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Mentorbro har travlt lige nu. Prøv igen om lidt.',
    );
    expect(screen.getByLabelText('Din e-mail')).toHaveValue('amina@example.dk');
  });

  it('goes back to the page that asked her to log in', async () => {
    vi.mocked(authApi.login).mockResolvedValue(session('token-1'));
    const { router } = await renderInApp(LoginView, { route: '/login?redirect=/my-page' });
    await logIn('amina@example.dk', 'min lange kode');

    await vi.waitFor(() => {
      expect(router.currentRoute.value.fullPath).toBe('/my-page');
    });
  });
});
