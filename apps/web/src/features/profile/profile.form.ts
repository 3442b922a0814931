import Type from 'typebox';

/**
 * Helpers that turn the editors' answers (strings, as form fields hold them) into the body the
 * API receives. An unanswered question is left out, so core reports it as "required"; an
 * answer of the wrong kind is kept as it is, so core reports that rule instead.
 */

/** A language row as the form holds it: nothing chosen yet is ''. */
export const LanguageRow = Type.Object({ code: Type.String(), level: Type.String() });
export interface LanguageRow {
  code: string;
  level: string;
}

/** `{ [key]: value }` when she answered, `{}` when not. */
export function answered<Key extends string>(
  key: Key,
  value: string,
): Partial<Record<Key, string>> {
  return value === '' ? {} : ({ [key]: value } as Record<Key, string>);
}

/** A whole number from a text field; anything else is left for core to refuse. */
export function whole<Key extends string>(
  key: Key,
  value: string,
): Partial<Record<Key, number | string>> {
  const trimmed = value.trim();
  if (trimmed === '') return {};
  return { [key]: /^\d{1,3}$/.test(trimmed) ? Number(trimmed) : trimmed } as Record<
    Key,
    number | string
  >;
}

/** A yes/no question she may leave unanswered: 'yes', 'no' or ''. */
export function yesNo<Key extends string>(key: Key, value: string): Partial<Record<Key, boolean>> {
  if (value !== 'yes' && value !== 'no') return {};
  return { [key]: value === 'yes' } as Record<Key, boolean>;
}

export const fromBoolean = (value: boolean | undefined): string =>
  value === undefined ? '' : value ? 'yes' : 'no';

export function languages(rows: readonly LanguageRow[]) {
  return rows.map((row) => ({ ...answered('code', row.code), ...answered('level', row.level) }));
}

/** Optional text: left out when empty, trimmed otherwise. */
export function optionalText<Key extends string>(
  key: Key,
  value: string,
): Partial<Record<Key, string>> {
  const trimmed = value.trim();
  return trimmed === '' ? {} : ({ [key]: trimmed } as Record<Key, string>);
}
