import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, and ends every line with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b,c'],
        ['say "hi"', 'two\nlines'],
      ]),
    ).toBe('a,"b,c"\r\n"say ""hi""","two\nlines"\r\n');
  });

  it('writes numbers as they are and an empty cell for null', () => {
    expect(toCsv([[1, 0.25, null]])).toBe('1,0.25,\r\n');
  });

  it('keeps a spreadsheet from running a cell that starts like a formula', () => {
    expect(toCsv([['=HYPERLINK("x")', '+1', '-2', '@a']])).toBe(
      `"'=HYPERLINK(""x"")",'+1,'-2,'@a\r\n`,
    );
    expect(toCsv([[-2]])).toBe('-2\r\n');
  });
});
