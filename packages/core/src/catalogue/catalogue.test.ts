import { describe, expect, it } from 'vitest';
import { AgeBand, EducationLevel, MeetingMode, YearsInDenmark } from '../profile.schema';
import {
  AGE_BAND_OPTIONS,
  EDUCATION_LEVEL_OPTIONS,
  FIELDS,
  GOALS,
  LANGUAGES,
  MEETING_MODE_OPTIONS,
  MUNICIPALITIES,
  REGIONS,
  YEARS_IN_DENMARK_OPTIONS,
  placeCode,
} from './index';

describe('catalogues', () => {
  it.each([
    ['goals', GOALS],
    ['fields', FIELDS],
    ['languages', LANGUAGES],
    ['regions', REGIONS],
    ['municipalities', MUNICIPALITIES],
    ['education levels', EDUCATION_LEVEL_OPTIONS],
    ['meeting modes', MEETING_MODE_OPTIONS],
    ['age bands', AGE_BAND_OPTIONS],
    ['years in Denmark', YEARS_IN_DENMARK_OPTIONS],
  ])('%s have unique codes and a Danish and English label', (_name, entries) => {
    const codes = entries.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const entry of entries) {
      expect(entry.label.da.length).toBeGreaterThan(0);
      expect(entry.label.en.length).toBeGreaterThan(0);
    }
  });

  // The schema's enums are built from these lists; a code without a label, or a label for a
  // code the API would refuse, fails here.
  it.each([
    ['education level', EDUCATION_LEVEL_OPTIONS, EducationLevel],
    ['meeting mode', MEETING_MODE_OPTIONS, MeetingMode],
    ['age band', AGE_BAND_OPTIONS, AgeBand],
    ['years in Denmark', YEARS_IN_DENMARK_OPTIONS, YearsInDenmark],
  ])('labels exactly the codes of the %s enum', (_name, entries, schema) => {
    expect(entries.map((entry) => entry.code)).toEqual(schema.enum);
  });

  it('lists all 98 Danish municipalities, each in a known region', () => {
    expect(MUNICIPALITIES).toHaveLength(98);
    const regions = new Set<string>(REGIONS.map((region) => region.code));
    expect(MUNICIPALITIES.every((m) => regions.has(m.region))).toBe(true);
  });

  it('offers between 20 and 30 fields of work', () => {
    expect(FIELDS.length).toBeGreaterThanOrEqual(20);
    expect(FIELDS.length).toBeLessThanOrEqual(30);
  });

  it.each([
    ['København', 'koebenhavn'],
    ['Høje-Taastrup', 'hoeje-taastrup'],
    ['Ærø', 'aeroe'],
    ['Lyngby-Taarbæk', 'lyngby-taarbaek'],
  ])('codes %s as %s', (name, code) => {
    expect(placeCode(name)).toBe(code);
  });
});
