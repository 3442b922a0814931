import { describe, expect, it } from 'vitest';
import { LANGUAGES, MUNICIPALITIES } from '@mentorbro/core/catalogue';
import { validate } from '@mentorbro/core/validation';
import { RegisterBody } from '@mentorbro/core/auth';
import { checkMenteeProfile, checkMentorProfile } from '@mentorbro/core/profile-rules';
import { MentorPublicText } from '@mentorbro/core/profile-view';
import { DEFAULT_PROGRAMME_RULES } from '@mentorbro/core/programme';
import {
  type DemoMentee,
  type DemoMentor,
  type DemoOptions,
  generateDemoPeople,
} from '../../src/demo/generator';
import { wordCount } from '../../src/demo/texts';

const mentorsOf = (options: DemoOptions) =>
  [...generateDemoPeople(options)].filter((p): p is DemoMentor => p.role === 'mentor');
const menteesOf = (options: DemoOptions) =>
  [...generateDemoPeople(options)].filter((p): p is DemoMentee => p.role === 'mentee');
const share = <T>(items: readonly T[], test: (item: T) => boolean) =>
  items.filter(test).length / items.length;

describe('the demo generator', () => {
  it('gives the same people and profiles for the same seed, and others for another seed', () => {
    const a = [...generateDemoPeople({ seed: 7, mentors: 20, mentees: 20 })];
    const b = [...generateDemoPeople({ seed: 7, mentors: 20, mentees: 20 })];
    const c = [...generateDemoPeople({ seed: 8, mentors: 20, mentees: 20 })];
    expect(a).toEqual(b);
    expect(a.map((p) => p.profile?.input)).toEqual(b.map((p) => p.profile?.input));
    expect(a).not.toEqual(c);
  });

  it('makes mentors first, then mentees, in the requested numbers', () => {
    const people = [...generateDemoPeople({ mentors: 60, mentees: 80 })];
    expect(people.filter((p) => p.role === 'mentor')).toHaveLength(60);
    expect(people.slice(60).every((p) => p.role === 'mentee')).toBe(true);
  });

  it('makes people who pass registration in the women-only default programme', () => {
    const municipalities = new Set(MUNICIPALITIES.map((m) => m.code));
    for (const p of generateDemoPeople({ mentors: 60, mentees: 80 })) {
      const registration = {
        email: p.email,
        password: 'mentorbro-demo',
        name: p.name,
        role: p.role,
        locale: p.locale,
        acceptedTerms: true,
        declaresWoman: true,
      };
      expect(validate(RegisterBody, registration)).toEqual([]);
      expect(municipalities.has(p.municipality)).toBe(true);
    }
  });

  it.each([
    ['the demo', { mentors: 60, mentees: 80 }],
    ['a large sample', { seed: 3, mentors: 5_000, mentees: 5_000 }],
  ])('gives %s profiles that pass core’s rules, in the programme’s languages', (_, options) => {
    const programme = new Set<string>(DEFAULT_PROGRAMME_RULES.languages);
    const known = new Set<string>(LANGUAGES.map((l) => l.code));
    for (const p of generateDemoPeople(options)) {
      if (p.role === 'mentor' && p.profile) {
        const { input } = p.profile;
        expect(checkMentorProfile(input)).toEqual([]);
        expect(input.languages.every((l) => programme.has(l.code))).toBe(true);
        expect(input.languages.some((l) => l.code === 'da')).toBe(true);
        expect(input.municipality).toBe(p.municipality);
      } else if (p.role === 'mentee' && p.profile) {
        const { input } = p.profile;
        expect(checkMenteeProfile(input)).toEqual([]);
        expect(input.otherLanguages[0]?.level).toBe('native');
        expect(input.otherLanguages.every((l) => known.has(l.code))).toBe(true);
      }
    }
  });

  it('only offers the languages of the programme it is loaded into', () => {
    const mentors = mentorsOf({ mentors: 300, mentees: 0, languages: ['da', 'en'] });
    const codes = new Set(
      mentors.flatMap((m) => m.profile?.input.languages ?? []).map((l) => l.code),
    );
    expect([...codes].sort()).toEqual(['da', 'en']);
  });

  it('writes headlines and about texts of about 40-60 words, stored as they would be', () => {
    const mentors = mentorsOf({ seed: 5, mentors: 3_000, mentees: 0 });
    const approved = mentors.filter((m) => m.profile?.review.status !== 'rejected');
    for (const { profile } of approved) {
      if (!profile) continue;
      const { headline, about, jobTitle } = profile.input;
      expect(wordCount(about)).toBeGreaterThanOrEqual(40);
      expect(wordCount(about)).toBeLessThanOrEqual(60);
      for (const text of [headline, about, jobTitle]) expect(text).toBe(text.trim());
    }
    expect(new Set(approved.map((m) => m.profile?.input.headline)).size).toBeGreaterThan(1_000);
  });

  it('spreads mentor profiles the way the programmes describe them', () => {
    const mentors = mentorsOf({ seed: 11, mentors: 5_000, mentees: 0 }).flatMap((m) =>
      m.profile ? [m.profile] : [],
    );
    const inputs = mentors.map((m) => m.input);
    const approved = mentors.filter((m) => m.review.status === 'approved').map((m) => m.input);
    expect(share(approved, (p) => p.paused)).toBeGreaterThan(0.07);
    expect(share(approved, (p) => p.paused)).toBeLessThan(0.13);
    expect(share(inputs, (p) => p.partnerCompany !== undefined)).toBeGreaterThan(0.15);
    expect(share(inputs, (p) => p.partnerCompany !== undefined)).toBeLessThan(0.25);
    expect(share(inputs, (p) => p.capacity <= 2)).toBeGreaterThan(0.85);
    expect(share(inputs, (p) => p.personal.ageBand === undefined)).toBeGreaterThan(0.2);
    expect(new Set(inputs.map((p) => p.field)).size).toBeGreaterThan(20);
  });

  it('gives most mentees a short text in the language she chose, and Danish below native', () => {
    const mentees = menteesOf({ seed: 13, mentors: 0, mentees: 2_000 });
    const profiles = mentees.flatMap((m) =>
      m.profile ? [{ ...m.profile.input, locale: m.locale }] : [],
    );
    expect(share(profiles, (p) => p.about !== undefined)).toBeGreaterThan(0.7);
    for (const p of profiles) {
      expect(p.danishLevel).toMatch(/^[ABC][12]$/);
      expect(p.otherLanguages.some((l) => l.code === 'da')).toBe(false);
      if (p.about) expect(p.about.startsWith(p.locale === 'da' ? 'Jeg ' : 'I ')).toBe(true);
    }
    expect(share(profiles, (p) => p.wishes.woman)).toBeGreaterThan(0.75);
  });

  it('puts every review state in the 60/80 demo', () => {
    const people = [...generateDemoPeople({ mentors: 60, mentees: 80 })];
    const status = (role: string, value: string | null) =>
      people.filter((p) => p.role === role && (p.profile?.review.status ?? null) === value).length;
    expect([status('mentor', 'approved'), status('mentor', 'pending')]).toEqual([53, 5]);
    expect([status('mentor', 'rejected'), status('mentor', null)]).toEqual([1, 1]);
    expect([status('mentee', 'approved'), status('mentee', 'pending')]).toEqual([70, 6]);
    expect([status('mentee', 'rejected'), status('mentee', null)]).toEqual([1, 3]);

    const pending = people.flatMap((p) =>
      p.profile?.review.status === 'pending' ? [p.profile.review.submittedHoursAgo] : [],
    );
    expect(new Set(pending.map((hours) => Math.floor(hours / 24))).size).toBeGreaterThan(6);
    for (const p of people) {
      if (p.profile?.review.status === 'rejected') {
        expect(p.profile.review.rejectionReason).toMatch(/^(Tak|Thank you)/);
      }
    }
  });

  it('gives two approved mentors changed words waiting for review', () => {
    const edited = mentorsOf({ mentors: 60, mentees: 0 }).flatMap((m) =>
      m.profile?.pendingChanges ? [m.profile] : [],
    );
    expect(edited).toHaveLength(2);
    for (const { input, review, pendingChanges } of edited) {
      expect(review.status).toBe('approved');
      expect(validate(MentorPublicText, pendingChanges)).toEqual([]);
      expect(pendingChanges?.headline).not.toBe(input.headline);
      expect(pendingChanges?.about).not.toBe(input.about);
    }
  });

  it('spreads people across Denmark, most of them where the networks are', () => {
    const people = [...generateDemoPeople({ mentors: 500, mentees: 500 })];
    const cities = new Set(people.map((p) => p.municipality));
    const inCopenhagen = people.filter((p) => p.municipality === 'koebenhavn').length;
    expect(cities.size).toBeGreaterThan(40);
    expect(inCopenhagen / people.length).toBeGreaterThan(0.15);
    expect(new Set(people.map((p) => p.region)).size).toBe(5);
  });

  it('can produce 100,000 people with unique emails', () => {
    const emails = new Set<string>();
    for (const p of generateDemoPeople({ mentors: 60_000, mentees: 40_000 })) emails.add(p.email);
    expect(emails.size).toBe(100_000);
  });
});
