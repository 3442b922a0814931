import { describe, expect, it } from 'vitest';
import { DEFAULT_PROGRAMME_RULES, ProgrammeRules } from './programme.schema';
import { checkMenteeProfile, checkMentorProfile } from './profile.rules';
import { sampleMenteeProfile, sampleMentorProfile } from './samples';
import { validate } from './validation';

const mentor = sampleMentorProfile({
  // Paragraphs in her own words: line breaks are allowed in the about text.
  about: 'Jeg har arbejdet på Rigshospitalet i 15 år.\nJeg kender vejen til autorisation.',
});

const mentee = sampleMenteeProfile({
  otherLanguages: [
    { code: 'ar', level: 'native' },
    { code: 'en', level: 'B1' },
  ],
  about: 'أنا ممرضة من حلب',
});

describe('a mentor profile', () => {
  it('accepts a complete profile, line breaks in the about text included', () => {
    expect(checkMentorProfile(mentor)).toEqual([]);
  });

  it.each([
    ['a headline of spaces', { headline: '      ' }, '/headline', 'pattern'],
    ['a NUL in the job title', { jobTitle: 'Syge\u0000plejerske' }, '/jobTitle', 'pattern'],
    ['a field not in the list', { field: 'astronaut' }, '/field', 'enum'],
    ['capacity 4', { capacity: 4 }, '/capacity', 'maximum'],
    ['one meeting a month', { meetingsPerMonth: 1 }, '/meetingsPerMonth', 'minimum'],
    ['a 13-month mentorship', { mentorshipMonths: 13 }, '/mentorshipMonths', 'maximum'],
    ['no goals', { goals: [] }, '/goals', 'minItems'],
    ['a goal twice', { goals: ['network', 'network'] }, '/goals', 'uniqueItems'],
    ['no languages', { languages: [] }, '/languages', 'minItems'],
    [
      'an unknown CEFR level',
      { languages: [{ code: 'da', level: 'D1' }] },
      '/languages/0/level',
      'enum',
    ],
    [
      'a language twice',
      {
        languages: [
          { code: 'da', level: 'native' },
          { code: 'da', level: 'C1' },
        ],
      },
      '/languages/1/code',
      'unique',
    ],
    ['an unknown municipality', { municipality: 'oslo' }, '/municipality', 'enum'],
  ])('refuses %s', (_label, change, field, rule) => {
    expect(checkMentorProfile({ ...mentor, ...change })).toContainEqual(
      expect.objectContaining({ field, rule }),
    );
  });
});

describe('a mentee profile', () => {
  it('accepts a complete profile in Arabic script', () => {
    expect(checkMenteeProfile(mentee)).toEqual([]);
  });

  it.each([
    ['native as her Danish level', { danishLevel: 'native' }, '/danishLevel', 'enum'],
    [
      'six desired fields',
      { desiredFields: ['it', 'law', 'retail', 'crafts', 'culture', 'finance'] },
      '/desiredFields',
      'maxItems',
    ],
    [
      'Danish among her other languages',
      { otherLanguages: [{ code: 'da', level: 'B1' }] },
      '/otherLanguages/0/code',
      'unique',
    ],
    ['an unknown years-in-Denmark band', { yearsInDenmark: '20' }, '/yearsInDenmark', 'enum'],
  ])('refuses %s', (_label, change, field, rule) => {
    expect(checkMenteeProfile({ ...mentee, ...change })).toContainEqual(
      expect.objectContaining({ field, rule }),
    );
  });
});

describe('programme rules', () => {
  it('start from rules that pass their own schema', () => {
    expect(validate(ProgrammeRules, DEFAULT_PROGRAMME_RULES)).toEqual([]);
  });

  it.each([
    ['no languages', { languages: [] }, '/languages', 'minItems'],
    ['zero open requests', { maxOpenRequestsPerMentee: 0 }, '/maxOpenRequestsPerMentee', 'minimum'],
    ['a 2-day expiry', { requestExpiryDays: 2 }, '/requestExpiryDays', 'minimum'],
  ])('refuse %s', (_label, change, field, rule) => {
    expect(validate(ProgrammeRules, { ...DEFAULT_PROGRAMME_RULES, ...change })).toContainEqual(
      expect.objectContaining({ field, rule }),
    );
  });
});

describe('an empty profile', () => {
  it('is refused with every missing question listed, not only the first eight', () => {
    const fields = checkMentorProfile({}).map((error) => error.field);
    expect(fields).toEqual(
      expect.arrayContaining(
        Object.keys(mentor)
          .map((key) => `/${key}`)
          .filter((f) => f !== '/partnerCompany'),
      ),
    );
    expect(fields.length).toBeGreaterThan(8);
  });
});
