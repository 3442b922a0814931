import type { MentorPublicText } from '@mentorbro/core/profile-view';
import { describe, expect, it } from 'vitest';
import { diffPublicText, diffWords, type TextPart } from './profile-diff';

const text = (parts: TextPart[], change: TextPart['change']) =>
  parts.filter((part) => part.change === change).map((part) => part.text.trim());

const approved: MentorPublicText = {
  headline: 'Jeg hjælper dig ind i IT',
  about: 'Jeg har arbejdet som udvikler i ti år.',
  jobTitle: 'Udvikler',
  interests: ['løb', 'bøger'],
  partnerCompany: undefined,
};

describe('diffWords', () => {
  it.each([
    ['the same text', 'Hej med dig', 'Hej med dig', [], []],
    ['a word replaced', 'Jeg bor i Aarhus', 'Jeg bor i Odense', ['Aarhus'], ['Odense']],
    ['words added at the end', 'Jeg hjælper', 'Jeg hjælper gerne dig', [], ['gerne dig']],
    ['a word taken out', 'Jeg er en glad mentor', 'Jeg er en mentor', ['glad'], []],
    ['everything new', '', 'Ny tekst', [], ['Ny tekst']],
    ['everything gone', 'Gammel tekst', '', ['Gammel tekst'], []],
  ])('marks %s', (_name, before, after, removed, added) => {
    const result = diffWords(before, after);
    expect(text(result.before, 'removed')).toEqual(removed);
    expect(text(result.after, 'added')).toEqual(added);
    // Each side, read in full, is exactly the text it stands for.
    expect(result.before.map((part) => part.text).join('')).toBe(before);
    expect(result.after.map((part) => part.text).join('')).toBe(after);
  });

  it('shows a rewritten text as replaced as a whole, not as confetti', () => {
    const result = diffWords(
      'HR-partner, der brænder for netværk og dansk i hverdagen',
      'HR-partner med 15 års erfaring – hjælper gerne med netværk',
    );
    expect(result.before).toEqual([
      { text: 'HR-partner, der brænder for netværk og dansk i hverdagen', change: 'removed' },
    ]);
    expect(result.after).toHaveLength(1);
    expect(result.after[0]?.change).toBe('added');
  });

  it('marks a changed word with its space as one run', () => {
    const result = diffWords(
      'Jeg kan hjælpe med jobsøgning',
      'Jeg kan hjælpe med netværk og jobsøgning',
    );
    expect(result.after).toEqual([
      { text: 'Jeg kan hjælpe med ', change: 'same' },
      { text: 'netværk og ', change: 'added' },
      { text: 'jobsøgning', change: 'same' },
    ]);
  });

  it('keeps line breaks, so paragraphs stay paragraphs', () => {
    const result = diffWords('Første afsnit.\n\nAndet afsnit.', 'Første afsnit.\n\nTredje afsnit.');
    expect(result.after.map((part) => part.text).join('')).toBe('Første afsnit.\n\nTredje afsnit.');
    expect(text(result.after, 'added')).toEqual(['Tredje']);
  });

  it('marks a very long text as changed as a whole instead of comparing word by word', () => {
    const long = (word: string) => Array.from({ length: 1500 }, () => word).join(' ');
    const result = diffWords(long('a'), long('b'));
    expect(result.before).toEqual([{ text: long('a'), change: 'removed' }]);
    expect(result.after).toEqual([{ text: long('b'), change: 'added' }]);
  });
});

describe('diffPublicText', () => {
  it('lists the public fields in profile order and flags only those that changed', () => {
    const rows = diffPublicText(approved, {
      ...approved,
      headline: 'Jeg hjælper dig ind i IT og data',
      interests: ['løb', 'strik'],
      partnerCompany: 'Novo',
    });
    expect(rows.map((row) => [row.field, row.changed])).toEqual([
      ['headline', true],
      ['about', false],
      ['jobTitle', false],
      ['interests', true],
      ['partnerCompany', true],
    ]);
  });

  it('says which interests were added and which removed', () => {
    const [, , , interests] = diffPublicText(approved, {
      ...approved,
      interests: ['strik', 'løb'],
    });
    expect(interests).toMatchObject({
      field: 'interests',
      changed: true,
      removed: ['bøger'],
      added: ['strik'],
    });
  });

  it('counts a new order of the same interests as a change with nothing added or removed', () => {
    const [, , , interests] = diffPublicText(approved, {
      ...approved,
      interests: ['bøger', 'løb'],
    });
    expect(interests).toMatchObject({ changed: true, removed: [], added: [] });
  });

  it('treats a company taken away as removed text', () => {
    const rows = diffPublicText({ ...approved, partnerCompany: 'Novo' }, approved);
    const company = rows.find((row) => row.field === 'partnerCompany');
    expect(company).toMatchObject({
      changed: true,
      approved: [{ text: 'Novo', change: 'removed' }],
      proposed: [],
    });
  });
});
