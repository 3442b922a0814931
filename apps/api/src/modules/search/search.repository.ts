import { type SQL, sql } from 'drizzle-orm';
import { FACET_KINDS, type FacetKind } from '@mentorbro/core/search';
import type { Executor } from '../../db/client';
import { rowsOf, textArray } from '../../db/rows';

/** What a search asks for, resolved from the query string. */
export interface SearchFilters {
  programmeId: string;
  /** Only mentors taking requests now: not paused, a seat free. */
  available: boolean;
  /** A tsquery as text (textQuery()), or null when she typed no words. */
  text: string | null;
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
    ...(filters.text ? [sql`m.search_vector @@ ${filters.text}::tsquery`] : []),
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
  /** The sort key as text, exact for the cursor; null for a mentor with no shared language. */
  key: string | null;
  snippet: string | null;
  /** The about text's first and last words, to tell whether the snippet cuts into it. */
  about_start: string | null;
  about_end: string | null;
}

export interface PageRequest {
  filters: SearchFilters;
  /** The sort key, higher first; ties by mentor id. */
  key: SQL;
  /** Its type, so the cursor's key compares exactly (a float4 rank must stay a float4). */
  keyType: 'real' | 'integer' | 'bigint';
  /** Only mentors meeting these (match pruning: terms the indexes can answer). */
  extra: SQL[];
  /** Only mentors whose key is at least this. */
  minKey?: number;
  after: { key: string | null; id: string } | null;
  limit: number;
  /** Marks her words in the about text, when she searched for words. */
  snippet: boolean;
}

/** Marks the ts_headline() output: control characters no mentor text can contain. */
export const HIT_START = '\u0002';
export const HIT_END = '\u0003';
const HEADLINE_OPTIONS = `StartSel=${HIT_START}, StopSel=${HIT_END}, MaxWords=24, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/** One page in key order: `limit` mentors after the cursor (ask for one more to know if there is a next). */
export async function findPage(db: Executor, page: PageRequest): Promise<MentorHit[]> {
  const { filters } = page;
  const where = and([
    ...baseConditions(filters),
    ...facetConditions(filters).map((f) => f.condition),
    ...page.extra,
  ]);
  const type = sql.raw(page.keyType);
  const after = page.after
    ? page.after.key === null
      ? sql`where (key is null and id > ${page.after.id}::uuid)`
      : sql`where (key < ${page.after.key}::${type}
          or (key = ${page.after.key}::${type} and id > ${page.after.id}::uuid) or key is null)`
    : null;
  const snippet =
    page.snippet && filters.text
      ? sql`ts_headline('mentorbro_da', m.about, ${filters.text}::tsquery, ${HEADLINE_OPTIONS})`
      : sql`null`;
  const floor = page.minKey === undefined ? sql`` : sql`and key >= ${page.minKey}`;
  // The key is computed once per mentor (OFFSET 0 keeps the planner from copying the
  // expression into the filters), and the sort carries only ids and keys: her columns and
  // words are read for the page's mentors alone.
  const result = await db.execute(sql`
    select p.id, u.name, m.headline, m.job_title, m.field, m.language_levels, m.municipality,
      m.region, m.meeting_mode, m.partner_company, m.capacity, m.seats_taken, m.paused, m.goals,
      m.education_level, m.migrant_background, p.key::text as key, ${snippet} as snippet,
      left(m.about, 40) as about_start, right(m.about, 40) as about_end
    from (
      select id, key from (
        select m.user_id as id, ${page.key} as key
        from mentor_profiles m
        where ${where}
        offset 0
      ) ranked
      ${after ?? sql`where true`} ${floor}
      order by key desc nulls last, id
      limit ${page.limit}
    ) p
    join mentor_profiles m on m.user_id = p.id
    join users u on u.id = p.id
    order by p.key desc nulls last, p.id
  `);
  return rowsOf<MentorHit>(result);
}

export interface FacetRow {
  kind: FacetKind | 'total';
  value: string | null;
  count: number;
}

/** A bitmap kind's selected values, OR-ed: the mentors passing that kind's filter. */
function selectedBits(kind: FacetKind, filters: SearchFilters): SQL | null {
  const values = filters.facets[kind];
  if (values.length === 0) return null;
  const keys =
    kind === 'languages'
      ? languageTokens(values, filters.levels)
      : kind === 'company'
        ? values.map((value) => value.toLowerCase())
        : values;
  // A value no listed mentor has has no bitmap: nobody passes, so AND with zeros.
  return sql`(select coalesce(bit_or(b.bits), repeat('0', length(listed.bits))::bit varying)
    from facet_bits b where b.programme_id = ${filters.programmeId}
      and b.kind = ${kind} and b.value = any(${textArray(keys)}))`;
}

/**
 * Facet counts and the total, in one statement, from the facet bitmaps (facet_bits, kept by
 * triggers): the mentors passing the filters are an AND of bitmaps, and each value's count
 * the bits set in its bitmap AND the mentors passing every filter but its own kind's (the
 * usual faceting rule). No mentor row is read, except the few her words match: 3 ms at
 * 100,000 mentors where counting rows took 80-400 ms (docs/performance.md).
 */
export async function countFacets(db: Executor, filters: SearchFilters): Promise<FacetRow[]> {
  const selected = FACET_KINDS.flatMap((kind) => {
    const bits = selectedBits(kind, filters);
    return bits ? [{ kind, bits }] : [];
  });
  const restrictions: SQL[] = [
    ...(filters.available
      ? [
          sql`(select b.bits from facet_bits b where b.programme_id = ${filters.programmeId}
          and b.kind = 'available' and b.value = '')`,
        ]
      : []),
    ...(filters.municipality.length > 0
      ? [
          sql`(select coalesce(bit_or(b.bits), repeat('0', length(listed.bits))::bit varying)
          from facet_bits b where b.programme_id = ${filters.programmeId}
            and b.kind = 'municipality' and b.value = any(${textArray(filters.municipality)}))`,
        ]
      : []),
    ...(filters.text
      ? [
          sql`(select mentorbro_bits(array_agg(m.ordinal), length(listed.bits))
          from mentor_profiles m where m.programme_id = ${filters.programmeId}
            and m.search_vector @@ ${filters.text}::tsquery)`,
        ]
      : []),
  ];
  // Each bitmap is built once (sel), each kind's "everyone but my own filter" once (among).
  const column = (name: string) => sql.raw(name);
  const selections = [
    ...restrictions.map((bits, index) => ({ name: `r${index}`, bits })),
    ...selected.map((s) => ({ name: `s_${s.kind}`, bits: s.bits })),
  ];
  const among = (kind: FacetKind | null) =>
    sql.join(
      [
        sql`sel.listed`,
        ...restrictions.map((_bits, index) => sql`sel.${column(`r${index}`)}`),
        ...selected.filter((s) => s.kind !== kind).map((s) => sql`sel.${column(`s_${s.kind}`)}`),
      ],
      sql` & `,
    );
  const kinds = [null, ...FACET_KINDS] as const;
  const amongName = (kind: FacetKind | null) => column(`a_${kind ?? 'total'}`);
  const result = await db.execute(sql`
    with listed as (
      select bits from facet_bits
      where programme_id = ${filters.programmeId} and kind = 'listed' and value = ''
    ),
    sel as materialized (
      select listed.bits as listed
        ${sql.join(
          selections.map(({ name, bits }) => sql`, ${bits} as ${column(name)}`),
          sql``,
        )}
      from listed
    ),
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
