import Type, { type Static } from 'typebox';
import { FIELDS } from './catalogue/fields';
import { MUNICIPALITIES, REGIONS } from './catalogue/geography';
import { GOALS } from './catalogue/goals';
import { LANGUAGE_LEVELS, LANGUAGES } from './catalogue/languages';
import { LanguageSkill, MeetingMode } from './profile.schema';
import { LastActive, MentorPublicProfile, RegionCode } from './profile.view';
import { printable } from './text.schema';

const codes = (entries: readonly { code: string }[]) => entries.map((entry) => entry.code);

/** The ways of meeting a mentee can filter on; a mentor who offers both has each. */
export const SEARCH_MODES = ['in_person', 'online'] as const;
export const SEARCH_SORTS = ['match', 'relevance', 'newest'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export const SEARCH_LIMIT = { default: 20, max: 50 } as const;
export const SEARCH_Q_MAX = 200;

/**
 * A filter in the query string: one or more codes, comma-separated (`goals=network,education`),
 * so a shared link stays short. The pattern lets only the catalogue's codes through.
 */
const codeList = (values: readonly string[]) => {
  const one = `(?:${values.join('|')})`;
  return Type.String({ pattern: `^${one}(?:,${one})*$` });
};

export const MentorSearchQuery = Type.Object(
  {
    q: Type.Optional(printable(0, SEARCH_Q_MAX)),
    goals: Type.Optional(codeList(codes(GOALS))),
    fields: Type.Optional(codeList(codes(FIELDS))),
    languages: Type.Optional(codeList(codes(LANGUAGES))),
    /** The lowest level the mentor speaks a chosen language at; B1 when left out. */
    minLevel: Type.Optional(Type.Enum(LANGUAGE_LEVELS)),
    region: Type.Optional(codeList(codes(REGIONS))),
    municipality: Type.Optional(codeList(codes(MUNICIPALITIES))),
    mode: Type.Optional(codeList(SEARCH_MODES)),
    /** Only mentors who take a request now: not paused, a seat free. Default true. */
    available: Type.Optional(Type.Boolean()),
    /** A partner company's name, as mentors wrote it (case does not matter). */
    company: Type.Optional(printable(1, 100)),
    sort: Type.Optional(Type.Enum(SEARCH_SORTS)),
    cursor: Type.Optional(Type.String({ maxLength: 300, pattern: '^[A-Za-z0-9_-]*$' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: SEARCH_LIMIT.max })),
  },
  { additionalProperties: false },
);
export type MentorSearchQuery = Static<typeof MentorSearchQuery>;

/** The filter kinds that have facet counts, in the order the filter drawer shows them. */
export const FACET_KINDS = ['goals', 'fields', 'languages', 'region', 'mode', 'company'] as const;
export type FacetKind = (typeof FACET_KINDS)[number];

export const MatchReason = Type.Union([
  Type.Object({ kind: Type.Literal('goal'), goal: Type.String() }),
  Type.Object({ kind: Type.Literal('field'), field: Type.String() }),
  Type.Object({
    kind: Type.Literal('language'),
    language: Type.String(),
    level: Type.Enum(LANGUAGE_LEVELS),
  }),
  Type.Object({ kind: Type.Literal('municipality'), municipality: Type.String() }),
  Type.Object({ kind: Type.Literal('region'), region: Type.String() }),
  Type.Object({ kind: Type.Literal('meetingMode'), mode: Type.String() }),
  Type.Object({ kind: Type.Literal('migrantBackground') }),
  Type.Object({ kind: Type.Literal('education'), level: Type.String() }),
]);

export const Match = Type.Object({
  /** 0-100. */
  score: Type.Integer({ minimum: 0, maximum: 100 }),
  reasons: Type.Array(MatchReason),
});
export type Match = Static<typeof Match>;

/** A piece of a snippet: the words that matched her search are `hit`. Plain text, never HTML. */
export const SnippetPart = Type.Object({ text: Type.String(), hit: Type.Boolean() });
export type SnippetPart = Static<typeof SnippetPart>;

/** A mentor in a result list: what a mentee needs to decide whether to open her profile. */
export const MentorCard = Type.Object({
  id: Type.String({ format: 'uuid' }),
  firstName: Type.String(),
  headline: Type.String(),
  jobTitle: Type.String(),
  field: Type.String(),
  languages: Type.Array(LanguageSkill),
  municipality: Type.String(),
  region: RegionCode,
  meetingMode: MeetingMode,
  partnerCompany: Type.Optional(Type.String()),
  /** Seats left for new mentees; 0 when full. */
  freeSeats: Type.Integer({ minimum: 0 }),
  acceptingRequests: Type.Boolean(),
  /** For a mentee with a profile: how well the mentor fits her, and why. */
  match: Type.Union([Match, Type.Null()]),
  /** Where her search words occur in the mentor's text, when she searched for words. */
  snippet: Type.Union([Type.Array(SnippetPart), Type.Null()]),
  /**
   * The days she usually takes to answer a request: the median of her last answers, rounded
   * up, so an answer within 24 hours is 1. Null until she has answered two requests.
   */
  answerDays: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]),
  /** When she was last active, coarsely (lastActiveBucket()); null if never. */
  lastActive: LastActive,
});
export type MentorCard = Static<typeof MentorCard>;

/**
 * A mentor's page: her public profile, her free seats, how quickly she answers and, for a
 * mentee, why she fits.
 */
export const MentorPage = Type.Object({
  ...MentorPublicProfile.properties,
  freeSeats: MentorCard.properties.freeSeats,
  match: MentorCard.properties.match,
  answerDays: MentorCard.properties.answerDays,
  lastActive: MentorCard.properties.lastActive,
});
export type MentorPage = Static<typeof MentorPage>;

export const FacetCount = Type.Object({ value: Type.String(), count: Type.Integer() });
export type FacetCount = Static<typeof FacetCount>;

export const Facets = Type.Object({
  goals: Type.Array(FacetCount),
  fields: Type.Array(FacetCount),
  languages: Type.Array(FacetCount),
  region: Type.Array(FacetCount),
  mode: Type.Array(FacetCount),
  company: Type.Array(FacetCount),
});
export type Facets = Static<typeof Facets>;

export const MentorSearchPage = Type.Object({
  items: Type.Array(MentorCard),
  /** Pass it as `cursor` for the next page; null on the last. */
  nextCursor: Type.Union([Type.String(), Type.Null()]),
  /** The sort used: `match` needs her profile, `relevance` her words. */
  sort: Type.Enum(SEARCH_SORTS),
  /** The number of mentors found and the facet counts, on the first page only. */
  total: Type.Union([Type.Integer(), Type.Null()]),
  facets: Type.Union([Facets, Type.Null()]),
});
export type MentorSearchPage = Static<typeof MentorSearchPage>;

export const RecommendationsQuery = Type.Object(
  { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: SEARCH_LIMIT.max })) },
  { additionalProperties: false },
);

/**
 * Why a list of recommendations is empty, so the page can say what to do: she has no profile
 * yet, or no approved mentor she can talk with takes requests now.
 */
export const RECOMMENDATION_GAPS = ['no_profile', 'none_available'] as const;

export const Recommendations = Type.Object({
  items: Type.Array(MentorCard),
  empty: Type.Union([Type.Enum(RECOMMENDATION_GAPS), Type.Null()]),
});
export type Recommendations = Static<typeof Recommendations>;
