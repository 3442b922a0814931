import { type SQL, sql } from 'drizzle-orm';
import { FACET_KINDS, type FacetKind } from '@mentorbro/core/search';
import type { Executor } from '../../db/client';
import { rowsOf, textArray } from '../../db/rows';
import type { RankTerm } from './match-bits';
import type { TextQuery } from './text-query';

/** What a search asks for, resolved from the query string. */
export interface SearchFilters {
  programmeId: string;
  /** Only mentors taking requests now: not paused, a seat free. */
  available: boolean;
  /** Her words (textQuery()), or null when she typed none. */
  text: TextQuery | null;
  municipality: string[];
  /** The filters with facet counts; an empty list filters nothing. */
  facets: Record<FacetKind, string[]>;
  /** The language levels a chosen language counts at (minLevel and above). */
  levels: string[];
}

/**
 * A mentor members may find, as SQL over `mentor_profiles m`: approved, in the programme, not
 * suspended. The same rule as visibleMentor() for the profile page, on one table: suspension
 * is rare, so the check is an anti-join against the few suspended members (a partial index).
 */
export const listed = (programmeId: string) => sql`
  m.programme_id = ${programmeId} and m.status = 'approved'
  and not exists (select 1 from users s where s.id = m.user_id and s.suspended_at is not null)`;

const available = sql`(not m.paused and m.seats_taken < m.capacity)`;

/** Her languages as tokens at the chosen levels: `ar` from B1 is `ar:B1`, `ar:B2`, … */
const languageTokens = (codes: string[], levels: string[]) =>
  codes.flatMap((code) => levels.map((level) => `${code}:${level}`));

/** One filter kind as a condition; null when it filters nothing. */
function facetCondition(kind: FacetKind, filters: SearchFilters): SQL | null {
  const values = filters.facets[kind];
  if (values.length === 0) return null;
  switch (kind) {
    case 'goals':
      return sql`(m.goals && ${textArray(values)})`;
    case 'fields':
      return sql`(m.field = any(${textArray(values)}))`;
    case 'languages':
      return sql`(m.language_levels && ${textArray(languageTokens(values, filters.levels))})`;
    case 'region':
      return sql`(m.region = any(${textArray(values)}))`;
    case 'mode':
      // A mentor who meets both ways can meet either way.
      return sql`(m.meeting_mode = 'both' or m.meeting_mode = any(${textArray(values)}))`;
    case 'company':
      return sql`(lower(m.partner_company) = any(${textArray(values.map((v) => v.toLowerCase()))}))`;
  }
}

/** The conditions every found mentor meets, whatever the facets. */
function baseConditions(filters: SearchFilters): SQL[] {
  return [
    listed(filters.programmeId),
    ...(filters.available ? [available] : []),
    ...(filters.text ? [sql`m.search_vector @@ ${filters.text.tsquery}::tsquery`] : []),
    ...(filters.municipality.length > 0
      ? [sql`m.municipality = any(${textArray(filters.municipality)})`]
      : []),
  ];
}

function facetConditions(filters: SearchFilters) {
  return FACET_KINDS.flatMap((kind) => {
    const condition = facetCondition(kind, filters);
    return condition ? [{ kind, condition }] : [];
  });
}

const and = (conditions: SQL[]) =>
  conditions.length === 0 ? sql`true` : sql.join(conditions, sql` and `);

/** The mentor's columns a result card and the match score read. */
export interface MentorHit {
  id: string;
  /** Her place in the bitmaps; breaks ties in a ranked page. */
  ordinal: number;
  name: string;
  headline: string;
  job_title: string;
  field: string;
  language_levels: string[];
  municipality: string;
  region: string;
  meeting_mode: string;
  partner_company: string | null;
  capacity: number;
  seats_taken: number;
  paused: boolean;
  goals: string[];
  education_level: string;
  migrant_background: boolean | null;
  /** The sort key as text, exact for the cursor. */
  key: string;
  snippet: string | null;
  /** The about text's first and last words, to tell whether the snippet cuts into it. */
  about_start: string | null;
  about_end: string | null;
  /** Her usual days to answer (answer-days.ts). */
  answer_days: number | null;
  /** Her last activity, ms since 1970 (both drivers give a float8 as a number). */
  last_active_ms: number | null;
}

/** A page by first approval (sort `newest`). */
export interface PageRequest {
  filters: SearchFilters;
  /** The last mentor's approval time (µs since 1970, as text) and id. */
  after: { key: string; id: string } | null;
  limit: number;
  /** Marks her words in the about text, when she searched for words. */
  snippet: boolean;
}

/** Marks the ts_headline() output: control characters no mentor text can contain. */
export const HIT_START = '\u0002';
export const HIT_END = '\u0003';
const HEADLINE_OPTIONS = `StartSel=${HIT_START}, StopSel=${HIT_END}, MaxWords=24, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/** What a card shows of a mentor (`m`, `u` her user), and her snippet when she searched words. */
function hitColumns(filters: SearchFilters, snippet: boolean) {
  const marked =
    snippet && filters.text
      ? sql`ts_headline('mentorbro_da', m.about, ${filters.text.tsquery}::tsquery, ${HEADLINE_OPTIONS})`
      : sql`null`;
  return sql`m.ordinal, u.name, m.headline, m.job_title, m.field, m.language_levels,
    m.municipality, m.region, m.meeting_mode, m.partner_company, m.capacity, m.seats_taken,
    m.paused, m.goals, m.education_level, m.migrant_background, ${marked} as snippet,
    left(m.about, 40) as about_start, right(m.about, 40) as about_end, m.answer_days,
    (extract(epoch from u.last_active_at) * 1000)::float8 as last_active_ms`;
}

/**
 * One page by first approval (sort `newest`), through the indexes: `limit` mentors after
 * the cursor (ask for one more to know if there is a next).
 */
export async function findPage(db: Executor, page: PageRequest): Promise<MentorHit[]> {
  const { filters } = page;
  const where = and([
    ...baseConditions(filters),
    ...facetConditions(filters).map((f) => f.condition),
  ]);
  const after = page.after
    ? sql`where (key < ${page.after.key}::bigint
        or (key = ${page.after.key}::bigint and id > ${page.after.id}::uuid))`
    : sql``;
  // The sort carries only ids and keys: her columns and words are read for the page alone.
  const result = await db.execute(sql`
    select p.id, p.key::text as key, ${hitColumns(filters, page.snippet)}
    from (
      select id, key from (
        select m.user_id as id, (extract(epoch from m.approved_at) * 1000000)::bigint as key
        from mentor_profiles m
        where ${where}
      ) keyed
      ${after}
      order by key desc, id
      limit ${page.limit}
    ) p
    join mentor_profiles m on m.user_id = p.id
    join users u on u.id = p.id
    order by p.key desc, p.id
  `);
  return rowsOf<MentorHit>(result);
}

/** A list of facet_bits values of one kind, OR-ed; zeros when no listed mentor has any. */
const anyOf = (programmeId: string, kinds: string[], values: string[]) =>
  sql`(select coalesce(bit_or(b.bits), repeat('0', length(listed.bits))::bit varying)
    from facet_bits b where b.programme_id = ${programmeId}
      and b.kind = any(${textArray(kinds)}) and b.value = any(${textArray(values)}))`;

const WORD_KINDS = ['wordA', 'wordB', 'wordC'];

/**
 * The filters as bitmaps, each built once in `sel` (a one-row CTE over `listed`): a
 * search's mentors are `listed` AND every column. Kinds with facet counts are named
 * `s_<kind>`, so a count can leave its own kind out.
 */
function filterBits(filters: SearchFilters) {
  const { programmeId } = filters;
  const restrictions: SQL[] = [
    ...(filters.available ? [anyOf(programmeId, ['available'], [''])] : []),
    ...(filters.municipality.length > 0
      ? [anyOf(programmeId, ['municipality'], filters.municipality)]
      : []),
    ...(filters.text?.words ?? []).map((lexemes) => anyOf(programmeId, WORD_KINDS, lexemes)),
  ];
  const selected = FACET_KINDS.flatMap((kind) => {
    const values = filters.facets[kind];
    if (values.length === 0) return [];
    const keys =
      kind === 'languages'
        ? languageTokens(values, filters.levels)
        : kind === 'company'
          ? values.map((value) => value.toLowerCase())
          : values;
    return [{ kind, bits: anyOf(programmeId, [kind], keys) }];
  });
  const column = (name: string) => sql.raw(name);
  const selections = [
    ...restrictions.map((bits, index) => ({ name: `r${index}`, bits })),
    ...selected.map((s) => ({ name: `s_${s.kind}`, bits: s.bits })),
  ];
  const ctes = sql`
    listed as (
      select bits from facet_bits
      where programme_id = ${programmeId} and kind = 'listed' and value = ''
    ),
    sel as materialized (
      select listed.bits as listed
        ${sql.join(
          selections.map(({ name, bits }) => sql`, ${bits} as ${column(name)}`),
          sql``,
        )}
      from listed
    )`;
  /** The mentors passing every filter, except `kind`'s when given (the faceting rule). */
  const among = (kind: FacetKind | null = null) =>
    sql.join(
      [
        sql`sel.listed`,
        ...restrictions.map((_bits, index) => sql`sel.${column(`r${index}`)}`),
        ...selected.filter((s) => s.kind !== kind).map((s) => sql`sel.${column(`s_${s.kind}`)}`),
      ],
      sql` & `,
    );
  return { ctes, among };
}

/** A ranked page: by a sum of bitmap terms (match, relevance), computed by mentor_rank(). */
export interface RankRequest {
  filters: SearchFilters;
  /** Relevance terms first (integer points), then the match plan's, in its order. */
  terms: RankTerm[];
  wordTerms: number;
  /** The match plan's points at most; null ranks without a match part. */
  matchMax: number | null;
  /** Language tokens of a shared usable language: mentors without one come last. */
  gate: string[] | null;
  /** Leave out, rather than put last, the mentors outside the gate (recommendations). */
  gateOnly: boolean;
  after: { key: number; ordinal: number } | null;
  limit: number;
  snippet: boolean;
}

/** One page in key order, ties by ordinal; the key is in each hit. */
export async function rankPage(db: Executor, page: RankRequest): Promise<MentorHit[]> {
  const { filters, terms } = page;
  const { ctes, among } = filterBits(filters);
  const flat = terms.flatMap((term, index) =>
    term.values.map((value) => ({ index: index + 1, kind: term.kind, value })),
  );
  const gate = page.gate ? anyOf(filters.programmeId, ['languages'], page.gate) : null;
  const candidates = page.gateOnly && gate ? sql`(${among()}) & ${gate}` : among();
  const result = await db.execute(sql`
    with ${ctes},
    terms as (
      select array_agg(coalesce(x.bits, sel.listed & ~sel.listed) order by s.i) as bits
      from sel, generate_series(1, ${terms.length}::int) s(i)
      left join (
        select t.i, bit_or(b.bits) as bits
        from unnest(${sql.param(flat.map((f) => f.index))}::int[], ${textArray(flat.map((f) => f.kind))},
          ${textArray(flat.map((f) => f.value))}) as t(i, kind, value)
        join facet_bits b on b.programme_id = ${filters.programmeId} and b.kind = t.kind and b.value = t.value
        group by t.i
      ) x on x.i = s.i
    )
    select m.user_id as id, r.key::text as key, ${hitColumns(filters, page.snippet)}
    from sel, listed, terms,
      mentor_rank(${candidates}, ${page.gate && !page.gateOnly ? gate : sql`null`}, terms.bits,
        ${sql.param(terms.map((term) => term.points))}::float8[], ${page.wordTerms}::int,
        ${page.matchMax}::float8, ${page.after?.key ?? null}::int,
        ${page.after?.ordinal ?? null}::int, ${page.limit}::int) r
    join mentor_profiles m on m.ordinal = r.ordinal
    join users u on u.id = m.user_id
    -- The bitmaps hold only listed mentors; the rows say so again, for the page's 21.
    where ${listed(filters.programmeId)}
    order by r.key desc, r.ordinal
  `);
  return rowsOf<MentorHit>(result);
}

export interface FacetRow {
  kind: FacetKind | 'total';
  value: string | null;
  count: number;
}

/**
 * Facet counts and the total, in one statement, from the facet bitmaps (facet_bits, kept by
 * triggers): the mentors passing the filters are an AND of bitmaps, and each value's count
 * the bits set in its bitmap AND the mentors passing every filter but its own kind's (the
 * usual faceting rule). No mentor row is read: a few ms at 100,000 mentors where counting
 * rows took 80-400 ms (docs/performance.md).
 */
export async function countFacets(db: Executor, filters: SearchFilters): Promise<FacetRow[]> {
  const { ctes, among } = filterBits(filters);
  const kinds = [null, ...FACET_KINDS] as const;
  const amongName = (kind: FacetKind | null) => sql.raw(`a_${kind ?? 'total'}`);
  const result = await db.execute(sql`
    with ${ctes},
    among as materialized (
      select ${sql.join(
        kinds.map((kind) => sql`${among(kind)} as ${amongName(kind)}`),
        sql`, `,
      )}
      from sel
    ),
    values as (
      select b.kind, b.value, b.label, b.bits from facet_bits b
      where b.programme_id = ${filters.programmeId}
        and b.kind in ('goals', 'fields', 'languages', 'region', 'mode', 'company')
        and (b.kind <> 'languages' or split_part(b.value, ':', 2) = any(${textArray(filters.levels)}))
    ),
    counted as (
      select 'total' as kind, null as value, bit_count(a.a_total)::int as count from among a
      union all
      select b.kind, b.value, bit_count(b.bits & a.a_goals)::int
        from values b, among a where b.kind = 'goals'
      union all
      select b.kind, b.value, bit_count(b.bits & a.a_fields)::int
        from values b, among a where b.kind = 'fields'
      union all
      select 'languages', split_part(b.value, ':', 1), bit_count(bit_or(b.bits) & a.a_languages)::int
        from values b, among a where b.kind = 'languages' group by 2, a.a_languages
      union all
      select b.kind, b.value, bit_count(b.bits & a.a_region)::int
        from values b, among a where b.kind = 'region'
      union all
      select b.kind, b.value, bit_count(b.bits & a.a_mode)::int
        from values b, among a where b.kind = 'mode'
      union all
      select * from (
        select b.kind, b.label, bit_count(b.bits & a.a_company)::int as count
        from values b, among a where b.kind = 'company' order by 3 desc, 2 limit 12
      ) companies
    )
    select kind, value, count from counted where count > 0 or kind = 'total'
  `);
  return rowsOf<FacetRow>(result);
}
