import { fireEvent, screen, waitFor, within } from '@testing-library/vue';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { searchApi } from '@/features/search/search.api';
import { ApiError } from '@/lib/http';
import { adminApi } from '../admin.api';
import { mentorCard, searchPage, waitingMentee } from '../test/admin-fixtures';
import { announced, at } from '../test/announced';
import { renderAdmin } from '../test/render-admin';

vi.mock('@/features/auth/auth.api', async () =>
  (await import('../test/admin-api-mock')).authApiMock(),
);
vi.mock('../admin.api', async () => (await import('../test/admin-api-mock')).adminApiMock());
vi.mock('@/features/search/search.api', () => ({
  searchApi: { mentors: vi.fn(), recommendations: vi.fn() },
}));

const amina = waitingMentee(1, { daysWaiting: 101 });
const hodan = waitingMentee(2, {
  name: 'Hodan',
  daysWaiting: 50,
  requestsSent: 0,
  requestsPending: 0,
  lastSuggestedAt: '2025-05-20T10:00:00.000Z',
});
const mentors = [1, 2, 3, 4].map((n) => mentorCard(n));

beforeEach(() => {
  vi.mocked(adminApi.waiting).mockResolvedValue({ items: [amina, hodan], days: 45 });
  vi.mocked(searchApi.mentors).mockResolvedValue(searchPage(mentors));
});

const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

async function openDialog(name = 'Amina') {
  await fireEvent.click(
    await screen.findByRole('button', { name: `Foreslå mentorer til ${name}` }),
  );
  return screen.findByRole('dialog', { name: `Foreslå mentorer til ${name}` });
}

describe('WaitingView', () => {
  it('lists the mentees who wait, longest first, with what she has tried', async () => {
    const { router } = await renderAdmin('/admin/waiting');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Venter på en mentor' }),
    ).toBeVisible();
    expect(
      await screen.findByText(/godkendt for mere end 45 dage siden og stadig ikke har en mentor/),
    ).toBeVisible();
    expect(screen.getByText('2 mentees venter på en mentor.')).toBeVisible();
    expect(screen.getByRole('table', { name: 'Mentees, der venter på en mentor' })).toBeVisible();

    const [first, second] = [at(rows(), 0), at(rows(), 1)].map((row) => within(row));
    expect(first?.getByRole('link', { name: 'Amina' })).toHaveAttribute(
      'href',
      `/mentees/${amina.id}`,
    );
    expect(first?.getByText('Godkendt 1. mar. 2025')).toBeVisible();
    expect(first?.getByText('101 dage')).toBeVisible();
    expect(first?.getByText('2 sendt, 1 venter på svar')).toBeVisible();
    expect(first?.getByText('Ingen endnu')).toBeVisible();
    expect(second?.getByText('Har ikke spurgt nogen')).toBeVisible();
    expect(second?.getByText('20. maj 2025')).toBeVisible();
    expect(second?.getByRole('button', { name: 'Foreslå mentorer til Hodan' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Venter' })).toHaveAttribute('aria-current', 'page');
    expect(router.currentRoute.value.name).toBe('admin-waiting');
  });

  it('says so kindly when nobody has waited too long', async () => {
    vi.mocked(adminApi.waiting).mockResolvedValue({ items: [], days: 60 });
    await renderAdmin('/admin/waiting');

    expect(
      await screen.findByText('Ingen har ventet mere end 60 dage på en mentor. Godt arbejde!'),
    ).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('suggests up to three mentors with a note, then says so and reads the list again', async () => {
    vi.mocked(adminApi.suggestMentors).mockResolvedValue(undefined);
    await renderAdmin('/admin/waiting');
    const dialog = await openDialog();

    // The mentors who take a request now show at once; focus is in the search box.
    const search = within(dialog).getByRole('textbox', { name: 'Søg efter mentorer' });
    expect(search).toHaveFocus();
    expect(searchApi.mentors).toHaveBeenCalledWith({ limit: 10 });
    expect(await within(dialog).findByText('Mentorer med plads lige nu: 4.')).toBeVisible();
    await fireEvent.click(within(dialog).getByRole('checkbox', { name: /^Mentor 1/ }));

    // A second search keeps the one she ticked.
    vi.mocked(searchApi.mentors).mockResolvedValue(
      searchPage([mentorCard(5, { firstName: 'Lene', headline: 'Sygeplejerske i 20 år' })]),
    );
    await fireEvent.update(search, ' sygeplejerske ');
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Søg' }));
    expect(
      await within(dialog).findByText('Mentorer med plads, der passer til ”sygeplejerske”: 1.'),
    ).toBeVisible();
    expect(searchApi.mentors).toHaveBeenLastCalledWith({ q: 'sygeplejerske', limit: 10 });
    expect(within(dialog).getByRole('checkbox', { name: /^Mentor 1/ })).toBeChecked();
    await fireEvent.click(within(dialog).getByRole('checkbox', { name: /^Lene/ }));
    expect(within(dialog).getByText('Du har valgt 2 af 3: Mentor 1, Lene.')).toBeVisible();

    await fireEvent.update(
      within(dialog).getByLabelText('En hilsen til Amina (kan udelades)'),
      ' Lene kender faget godt. ',
    );
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Send forslagene' }));

    await announced('Sendt til Amina. Hun får en besked med dine forslag.');
    expect(adminApi.suggestMentors).toHaveBeenCalledWith(amina.id, {
      mentorIds: [mentors[0]?.id, mentorCard(5).id],
      note: 'Lene kender faget godt.',
    });
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => {
      expect(adminApi.waiting).toHaveBeenCalledTimes(2);
    });
    await waitFor(() => {
      expect(screen.getByRole('button', { name: 'Foreslå mentorer til Amina' })).toHaveFocus();
    });
  });

  it('lets her tick no more than three, and asks for at least one', async () => {
    await renderAdmin('/admin/waiting');
    const dialog = await openDialog();
    await within(dialog).findByText('Mentorer med plads lige nu: 4.');

    await fireEvent.click(within(dialog).getByRole('button', { name: 'Send forslagene' }));
    const summary = await within(dialog).findByRole('link', { name: 'Vælg mindst én mentor.' });
    expect(summary).toHaveAttribute('href', '#suggest-mentors');
    expect(adminApi.suggestMentors).not.toHaveBeenCalled();

    for (const n of [1, 2, 3]) {
      await fireEvent.click(
        within(dialog).getByRole('checkbox', { name: new RegExp(`^Mentor ${n}`) }),
      );
    }
    expect(within(dialog).getByRole('checkbox', { name: /^Mentor 4/ })).toBeDisabled();
    expect(
      within(dialog).getByText('Du har valgt 3 af 3: Mentor 1, Mentor 2, Mentor 3.'),
    ).toBeVisible();
    await fireEvent.click(within(dialog).getByRole('checkbox', { name: /^Mentor 2/ }));
    expect(within(dialog).getByRole('checkbox', { name: /^Mentor 4/ })).toBeEnabled();
  });

  it('names the mentor who can no longer be suggested, and stays open', async () => {
    vi.mocked(adminApi.suggestMentors).mockRejectedValue(
      new ApiError(400, 'validation_failed', 'Invalid body.', [
        { field: '/mentorIds/1', rule: 'not_listed', message: 'not listed' },
      ]),
    );
    await renderAdmin('/admin/waiting');
    const dialog = await openDialog();
    await within(dialog).findByText('Mentorer med plads lige nu: 4.');
    await fireEvent.click(within(dialog).getByRole('checkbox', { name: /^Mentor 1/ }));
    await fireEvent.click(within(dialog).getByRole('checkbox', { name: /^Mentor 3/ }));
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Send forslagene' }));

    const text = /^Mentor 3 kan ikke foreslås lige nu\. Måske holder hun pause/;
    expect(await within(dialog).findByRole('link', { name: text })).toBeVisible();
    expect(
      within(dialog).getByRole('group', { name: 'Vælg mentorer' }),
    ).toHaveAccessibleDescription(text);
    expect(screen.getByRole('dialog')).toBeVisible();
  });

  it('says so when she is no longer waiting, and reads the list again', async () => {
    vi.mocked(adminApi.suggestMentors).mockRejectedValue(
      new ApiError(404, 'not_found', 'Not found.'),
    );
    await renderAdmin('/admin/waiting');
    const dialog = await openDialog();
    await within(dialog).findByText('Mentorer med plads lige nu: 4.');
    vi.mocked(adminApi.waiting).mockResolvedValue({ items: [hodan], days: 45 });
    await fireEvent.click(within(dialog).getByRole('checkbox', { name: /^Mentor 1/ }));
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Send forslagene' }));

    await announced('Amina venter ikke længere på en mentor. Listen er opdateret.');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(rows()).toHaveLength(1);
    await waitFor(() => {
      expect(screen.getByText('1 mentee venter på en mentor.')).toHaveFocus();
    });
  });

  it('gives focus back to her row when she cancels', async () => {
    await renderAdmin('/admin/waiting');
    const dialog = await openDialog('Hodan');
    expect(within(dialog).getByRole('search')).toBeVisible();

    await fireEvent.click(within(dialog).getByRole('button', { name: 'Fortryd' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Foreslå mentorer til Hodan' })).toHaveFocus();
    expect(adminApi.suggestMentors).not.toHaveBeenCalled();
  });

  it('speaks English when she chose English', async () => {
    const { setLocale } = await import('@/i18n');
    await renderAdmin('/admin/waiting');
    await screen.findByRole('table');
    await setLocale('en', { save: false });

    expect(await screen.findByRole('button', { name: 'Suggest mentors to Amina' })).toBeVisible();
    expect(
      screen.getByText(/approved more than 45 days ago and still have no mentor/),
    ).toBeVisible();
  });
});
