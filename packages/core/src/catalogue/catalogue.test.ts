import { describe, expect, it } from 'vitest';
import { FIELDS, GOALS, LANGUAGES, MUNICIPALITIES, REGIONS, placeCode } from './index';

describe('catalogues', () => {
  it.each([
    ['goals', GOALS],
    ['fields', FIELDS],
    ['languages', LANGUAGES],
    ['regions', REGIONS],
    ['municipalities', MUNICIPALITIES],
  ])('%s have unique codes and a Danish and English label', (_name, entries) => {
    const codes = entries.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const entry of entries) {
      expect(entry.label.da.length).toBeGreaterThan(0);
      expect(entry.label.en.length).toBeGreaterThan(0);
    }
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
