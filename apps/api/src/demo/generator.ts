import {
  FIELDS,
  GOALS,
  MUNICIPALITIES,
  type FieldCode,
  type GoalCode,
  type LanguageCode,
  type LanguageLevel,
  type RegionCode,
  placeCode,
} from '@mentorbro/core/catalogue';
import type { Locale, SelfRegisterRole } from '@mentorbro/core/user';
import { DANISH, IMMIGRANT_BACKGROUNDS, type Background } from './backgrounds';
import { Random } from './random';

export interface DemoLanguage {
  code: LanguageCode;
  level: LanguageLevel;
}

export interface DemoPerson {
  role: SelfRegisterRole;
  name: string;
  email: string;
  locale: Locale;
  municipality: string;
  region: RegionCode;
  languages: DemoLanguage[];
  /** A mentor's own field of work; a mentee's wished-for fields. */
  fields: FieldCode[];
  /** A mentee's goals in her order; the goals a mentor can help with. */
  goals: GoalCode[];
  background: string;
}

export interface DemoOptions {
  seed?: number;
  mentors: number;
  mentees: number;
}

export const DEMO_SEED = 20_261_123;
export const DEMO_EMAIL_DOMAIN = 'demo.mentorbro.dk';

/** Most members live where the networks are: Copenhagen, Aarhus, Odense, Svendborg, Slagelse. */
const CITY_WEIGHTS: Record<string, number> = {
  koebenhavn: 30,
  aarhus: 12,
  odense: 10,
  frederiksberg: 5,
  aalborg: 5,
  svendborg: 4,
  slagelse: 4,
  hvidovre: 2,
  'hoeje-taastrup': 2,
  ishoej: 2,
  albertslund: 2,
  broendby: 2,
  gladsaxe: 2,
  koege: 2,
  roskilde: 2,
  vejle: 2,
  kolding: 2,
  esbjerg: 2,
  horsens: 2,
  randers: 2,
};
const CITIES = MUNICIPALITIES.map((m) => [m, CITY_WEIGHTS[m.code] ?? 0.3] as const);

const LEVELS_DANISH_MENTEE = [
  ['A1', 1],
  ['A2', 4],
  ['B1', 5],
  ['B2', 3],
  ['C1', 1],
] as const;
const LEVELS_FOREIGN = [
  ['A2', 1],
  ['B1', 3],
  ['B2', 4],
  ['C1', 3],
  ['C2', 1],
] as const;

function asciiName(name: string): string {
  return placeCode(name).replaceAll('-', '.');
}

function languagesOf(
  random: Random,
  background: Background,
  danishLevel: LanguageLevel,
): DemoLanguage[] {
  const languages: DemoLanguage[] = [{ code: background.motherTongue, level: 'native' }];
  if (background.motherTongue !== 'da') languages.push({ code: 'da', level: danishLevel });
  for (const code of random.sample(background.otherLanguages, random.int(0, 2))) {
    languages.push({ code, level: random.weighted(LEVELS_FOREIGN) });
  }
  return languages;
}

function person(random: Random, role: SelfRegisterRole, index: number): DemoPerson {
  // About a quarter of mentors have a migrant background themselves; mentees all do.
  const background =
    role === 'mentor' && random.chance(0.75) ? DANISH : random.weighted(IMMIGRANT_BACKGROUNDS);
  const first = random.pick(background.firstNames);
  const last = random.pick(background.lastNames);
  const city = random.weighted(CITIES);
  const danishLevel: LanguageLevel =
    role === 'mentor' ? random.pick(['C1', 'C2'] as const) : random.weighted(LEVELS_DANISH_MENTEE);
  const goalCodes = GOALS.map((goal) => goal.code);
  const fieldCodes = FIELDS.map((field) => field.code);
  return {
    role,
    name: `${first} ${last}`,
    email: `${asciiName(first)}.${asciiName(last)}.${role}${index}@${DEMO_EMAIL_DOMAIN}`,
    locale: role === 'mentee' && random.chance(0.35) ? 'en' : 'da',
    municipality: city.code,
    region: city.region,
    languages: languagesOf(random, background, danishLevel),
    fields: random.sample(fieldCodes, role === 'mentor' ? 1 : random.int(1, 2)),
    goals: random.sample(goalCodes, role === 'mentor' ? random.int(3, 6) : random.int(1, 3)),
    background: background.key,
  };
}

/**
 * Deterministic demo members: mentors first, then mentees. A generator, so 100,000 people
 * can be streamed into the database in batches without holding them all in memory.
 */
export function* generateDemoPeople(options: DemoOptions): Generator<DemoPerson> {
  const random = new Random(options.seed ?? DEMO_SEED);
  for (let i = 1; i <= options.mentors; i++) yield person(random, 'mentor', i);
  for (let i = 1; i <= options.mentees; i++) yield person(random, 'mentee', i);
}
