import type { LanguageLevel } from '@mentorbro/core/catalogue';
import { LANGUAGE_LEVELS } from '@mentorbro/core/catalogue';
import {
  type MatchMentor,
  type MatchMentee,
  type MatchPlan,
  matchPlan,
  scoreWithPlan,
} from '@mentorbro/core/match';
import {
  FACET_KINDS,
  type Facets,
  type MentorCard,
  type MentorSearchPage,
  type MentorSearchQuery,
  type Recommendations,
  SEARCH_LIMIT,
  type SearchSort,
  type SnippetPart,
} from '@mentorbro/core/search';
import { lastActiveBucket } from '@mentorbro/core/profile-view';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { findMenteeProfile } from '../profiles/mentee-profiles.repository';
import { answerDays, firstName, toMenteeInput } from '../profiles/profiles.view';
import type { UserRow } from '../users/users.repository';
import { planTerms, wordTerms } from './match-bits';
import { type Cursor, decodeCursor, encodeCursor } from './search.cursor';
import {
  countFacets,
  findPage,
  HIT_END,
  HIT_START,
  type MentorHit,
  rankPage,
  type SearchFilters,
} from './search.repository';
import { searchWords, textQuery } from './text-query';

const list = (value: string | undefined) => (value ? value.split(',') : []);

function levelsFrom(minLevel: LanguageLevel | undefined): string[] {
  return LANGUAGE_LEVELS.slice(LANGUAGE_LEVELS.indexOf(minLevel ?? 'B1'));
}

function parseLanguages(tokens: string[]) {
  return tokens.map((token) => {
    const [code = '', level = 'B1'] = token.split(':');
    return { code, level: level as LanguageLevel };
  });
}

// The database's checks keep each column to core's codes, so the casts below are safe.
function matchMentor(hit: MentorHit): MatchMentor {
  return {
    id: hit.id,
    field: hit.field,
    educationLevel: hit.education_level as MatchMentor['educationLevel'],
    languages: parseLanguages(hit.language_levels),
    municipality: hit.municipality,
    region: hit.region as MatchMentor['region'],
    meetingMode: hit.meeting_mode as MatchMentor['meetingMode'],
    goals: hit.goals,
    personal: hit.migrant_background === null ? {} : { migrantBackground: hit.migrant_background },
  };
}

/**
 * ts_headline's marked text as parts, with "…" where it starts or ends inside the about text
 * (without it a snippet reads like a broken sentence); null when her words are not in it.
 */
export function snippetParts(
  marked: string | null,
  about: { start: string | null; end: string | null } = { start: null, end: null },
): SnippetPart[] | null {
  if (!marked?.includes(HIT_START)) return null;
  const parts: SnippetPart[] = [];
  for (const piece of marked.split(HIT_START)) {
    const end = piece.indexOf(HIT_END);
    if (end >= 0) {
      parts.push({ text: piece.slice(0, end), hit: true });
      if (end + 1 < piece.length) parts.push({ text: piece.slice(end + 1), hit: false });
    } else if (piece) {
      parts.push({ text: piece, hit: false });
    }
  }
  const plain = parts.map((part) => part.text).join('');
  const head = plain.slice(0, 20);
  const tail = plain.slice(-20);
  if (about.start !== null && !about.start.startsWith(head) && !head.startsWith(about.start)) {
    parts.unshift({ text: '… ', hit: false });
  }
  if (about.end !== null && !about.end.endsWith(tail) && !tail.endsWith(about.end)) {
    parts.push({ text: ' …', hit: false });
  }
  return parts;
}

interface Viewer {
  mentee: MatchMentee;
  plan: MatchPlan;
}

function card(hit: MentorHit, viewer: Viewer | null, now: Date): MentorCard {
  const mentor = matchMentor(hit);
  return {
    id: hit.id,
    firstName: firstName(hit.name),
    headline: hit.headline,
    jobTitle: hit.job_title,
    field: hit.field,
    languages: mentor.languages,
    municipality: hit.municipality,
    region: mentor.region,
    meetingMode: mentor.meetingMode,
    ...(hit.partner_company === null ? {} : { partnerCompany: hit.partner_company }),
    freeSeats: Math.max(0, hit.capacity - hit.seats_taken),
    acceptingRequests: !hit.paused && hit.seats_taken < hit.capacity,
    match: viewer ? scoreWithPlan(viewer.plan, viewer.mentee, mentor) : null,
    snippet: snippetParts(hit.snippet, { start: hit.about_start, end: hit.about_end }),
    answerDays: answerDays(hit.answer_days),
    lastActive: lastActiveBucket(
      hit.last_active_ms === null ? null : new Date(hit.last_active_ms),
      now,
    ),
  };
}

function facetsFrom(rows: Awaited<ReturnType<typeof countFacets>>) {
  const facets = Object.fromEntries(FACET_KINDS.map((kind) => [kind, []])) as unknown as Facets;
  let total = 0;
  for (const row of rows) {
    if (row.kind === 'total') total = row.count;
    else if (row.value !== null) facets[row.kind].push({ value: row.value, count: row.count });
  }
  for (const kind of FACET_KINDS) {
    facets[kind].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  }
  return { facets, total };
}

export function searchService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  async function viewerOf(user: UserRow): Promise<Viewer | null> {
    if (user.role !== 'mentee') return null;
    const row = await findMenteeProfile(db, user.id);
    if (!row) return null;
    const mentee = toMenteeInput(row);
    return { mentee, plan: matchPlan(mentee) };
  }

  /**
   * A ranked page: by match (her plan), or by relevance (her words) with her match as the
   * tiebreak when she is a mentee. Mentors sharing no usable language with her come last.
   */
  function ranked(
    sort: 'match' | 'relevance',
    filters: SearchFilters,
    viewer: Viewer | null,
    after: Cursor | null,
    limit: number,
  ) {
    const words = sort === 'relevance' ? wordTerms(filters.text?.words ?? []) : [];
    return rankPage(db, {
      filters,
      terms: [...words, ...(viewer ? planTerms(viewer.plan) : [])],
      wordTerms: words.length,
      matchMax: viewer ? viewer.plan.max : null,
      gate: viewer ? viewer.plan.usable : null,
      gateOnly: false,
      after: after ? { key: Number(after.key), ordinal: Number(after.after) } : null,
      limit,
      snippet: true,
    });
  }

  return {
    async search(user: UserRow, query: MentorSearchQuery): Promise<MentorSearchPage> {
      const limit = query.limit ?? SEARCH_LIMIT.default;
      const [viewer, text] = await Promise.all([
        viewerOf(user),
        textQuery(db, searchWords(query.q)),
      ]);
      const sort: SearchSort =
        query.sort === 'match' && viewer
          ? 'match'
          : query.sort === 'relevance' && text
            ? 'relevance'
            : query.sort === 'newest'
              ? 'newest'
              : text
                ? 'relevance'
                : viewer
                  ? 'match'
                  : 'newest';
      const after: Cursor | null = query.cursor ? decodeCursor(query.cursor, sort) : null;
      const filters: SearchFilters = {
        programmeId: user.programmeId,
        available: query.available ?? true,
        text,
        municipality: list(query.municipality),
        facets: {
          goals: list(query.goals),
          fields: list(query.fields),
          languages: list(query.languages),
          region: list(query.region),
          mode: list(query.mode),
          company: query.company ? [query.company] : [],
        },
        levels: levelsFrom(query.minLevel),
      };
      // One more than the page, to know whether another follows.
      const [hits, counted] = await Promise.all([
        sort === 'newest'
          ? findPage(db, {
              filters,
              after: after && { key: after.key, id: after.after },
              limit: limit + 1,
              snippet: true,
            })
          : ranked(sort, filters, viewer, after, limit + 1),
        after ? null : countFacets(db, filters).then((rows) => facetsFrom(rows)),
      ]);
      const page = hits.slice(0, limit);
      const last = page.at(-1);
      const now = clock.now();
      return {
        items: page.map((hit) => card(hit, viewer, now)),
        nextCursor:
          hits.length > limit && last
            ? encodeCursor({
                sort,
                key: last.key,
                after: sort === 'newest' ? last.id : String(last.ordinal),
              })
            : null,
        sort,
        total: counted?.total ?? null,
        facets: counted?.facets ?? null,
      };
    },

    async recommendations(user: UserRow, limit: number | undefined): Promise<Recommendations> {
      const viewer = await viewerOf(user);
      if (!viewer) return { items: [], empty: 'no_profile' };
      const filters: SearchFilters = {
        programmeId: user.programmeId,
        available: true,
        text: null,
        municipality: [],
        facets: { goals: [], fields: [], languages: [], region: [], mode: [], company: [] },
        levels: levelsFrom(undefined),
      };
      const wanted = limit ?? 10;
      // The hard rules: available, and a language both can use.
      const hits = await rankPage(db, {
        filters,
        terms: planTerms(viewer.plan),
        wordTerms: 0,
        matchMax: viewer.plan.max,
        gate: viewer.plan.usable,
        gateOnly: true,
        after: null,
        limit: wanted,
        snippet: false,
      });
      const now = clock.now();
      const items = hits.slice(0, wanted).map((hit) => card(hit, viewer, now));
      return { items, empty: items.length === 0 ? 'none_available' : null };
    },
  };
}
