import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useAuthStore } from '@/features/auth/auth.store';
import { amina } from '@/test/fixtures';
import { searchApi } from './search.api';
import { useSearchStore } from './search.store';
import { facets, laterPage, layla, mette, sara, searchPage } from './test/search-fixtures';

vi.mock('./search.api', async () => (await import('./test/search-api-mock')).searchApiMock());

/** A call the test answers when it wants to. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

beforeEach(() => {
  setActivePinia(createPinia());
});

describe('the search store', () => {
  it('keeps a search’s first page, its total and its counts', async () => {
    vi.mocked(searchApi.mentors).mockResolvedValue(searchPage({ nextCursor: 'next', total: 3 }));
    const store = useSearchStore();

    await store.search({ fields: 'it' });

    expect(searchApi.mentors).toHaveBeenCalledWith({ fields: 'it' });
    expect(store.items).toEqual([sara, mette]);
    expect(store.total).toBe(3);
    expect(store.facets).toEqual(facets);
    expect(store.sort).toBe('match');
    expect(store.query).toEqual({ fields: 'it' });
  });

  it('adds the next page with the same filters, keeping the first page’s total and counts', async () => {
    vi.mocked(searchApi.mentors)
      .mockResolvedValueOnce(searchPage({ nextCursor: 'next', total: 3 }))
      .mockResolvedValueOnce(laterPage({ items: [mette, layla] }));
    const store = useSearchStore();
    await store.search({ fields: 'it' });

    const added = await store.loadMore();

    expect(searchApi.mentors).toHaveBeenLastCalledWith({ fields: 'it', cursor: 'next' });
    // Mette was on the first page already: she is shown once.
    expect(added).toEqual([layla]);
    expect(store.items).toEqual([sara, mette, layla]);
    expect(store.nextCursor).toBeNull();
    expect(store.total).toBe(3);
    expect(store.facets).toEqual(facets);
  });

  it('lets only the newest search fill the list, and settles the older one with it', async () => {
    const slow = deferred<ReturnType<typeof searchPage>>();
    vi.mocked(searchApi.mentors)
      .mockReturnValueOnce(slow.promise)
      .mockResolvedValueOnce(searchPage({ items: [layla], total: 1 }));
    const store = useSearchStore();

    let olderDone = false;
    const older = store.search({ fields: 'it' }).then(() => (olderDone = true));
    await store.search({ fields: 'law' });
    slow.resolve(searchPage({ items: [sara], total: 1 }));
    await older;

    expect(olderDone).toBe(true);
    expect(store.items).toEqual([layla]);
    expect(store.query).toEqual({ fields: 'law' });
  });

  it('throws away a page that comes after a new search began', async () => {
    const slow = deferred<ReturnType<typeof laterPage>>();
    vi.mocked(searchApi.mentors)
      .mockResolvedValueOnce(searchPage({ nextCursor: 'next' }))
      .mockReturnValueOnce(slow.promise)
      .mockResolvedValueOnce(searchPage({ items: [layla] }));
    const store = useSearchStore();
    await store.search({});

    const more = store.loadMore();
    await store.search({ q: 'lærer' });
    slow.resolve(laterPage({ items: [mette] }));

    await expect(more).resolves.toEqual([]);
    expect(store.items).toEqual([layla]);
  });

  it('forgets what she looked for when someone else logs in on the phone', async () => {
    vi.mocked(searchApi.mentors).mockResolvedValue(searchPage());
    vi.mocked(searchApi.recommendations).mockResolvedValue({ items: [sara], empty: null });
    const auth = useAuthStore();
    auth.user = amina;
    const store = useSearchStore();
    await store.search({});
    await store.loadRecommendations();
    expect(searchApi.recommendations).toHaveBeenCalledWith(3);

    auth.user = { ...amina, id: 'someone-else' };
    await vi.waitFor(() => {
      expect(store.items).toEqual([]);
    });
    expect(store.recommendations).toBeNull();
    expect(store.facets).toBeNull();
  });
});
