import {
  AGE_BAND_OPTIONS,
  EDUCATION_LEVEL_OPTIONS,
  YEARS_IN_DENMARK_OPTIONS,
} from './catalogue/profile-options';
import type { SurveyDefinition, SurveyForm, SurveyOption, SurveyQuestion } from './survey.schema';

// The first version of each form, used until a programme saves its own. Plain Danish (B1):
// the mentees read these while still learning. "What worked" and "what was hard" follow the
// lists in the seed report (section 4.4), put in the first person.

const option = (id: string, da: string, en: string): SurveyOption => ({ id, label: { da, en } });
const fromCatalogue = (entries: readonly { code: string; label: { da: string; en: string } }[]) =>
  entries.map((entry) => option(entry.code, entry.label.da, entry.label.en));

const chooseAll = { da: 'Vælg alle, der passer.', en: 'Choose all that fit.' };

const satisfaction = (da: string, en: string): SurveyQuestion => ({
  id: 'satisfaction',
  type: 'scale',
  label: { da, en },
  scaleLabels: {
    low: { da: 'Slet ikke godt', en: 'Not well at all' },
    high: { da: 'Rigtig godt', en: 'Very well' },
  },
});

const anonymousIntro = {
  da: 'Dine svar er anonyme. Vi gemmer dem uden dit navn og uden jeres forløb. Koordinatorerne ser kun tal for mindst 5 personer ad gangen. Du må gerne springe spørgsmål over.',
  en: 'Your answers are anonymous. We keep them without your name and without your mentorship. Coordinators only see numbers for at least 5 people together. You may skip any question.',
};

const menteeStart: SurveyDefinition = {
  form: 'mentee_start',
  version: 1,
  intro: {
    da: 'Fortæl os, hvor du står nu. Det tager 2 minutter. Din mentor og koordinatoren kan se dine svar, så I kan bruge dem i forløbet. Du må gerne springe spørgsmål over.',
    en: 'Tell us where you are now. It takes 2 minutes. Your mentor and the coordinator can see your answers, so you can use them in your mentorship. You may skip any question.',
  },
  questions: [
    {
      id: 'challenges',
      type: 'choices',
      label: { da: 'Hvad er svært for dig lige nu?', en: 'What is hard for you right now?' },
      hint: chooseAll,
      options: [
        option('language', 'At tale og forstå dansk', 'Speaking and understanding Danish'),
        option(
          'network',
          'At kende folk, der kan hjælpe mig videre',
          'Knowing people who can help me on',
        ),
        option(
          'labour_market',
          'At forstå, hvordan man får job i Danmark',
          'Understanding how to get a job in Denmark',
        ),
        option(
          'education_recognition',
          'At vide, om min uddannelse tæller i Danmark',
          'Knowing if my education counts in Denmark',
        ),
        option('confidence', 'At tro på mig selv', 'Believing in myself'),
        option('applications', 'At skrive ansøgning og CV', 'Writing applications and a CV'),
        option(
          'time',
          'At finde tid, for eksempel på grund af børn',
          'Finding time, for example because of children',
        ),
        option('other', 'Noget andet', 'Something else'),
      ],
    },
    {
      id: 'main_goal',
      type: 'choice',
      label: { da: 'Hvad er dit vigtigste mål?', en: 'What is your most important goal?' },
      options: [
        option('job', 'Et job', 'A job'),
        option('education', 'En uddannelse', 'An education'),
        option('internship', 'En praktik', 'An internship'),
        option('danish', 'Bedre dansk', 'Better Danish'),
        option('network', 'Et større netværk', 'A bigger network'),
        option('clarify', 'At finde ud af, hvad jeg vil', 'Finding out what I want'),
      ],
    },
    {
      id: 'belief',
      type: 'scale',
      label: {
        da: 'Hvor sikker er du på, at du kan nå dit mål?',
        en: 'How sure are you that you can reach your goal?',
      },
      scaleLabels: {
        low: { da: 'Slet ikke sikker', en: 'Not sure at all' },
        high: { da: 'Meget sikker', en: 'Very sure' },
      },
    },
  ],
};

const menteeEnd: SurveyDefinition = {
  form: 'mentee_end',
  version: 1,
  intro: anonymousIntro,
  questions: [
    {
      id: 'outcomes',
      type: 'choices',
      label: { da: 'Hvad er sket for dig i forløbet?', en: 'What has happened for you?' },
      hint: chooseAll,
      options: [
        option('job', 'Jeg har fået et job', 'I got a job'),
        option('education', 'Jeg er startet på en uddannelse', 'I started an education'),
        option('internship', 'Jeg har fået en praktik', 'I got an internship'),
        option('better_danish', 'Mit dansk er blevet bedre', 'My Danish got better'),
        option('bigger_network', 'Jeg kender flere mennesker', 'I know more people'),
        option('clearer_goals', 'Jeg ved bedre, hvad jeg vil', 'I know better what I want'),
        option('more_confidence', 'Jeg tror mere på mig selv', 'I believe more in myself'),
      ],
    },
    satisfaction(
      'Hvor godt passede du og din mentor sammen?',
      'How well did you and your mentor fit together?',
    ),
    {
      id: 'worked',
      type: 'choices',
      label: { da: 'Hvad virkede godt?', en: 'What worked well?' },
      hint: chooseAll,
      options: [
        option(
          'listened',
          'Min mentor lyttede og var nysgerrig',
          'My mentor listened and was curious',
        ),
        option('good_relation', 'Vi fik en god relation', 'We built a good relationship'),
        option('took_time', 'Min mentor gav sig tid', 'My mentor took time for me'),
        option(
          'right_background',
          'Min mentor havde den rigtige faglige baggrund',
          'My mentor had the right professional background',
        ),
        option(
          'worked_on_what_mattered',
          'Vi arbejdede med det, der var vigtigst for mig',
          'We worked on what mattered most to me',
        ),
        option('good_results', 'Jeg fik gode resultater', 'I got good results'),
        option('methods', 'Vi brugte netværkets metoder', 'We used the network’s methods'),
      ],
    },
    {
      id: 'hard',
      type: 'choices',
      label: { da: 'Hvad var svært?', en: 'What was hard?' },
      hint: chooseAll,
      options: [
        option('finding_time', 'At finde tid til at mødes', 'Finding time to meet'),
        option('understanding', 'At forstå hinanden', 'Understanding each other'),
        option(
          'mentor_busy',
          'Min mentor havde ikke tid nok',
          'My mentor did not have enough time',
        ),
        option(
          'no_relation',
          'Vi fik ikke en god relation',
          'We did not build a good relationship',
        ),
        option(
          'my_situation',
          'Min situation, for eksempel helbred eller familie',
          'My situation, for example health or family',
        ),
        option('expectations', 'Vi ville noget forskelligt', 'We wanted different things'),
        option('nothing', 'Intet var svært', 'Nothing was hard'),
      ],
    },
    {
      id: 'age_band',
      type: 'choice',
      background: true,
      label: { da: 'Hvor gammel er du?', en: 'How old are you?' },
      options: fromCatalogue(AGE_BAND_OPTIONS),
    },
    {
      id: 'years_in_denmark',
      type: 'choice',
      background: true,
      label: { da: 'Hvor længe har du boet i Danmark?', en: 'How long have you lived in Denmark?' },
      options: fromCatalogue(YEARS_IN_DENMARK_OPTIONS),
    },
    {
      id: 'education_level',
      type: 'choice',
      background: true,
      label: { da: 'Hvad er din højeste uddannelse?', en: 'What is your highest education?' },
      options: fromCatalogue(EDUCATION_LEVEL_OPTIONS),
    },
  ],
};

const mentorEnd: SurveyDefinition = {
  form: 'mentor_end',
  version: 1,
  intro: anonymousIntro,
  questions: [
    satisfaction(
      'Hvor godt passede du og din mentee sammen?',
      'How well did you and your mentee fit together?',
    ),
    {
      id: 'worked',
      type: 'choices',
      label: { da: 'Hvad virkede godt?', en: 'What worked well?' },
      hint: chooseAll,
      options: [
        option('good_relation', 'Vi fik en god relation', 'We built a good relationship'),
        option(
          'mentee_open',
          'Min mentee fortalte om sine udfordringer',
          'My mentee told me about her challenges',
        ),
        option('mentee_motivated', 'Min mentee ville videre', 'My mentee wanted to move on'),
        option('new_insights', 'Jeg fik nye indsigter', 'I gained new insights'),
        option(
          'right_background',
          'Jeg havde den rigtige faglige baggrund',
          'I had the right professional background',
        ),
        option(
          'mentee_curious',
          'Min mentee var nysgerrig på mine erfaringer',
          'My mentee was curious about my experience',
        ),
        option(
          'worked_on_what_mattered',
          'Vi arbejdede med det, der var vigtigst',
          'We worked on what mattered most',
        ),
        option('mentee_took_time', 'Min mentee gav sig tid', 'My mentee took time for it'),
        option('methods', 'Vi brugte netværkets metoder', 'We used the network’s methods'),
      ],
    },
    {
      id: 'hard',
      type: 'choices',
      label: { da: 'Hvad var svært?', en: 'What was hard?' },
      hint: chooseAll,
      options: [
        option('finding_time', 'At finde tid til at mødes', 'Finding time to meet'),
        option('understanding', 'At forstå hinanden', 'Understanding each other'),
        option(
          'mentee_busy',
          'Min mentee havde ikke tid nok',
          'My mentee did not have enough time',
        ),
        option(
          'no_relation',
          'Vi fik ikke en god relation',
          'We did not build a good relationship',
        ),
        option('expectations', 'Vi ville noget forskelligt', 'We wanted different things'),
        option('nothing', 'Intet var svært', 'Nothing was hard'),
      ],
    },
  ],
};

export const DEFAULT_SURVEYS: Record<SurveyForm, SurveyDefinition> = {
  mentee_start: menteeStart,
  mentee_end: menteeEnd,
  mentor_end: mentorEnd,
};
