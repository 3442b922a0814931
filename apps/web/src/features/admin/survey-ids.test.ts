import { describe, expect, it } from 'vitest';
import { idFrom, slug } from './survey-ids';

const OPTION_ID = /^[a-z0-9][a-z0-9_+-]{0,39}$/;
const QUESTION_ID = /^[a-z][a-z0-9_]{0,39}$/;

describe('ids made from Danish words', () => {
  it.each([
    ['Min mentor gav råd', 'min_mentor_gav_raad'],
    ['Æbler, ØL & Ål!', 'aebler_oel_aal'],
    ['  Café-møder  ', 'cafe_moeder'],
    ['18-24 år', '18_24_aar'],
    ['???', ''],
  ])('%j → %j', (words, id) => {
    expect(slug(words)).toBe(id);
  });

  it('never takes an id already used, and stays within 40 characters', () => {
    const taken = new Set(['andet']);
    expect(idFrom('Andet', taken, 'option')).toBe('andet_2');
    expect(idFrom('Andet', taken, 'option')).toBe('andet_3');
    const long = 'Vi mødtes på biblioteket hver eneste uge hele året rundt';
    const first = idFrom(long, taken, 'option');
    const second = idFrom(long, taken, 'option');
    expect(first).toHaveLength(40);
    expect(second).toMatch(/_2$/);
    expect(second.length).toBeLessThanOrEqual(40);
    for (const id of taken) expect(id).toMatch(OPTION_ID);
  });

  it('gives a question an id that starts with a letter, and words without letters a name', () => {
    const taken = new Set<string>();
    expect(idFrom('5 ting, du lærte', taken, 'question')).toBe('q_5_ting_du_laerte');
    expect(idFrom('?', taken, 'question')).toBe('question');
    expect(idFrom('!', taken, 'option')).toBe('option');
    for (const id of ['q_5_ting_du_laerte', 'question']) expect(id).toMatch(QUESTION_ID);
  });
});
