import type { MentorSearchPage } from '@mentorbro/core/search';
import { fireEvent, screen, waitFor, within } from '@testing-library/vue';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NetworkError } from '@/lib/http';
import { searchApi } from '../search.api';
import {
  laterPage,
  layla,
  mentorCard,
  mette,
  noFacets,
  sara,
  searchPage,
} from '../test/search-fixtures';
import {
  card,
  cards,
  deferred,
  openSearch as open,
  renderSearch,
  status,
} from '../test/render-search';

vi.mock('@/features/auth/auth.api', () => ({
  authApi: { register: vi.fn(), login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), me: vi.fn() },
}));
vi.mock('../search.api', async () => (await import('../test/search-api-mock')).searchApiMock());

beforeEach(() => {
  vi.mocked(searchApi.mentors).mockResolvedValue(searchPage());
});

describe('the results', () => {
  it('say how many mentors she found, politely', async () => {
    await open();
    expect(status()).toHaveTextContent('Vi fandt 2 mentorer.');
    expect(status()).toHaveAttribute('role', 'status');
  });

  it('show each mentor with why she may fit, each a link to her page', async () => {
    vi.mocked(searchApi.mentors).mockResolvedValue(
      searchPage({ items: [sara, mette, layla], total: 3 }),
    );
    await open();

    const saraCard = card('Sara');
    expect(saraCard.getByRole('link', { name: 'Sara' })).toHaveAttribute(
      'href',
      `/mentors/${sara.id}`,
    );
    expect(saraCard.getByText(sara.headline)).toBeVisible();
    expect(saraCard.getByText('Sygeplejerske · Sundhed og omsorg')).toBeVisible();
    expect(saraCard.getByText('Dansk (modersmål), Arabisk (C1)')).toBeVisible();
    expect(saraCard.getByText('Aarhus')).toBeVisible();
    const reasons = saraCard.getByRole('list', { name: 'Derfor kan I passe sammen' });
    expect(
      within(reasons)
        .getAllByRole('listitem')
        .map((item) => item.textContent.trim()),
    ).toEqual(['Kan hjælpe med jobsøgning', 'Taler arabisk (C1)']);
    expect(saraCard.getByText('2 ledige pladser')).toBeVisible();
    expect(saraCard.getByText('Svarer som regel inden for 3 dage')).toBeVisible();
    expect(saraCard.getByText('Aktiv i denne uge')).toBeVisible();

    const metteCard = card('Mette');
    expect(metteCard.getByText('Novo')).toBeVisible();
    expect(metteCard.getByText('1 ledig plads')).toBeVisible();
    // She has not answered two requests yet: nothing about answers, not "unknown".
    expect(metteCard.getByText('Aktiv i dag')).toBeVisible();
    expect(metteCard.queryByText(/Svarer/)).toBeNull();
    expect(metteCard.queryByRole('list', { name: 'Derfor kan I passe sammen' })).toBeNull();

    expect(card('Layla').getByText('Tager ikke imod nye mentees lige nu')).toBeVisible();
  });

  it('mark her words in the mentor’s text, as text only', async () => {
    vi.mocked(searchApi.mentors).mockResolvedValue(
      searchPage({
        items: [
          mentorCard({
            snippet: [
              { text: 'Jeg er <b>uddannet</b> ', hit: false },
              { text: 'sygeplejerske', hit: true },
              { text: ' i Syrien.', hit: false },
            ],
          }),
        ],
        total: 1,
        sort: 'relevance',
      }),
    );
    await open('/mentors?q=sygeplejerske');

    const mark = card('Sara').getByText('sygeplejerske', { selector: 'mark' });
    expect(mark.parentElement).toHaveTextContent('Jeg er <b>uddannet</b> sygeplejerske i Syrien.');
    expect(mark.parentElement?.querySelector('b')).toBeNull();
  });

  it('show more mentors below, keeping the total and the counts of the first page', async () => {
    vi.mocked(searchApi.mentors)
      .mockResolvedValueOnce(searchPage({ nextCursor: 'page2', total: 3 }))
      .mockResolvedValueOnce(laterPage());
    await open('/mentors?goals=job_search');
    expect(status()).toHaveTextContent('Vi fandt 3 mentorer. Du ser 2 af dem.');

    await fireEvent.click(screen.getByRole('button', { name: 'Vis flere mentorer' }));

    await waitFor(() => {
      expect(cards()).toHaveLength(3);
    });
    expect(searchApi.mentors).toHaveBeenLastCalledWith({ goals: 'job_search', cursor: 'page2' });
    expect(cards().map((article) => within(article).getByRole('link').textContent.trim())).toEqual([
      'Sara',
      'Mette',
      'Layla',
    ]);
    expect(status()).toHaveTextContent('Vi fandt 3 mentorer.');
    expect(status()).not.toHaveTextContent('Du ser');
    expect(screen.getByRole('checkbox', { name: 'Jobsøgning (3)' })).toBeChecked();
    // She reads on from the first new mentor.
    await waitFor(() => {
      expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Layla' }));
    });
    expect(screen.queryByRole('button', { name: 'Vis flere mentorer' })).toBeNull();
    expect(screen.getByText('Der er ikke flere mentorer.')).toBeVisible();
  });

  it('say so when more mentors cannot be fetched, and forget it with a new search', async () => {
    vi.mocked(searchApi.mentors)
      .mockResolvedValueOnce(searchPage({ nextCursor: 'page2', total: 3 }))
      .mockRejectedValueOnce(new NetworkError(new TypeError('offline')))
      .mockResolvedValueOnce(searchPage({ nextCursor: 'page2', total: 3 }));
    const { router } = await open();

    await fireEvent.click(screen.getByRole('button', { name: 'Vis flere mentorer' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Vi kunne ikke hente flere mentorer.',
    );
    expect(cards()).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Vis flere mentorer' })).toBeEnabled();

    await router.push('/mentors?fields=it');
    await waitFor(() => {
      expect(searchApi.mentors).toHaveBeenLastCalledWith({ fields: 'it' });
    });
    await screen.findAllByRole('article');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('show placeholders while the mentors load', async () => {
    const answer = deferred<MentorSearchPage>();
    vi.mocked(searchApi.mentors).mockReturnValueOnce(answer.promise);
    const { container } = await renderSearch();

    expect(container.querySelector('[aria-busy="true"]')).not.toBeNull();
    expect(status()).toHaveTextContent('Vi søger efter mentorer …');
    expect(cards()).toHaveLength(0);

    answer.resolve(searchPage());
    await screen.findAllByRole('article');
    expect(container.querySelector('[aria-busy="true"]')).toBeNull();
  });

  it('say what went wrong and let her try again', async () => {
    vi.mocked(searchApi.mentors).mockRejectedValueOnce(new NetworkError(new TypeError('offline')));
    await renderSearch();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Vi kunne ikke hente mentorerne. Vi kan ikke få forbindelse lige nu.',
    );
    await fireEvent.click(screen.getByRole('button', { name: 'Prøv igen' }));

    expect(await screen.findAllByRole('article')).toHaveLength(2);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('when nothing is found', () => {
  const nothing = (overrides: Partial<MentorSearchPage> = {}) =>
    searchPage({ items: [], total: 0, facets: noFacets, ...overrides });

  it('suggests taking away the filter that would find mentors, and does it', async () => {
    vi.mocked(searchApi.mentors)
      .mockResolvedValueOnce(
        nothing({
          // Counted without her field filter: two IT mentors would be found without it.
          facets: { ...noFacets, fields: [{ value: 'it', count: 2 }] },
        }),
      )
      .mockResolvedValueOnce(searchPage());
    const { router } = await renderSearch('/mentors?fields=law&languages=so');

    expect(
      await screen.findByRole('heading', { name: 'Ingen mentorer passer til din søgning' }),
    ).toBeVisible();
    expect(status()).toHaveTextContent('Vi fandt ingen mentorer.');
    const suggestions = screen
      .getAllByRole('button')
      .map((button) => button.textContent.trim())
      .filter((text) => text.startsWith('Prøv uden') || text.startsWith('Vis også'));
    // Without the language filter there would still be nobody: it is not offered.
    expect(suggestions).toEqual([
      'Prøv uden filteret for fag',
      'Vis også mentorer, der har travlt lige nu',
    ]);

    await fireEvent.click(screen.getByRole('button', { name: 'Prøv uden filteret for fag' }));

    await waitFor(() => {
      expect(router.currentRoute.value.fullPath).toBe('/mentors?languages=so');
    });
    expect(searchApi.mentors).toHaveBeenLastCalledWith({ languages: 'so' });
    expect(await screen.findAllByRole('article')).toHaveLength(2);
  });

  it('offers to search without her words and to start again', async () => {
    vi.mocked(searchApi.mentors)
      .mockResolvedValueOnce(nothing())
      .mockResolvedValueOnce(searchPage());
    const { router } = await renderSearch('/mentors?q=pilot&mode=online');

    expect(await screen.findByRole('button', { name: 'Søg uden ordene ”pilot”' })).toBeVisible();
    await fireEvent.click(screen.getByRole('button', { name: 'Start forfra uden filtre' }));

    await waitFor(() => {
      expect(router.currentRoute.value.fullPath).toBe('/mentors');
    });
    expect(screen.getByRole('searchbox', { name: 'Søg efter ord' })).toHaveValue('');
  });
});
