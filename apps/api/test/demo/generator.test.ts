import { describe, expect, it } from 'vitest';
import { LANGUAGES, MUNICIPALITIES } from '@mentorbro/core/catalogue';
import { validate } from '@mentorbro/core/validation';
import { RegisterBody } from '@mentorbro/core/auth';
import { generateDemoPeople } from '../../src/demo/generator';

describe('the demo generator', () => {
  it('gives the same people for the same seed, and others for another seed', () => {
    const a = [...generateDemoPeople({ seed: 7, mentors: 20, mentees: 20 })];
    const b = [...generateDemoPeople({ seed: 7, mentors: 20, mentees: 20 })];
    const c = [...generateDemoPeople({ seed: 8, mentors: 20, mentees: 20 })];
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('makes mentors first, then mentees, in the requested numbers', () => {
    const people = [...generateDemoPeople({ mentors: 60, mentees: 80 })];
    expect(people.filter((p) => p.role === 'mentor')).toHaveLength(60);
    expect(people.slice(60).every((p) => p.role === 'mentee')).toBe(true);
  });

  it('makes people who pass registration, with known municipalities and languages', () => {
    const languages = new Set<string>(LANGUAGES.map((l) => l.code));
    const municipalities = new Set(MUNICIPALITIES.map((m) => m.code));
    for (const p of generateDemoPeople({ mentors: 60, mentees: 80 })) {
      const registration = {
        email: p.email,
        password: 'mentorbro-demo',
        name: p.name,
        role: p.role,
        locale: p.locale,
        acceptedTerms: true,
      };
      expect(validate(RegisterBody, registration)).toEqual([]);
      expect(municipalities.has(p.municipality)).toBe(true);
      expect(p.languages.every((l) => languages.has(l.code))).toBe(true);
    }
  });

  it('gives every mentee a mother tongue and a Danish level below native', () => {
    for (const p of generateDemoPeople({ mentors: 0, mentees: 200 })) {
      expect(p.languages[0]?.level).toBe('native');
      expect(p.languages.find((l) => l.code === 'da')?.level).toMatch(/^[ABC][12]$/);
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
