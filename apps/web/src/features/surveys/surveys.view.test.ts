import { DEFAULT_SURVEYS } from '@mentorbro/core/survey-defaults';
import { describe, expect, it } from 'vitest';
import { answerRows, emptyDraft, isAnonymous, openSurveyFor, toAnswers } from './surveys.view';
import { invitation, surveyMentorshipId } from './test/surveys-fixtures';

const start = DEFAULT_SURVEYS.mentee_start;

describe('the survey helpers', () => {
  it('know that only the end forms are anonymous', () => {
    expect(isAnonymous('mentee_start')).toBe(false);
    expect(isAnonymous('mentee_end')).toBe(true);
    expect(isAnonymous('mentor_end')).toBe(true);
  });

  it('send only what she answered, choices in the order offered, the scale as a number', () => {
    expect(toAnswers(start, emptyDraft(start))).toEqual({});
    expect(
      toAnswers(start, {
        challenges: ['confidence', 'language'],
        main_goal: 'danish',
        belief: '2',
      }),
    ).toEqual({ challenges: ['language', 'confidence'], main_goal: 'danish', belief: 2 });
    expect(toAnswers(start, { challenges: [], main_goal: '', belief: '' })).toEqual({});
  });

  it('offer the start survey while the mentorship runs, and an end survey after', () => {
    const items = [
      invitation('mentee_end'),
      invitation('mentee_start'),
      invitation('mentee_start', { mentorshipId: 'c0000000-0000-4000-8000-000000000099' }),
    ];
    const running = { id: surveyMentorshipId, status: 'active' };
    const ended = { id: surveyMentorshipId, status: 'completed' };
    expect(openSurveyFor(items, running)?.form).toBe('mentee_start');
    expect(openSurveyFor(items, ended)?.form).toBe('mentee_end');
    expect(openSurveyFor([invitation('mentee_start', { status: 'answered' })], running)).toBeNull();
    expect(openSurveyFor([invitation('mentee_end', { status: 'declined' })], ended)).toBeNull();
    expect(openSurveyFor([invitation('mentee_start')], ended)).toBeNull();
    expect(openSurveyFor([], running)).toBeNull();
  });

  it('put the answers into words, in the order of the questions', () => {
    const answers = { belief: 4, main_goal: 'job', challenges: ['language', 'time', 'gone'] };
    expect(answerRows(start, answers, 'da')).toEqual([
      {
        id: 'challenges',
        question: 'Hvad er svært for dig lige nu?',
        answer: ['At tale og forstå dansk', 'At finde tid, for eksempel på grund af børn'],
      },
      { id: 'main_goal', question: 'Hvad er dit vigtigste mål?', answer: ['Et job'] },
      { id: 'belief', question: 'Hvor sikker er du på, at du kan nå dit mål?', answer: 4 },
    ]);
    expect(answerRows(start, { main_goal: 'job', unknown: 'x' }, 'en')).toEqual([
      { id: 'main_goal', question: 'What is your most important goal?', answer: ['A job'] },
    ]);
    expect(answerRows(start, { main_goal: 'gone' }, 'da')).toEqual([]);
  });
});
