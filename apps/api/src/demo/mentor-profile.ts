import { FIELDS, GOALS, type FieldCode } from '@mentorbro/core/catalogue';
import type { LanguageSkill, MentorProfileInput } from '@mentorbro/core/profile';
import type { MentorPublicText } from '@mentorbro/core/profile-view';
import { COMPANIES, TECH_COMPANIES, TECH_FIELDS } from './companies';
import { FIELD_JOBS } from './jobs';
import { offeredLanguages, speaks } from './languages';
import { type MentorTextFacts, mentorAbout, mentorHeadlines } from './mentor-texts';
import type { Random } from './random';

export interface MentorFacts {
  firstName: string;
  city: string;
  municipality: string;
  /** She came to Denmark herself: about a quarter of mentors. */
  migrant: boolean;
  spoken: readonly LanguageSkill[];
  programmeLanguages: readonly string[];
}

const FIELD_WEIGHTS = FIELDS.map((field) => [field.code, FIELD_JOBS[field.code].weight] as const);

/** Mentors are established in working life: 25-65, some retired. */
const AGE_BANDS = [
  ['25-34', 20],
  ['35-44', 30],
  ['45-54', 28],
  ['55-64', 17],
  ['65+', 5],
] as const;
const EXPERIENCE: Record<(typeof AGE_BANDS)[number][0], readonly [number, number]> = {
  '25-34': [2, 10],
  '35-44': [5, 20],
  '45-54': [10, 30],
  '55-64': [15, 40],
  '65+': [25, 45],
};

const INTERESTS = [
  'løb',
  'strik',
  'madlavning',
  'vandreture',
  'yoga',
  'læsning',
  'havearbejde',
  'fotografi',
  'bagning',
  'cykling',
  'svømning',
  'brætspil',
  'korsang',
  'teater',
  'film',
  'rejser',
  'musik',
  'frivilligt arbejde',
  'bæredygtighed',
  'kunst',
  'dans',
  'podcasts',
  'håndbold',
  'syning',
  'keramik',
  'sprog',
  'historie',
] as const;

function partnerCompany(random: Random, field: FieldCode): string | undefined {
  // IT and engineering mentors often volunteer through their employer (about 20 % overall).
  if (TECH_FIELDS.includes(field)) {
    return random.chance(0.4) ? random.pick(TECH_COMPANIES) : undefined;
  }
  return random.chance(0.17) ? random.pick(COMPANIES) : undefined;
}

export interface DemoMentorProfile {
  profile: MentorProfileInput;
  /** What her words were written from, to write changed ones later. */
  text: MentorTextFacts;
}

/** A complete, valid mentor profile; `mayPause` is false for one still waiting for review. */
export function mentorProfile(
  random: Random,
  facts: MentorFacts,
  mayPause: boolean,
): DemoMentorProfile {
  const field = random.weighted(FIELD_WEIGHTS);
  const [jobTitle, educationLevel] = random.pick(FIELD_JOBS[field].jobs);
  const ageBand = random.weighted(AGE_BANDS);
  const yearsOfExperience = random.int(...EXPERIENCE[ageBand]);
  const languages = offeredLanguages(facts.spoken, facts.programmeLanguages);
  const goalCodes = GOALS.map((goal) => goal.code);
  const goals = random.sample(goalCodes, random.int(3, 6));
  const interests = random.chance(0.1) ? [] : random.sample(INTERESTS, random.int(2, 5));
  const company = partnerCompany(random, field);
  const hasChildren = random.chance(0.65);
  const textFacts: MentorTextFacts = {
    firstName: facts.firstName,
    jobTitle,
    yearsOfExperience,
    field,
    city: facts.city,
    goals,
    meetingMode: random.weighted([
      ['in_person', 5],
      ['both', 4],
      ['online', 2],
    ] as const),
    meetingsPerMonth: random.weighted([
      [2, 5],
      [3, 3],
      [4, 2],
    ] as const),
    interests,
    hasChildren,
    migrant: facts.migrant,
    speaksEnglish: speaks(languages, 'en'),
    partnerCompany: company,
  };
  const profile: MentorProfileInput = {
    headline: random.pick(mentorHeadlines(textFacts)),
    about: mentorAbout(random, textFacts),
    jobTitle,
    field,
    yearsOfExperience,
    educationLevel,
    languages,
    municipality: facts.municipality,
    meetingMode: textFacts.meetingMode,
    meetingsPerMonth: textFacts.meetingsPerMonth,
    mentorshipMonths: random.weighted([
      [6, 6],
      [4, 1],
      [9, 1],
      [12, 2],
    ] as const),
    // In the catalogue's order, as the profile editor lists them.
    goals: goalCodes.filter((code) => goals.includes(code)),
    interests,
    capacity: random.weighted([
      [1, 55],
      [2, 35],
      [3, 10],
    ] as const),
    ...(company === undefined ? {} : { partnerCompany: company }),
    // Each fact is hers to show or not; not shown is simply left out.
    personal: {
      ...(random.chance(0.7) ? { ageBand } : {}),
      ...(random.chance(0.6) ? { hasChildren } : {}),
      ...(random.chance(facts.migrant ? 0.8 : 0.4) ? { migrantBackground: facts.migrant } : {}),
    },
    paused: mayPause && random.chance(0.1),
  };
  return { profile, text: textFacts };
}

const UPDATES = [
  'Opdatering: Jeg er gået ned i tid på arbejdet, så nu har jeg bedre tid til at mødes.',
  'Nyt fra mig: Jeg holder nu også oplæg om jobsøgning og deler gerne mine erfaringer.',
  'Siden sidst har jeg skiftet afdeling og har fået et endnu større netværk i branchen.',
] as const;

/** An approved mentor's changed headline and about, as they wait for a coordinator. */
export function changedWords(random: Random, mentor: DemoMentorProfile): MentorPublicText {
  const { profile } = mentor;
  const headlines = mentorHeadlines(mentor.text).filter((h) => h !== profile.headline);
  return {
    headline: random.pick(headlines),
    about: `${profile.about}\n\n${random.pick(UPDATES)}`,
    jobTitle: profile.jobTitle,
    interests: profile.interests,
    ...(profile.partnerCompany === undefined ? {} : { partnerCompany: profile.partnerCompany }),
  };
}

/** Kind words, and a way forward: what a coordinator writes when a profile is too thin. */
export const MENTOR_REJECTION =
  'Tak for din profil! Vi kan ikke godkende den endnu, fordi teksten om dig er meget kort. ' +
  'Skriv gerne lidt mere om dit arbejde, og hvad du kan hjælpe med, og send den igen.';

/** The about text of the rejected demo mentor, so the reason above makes sense. */
export const THIN_ABOUT = 'Jeg vil gerne være mentor. Skriv til mig, hvis du har brug for hjælp.';
