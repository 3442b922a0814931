import { fireEvent, screen } from '@testing-library/vue';
import { describe, expect, it, vi } from 'vitest';
import { renderAt } from '@/features/requests/test/render-requests';
import { currentLocale } from '@/i18n';
import { ApiError } from '@/lib/http';
import { amina } from '@/test/fixtures';
import { settingsApi } from '../settings.api';

vi.mock('@/features/auth/auth.api', () => ({
  authApi: { register: vi.fn(), login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), me: vi.fn() },
}));
vi.mock('../settings.api', async () =>
  (await import('../test/settings-api-mock')).settingsApiMock(),
);

const saveButton = (name = 'Gem indstillinger') => screen.getByRole('button', { name });

describe('SettingsView', () => {
  it('shows her language and her choice of tips, and saves a change', async () => {
    vi.mocked(settingsApi.get).mockResolvedValue({ locale: 'da', emailTips: true });
    vi.mocked(settingsApi.save).mockResolvedValue({ locale: 'da', emailTips: false });
    await renderAt('/settings', amina);

    const language = await screen.findByRole('radiogroup', { name: 'Sprog' });
    expect(language).toHaveAccessibleDescription(
      'Mentorbro og dine e-mails bruger det sprog, du vælger.',
    );
    expect(screen.getByRole('radio', { name: 'Dansk' })).toBeChecked();
    expect(screen.getByText('English')).toHaveAttribute('lang', 'en');
    const tips = screen.getByRole('checkbox', { name: /Send mig e-mails med tips og forslag/ });
    expect(tips).toBeChecked();
    // The emails that always come are named where she decides.
    expect(tips).toHaveAccessibleDescription(
      /E-mails om dine forespørgsler, dit mentorforløb og din profil får du altid/,
    );

    await fireEvent.click(tips);
    await fireEvent.click(saveButton());

    expect(settingsApi.save).toHaveBeenCalledWith({ locale: 'da', emailTips: false });
    expect(await screen.findByText('Dine indstillinger er gemt.')).toBeVisible();
    expect(screen.getByRole('checkbox', { name: /tips og forslag/ })).not.toBeChecked();
  });

  it('switches the app to the language she saves', async () => {
    vi.mocked(settingsApi.get).mockResolvedValue({ locale: 'da', emailTips: true });
    vi.mocked(settingsApi.save).mockResolvedValue({ locale: 'en', emailTips: true });
    await renderAt('/settings', amina);

    await fireEvent.click(await screen.findByRole('radio', { name: 'English' }));
    await fireEvent.click(saveButton());

    expect(settingsApi.save).toHaveBeenCalledWith({ locale: 'en', emailTips: true });
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    expect(currentLocale()).toBe('en');
    expect(screen.getByText('Your settings are saved.')).toBeVisible();
    expect(localStorage.getItem('mentorbro.locale')).toBe('en');
  });

  it('says so when saving fails, and keeps her choice', async () => {
    vi.mocked(settingsApi.get).mockResolvedValue({ locale: 'da', emailTips: true });
    vi.mocked(settingsApi.save).mockRejectedValue(new ApiError(503, 'service_unavailable', 'Busy'));
    await renderAt('/settings', amina);

    await fireEvent.click(await screen.findByRole('checkbox', { name: /tips og forslag/ }));
    await fireEvent.click(saveButton());

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Vi kunne ikke gemme dine indstillinger. Mentorbro har travlt lige nu.',
    );
    expect(screen.getByRole('checkbox', { name: /tips og forslag/ })).not.toBeChecked();
    expect(screen.queryByText('Dine indstillinger er gemt.')).toBeNull();
  });

  it('lets a coordinator choose only her language', async () => {
    vi.mocked(settingsApi.get).mockResolvedValue({ locale: 'da', emailTips: true });
    vi.mocked(settingsApi.save).mockResolvedValue({ locale: 'da', emailTips: true });
    await renderAt('/settings', { ...amina, role: 'admin' });

    await screen.findByRole('radiogroup', { name: 'Sprog' });
    expect(screen.queryByRole('checkbox')).toBeNull();
    await fireEvent.click(saveButton());
    expect(settingsApi.save).toHaveBeenCalledWith({ locale: 'da' });
  });
});
