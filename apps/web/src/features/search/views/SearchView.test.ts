import { fireEvent, screen, waitFor, within } from '@testing-library/vue';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { amina } from '@/test/fixtures';
import { searchApi } from '../search.api';
import { searchPage } from '../test/search-fixtures';
import { openSearch as open } from '../test/render-search';

vi.mock('@/features/auth/auth.api', () => ({
  authApi: { register: vi.fn(), login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), me: vi.fn() },
}));
vi.mock('../search.api', async () => (await import('../test/search-api-mock')).searchApiMock());

beforeEach(() => {
  vi.mocked(searchApi.mentors).mockResolvedValue(searchPage());
});

describe('the mentor search, in the address', () => {
  it('reads the search from the address, so a shared link shows the same mentors', async () => {
    await open('/mentors?q=sygeplejerske&fields=it,health_care&available=false&sort=newest');

    expect(searchApi.mentors).toHaveBeenCalledWith({
      q: 'sygeplejerske',
      fields: 'health_care,it',
      available: false,
      sort: 'newest',
    });
    expect(screen.getByRole('searchbox', { name: 'Søg efter ord' })).toHaveValue('sygeplejerske');
    expect(screen.getByRole('checkbox', { name: 'IT (1)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Sundhed og omsorg (1)' })).toBeChecked();
    expect(
      screen.getByRole('checkbox', { name: /Vis kun mentorer, der har tid nu/ }),
    ).not.toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Vis først' })).toHaveValue('newest');
  });

  it('puts every change in the address, so back and forward step through her searches', async () => {
    const { router } = await open();
    expect(searchApi.mentors).toHaveBeenLastCalledWith({});

    await fireEvent.click(screen.getByRole('checkbox', { name: 'Arabisk (12)' }));
    await waitFor(() => {
      expect(router.currentRoute.value.fullPath).toBe('/mentors?languages=ar');
    });
    expect(searchApi.mentors).toHaveBeenLastCalledWith({ languages: 'ar' });

    await fireEvent.update(screen.getByRole('searchbox', { name: 'Søg efter ord' }), ' IT ');
    await fireEvent.click(screen.getByRole('button', { name: 'Søg' }));
    await waitFor(() => {
      expect(router.currentRoute.value.fullPath).toBe('/mentors?q=IT&languages=ar');
    });
    expect(searchApi.mentors).toHaveBeenLastCalledWith({ q: 'IT', languages: 'ar' });

    router.back();
    await waitFor(() => {
      expect(router.currentRoute.value.fullPath).toBe('/mentors?languages=ar');
    });
    await waitFor(() => {
      expect(searchApi.mentors).toHaveBeenLastCalledWith({ languages: 'ar' });
    });
    expect(screen.getByRole('searchbox', { name: 'Søg efter ord' })).toHaveValue('');
    expect(screen.getByRole('checkbox', { name: 'Arabisk (12)' })).toBeChecked();

    router.back();
    await waitFor(() => {
      expect(router.currentRoute.value.fullPath).toBe('/mentors');
    });
    expect(screen.getByRole('checkbox', { name: 'Arabisk (12)' })).not.toBeChecked();
  });

  it('lets her change the order, in the address too', async () => {
    const { router } = await open();
    const order = screen.getByRole('combobox', { name: 'Vis først' });
    // A mentee with a profile: the API ranked by how well each mentor fits her.
    expect(order).toHaveValue('match');

    await fireEvent.update(order, 'newest');

    await waitFor(() => {
      expect(router.currentRoute.value.fullPath).toBe('/mentors?sort=newest');
    });
    expect(searchApi.mentors).toHaveBeenLastCalledWith({ sort: 'newest' });
  });

  it('offers to order by fit only to a mentee, who has a profile to fit', async () => {
    const mentor = { ...amina, role: 'mentor' as const };
    vi.mocked(searchApi.mentors).mockResolvedValue(searchPage({ sort: 'newest' }));
    const { router } = await open('/mentors', mentor);
    // Newest first is the only order without her profile or words: nothing to choose.
    expect(screen.queryByRole('combobox', { name: 'Vis først' })).toBeNull();

    await router.push('/mentors?q=sygeplejerske');
    const order = await screen.findByRole('combobox', { name: 'Vis først' });
    expect(
      within(order)
        .getAllByRole('option')
        .map((option) => option.textContent.trim()),
    ).toEqual(['Passer bedst til dine ord', 'Nyeste mentorer']);
  });

  it('takes away a chosen filter with one tap above the results', async () => {
    const { router } = await open('/mentors?fields=it&region=hovedstaden');

    await fireEvent.click(screen.getByRole('button', { name: 'Fjern IT' }));

    await waitFor(() => {
      expect(router.currentRoute.value.fullPath).toBe('/mentors?region=hovedstaden');
    });
    expect(searchApi.mentors).toHaveBeenLastCalledWith({ region: 'hovedstaden' });
  });
});

describe('the filters', () => {
  it('show how many mentors each choice would find', async () => {
    await open();

    const languages = screen.getByRole('group', { name: 'Sprog' });
    expect(within(languages).getByRole('checkbox', { name: 'Arabisk (12)' })).toBeVisible();
    expect(within(languages).getByRole('checkbox', { name: 'Dansk (3)' })).toBeVisible();
    // Only choices that find someone: Somali has no mentor here.
    expect(within(languages).queryByRole('checkbox', { name: /Somali/ })).toBeNull();
    const goals = screen.getByRole('group', { name: 'Mentoren kan hjælpe med' });
    expect(
      within(goals)
        .getAllByRole('checkbox')
        .map((box) => box.parentElement?.textContent.trim()),
    ).toEqual(['Jobsøgning (3)', 'Netværk (1)']);
    expect(screen.getByRole('option', { name: 'Novo (1)' })).toBeInTheDocument();
  });

  it('fold away behind one button on a phone', async () => {
    await open();
    const toggle = screen.getByRole('button', { name: 'Filtre' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveAttribute('aria-controls', 'search-filters-panel');

    await fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');

    await fireEvent.click(screen.getByRole('button', { name: 'Se mentorerne' }));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { level: 2, name: 'Mentorer' }),
    );
  });

  it('ask for a language level only once she chose a language', async () => {
    const { router } = await open();
    expect(screen.queryByRole('combobox', { name: /taler sproget mindst/ })).toBeNull();

    await router.push('/mentors?languages=ar');
    const level = await screen.findByRole('combobox', { name: /taler sproget mindst/ });
    await fireEvent.update(level, 'C1');

    await waitFor(() => {
      expect(router.currentRoute.value.fullPath).toBe('/mentors?languages=ar&minLevel=C1');
    });
    expect(searchApi.mentors).toHaveBeenLastCalledWith({ languages: 'ar', minLevel: 'C1' });
  });
});
