import { sql } from 'drizzle-orm';
import type { LanguageLevel } from '@mentorbro/core/catalogue';
import { LANGUAGE_LEVELS } from '@mentorbro/core/catalogue';
import {
  type MatchMentor,
  type MatchMentee,
  type MatchPlan,
  matchPlan,
  requiredFor,
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
import type { Db } from '../../db/client';
import { findMenteeProfile } from '../profiles/mentee-profiles.repository';
import { firstName, toMenteeInput } from '../profiles/profiles.view';
import type { UserRow } from '../users/users.repository';
import { conditionSql, scoreSql, sharesLanguage } from './match-sql';
import { type Cursor, decodeCursor, encodeCursor } from './search.cursor';
import {
  countFacets,
  findPage,
  HIT_END,
  HIT_START,
  type MentorHit,
  type PageRequest,
  type SearchFilters,
} from './search.repository';
import { searchWords, textQuery } from './text-query';

/**
 * Scores to try, best first, when ranking by match: at each, the database looks only at
 * mentors who meet the terms that score requires (core's requiredFor), which its indexes
 * find. The first score with a full page above it gives exactly the page a full ranking
 * would; most mentees stop at the first or second.
 */
const MATCH_LADDER = [90, 80, 65, 45, 0];

/**
 * Up to this many mentors found, scoring them all in one statement costs less than a ladder
 * step that finds too few (each step reads its candidates again).
 */
const SCORE_ALL_UP_TO = 3_000;

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

function card(hit: MentorHit, viewer: Viewer | null): MentorCard {
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

export function searchService(deps: { db: Db }) {
  const { db } = deps;

  async function viewerOf(user: UserRow): Promise<Viewer | null> {
    if (user.role !== 'mentee') return null;
    const row = await findMenteeProfile(db, user.id);
    if (!row) return null;
    const mentee = toMenteeInput(row);
    return { mentee, plan: matchPlan(mentee) };
  }

  /**
   * One page ranked by match: down the ladder until a score has a full page of mentors at
   * or above it (or nothing is left to require). Never starts above the cursor's score.
   */
  async function matchPage(
    base: Omit<PageRequest, 'key' | 'keyType' | 'extra'>,
    plan: MatchPlan,
    hardRules: boolean,
    found: number | null = null,
  ): Promise<MentorHit[]> {
    const score = scoreSql(plan);
    const ceiling = base.after?.key == null ? 100 : Number(base.after.key);
    const ladder =
      base.after?.key === null || (found !== null && found <= SCORE_ALL_UP_TO)
        ? [0]
        : MATCH_LADDER.filter((s) => s <= ceiling);
    for (const floor of ladder) {
      const pruning =
        floor === 0 ? [] : requiredFor(plan, floor).map((term) => conditionSql(term.condition));
      const extra = [...(hardRules ? [sharesLanguage(plan)] : []), ...pruning];
      const hits = await findPage(db, {
        ...base,
        key: score,
        keyType: 'integer',
        extra,
        ...(floor === 0 ? {} : { minKey: floor }),
      });
      if (hits.length >= base.limit || floor === 0) return hits;
    }
    return [];
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
      const base = { filters, after, limit: limit + 1, snippet: true };
      const facetQuery = after
        ? Promise.resolve(null)
        : countFacets(db, filters).then((rows) => facetsFrom(rows));
      // Ranked by match, the count decides how: so the facets (a few ms) come first.
      const pageQuery =
        sort === 'match' && viewer
          ? facetQuery.then((rows) => matchPage(base, viewer.plan, false, rows ? rows.total : null))
          : findPage(db, {
              ...base,
              extra: [],
              ...(sort === 'relevance' && text
                ? { key: sql`ts_rank(m.search_vector, ${text}::tsquery)`, keyType: 'real' as const }
                : {
                    key: sql`(extract(epoch from m.approved_at) * 1000000)::bigint`,
                    keyType: 'bigint' as const,
                  }),
            });
      const [hits, counted] = await Promise.all([pageQuery, facetQuery]);
      const page = hits.slice(0, limit);
      const last = page.at(-1);
      return {
        items: page.map((hit) => card(hit, viewer)),
        nextCursor:
          hits.length > limit && last ? encodeCursor({ sort, key: last.key, id: last.id }) : null,
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
      const hits = await matchPage(
        { filters, after: null, limit: wanted, snippet: false },
        viewer.plan,
        true,
      );
      const items = hits.slice(0, wanted).map((hit) => card(hit, viewer));
      return { items, empty: items.length === 0 ? 'none_available' : null };
    },
  };
}
