import { SURVEY_FORMS, SurveyDefinitionBody } from '@mentorbro/core/survey';
import { DEFAULT_SURVEYS } from '@mentorbro/core/survey-defaults';
import { definitionProblems } from '@mentorbro/core/survey-rules';
import { validate } from '@mentorbro/core/validation';
import { describe, expect, it } from 'vitest';
import {
  isIndicatorOption,
  isIndicatorQuestion,
  missingIndicatorOptions,
  newOption,
  newQuestion,
  restoredOptions,
  toBody,
  toDraft,
} from './survey-draft';
import { byPageOrder, shownAt } from './survey-errors';
import { at } from './test/announced';
import { savedVersion } from './test/survey-fixtures';

describe('a survey draft', () => {
  it.each(SURVEY_FORMS)('gives back %s unchanged when nothing was changed', (form) => {
    const definition = DEFAULT_SURVEYS[form];
    expect(toBody(form, toDraft(definition), definition)).toEqual({
      intro: definition.intro,
      questions: definition.questions,
    });
  });

  it('trims the words, leaves out an empty hint and makes ids for what is new', () => {
    const definition = DEFAULT_SURVEYS.mentor_end;
    const draft = toDraft(definition);
    const worked = at(draft.questions, 1);
    worked.hint = { da: ' ', en: '' };
    worked.options.push(newOption({ da: ' Vi grinede meget ', en: 'We laughed a lot' }));
    // Words like an option the form had before still get an id of their own.
    worked.options.push(newOption({ da: 'Good relation', en: 'Good relation' }));
    const question = newQuestion('scale');
    question.label = { da: 'Hvor glad var du?', en: 'How happy were you?' };
    draft.questions.push(question);

    const body = toBody('mentor_end', draft, definition);

    const sent = at(body.questions, 1);
    expect(sent.hint).toBeUndefined();
    expect(sent.options?.slice(-2)).toEqual([
      { id: 'vi_grinede_meget', label: { da: 'Vi grinede meget', en: 'We laughed a lot' } },
      { id: 'good_relation_2', label: { da: 'Good relation', en: 'Good relation' } },
    ]);
    expect(body.questions.at(-1)).toEqual({
      id: 'hvor_glad_var_du',
      type: 'scale',
      label: { da: 'Hvor glad var du?', en: 'How happy were you?' },
    });
    expect(validate(SurveyDefinitionBody, body)).toEqual([]);
    expect(definitionProblems('mentor_end', body)).toEqual([]);
  });

  it('never gives a new option the id of one removed from this version', () => {
    const definition = DEFAULT_SURVEYS.mentee_end;
    const draft = toDraft(definition);
    const hard = at(draft.questions, 3);
    hard.options = hard.options.filter((option) => option.id !== 'nothing');
    hard.options.push(newOption({ da: 'Nothing', en: 'Nothing' }));
    const options = at(toBody('mentee_end', draft, definition).questions, 3).options ?? [];
    expect(options.at(-1)?.id).toBe('nothing_2');
  });

  it("knows the funders' questions and options, and adds back one a version lacks", () => {
    const definition = savedVersion('mentee_end', (saved) => {
      const outcomes = at(saved.questions, 0);
      outcomes.options = outcomes.options?.filter((option) => option.id !== 'internship');
    });
    const draft = toDraft(definition);
    const outcomes = at(draft.questions, 0);
    expect(isIndicatorQuestion('mentee_end', outcomes)).toBe(true);
    expect(isIndicatorOption('mentee_end', outcomes, at(outcomes.options, 0))).toBe(true);
    expect(isIndicatorOption('mentee_end', outcomes, newOption())).toBe(false);
    expect(missingIndicatorOptions('mentee_end', outcomes)).toEqual(['internship']);

    const restored = restoredOptions('mentee_end', outcomes);
    expect(restored.map((option) => [option.id, option.label.da])).toEqual([
      ['internship', 'Jeg har fået en praktik'],
    ]);
    outcomes.options.push(...restored);
    expect(definitionProblems('mentee_end', toBody('mentee_end', draft, definition))).toEqual([]);
  });
});

describe('where a survey error is shown', () => {
  const draft = toDraft(DEFAULT_SURVEYS.mentor_end);

  it.each([
    ['/intro/en', '/intro/en'],
    ['/questions/1/label/da', '/questions/1/label/da'],
    ['/questions/1/id', '/questions/1'],
    ['/questions/1/options', '/questions/1/options'],
    ['/questions/1/options/2/label/en', '/questions/1/options/2/label/en'],
    ['/questions/0/scaleLabels/low/da', '/questions/0/scaleLabels/low/da'],
    ['/questions/1/options/40/label/en', null],
    ['/questions/9/label/da', null],
    ['/questions/satisfaction', null],
    ['/intro', null],
  ])('%s at %s', (pointer, shown) => {
    expect(shownAt(pointer, draft)).toBe(shown);
  });

  it('sorts pointers in the order of the page', () => {
    const pointers = [
      '/questions/10/label/da',
      '/questions/2/options/1/label/en',
      '/questions/2/hint/da',
      '/questions/2',
      '/intro/en',
      '/questions/2/options',
      '/intro/da',
    ];
    expect([...pointers].sort(byPageOrder)).toEqual([
      '/intro/da',
      '/intro/en',
      '/questions/2',
      '/questions/2/hint/da',
      '/questions/2/options',
      '/questions/2/options/1/label/en',
      '/questions/10/label/da',
    ]);
  });
});
