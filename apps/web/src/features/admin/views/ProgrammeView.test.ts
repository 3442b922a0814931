import { fireEvent, screen, waitFor } from '@testing-library/vue';
import { describe, expect, it, vi } from 'vitest';
import { setLocale } from '@/i18n';
import { summaryLinks } from '@/test/queries';
import { adminApi } from '../admin.api';
import { rules } from '../test/admin-fixtures';
import { renderAdmin } from '../test/render-admin';
import { announced } from '../test/announced';

vi.mock('@/features/auth/auth.api', async () =>
  (await import('../test/admin-api-mock')).authApiMock(),
);
vi.mock('../admin.api', async () => (await import('../test/admin-api-mock')).adminApiMock());

describe('ProgrammeView', () => {
  it('shows the rules with a plain hint for each, and saves a change', async () => {
    vi.mocked(adminApi.programme).mockResolvedValue(rules);
    vi.mocked(adminApi.saveProgramme).mockImplementation((body) => Promise.resolve(body));
    await renderAdmin('/admin/programme');

    const expiry = await screen.findByLabelText('Dage før en forespørgsel udløber');
    expect(expiry).toHaveValue('14');
    expect(expiry).toHaveAccessibleDescription(/udløber forespørgslen/);
    expect(screen.getByLabelText('Kun for kvinder')).toBeChecked();
    expect(screen.getByLabelText('Dansk')).toBeChecked();
    expect(screen.getByLabelText('Arabisk')).not.toBeChecked();

    await fireEvent.update(expiry, ' 21 ');
    await fireEvent.click(screen.getByLabelText('Arabisk'));
    await fireEvent.click(screen.getByRole('button', { name: 'Gem reglerne' }));

    await announced('Reglerne er gemt.');
    expect(adminApi.saveProgramme).toHaveBeenCalledWith({
      ...rules,
      requestExpiryDays: 21,
      languages: ['da', 'en', 'ar'],
    });
  });

  it('checks the rules with the same schema as the API before saving', async () => {
    vi.mocked(adminApi.programme).mockResolvedValue(rules);
    await renderAdmin('/admin/programme');

    await fireEvent.click(await screen.findByLabelText('Dansk'));
    await fireEvent.click(screen.getByLabelText('Engelsk'));
    await fireEvent.update(screen.getByLabelText('Et forløbs længde i måneder'), '24');
    await fireEvent.click(screen.getByRole('button', { name: 'Gem reglerne' }));

    const links = await summaryLinks();
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Vælg mindst ét sprog.', '#programme-languages-da'],
      ['Skriv et helt tal fra 4 til 12.', '#programme-defaultMentorshipMonths'],
    ]);
    expect(adminApi.saveProgramme).not.toHaveBeenCalled();
  });

  it('speaks English when she chose English, labels from core included', async () => {
    vi.mocked(adminApi.programme).mockResolvedValue(rules);
    await renderAdmin('/admin/programme');
    await setLocale('en', { save: false });

    await waitFor(() => {
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Programme rules');
    });
    expect(screen.getByLabelText('Arabic')).not.toBeChecked();
    expect(screen.getByRole('link', { name: 'Profiles to approve' })).toBeVisible();
  });
});
