import type { Locale } from '../user.schema';

/** A text in every UI language; catalogues carry their own labels so API and SPA say the same. */
export type Label = Record<Locale, string>;

export interface CatalogueEntry<Code extends string = string> {
  code: Code;
  label: Label;
}
