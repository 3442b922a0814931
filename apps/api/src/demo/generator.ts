import { MUNICIPALITIES, type RegionCode, placeCode } from '@mentorbro/core/catalogue';
import type { MenteeProfileInput, MentorProfileInput } from '@mentorbro/core/profile';
import type { MentorPublicText } from '@mentorbro/core/profile-view';
import { DEFAULT_PROGRAMME_RULES } from '@mentorbro/core/programme';
import type { Locale, SelfRegisterRole } from '@mentorbro/core/user';
import { type Background, DANISH, IMMIGRANT_BACKGROUNDS } from './backgrounds';
import { spokenLanguages } from './languages';
import { menteeProfile } from './mentee-profile';
import { MENTEE_REJECTION } from './mentee-texts';
import { changedWords, MENTOR_REJECTION, mentorProfile, THIN_ABOUT } from './mentor-profile';
import { Random } from './random';
import { type DemoReview, reviewOf, reviewPlan } from './review-plan';

export type { DemoReview } from './review-plan';

interface DemoAccount {
  name: string;
  email: string;
  locale: Locale;
  municipality: string;
  region: RegionCode;
  background: string;
  /** Hours before loading that she signed up: before she sent her profile. */
  registeredHoursAgo: number;
}

export interface DemoMentor extends DemoAccount {
  role: 'mentor';
  profile: {
    input: MentorProfileInput;
    review: DemoReview;
    pendingChanges: MentorPublicText | null;
  } | null;
}

export interface DemoMentee extends DemoAccount {
  role: 'mentee';
  profile: { input: MenteeProfileInput; review: DemoReview } | null;
}

export type DemoPerson = DemoMentor | DemoMentee;

export interface DemoOptions {
  seed?: number;
  mentors: number;
  mentees: number;
  /** The only languages mentors may offer: the programme's (the default one's if left out). */
  languages?: readonly string[];
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

function asciiName(name: string): string {
  return placeCode(name).replaceAll('-', '.');
}

function account(random: Random, role: SelfRegisterRole, index: number, background: Background) {
  const first = random.pick(background.firstNames);
  const last = random.pick(background.lastNames);
  const city = random.weighted(CITIES);
  const account: Omit<DemoAccount, 'registeredHoursAgo'> = {
    name: `${first} ${last}`,
    email: `${asciiName(first)}.${asciiName(last)}.${role}${index}@${DEMO_EMAIL_DOMAIN}`,
    locale: role === 'mentee' && random.chance(0.35) ? ('en' as const) : ('da' as const),
    municipality: city.code,
    region: city.region,
    background: background.key,
  };
  return { firstName: first, city: city.label.da, account };
}

/** Signed up a little before her first review; those without a profile, in the last weeks. */
function registeredBefore(random: Random, review: DemoReview | undefined): number {
  if (!review) return random.int(1, 20) * 24;
  return Math.max(review.submittedHoursAgo, review.reviewedHoursAgo ?? 0) + random.int(1, 72);
}

function mentor(random: Random, index: number, languages: readonly string[]): DemoMentor {
  // About a quarter of mentors have a migrant background themselves.
  const migrant = !random.chance(0.75);
  const background = migrant ? random.weighted(IMMIGRANT_BACKGROUNDS) : DANISH;
  const { firstName, city, account: base } = account(random, 'mentor', index, background);
  const plan = reviewPlan('mentor', index);
  const spoken = spokenLanguages(random, background, random.pick(['C1', 'C2'] as const));
  const facts = { firstName, city, municipality: base.municipality, migrant, spoken };
  const made = mentorProfile(
    random,
    { ...facts, programmeLanguages: languages },
    plan.kind === 'approved',
  );
  if (plan.kind === 'none') {
    return {
      ...base,
      role: 'mentor',
      registeredHoursAgo: registeredBefore(random, undefined),
      profile: null,
    };
  }
  const review = reviewOf(random, plan, MENTOR_REJECTION);
  const input = plan.kind === 'rejected' ? { ...made.profile, about: THIN_ABOUT } : made.profile;
  return {
    ...base,
    role: 'mentor',
    registeredHoursAgo: registeredBefore(random, review),
    profile: {
      input,
      review,
      pendingChanges: plan.kind === 'edited' ? changedWords(random, made) : null,
    },
  };
}

function mentee(random: Random, index: number): DemoMentee {
  const background = random.weighted(IMMIGRANT_BACKGROUNDS);
  const { account: base } = account(random, 'mentee', index, background);
  const plan = reviewPlan('mentee', index);
  const facts = { locale: base.locale, municipality: base.municipality, background };
  // A rejected mentee was asked to say more about what she wants: her text is missing.
  const input = menteeProfile(random, facts, plan.kind !== 'rejected');
  if (plan.kind === 'none') {
    return {
      ...base,
      role: 'mentee',
      registeredHoursAgo: registeredBefore(random, undefined),
      profile: null,
    };
  }
  const review = reviewOf(random, plan, MENTEE_REJECTION[base.locale]);
  return {
    ...base,
    role: 'mentee',
    registeredHoursAgo: registeredBefore(random, review),
    profile: { input, review },
  };
}

/**
 * Deterministic demo members with their profiles: mentors first, then mentees. A generator,
 * so 100,000 people can be streamed into the database in batches without holding them all.
 */
export function* generateDemoPeople(options: DemoOptions): Generator<DemoPerson> {
  const random = new Random(options.seed ?? DEMO_SEED);
  const languages = options.languages ?? DEFAULT_PROGRAMME_RULES.languages;
  for (let i = 1; i <= options.mentors; i++) yield mentor(random, i, languages);
  for (let i = 1; i <= options.mentees; i++) yield mentee(random, i);
}
