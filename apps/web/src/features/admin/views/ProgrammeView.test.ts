import { fireEvent, screen, waitFor, within } from '@testing-library/vue';
import { describe, expect, it, vi } from 'vitest';
import { setLocale } from '@/i18n';
import { ApiError } from '@/lib/http';
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

  it('shows the reminders as their own group, each with its limits from core', async () => {
    vi.mocked(adminApi.programme).mockResolvedValue(rules);
    vi.mocked(adminApi.saveProgramme).mockImplementation((body) => Promise.resolve(body));
    await renderAdmin('/admin/programme');

    const group = await screen.findByRole('group', { name: 'Påmindelser' });
    expect(group).toHaveAccessibleDescription(/Her bestemmer du, hvornår det sker/);
    const fields = within(group).getAllByRole('textbox');
    expect(fields.map((field) => (field as HTMLInputElement).value)).toEqual([
      '7',
      '11',
      '2',
      '7',
      '45',
      '14',
      '28',
      '30',
      '14',
    ]);
    const first = within(group).getByLabelText('Dage før mentoren får den første påmindelse');
    expect(first).toHaveAccessibleDescription(/Fra 1 til 30 dage\.$/);
    expect(
      within(group).getByLabelText('Dage før en mentee kommer på ventelisten'),
    ).toHaveAccessibleDescription(/Fra 7 til 180 dage\.$/);
    // The programme's own numbers take their limits from the schema too.
    expect(screen.getByLabelText('Et forløbs længde i måneder')).toHaveAccessibleDescription(
      /Fra 4 til 12 måneder\.$/,
    );

    await fireEvent.update(
      within(group).getByLabelText('Dage uden møde, før et forløb er stille'),
      '21',
    );
    await fireEvent.click(screen.getByRole('button', { name: 'Gem reglerne' }));

    await announced('Reglerne er gemt.');
    expect(adminApi.saveProgramme).toHaveBeenCalledWith({ ...rules, quietDays: 21 });
  });

  it('says next to a reminder that it must come before the next one, before sending', async () => {
    vi.mocked(adminApi.programme).mockResolvedValue(rules);
    await renderAdmin('/admin/programme');

    const first = await screen.findByLabelText('Dage før mentoren får den første påmindelse');
    await fireEvent.update(first, '11');
    await fireEvent.update(
      screen.getByLabelText('Dage før de bliver spurgt: Har I mødt hinanden?'),
      '28',
    );
    await fireEvent.update(screen.getByLabelText('Dage før en introduktion lukker'), '2 8');
    await fireEvent.click(screen.getByRole('button', { name: 'Gem reglerne' }));

    const links = await summaryLinks();
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      [
        'Skal komme før den anden påmindelse. Skriv et mindre tal.',
        '#programme-requestReminderDays',
      ],
      // Not a number yet: that is what she must fix first, so no order is claimed for it.
      ['Skriv et helt tal fra 7 til 90.', '#programme-introductionLapseDays'],
    ]);
    expect(first).toHaveAccessibleDescription(/Skal komme før den anden påmindelse/);
    expect(first).toHaveAttribute('aria-invalid', 'true');
    expect(adminApi.saveProgramme).not.toHaveBeenCalled();

    // The message follows her typing once she has submitted.
    await fireEvent.update(screen.getByLabelText('Dage før en introduktion lukker'), '27');
    expect(
      screen.getByLabelText('Dage før de bliver spurgt: Har I mødt hinanden?'),
    ).toHaveAccessibleDescription(/Skal komme, før introduktionen lukker/);
    await fireEvent.update(first, '10');
    expect(first).not.toHaveAttribute('aria-invalid');
  });

  it("shows the API's order errors next to the field, as the browser's", async () => {
    vi.mocked(adminApi.programme).mockResolvedValue(rules);
    vi.mocked(adminApi.saveProgramme).mockRejectedValue(
      new ApiError(400, 'validation_failed', 'Invalid body.', [
        { field: '/requestSecondReminderDays', rule: 'after_next', message: 'after next' },
      ]),
    );
    await renderAdmin('/admin/programme');

    await fireEvent.click(await screen.findByRole('button', { name: 'Gem reglerne' }));

    const links = await summaryLinks();
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '#programme-requestSecondReminderDays',
    ]);
    expect(links[0]).toHaveTextContent(/^Skal komme, før forespørgslen udløber/);
    expect(
      screen.getByLabelText('Dage før mentoren får den anden påmindelse'),
    ).toHaveAccessibleDescription(/Skal komme, før forespørgslen udløber/);
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

    await fireEvent.update(
      screen.getByLabelText('Days before the mentor gets the first reminder'),
      '12',
    );
    await fireEvent.click(screen.getByRole('button', { name: 'Save the rules' }));
    expect(await screen.findByRole('group', { name: 'Reminders' })).toHaveTextContent(
      'Must come before the second reminder. Write a smaller number.',
    );
  });
});
