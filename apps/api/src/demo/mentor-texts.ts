import { FIELDS, type FieldCode, type GoalCode } from '@mentorbro/core/catalogue';
import type { MeetingMode } from '@mentorbro/core/profile';
import type { Random } from './random';
import { listDa, lowerFirst, NUMBER_WORDS_DA, wordCount } from './texts';

/** What a mentor's own words are written from, so the text agrees with the rest of her profile. */
export interface MentorTextFacts {
  firstName: string;
  jobTitle: string;
  yearsOfExperience: number;
  field: FieldCode;
  city: string;
  goals: readonly GoalCode[];
  meetingMode: MeetingMode;
  meetingsPerMonth: number;
  interests: readonly string[];
  hasChildren: boolean;
  migrant: boolean;
  speaksEnglish: boolean;
  partnerCompany: string | undefined;
}

/** What she can help with, as the end of "Jeg kan hjælpe med …". */
const HELP: Record<GoalCode, string> = {
  job_search: 'jobansøgninger',
  specific_trade: 'vejen ind i mit fag',
  education: 'valg af uddannelse',
  danish_practice: 'at øve dansk i hverdagen',
  network: 'at bygge et netværk',
  work_culture: 'de uskrevne regler på en dansk arbejdsplads',
  everyday_life: 'hverdagen i Danmark',
  clarify_options: 'at finde ud af, hvad du kan bruge din uddannelse til',
};

/** The same, short enough for a headline. */
const HEADLINE_HELP: Record<GoalCode, string> = {
  job_search: 'jobsøgning',
  specific_trade: 'vejen ind i faget',
  education: 'uddannelsesvalg',
  danish_practice: 'dansk i hverdagen',
  network: 'netværk',
  work_culture: 'dansk arbejdskultur',
  everyday_life: 'hverdagen i Danmark',
  clarify_options: 'at afklare dine muligheder',
};

const FIELD_NAMES = new Map<string, string>(FIELDS.map((f) => [f.code, lowerFirst(f.label.da)]));
const fieldName = (field: FieldCode) => FIELD_NAMES.get(field) ?? field;

/** Every headline her facts allow; the first goal she lists leads. */
export function mentorHeadlines(facts: MentorTextFacts): string[] {
  const job = facts.jobTitle;
  const jobLower = lowerFirst(job);
  const [first = 'job_search', second = 'network'] = facts.goals;
  const one = HEADLINE_HELP[first];
  const two = HEADLINE_HELP[second];
  return [
    `${job} med ${facts.yearsOfExperience} års erfaring – hjælper gerne med ${one}`,
    `Erfaren ${jobLower} i ${facts.city}, der gerne deler sit netværk`,
    `Jeg kender ${fieldName(facts.field)} indefra og hjælper dig gerne videre`,
    `${job}, der brænder for ${one} og ${two}`,
    `Lad os tale om ${one} over en kop kaffe`,
    `Din sparringspartner i ${one} og ${two}`,
    `${job} i ${facts.city}: spørg mig om ${one}`,
    ...(facts.migrant ? [`Selv ny i Danmark engang – i dag ${jobLower}`] : []),
  ];
}

function intro(random: Random, facts: MentorTextFacts): string {
  const job = lowerFirst(facts.jobTitle);
  const years = facts.yearsOfExperience;
  if (facts.partnerCompany && random.chance(0.7)) {
    return `Jeg er ${job} hos ${facts.partnerCompany} og er mentor gennem vores partnerskab med netværket.`;
  }
  const options = [
    `Jeg arbejder som ${job} og har ${years} års erfaring inden for ${fieldName(facts.field)}.`,
    `Til daglig er jeg ${job} i ${facts.city}, og jeg har været i faget i ${years} år.`,
    `Jeg hedder ${facts.firstName} og har arbejdet som ${job} i ${years} år.`,
  ];
  if (facts.migrant) {
    options.push(
      `Jeg kom selv til Danmark som voksen og arbejder i dag som ${job} i ${facts.city}.`,
    );
  }
  return random.pick(options);
}

function help(random: Random, facts: MentorTextFacts): string {
  const things = random.sample(facts.goals, random.int(2, 3)).map((goal) => HELP[goal]);
  return random.pick([
    `Som mentor kan jeg hjælpe med ${listDa(things)}.`,
    `Jeg vil gerne hjælpe med ${listDa(things)}.`,
    `Du kan bruge mig til ${listDa(things)}.`,
  ]);
}

function motivation(random: Random, facts: MentorTextFacts): string {
  const options = [
    'Jeg ved, hvor meget et netværk betyder, når man skal finde fodfæste på arbejdsmarkedet.',
    'Det giver mening for mig at dele min erfaring, og jeg lærer selv meget af at møde nye mennesker.',
    'Mange dygtige kvinder bliver overset, fordi de mangler en indgang, og det vil jeg gerne lave om på.',
    'Jeg har selv haft en mentor, og det gjorde en stor forskel for mig.',
  ];
  if (facts.migrant) {
    options.push(
      'Jeg husker selv, hvor svært det var at forstå de uskrevne regler, da jeg var ny i Danmark.',
    );
  }
  return random.pick(options);
}

function practical(facts: MentorTextFacts): string {
  const times = NUMBER_WORDS_DA[facts.meetingsPerMonth] ?? String(facts.meetingsPerMonth);
  switch (facts.meetingMode) {
    case 'in_person':
      return `Jeg vil helst mødes ansigt til ansigt, gerne over en kop kaffe ${times} gange om måneden.`;
    case 'online':
      return `Min hverdag er travl, så jeg mødes helst online, cirka ${times} gange om måneden.`;
    case 'both':
      return 'Vi kan mødes både online og i virkeligheden, alt efter hvad der passer dig bedst.';
  }
}

function personal(random: Random, facts: MentorTextFacts): string | undefined {
  const options: string[] = [];
  if (facts.interests.length > 0) {
    options.push(`I min fritid holder jeg af ${listDa(facts.interests.slice(0, 2))}.`);
  }
  if (facts.hasChildren) {
    options.push('Jeg er mor, så jeg kender også puslespillet mellem arbejde og familie.');
  }
  return options.length > 0 ? random.pick(options) : undefined;
}

function closing(random: Random, facts: MentorTextFacts): string {
  return random.pick([
    'Skriv endelig til mig, hvis du tror, vi kan bruge hinanden.',
    'Jeg glæder mig til at høre om dine mål.',
    ...(facts.speaksEnglish
      ? ['Du er velkommen til at skrive til mig på dansk eller engelsk.']
      : []),
  ]);
}

const ABOUT_MAX_WORDS = 60;

/**
 * About 40-60 words in two short paragraphs: who she is and what she offers, then herself.
 * The optional sentences are tried in a random order and kept while they fit.
 */
export function mentorAbout(random: Random, facts: MentorTextFacts): string {
  const start = intro(random, facts);
  const offer = help(random, facts);
  const optional = {
    motivation: motivation(random, facts),
    practical: practical(facts),
    personal: personal(random, facts),
    closing: closing(random, facts),
  };
  let words = wordCount(`${start} ${offer}`);
  const kept: Partial<typeof optional> = {};
  for (const key of random.sample(Object.keys(optional) as (keyof typeof optional)[], 4)) {
    const text = optional[key];
    if (text === undefined || words + wordCount(text) > ABOUT_MAX_WORDS) continue;
    kept[key] = text;
    words += wordCount(text);
  }
  const paragraph = (sentences: (string | undefined)[]) =>
    sentences.filter((sentence) => sentence !== undefined).join(' ');
  const work = paragraph([start, kept.motivation, offer, kept.practical]);
  const life = paragraph([kept.personal, kept.closing]);
  return life ? `${work}\n\n${life}` : work;
}
