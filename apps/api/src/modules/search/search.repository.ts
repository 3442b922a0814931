import { type SQL, sql } from 'drizzle-orm';
import type { FacetKind } from '@mentorbro/core/search';
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

const FACET_KINDS_IN_SQL: FacetKind[] = [
  'goals',
  'fields',
  'languages',
  'region',
  'mode',
  'company',
];

function facetConditions(filters: SearchFilters) {
  return FACET_KINDS_IN_SQL.flatMap((kind) => {
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
      m.education_level, m.migrant_background, p.key::text as key, ${snippet} as snippet
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

/**
 * Facet counts and the total, in one statement. Each kind counts the mentors that pass every
 * filter but its own (the usual faceting rule), so a kind with a filter of its own reads a
 * wider set than the results: its own subquery, which the indexes narrow to exactly those
 * rows. Kinds without a filter of their own share one materialised pass over the results.
 * A single pass over "everyone failing at most one filter" reads the union of those sets
 * instead, which at 100,000 mentors was five times slower (docs/performance.md).
 */
export async function countFacets(db: Executor, filters: SearchFilters): Promise<FacetRow[]> {
  const active = facetConditions(filters);
  const base = baseConditions(filters);
  // Her words (or a municipality) leave few mentors: read them once and count among them.
  // Without, the programme is the scope and each kind's own subquery lets the indexes pick.
  const narrow = filters.text !== null || filters.municipality.length > 0;
  const scope = narrow ? sql`scope` : sql`mentor_profiles`;
  const scopeConditions = narrow ? [] : base;
  const isActive = (kind: FacetKind) => active.some((f) => f.kind === kind);
  /** The mentors a kind counts among: every active filter but its own. */
  const among = (kind: FacetKind) =>
    isActive(kind)
      ? sql`(select * from ${scope} m where ${and([
          ...scopeConditions,
          ...active.filter((f) => f.kind !== kind).map((f) => f.condition),
        ])})`
      : sql`found`;
  const result = await db.execute(sql`
    with ${
      narrow
        ? sql`scope as materialized (
      select m.user_id, m.goals, m.field, m.language_levels, m.region, m.meeting_mode,
        m.partner_company
      from mentor_profiles m where ${and(base)}
    ),`
        : sql``
    }
    found as materialized (
      select m.goals, m.field, m.language_levels, m.region, m.meeting_mode, m.partner_company
      from ${scope} m
      where ${and([...scopeConditions, ...active.map((f) => f.condition)])}
    )
    select 'total' as kind, null as value, count(*)::int as count from found
    union all
    select 'goals', g, count(*)::int from ${among('goals')} m, unnest(m.goals) g group by g
    union all
    select 'fields', m.field, count(*)::int from ${among('fields')} m group by m.field
    union all
    select 'languages', split_part(t, ':', 1), count(*)::int
      from ${among('languages')} m, unnest(m.language_levels) t
      where split_part(t, ':', 2) = any(${textArray(filters.levels)})
      group by 2
    union all
    select 'region', m.region, count(*)::int from ${among('region')} m group by m.region
    union all
    select 'mode', v, count(*)::int
      from ${among('mode')} m, unnest(case m.meeting_mode when 'both'
        then array['in_person', 'online'] else array[m.meeting_mode] end) v
      group by v
    union all
    select * from (
      select 'company', min(m.partner_company), count(*)::int from ${among('company')} m
      where m.partner_company is not null
      group by lower(m.partner_company) order by 3 desc, 2 limit 12
    ) companies
  `);
  return rowsOf<FacetRow>(result);
}
