import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { rowsOf, textArray } from '../../db/rows';

/** More words than this add nothing but cost. */
const MAX_WORDS = 8;
/** Shorter words are too short to tell a typo from another word ("it", "og"). */
const MIN_TYPO_LENGTH = 4;
/** How alike a lexicon word must be to count as what she meant (pg_trgm similarity, 0-1). */
const TYPO_SIMILARITY = 0.45;
const TYPO_ALTERNATIVES = 3;

/** Her search as words: letters and digits only, so nothing she types is query syntax. */
export function searchWords(q: string | undefined): string[] {
  if (!q) return [];
  const words = q.toLocaleLowerCase('da').match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)].slice(0, MAX_WORDS).map((word) => word.slice(0, 40));
}

/** Her words, resolved against what mentors write. */
export interface TextQuery {
  /** All her words as a tsquery (text), for ts_headline and the text index. */
  tsquery: string;
  /** Per word, the lexemes any of which matches it (the word_ bitmaps' values). */
  words: string[][];
}

/**
 * Her words as lexemes: each word, and for a word no mentor uses its nearest lexicon words,
 * stemmed the Danish and the English way; all her words must match. Null when nothing
 * searchable is left (only stop words such as "og").
 */
export async function textQuery(db: Executor, words: string[]): Promise<TextQuery | null> {
  if (words.length === 0) return null;
  const result = await db.execute(sql`
    with words as (
      select ord, unaccent(w) as word from unnest(${textArray(words)}) with ordinality as t(w, ord)
    ),
    alternatives as (
      select ord, word from words
      union
      select w.ord, near.word
      from words w
      cross join lateral (
        select s.word from search_words s
        where char_length(w.word) >= ${MIN_TYPO_LENGTH}
          and not exists (select 1 from search_words known where known.word = w.word)
          and s.word % w.word
          and similarity(s.word, w.word) >= ${TYPO_SIMILARITY}
        order by similarity(s.word, w.word) desc, s.word
        limit ${TYPO_ALTERNATIVES}
      ) near
    ),
    per_word as (
      select ord,
        to_tsquery('mentorbro_da', string_agg(word, ' | ' order by word))
          || to_tsquery('mentorbro_en', string_agg(word, ' | ' order by word)) as query,
        tsvector_to_array(to_tsvector('mentorbro_da', string_agg(word, ' ' order by word))
          || to_tsvector('mentorbro_en', string_agg(word, ' ' order by word))) as lexemes
      from alternatives group by ord
    )
    select string_agg('(' || query::text || ')', ' & ' order by ord) as query,
      coalesce(json_agg(lexemes order by ord), '[]') as lexemes
    from per_word where numnode(query) > 0
  `);
  const [row] = rowsOf<{ query: string | null; lexemes: string[][] }>(result);
  return row?.query ? { tsquery: row.query, words: row.lexemes } : null;
}
