import type { Locale } from '../user.schema';

/** A text in every UI language; catalogues carry their own labels so API and SPA say the same. */
export type Label = Record<Locale, string>;

export interface CatalogueEntry<Code extends string = string> {
  code: Code;
  label: Label;
}

/** The codes of a catalogue, in its order, as a tuple of literals (enum schemas, database checks). */
export type CodesOf<Entries extends readonly CatalogueEntry[]> = {
  readonly [Index in keyof Entries]: Entries[Index] extends CatalogueEntry<infer Code>
    ? Code
    : never;
};

export function codesOf<const Entries extends readonly CatalogueEntry[]>(
  entries: Entries,
): CodesOf<Entries> {
  // map() widens the tuple to string[]; CodesOf restates what it holds, entry by entry.
  return entries.map((entry) => entry.code) as unknown as CodesOf<Entries>;
}
