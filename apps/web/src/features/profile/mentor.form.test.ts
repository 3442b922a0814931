import { MentorProfileInput } from '@mentorbro/core/profile';
import { checkMentorProfile } from '@mentorbro/core/profile-rules';
import { describe, expect, it } from 'vitest';
import {
  emptyMentorDraft,
  MENTOR_STEPS,
  mentorBody,
  type MentorDraft,
  mentorDraftFrom,
  mentorTarget,
} from './mentor.form';
import { saraProfile } from './profile.fixtures';

const fields = (draft: MentorDraft) => checkMentorProfile(mentorBody(draft)).map((e) => e.field);

describe('the mentor editor form', () => {
  it('asks every field of core’s schema in exactly one step', () => {
    const asked = MENTOR_STEPS.flatMap((step) => [...step.fields]);
    expect([...asked].sort()).toEqual(Object.keys(MentorProfileInput.properties).sort());
    expect(new Set(asked).size).toBe(asked.length);
  });

  it('turns her saved profile into answers and back, unchanged', () => {
    const body = mentorBody(mentorDraftFrom(saraProfile, null));
    expect(body).toEqual(saraProfile);
    expect(checkMentorProfile(body)).toEqual([]);
  });

  it('goes on from the words that wait for a coordinator, not the approved ones', () => {
    const pending = {
      headline: 'Ny overskrift om mig',
      about: 'En ny og længere tekst om mig selv.',
      jobTitle: 'Afdelingssygeplejerske',
      interests: ['svømning'],
    };
    const draft = mentorDraftFrom(saraProfile, pending);
    expect(draft).toMatchObject({ ...pending, partnerCompany: '', field: 'health_care' });
  });

  it('leaves unanswered questions out, so core reports them as required', () => {
    expect(checkMentorProfile(mentorBody(emptyMentorDraft()))).toEqual(
      expect.arrayContaining([
        { field: '/field', rule: 'required', message: 'is required' },
        { field: '/languages/0/level', rule: 'required', message: 'is required' },
        { field: '/goals', rule: 'minItems', message: expect.any(String) as string },
      ]),
    );
  });

  it.each([
    ['years as words', { yearsOfExperience: 'femten' }, '/yearsOfExperience'],
    ['years beyond 60', { yearsOfExperience: '61' }, '/yearsOfExperience'],
    ['a short headline', { headline: 'Hej' }, '/headline'],
    ['an about text of spaces', { about: '       ' }, '/about'],
    ['a language without level', { languages: [{ code: 'da', level: '' }] }, '/languages/0/level'],
    ['an unknown age band', { ageBand: '12-17' }, '/personal/ageBand'],
  ])('refuses %s', (_name, change, field) => {
    const draft = { ...mentorDraftFrom(saraProfile, null), ...change };
    expect(fields(draft)).toEqual([field]);
  });

  it('leaves out an empty company and unanswered personal facts', () => {
    const draft = { ...mentorDraftFrom(saraProfile, null), partnerCompany: '  ', hasChildren: '' };
    const body = mentorBody(draft) as MentorProfileInput;
    expect(body).not.toHaveProperty('partnerCompany');
    expect(body.personal).toEqual({});
  });

  it('links each error to the element that fixes it', () => {
    const target = (field: string) => mentorTarget({ field, rule: 'required', message: '' });
    expect(target('/headline')).toBe('mentor-headline');
    expect(target('/languages/1/level')).toBe('mentor-languages-1-level');
    expect(target('/educationLevel')).toBe('mentor-educationLevel-primary');
    expect(target('/personal/hasChildren')).toBe('mentor-hasChildren-none');
    expect(target('/goals')).toBe('mentor-goals');
  });
});
