import { describe, expect, it } from 'vitest';
import {
  activeFilters,
  clearedSearch,
  parseSearchQuery,
  toApiQuery,
  toRouteQuery,
  withoutFilter,
} from './search.query';

const empty = parseSearchQuery({});

describe('the search in the address', () => {
  it('starts empty: every mentor who can take a request, in the API’s order', () => {
    expect(empty).toEqual({
      q: '',
      goals: [],
      fields: [],
      languages: [],
      region: [],
      municipality: [],
      mode: [],
      minLevel: null,
      company: '',
      available: true,
      sort: null,
    });
    expect(toRouteQuery(empty)).toEqual({});
    expect(toApiQuery(empty)).toEqual({});
  });

  it.each([
    ['comma-separated codes', { fields: 'it,health_care' }, { fields: ['health_care', 'it'] }],
    ['repeated keys', { goals: ['network', 'job_search'] }, { goals: ['job_search', 'network'] }],
    ['unknown codes are dropped', { languages: 'ar,xx,da' }, { languages: ['da', 'ar'] }],
    ['a twice-named code counts once', { mode: 'online,online' }, { mode: ['online'] }],
    ['her words, trimmed', { q: '  sygeplejerske ' }, { q: 'sygeplejerske' }],
    ['words past the limit are cut', { q: 'a'.repeat(250) }, { q: 'a'.repeat(200) }],
    ['busy mentors too', { available: 'false' }, { available: false }],
    ['anything else keeps only free mentors', { available: 'nej' }, { available: true }],
    ['a known sort', { sort: 'newest' }, { sort: 'newest' }],
    ['an unknown sort', { sort: 'cheapest' }, { sort: null }],
    ['a known level', { minLevel: 'C1' }, { minLevel: 'C1' }],
    ['an unknown level', { minLevel: 'D9' }, { minLevel: null }],
    ['a company', { company: ' Novo ' }, { company: 'Novo' }],
    ['the first of repeated words', { q: ['it', 'jura'] }, { q: 'it' }],
  ])('reads %s', (_name, query, expected) => {
    expect(parseSearchQuery(query)).toEqual({ ...empty, ...expected });
  });

  it('writes only what differs from the defaults, in one order, and reads it back the same', () => {
    const state = {
      ...empty,
      q: 'sygeplejerske',
      languages: ['da', 'ar'],
      minLevel: 'C1' as const,
      fields: ['health_care'],
      available: false,
      sort: 'relevance' as const,
    };
    const query = toRouteQuery(state);
    expect(query).toEqual({
      q: 'sygeplejerske',
      fields: 'health_care',
      languages: 'da,ar',
      minLevel: 'C1',
      available: 'false',
      sort: 'relevance',
    });
    expect(Object.keys(query)).toEqual([
      'q',
      'fields',
      'languages',
      'minLevel',
      'available',
      'sort',
    ]);
    expect(parseSearchQuery(query as Record<string, string>)).toEqual(state);
  });

  it('leaves out a level without a language, in the address and for the API', () => {
    const state = { ...empty, minLevel: 'C1' as const };
    expect(toRouteQuery(state)).toEqual({});
    expect(toApiQuery(state)).toEqual({});
  });

  it('asks the API in its own terms, with the cursor of a later page', () => {
    const state = parseSearchQuery({ goals: 'network', available: 'false', company: 'Novo' });
    expect(toApiQuery(state, 'abc_123')).toEqual({
      goals: 'network',
      company: 'Novo',
      available: false,
      cursor: 'abc_123',
    });
  });
});

describe('taking filters away', () => {
  const state = parseSearchQuery({
    q: 'it',
    fields: 'it',
    languages: 'ar',
    minLevel: 'C1',
    company: 'Novo',
    sort: 'relevance',
  });

  it('lists what she has set, free mentors only counting as one', () => {
    expect(activeFilters(state)).toEqual(['q', 'fields', 'languages', 'company', 'available']);
    expect(activeFilters({ ...empty, available: false })).toEqual([]);
  });

  it.each([
    ['fields', { fields: [] }],
    ['languages', { languages: [], minLevel: null }],
    ['company', { company: '' }],
    ['available', { available: false }],
    // Sorting by her words needs words.
    ['q', { q: '', sort: null }],
  ] as const)('without %s', (filter, changed) => {
    expect(withoutFilter(state, filter)).toEqual({ ...state, ...changed });
  });

  it('starts again with nothing but her chosen order', () => {
    expect(clearedSearch({ ...state, sort: 'newest' })).toEqual({ ...empty, sort: 'newest' });
    expect(clearedSearch(state)).toEqual(empty);
  });
});
