import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SURVEYS } from './survey.defaults';
import { answerProblems, definitionProblems, SURVEY_INDICATORS } from './survey.rules';
import { SURVEY_FORMS, SurveyDefinition } from './survey.schema';

const menteeEnd = DEFAULT_SURVEYS.mentee_end;

describe('the default surveys', () => {
  it.each(SURVEY_FORMS)('%s is a valid definition with every indicator', (form) => {
    const definition = DEFAULT_SURVEYS[form];
    expect(Value.Check(SurveyDefinition, definition)).toBe(true);
    expect(definition.form).toBe(form);
    expect(definitionProblems(form, definition)).toEqual([]);
    const ids = definition.questions.map((question) => question.id);
    expect(ids).toEqual(expect.arrayContaining(SURVEY_INDICATORS[form].map((i) => i.id)));
  });
});

describe('definitionProblems', () => {
  it('refuses a version that drops an indicator or one of its options', () => {
    const withoutSatisfaction = {
      intro: menteeEnd.intro,
      questions: menteeEnd.questions.filter((question) => question.id !== 'satisfaction'),
    };
    expect(definitionProblems('mentee_end', withoutSatisfaction)).toEqual([
      { path: '/questions/satisfaction', code: 'missing_indicator' },
    ]);
    const withoutJob = {
      intro: menteeEnd.intro,
      questions: menteeEnd.questions.map((question) =>
        question.id === 'outcomes'
          ? { ...question, options: question.options?.filter((option) => option.id !== 'job') }
          : question,
      ),
    };
    expect(definitionProblems('mentee_end', withoutJob)).toEqual([
      { path: '/questions/0/options', code: 'missing_indicator' },
    ]);
  });

  it('refuses repeated ids and a scale with options', () => {
    const [first] = DEFAULT_SURVEYS.mentor_end.questions;
    if (!first) throw new Error('no question');
    const body = {
      intro: menteeEnd.intro,
      questions: [
        ...DEFAULT_SURVEYS.mentor_end.questions,
        { ...first, options: [...(menteeEnd.questions[0]?.options ?? [])] },
      ],
    };
    expect(definitionProblems('mentor_end', body)).toEqual([
      { path: '/questions/3/id', code: 'duplicate' },
      { path: '/questions/3/type', code: 'wrong_type' },
    ]);
  });

  it('accepts new questions and reworded labels', () => {
    const body = {
      intro: { da: 'Hej', en: 'Hi' },
      questions: [
        ...menteeEnd.questions.map((q) => ({ ...q, label: { da: 'Ny', en: 'New' } })),
        {
          id: 'met_often',
          type: 'scale' as const,
          label: { da: 'Mødtes I ofte?', en: 'Did you meet often?' },
        },
      ],
    };
    expect(definitionProblems('mentee_end', body)).toEqual([]);
  });
});

describe('answerProblems', () => {
  it('accepts any subset of questions: nothing is forced', () => {
    expect(answerProblems(menteeEnd, {})).toEqual([]);
    expect(answerProblems(menteeEnd, { outcomes: ['job'], satisfaction: 5 })).toEqual([]);
  });

  it('names each answer that does not fit its question', () => {
    expect(
      answerProblems(menteeEnd, {
        outcomes: ['job', 'lottery'],
        satisfaction: 'high',
        age_band: ['18-24'],
        favourite_colour: 'red',
      }),
    ).toEqual([
      { path: '/answers/outcomes', code: 'unknown_option' },
      { path: '/answers/satisfaction', code: 'wrong_type' },
      { path: '/answers/age_band', code: 'wrong_type' },
      { path: '/answers/favourite_colour', code: 'unknown_question' },
    ]);
  });
});
