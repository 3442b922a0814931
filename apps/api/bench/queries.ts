import { sql } from 'drizzle-orm';
import { DEFAULT_PROGRAMME_RULES } from '@mentorbro/core/programme';
import type { MentorSearchQuery } from '@mentorbro/core/search';
import type { Db } from '../src/db/client';
import { rowsOf } from '../src/db/rows';
import { type DemoMentee, type DemoMentor, generateDemoPeople } from '../src/demo/generator';
import { Random } from '../src/demo/random';
import type { ScenarioName } from './options';

/** Its own seed: the queries are new people from the generator, not the loaded ones. */
const QUERY_SEED = 4_711;

/** One request of a scenario: who sends it, and what. */
export interface BenchRequest {
  /** Path and query string, as sent. */
  path: string;
  /** The mentee who sends it; null for the health check. */
  userId: string | null;
  /** What the search service receives for it; null for recommendations and health. */
  search: MentorSearchQuery | null;
}

export interface Scenario {
  name: ScenarioName;
  description: string;
  requests: BenchRequest[];
}

type Mentor = NonNullable<DemoMentor['profile']>['input'];
interface Mentee {
  input: NonNullable<DemoMentee['profile']>['input'];
  region: string;
}

/** Words a mentee would not type on their own. */
const STOP_WORDS = new Set([
  'gerne',
  'hjælper',
  'deler',
  'indefra',
  'videre',
  'erfaren',
  'erfaring',
  'spørg',
  'brænder',
  'kender',
  'engang',
  'kaffe',
]);

/** What she types: a job title, a word of a headline, two words, now and then a typo. */
function typedWords(random: Random, mentor: Mentor): string {
  const title = mentor.jobTitle;
  const firstOfTitle = title.split(/[\s-]/)[0] ?? title;
  // Not the names of towns (capitalised after the first word): she filters on where instead.
  const words = mentor.headline
    .split(/[^\p{L}-]+/u)
    .filter((word, index) => index === 0 || word === word.toLocaleLowerCase('da'))
    .filter((word) => word.length >= 5 && !STOP_WORDS.has(word.toLowerCase()));
  const kind = random.weighted([
    ['title', 45],
    ['word', 30],
    ['two words', 15],
    ['typo', 10],
  ] as const);
  let typed = title;
  if (kind === 'word' && words.length > 0) typed = random.pick(words);
  if (kind === 'two words' && words.length > 0) typed = `${firstOfTitle} ${random.pick(words)}`;
  // A letter dropped: the typo path looks for the nearest words mentors use.
  if (kind === 'typo' && firstOfTitle.length >= 6) {
    typed = firstOfTitle.slice(0, 3) + firstOfTitle.slice(4);
  }
  return random.chance(0.5) ? typed.toLocaleLowerCase('da') : typed;
}

/** One of her own filter values of the given kind, as the search form would send it. */
function filterValue(random: Random, kind: string, mentee: Mentee, mentor: Mentor | null) {
  const { input } = mentee;
  switch (kind) {
    case 'goals':
      return random.sample(input.goals, random.int(1, Math.min(2, input.goals.length))).join(',');
    case 'fields':
      if (mentor) return mentor.field;
      return input.desiredFields.length > 0
        ? random.sample(input.desiredFields, random.int(1, 2)).join(',')
        : null;
    case 'languages': {
      const programme: readonly string[] = DEFAULT_PROGRAMME_RULES.languages;
      const spoken = input.otherLanguages.map((language) => language.code);
      const offered = spoken.filter((code) => code !== 'da' && programme.includes(code));
      return offered.length > 0 ? random.pick(offered) : 'en';
    }
    case 'region':
      return mentee.region;
    case 'municipality':
      return input.municipality;
    case 'mode':
      return input.meetingMode === 'both'
        ? random.pick(['in_person', 'online'] as const)
        : input.meetingMode;
    default:
      return null;
  }
}

/** The pairs of filters a mentee combines with her words. */
const WITH_WORDS = [
  ['fields', 'region'],
  ['goals', 'region'],
  ['languages', 'goals'],
  ['mode', 'region'],
  ['municipality', 'goals'],
] as const;
const FILTER_KINDS = ['goals', 'fields', 'languages', 'region', 'municipality', 'mode'] as const;

function searchQuery(
  random: Random,
  kinds: readonly string[],
  mentee: Mentee,
  mentor: Mentor | null,
) {
  const query: Record<string, string> = {};
  if (mentor) query.q = typedWords(random, mentor);
  // In one order, as the search form sends them, so no two queries differ by order alone.
  const ordered = FILTER_KINDS.filter((kind) => kinds.includes(kind));
  for (const kind of ordered) {
    const value = filterValue(random, kind, mentee, mentor);
    if (value === null) return null;
    query[kind] = value;
  }
  return query as MentorSearchQuery;
}

function pathOf(query: MentorSearchQuery): string {
  const params = new URLSearchParams(query as Record<string, string>);
  return `/api/mentors?${params.toString()}`;
}

/** Draws until `count` distinct queries, so none repeats within a scenario. */
function distinct(count: number, draw: () => MentorSearchQuery | null): MentorSearchQuery[] {
  const found = new Map<string, MentorSearchQuery>();
  for (let tries = 0; found.size < count; tries++) {
    if (tries > count * 50) throw new Error(`Only ${found.size} distinct queries found`);
    const query = draw();
    if (query) found.set(pathOf(query), query);
  }
  return [...found.values()];
}

/** Approved, active mentees in a stable order, so the same seed picks the same ones. */
async function approvedMentees(db: Db): Promise<string[]> {
  const rows = rowsOf<{ id: string }>(
    await db.execute(sql`
      select u.id from mentee_profiles p join users u on u.id = p.user_id
      where p.status = 'approved' and u.suspended_at is null and u.role = 'mentee'
      order by u.email`),
  );
  return rows.map((row) => row.id);
}

/** New people from the generator, whose words and wishes the queries are made of. */
function generatedPeople(count: number) {
  const mentors: Mentor[] = [];
  const mentees: Mentee[] = [];
  for (const person of generateDemoPeople({ seed: QUERY_SEED, mentors: count, mentees: count })) {
    if (person.role === 'mentor' && person.profile) mentors.push(person.profile.input);
    if (person.role === 'mentee' && person.profile) {
      mentees.push({ input: person.profile.input, region: person.region });
    }
  }
  return { mentors, mentees };
}

/**
 * Search pages for the load journey (`pnpm bench:load`), made as the scenarios' are: half
 * with words and two filters, half with filters alone, none twice.
 */
export function mentorSearchPaths(count: number): string[] {
  const random = new Random(QUERY_SEED);
  const { mentors, mentees } = generatedPeople(count);
  const half = Math.ceil(count / 2);
  const withWords = distinct(half, () =>
    searchQuery(random, random.pick(WITH_WORDS), random.pick(mentees), random.pick(mentors)),
  );
  const filtersOnly = distinct(half, () =>
    searchQuery(random, random.sample(FILTER_KINDS, random.int(2, 3)), random.pick(mentees), null),
  );
  return [...withWords, ...filtersOnly].map(pathOf);
}

/**
 * The requests of every scenario, deterministic for a given database: search words and
 * filters come from mentors and mentees the demo generator makes with its own seed (the
 * loaded population's vocabulary and proportions), and they are sent by real approved
 * mentees of the database, so search ranks by match where she gives no words.
 */
export async function buildScenarios(db: Db, count: number): Promise<Scenario[]> {
  const random = new Random(QUERY_SEED);
  const menteeIds = await approvedMentees(db);
  if (menteeIds.length < count) {
    throw new Error(`The database has ${menteeIds.length} approved mentees; ${count} are needed`);
  }
  const { mentors, mentees } = generatedPeople(count);
  const sender = () => random.pick(menteeIds);
  const asRequests = (queries: MentorSearchQuery[]) =>
    queries.map((search) => ({ path: pathOf(search), userId: sender(), search }));

  const withWords = distinct(count, () =>
    searchQuery(random, random.pick(WITH_WORDS), random.pick(mentees), random.pick(mentors)),
  );
  const filtersOnly = distinct(count, () =>
    searchQuery(random, random.sample(FILTER_KINDS, random.int(2, 3)), random.pick(mentees), null),
  );
  return [
    {
      name: 'search-text',
      description: 'GET /api/mentors with q and two filters',
      requests: asRequests(withWords),
    },
    {
      name: 'search-filters',
      description: 'GET /api/mentors with two or three filters, no words',
      requests: asRequests(filtersOnly),
    },
    {
      name: 'recommendations',
      description: 'GET /api/me/recommendations?limit=10 for different mentees',
      requests: random.sample(menteeIds, count).map((userId) => ({
        path: '/api/me/recommendations?limit=10',
        userId,
        search: null,
      })),
    },
    {
      name: 'health',
      description: 'GET /api/health/live, the ceiling of the HTTP stack',
      requests: [{ path: '/api/health/live', userId: null, search: null }],
    },
  ];
}
