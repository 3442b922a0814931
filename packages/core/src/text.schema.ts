import Type from 'typebox';

/**
 * Control characters have no place in a name, an address or a one-line answer, and
 * PostgreSQL cannot store NUL at all: refused here, they never reach the database as a 500.
 */
const NO_CONTROL = '[^\\u0000-\\u001F\\u007F]';

/** One line of text with at least one visible character. */
export const singleLine = (minLength: number, maxLength: number) =>
  Type.String({ minLength, maxLength, pattern: `^(?=.*\\S)${NO_CONTROL}*$` });

/** Paragraphs: line breaks and tabs allowed, other control characters not, something visible. */
export const multiLine = (minLength: number, maxLength: number) =>
  Type.String({
    minLength,
    maxLength,
    pattern: '^(?=[\\s\\S]*\\S)[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]*$',
  });

/** One line of text that may be anything printable (passwords, addresses to look up). */
export const printable = (minLength: number, maxLength: number) =>
  Type.String({ minLength, maxLength, pattern: `^${NO_CONTROL}*$` });
