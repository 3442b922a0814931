import { MenteeProfileInput } from '@mentorbro/core/profile';
import { checkMenteeProfile } from '@mentorbro/core/profile-rules';
import { describe, expect, it } from 'vitest';
import {
  emptyMenteeDraft,
  MENTEE_STEPS,
  menteeBody,
  type MenteeDraft,
  menteeDraftFrom,
  menteeTarget,
} from './mentee.form';
import { aminaProfile } from './profile.fixtures';

const fields = (draft: MenteeDraft) => checkMenteeProfile(menteeBody(draft)).map((e) => e.field);

describe('the mentee editor form', () => {
  it('asks every field of core’s schema in exactly one step, goals first', () => {
    const asked = MENTEE_STEPS.flatMap((step) => [...step.fields]);
    expect([...asked].sort()).toEqual(Object.keys(MenteeProfileInput.properties).sort());
    expect(new Set(asked).size).toBe(asked.length);
    expect(MENTEE_STEPS[0].fields).toEqual(['goals']);
  });

  it('turns her saved profile into answers and back, unchanged', () => {
    const body = menteeBody(menteeDraftFrom(aminaProfile));
    expect(body).toEqual(aminaProfile);
    expect(checkMenteeProfile(body)).toEqual([]);
  });

  it('needs goals, education, years in Denmark, Danish, place and meeting mode', () => {
    expect(fields(emptyMenteeDraft()).sort()).toEqual(
      [
        '/goals',
        '/educationLevel',
        '/yearsInDenmark',
        '/danishLevel',
        '/municipality',
        '/meetingMode',
      ].sort(),
    );
  });

  it.each([
    [
      'six fields',
      { desiredFields: ['it', 'law', 'retail', 'finance', 'crafts', 'culture'] },
      '/desiredFields',
    ],
    ['native Danish', { danishLevel: 'native' }, '/danishLevel'],
    [
      'Danish among her other languages',
      { otherLanguages: [{ code: 'da', level: 'B1' }] },
      '/otherLanguages/0/code',
    ],
    [
      'a language twice',
      {
        otherLanguages: [
          { code: 'ar', level: 'native' },
          { code: 'ar', level: 'C1' },
        ],
      },
      '/otherLanguages/1/code',
    ],
  ])('refuses %s', (_name, change, field) => {
    expect(fields({ ...menteeDraftFrom(aminaProfile), ...change })).toEqual([field]);
  });

  it('sends her goals in her order and leaves out empty optional text', () => {
    const draft = {
      ...menteeDraftFrom(aminaProfile),
      goals: ['network', 'job_search'],
      about: ' ',
      educationField: '',
    };
    const body = menteeBody(draft) as MenteeProfileInput;
    expect(body.goals).toEqual(['network', 'job_search']);
    expect(body).not.toHaveProperty('about');
    expect(body).not.toHaveProperty('educationField');
  });

  it('links each error to the element that fixes it', () => {
    const target = (field: string) => menteeTarget({ field, rule: 'required', message: '' });
    expect(target('/goals')).toBe('mentee-goals');
    expect(target('/otherLanguages/0/code')).toBe('mentee-otherLanguages-0-code');
    expect(target('/danishLevel')).toBe('mentee-danishLevel-A1');
    expect(target('/wishes/woman')).toBe('mentee-wishes-woman');
  });
});
