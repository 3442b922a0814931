import type { Facets, MentorCard, MentorSearchPage } from '@mentorbro/core/search';

/** Test data in the API's shapes for the search page, the home page and the mentor page. */
export function mentorCard(overrides: Partial<MentorCard> = {}): MentorCard {
  return {
    id: '5d0f2c7a-3f1e-4b8a-9c2d-6e7f8a9b0c1d',
    firstName: 'Sara',
    headline: 'Sygeplejerske, der kender sundhedsvæsenet',
    jobTitle: 'Sygeplejerske',
    field: 'health_care',
    languages: [
      { code: 'da', level: 'native' },
      { code: 'ar', level: 'C1' },
    ],
    municipality: 'aarhus',
    region: 'midtjylland',
    meetingMode: 'both',
    freeSeats: 2,
    acceptingRequests: true,
    match: {
      score: 82,
      reasons: [
        { kind: 'goal', goal: 'job_search' },
        { kind: 'language', language: 'ar', level: 'C1' },
      ],
    },
    snippet: null,
    answerDays: 3,
    lastActive: 'week',
    ...overrides,
  };
}

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const sara = mentorCard();
export const mette = mentorCard({
  id: uuid(2),
  firstName: 'Mette',
  headline: 'Udvikler, der elsker at lære fra sig',
  jobTitle: 'Softwareudvikler',
  field: 'it',
  languages: [{ code: 'da', level: 'native' }],
  municipality: 'koebenhavn',
  region: 'hovedstaden',
  freeSeats: 1,
  partnerCompany: 'Novo',
  match: null,
  answerDays: null,
  lastActive: 'today',
});
export const layla = mentorCard({
  id: uuid(3),
  firstName: 'Layla',
  headline: 'Lærer med mange års erfaring',
  jobTitle: 'Lærer',
  field: 'education_childcare',
  freeSeats: 0,
  acceptingRequests: false,
  match: null,
  answerDays: null,
  lastActive: null,
});

export const facets: Facets = {
  goals: [
    { value: 'job_search', count: 3 },
    { value: 'network', count: 1 },
  ],
  fields: [
    { value: 'health_care', count: 1 },
    { value: 'it', count: 1 },
    { value: 'education_childcare', count: 1 },
  ],
  languages: [
    { value: 'da', count: 3 },
    { value: 'ar', count: 12 },
  ],
  region: [
    { value: 'midtjylland', count: 2 },
    { value: 'hovedstaden', count: 1 },
  ],
  mode: [
    { value: 'in_person', count: 3 },
    { value: 'online', count: 3 },
  ],
  company: [{ value: 'Novo', count: 1 }],
};

export function searchPage(overrides: Partial<MentorSearchPage> = {}): MentorSearchPage {
  return {
    items: [sara, mette],
    nextCursor: null,
    sort: 'match',
    total: 2,
    facets,
    ...overrides,
  };
}

/** A later page: no total and no counts, as the API sends them only with the first. */
export function laterPage(overrides: Partial<MentorSearchPage> = {}): MentorSearchPage {
  return {
    items: [layla],
    nextCursor: null,
    sort: 'match',
    total: null,
    facets: null,
    ...overrides,
  };
}

/** Every filter kind's counts at 0: what the API answers when nothing is found. */
export const noFacets: Facets = {
  goals: [],
  fields: [],
  languages: [],
  region: [],
  mode: [],
  company: [],
};
