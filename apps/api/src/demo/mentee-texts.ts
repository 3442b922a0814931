import { FIELDS, type FieldCode, type GoalCode } from '@mentorbro/core/catalogue';
import type { Locale } from '@mentorbro/core/user';
import type { Random } from './random';
import { lowerFirst, NUMBER_WORDS_DA, NUMBER_WORDS_EN } from './texts';

type Words = Record<Locale, string>;

/** Educations mentees bring from abroad, by the field they lead to here. */
export const EDUCATIONS_ABROAD: readonly (readonly [FieldCode, Words])[] = [
  ['health_care', { da: 'Sygepleje', en: 'Nursing' }],
  ['health_care', { da: 'Medicin', en: 'Medicine' }],
  ['health_care', { da: 'Jordemoderkundskab', en: 'Midwifery' }],
  ['it', { da: 'Datalogi', en: 'Computer science' }],
  ['it', { da: 'Informationsteknologi', en: 'Information technology' }],
  ['engineering', { da: 'Byggeteknik', en: 'Civil engineering' }],
  ['engineering', { da: 'Elektronik', en: 'Electronics' }],
  ['education_childcare', { da: 'Undervisning', en: 'Teaching' }],
  ['education_childcare', { da: 'Pædagogik', en: 'Early childhood education' }],
  ['finance', { da: 'Regnskab', en: 'Accounting' }],
  ['finance', { da: 'Økonomi', en: 'Economics' }],
  ['law', { da: 'Jura', en: 'Law' }],
  ['research', { da: 'Kemi', en: 'Chemistry' }],
  ['research', { da: 'Biologi', en: 'Biology' }],
  ['pharmacy_laboratory', { da: 'Farmaci', en: 'Pharmacy' }],
  ['management', { da: 'Erhvervsøkonomi', en: 'Business administration' }],
  ['communication', { da: 'Journalistik', en: 'Journalism' }],
  ['culture', { da: 'Litteratur', en: 'Literature' }],
  ['design_architecture', { da: 'Arkitektur', en: 'Architecture' }],
  ['social_work', { da: 'Socialt arbejde', en: 'Social work' }],
  ['social_work', { da: 'Psykologi', en: 'Psychology' }],
  ['beauty_wellness', { da: 'Frisørfaget', en: 'Hairdressing' }],
  ['hospitality', { da: 'Hotel og turisme', en: 'Hotel and tourism' }],
  ['food_agriculture', { da: 'Landbrug', en: 'Agriculture' }],
  ['interpreting', { da: 'Sprog og oversættelse', en: 'Languages and translation' }],
];

/** Her most important goal, in plain words a woman with A2-B1 Danish can write. */
const GOAL_SENTENCES: Record<GoalCode, Words> = {
  job_search: {
    da: 'Jeg søger arbejde og vil gerne have hjælp til mit CV og til jobsamtaler.',
    en: 'I am looking for a job and would like help with my CV and job interviews.',
  },
  specific_trade: {
    da: 'Jeg vil gerne vide, hvordan jeg kommer ind i mit fag her i Danmark.',
    en: 'I want to know how I can work in my profession here in Denmark.',
  },
  education: {
    da: 'Jeg vil gerne tage en uddannelse og har brug for hjælp til at vælge.',
    en: 'I want to study and I need help to choose an education.',
  },
  danish_practice: {
    da: 'Jeg vil gerne tale mere dansk, så jeg bliver mere sikker.',
    en: 'I want to speak more Danish so I feel more confident.',
  },
  network: {
    da: 'Jeg kender ikke så mange danskere og vil gerne have et netværk.',
    en: 'I do not know many Danes and I would like to build a network.',
  },
  work_culture: {
    da: 'Jeg vil gerne forstå, hvordan man arbejder på en dansk arbejdsplads.',
    en: 'I want to understand how people work at a Danish workplace.',
  },
  everyday_life: {
    da: 'Jeg vil gerne have hjælp til hverdagen, for eksempel breve fra kommunen og skolen.',
    en: 'I would like help with everyday life, for example letters from the municipality and school.',
  },
  clarify_options: {
    da: 'Jeg ved ikke, hvad jeg kan bruge min uddannelse til her, og vil gerne finde ud af det.',
    en: 'I do not know what I can do with my education here, and I want to find out.',
  },
};

const CLOSINGS: readonly Words[] = [
  { da: 'Jeg glæder mig til at møde en mentor.', en: 'I look forward to meeting a mentor.' },
  { da: 'Jeg er glad for at møde nye mennesker.', en: 'I am happy to meet new people.' },
];

export interface MenteeTextFacts {
  locale: Locale;
  yearsHere: number;
  goals: readonly GoalCode[];
  desiredFields: readonly FieldCode[];
  education: Words | undefined;
  children: number;
}

const FIELD_LABELS = new Map<string, Words>(FIELDS.map((field) => [field.code, field.label]));

/** Short sentences in simple Danish, or English when that is the language she chose. */
export function menteeAbout(random: Random, facts: MenteeTextFacts): string {
  const da = facts.locale === 'da';
  const years = facts.yearsHere;
  const sentences = [
    da
      ? `Jeg har boet i Danmark i ${years === 0 ? 'et halvt år' : `${years} år`}.`
      : `I have lived in Denmark for ${years === 0 ? 'half a year' : years === 1 ? 'one year' : `${years} years`}.`,
  ];
  if (facts.education) {
    const subject = lowerFirst(facts.education[facts.locale]);
    sentences.push(
      da
        ? `Jeg har en uddannelse i ${subject} fra mit hjemland.`
        : `I studied ${subject} in my home country.`,
    );
  }
  const field = facts.desiredFields[0] && FIELD_LABELS.get(facts.desiredFields[0]);
  if (field) {
    const name = lowerFirst(field[facts.locale]);
    sentences.push(da ? `Jeg vil gerne arbejde med ${name}.` : `I would like to work in ${name}.`);
  }
  if (facts.goals[0]) sentences.push(GOAL_SENTENCES[facts.goals[0]][facts.locale]);
  if (facts.children > 0) {
    const n = facts.children;
    sentences.push(
      da
        ? `Jeg har ${n === 1 ? 'et barn' : `${NUMBER_WORDS_DA[n] ?? n} børn`}.`
        : `I have ${n === 1 ? 'one child' : `${NUMBER_WORDS_EN[n] ?? n} children`}.`,
    );
  }
  if (random.chance(0.6)) sentences.push(random.pick(CLOSINGS)[facts.locale]);
  return sentences.join(' ');
}

/** What a coordinator writes when she needs to know more before approving. */
export const MENTEE_REJECTION: Words = {
  da:
    'Tak for din profil. Før vi kan godkende den, vil vi gerne vide lidt mere om, hvad du ' +
    'gerne vil have hjælp til. Ring eller skriv til os, så hjælper vi dig gerne.',
  en:
    'Thank you for your profile. Before we can approve it, we would like to know a little more ' +
    'about what you would like help with. Call or write to us and we will gladly help you.',
};
