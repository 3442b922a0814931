import {
  FIELDS,
  GOALS,
  LANGUAGE_LEVELS,
  LANGUAGES,
  type LanguageLevel,
  MUNICIPALITIES,
  REGIONS,
} from '@mentorbro/core/catalogue';
// Types only: a runtime import of core's search module would pull TypeBox into the page.
import type {
  MentorSearchQuery,
  SEARCH_MODES,
  SEARCH_Q_MAX,
  SearchSort,
} from '@mentorbro/core/search';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';

export type SearchMode = (typeof SEARCH_MODES)[number];

/** Each of core's values once; `satisfies` fails to compile when core adds or drops one. */
const MODES = { in_person: true, online: true } satisfies Record<SearchMode, true>;
const SORTS = { match: true, relevance: true, newest: true } satisfies Record<SearchSort, true>;
const Q_MAX: typeof SEARCH_Q_MAX = 200;
const COMPANY_MAX = 100;

/** The filters that take several catalogue codes: OR within one, AND across them. */
export const LIST_FILTERS = {
  goals: GOALS.map((entry) => entry.code),
  fields: FIELDS.map((entry) => entry.code),
  languages: LANGUAGES.map((entry) => entry.code),
  region: REGIONS.map((entry) => entry.code),
  municipality: MUNICIPALITIES.map((entry) => entry.code),
  mode: Object.keys(MODES),
} satisfies Record<string, readonly string[]>;
export type ListFilter = keyof typeof LIST_FILTERS;
const LIST_KEYS = Object.keys(LIST_FILTERS) as ListFilter[];

/** What she searches for, as the page shows it; the address holds it (see toRouteQuery). */
export interface SearchState extends Record<ListFilter, string[]> {
  q: string;
  /** The lowest level of a chosen language; null lets the API use its default (B1). */
  minLevel: LanguageLevel | null;
  /** A partner company's name; '' for any. */
  company: string;
  /** Only mentors who can take a request now (the API's default). */
  available: boolean;
  /** null lets the API choose: by match for a mentee, by relevance for words. */
  sort: SearchSort | null;
}

/** Everything she can take away again; `available` is on by default, so off counts. */
export type FilterKey = 'q' | ListFilter | 'company' | 'available';

const first = (value: LocationQuery[string] | undefined): string => {
  const one = Array.isArray(value) ? value[0] : value;
  return typeof one === 'string' ? one : '';
};

/** Known codes only, in the catalogue's order: an old or mistyped link still searches. */
function codes(value: LocationQuery[string] | undefined, known: readonly string[]): string[] {
  const values = Array.isArray(value) ? value : [value];
  const wanted = new Set(
    values.flatMap((part) => (typeof part === 'string' ? part.split(',') : [])),
  );
  return known.filter((code) => wanted.has(code));
}

export const isLevel = (value: string): value is LanguageLevel =>
  (LANGUAGE_LEVELS as readonly string[]).includes(value);
const isSort = (value: string): value is SearchSort => Object.hasOwn(SORTS, value);

/** The search in an address (a shared link, back and forward) as the page's state. */
export function parseSearchQuery(query: LocationQuery): SearchState {
  const minLevel = first(query.minLevel);
  const sort = first(query.sort);
  const lists = Object.fromEntries(
    LIST_KEYS.map((key) => [key, codes(query[key], LIST_FILTERS[key])]),
  ) as Record<ListFilter, string[]>;
  return {
    q: first(query.q).trim().slice(0, Q_MAX),
    ...lists,
    minLevel: isLevel(minLevel) ? minLevel : null,
    company: first(query.company).trim().slice(0, COMPANY_MAX),
    available: first(query.available) !== 'false',
    sort: isSort(sort) ? sort : null,
  };
}

/** Only what differs from the defaults, so a shared link stays short and reads the same. */
export function toRouteQuery(state: SearchState): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (state.q !== '') query.q = state.q;
  for (const key of LIST_KEYS) {
    if (state[key].length > 0) query[key] = state[key].join(',');
    // A level means something only next to a language.
    if (key === 'languages' && state.languages.length > 0 && state.minLevel) {
      query.minLevel = state.minLevel;
    }
  }
  if (state.company !== '') query.company = state.company;
  if (!state.available) query.available = 'false';
  if (state.sort) query.sort = state.sort;
  return query;
}

/** The API's query for the first page; `cursor` asks for a later one. */
export function toApiQuery(state: SearchState, cursor?: string): MentorSearchQuery {
  const query: MentorSearchQuery = {};
  if (state.q !== '') query.q = state.q;
  for (const key of LIST_KEYS) {
    if (state[key].length > 0) query[key] = state[key].join(',');
  }
  if (state.languages.length > 0 && state.minLevel) query.minLevel = state.minLevel;
  if (state.company !== '') query.company = state.company;
  if (!state.available) query.available = false;
  if (state.sort) query.sort = state.sort;
  if (cursor) query.cursor = cursor;
  return query;
}

/** The filters she has set, in the order the page offers to take them away. */
export function activeFilters(state: SearchState): FilterKey[] {
  return [
    ...(state.q === '' ? [] : (['q'] as const)),
    ...LIST_KEYS.filter((key) => state[key].length > 0),
    ...(state.company === '' ? [] : (['company'] as const)),
    ...(state.available ? (['available'] as const) : []),
  ];
}

/** The same search without one filter; without `available` it shows busy mentors too. */
export function withoutFilter(state: SearchState, key: FilterKey): SearchState {
  switch (key) {
    case 'q':
      // Sorting by her words needs words.
      return { ...state, q: '', sort: state.sort === 'relevance' ? null : state.sort };
    case 'company':
      return { ...state, company: '' };
    case 'available':
      return { ...state, available: false };
    case 'languages':
      return { ...state, languages: [], minLevel: null };
    default:
      return { ...state, [key]: [] };
  }
}

/** No words and no filters: what "start again" leads to. The sort she chose stays. */
export function clearedSearch(state: SearchState): SearchState {
  return { ...parseSearchQuery({}), sort: state.sort === 'relevance' ? null : state.sort };
}
