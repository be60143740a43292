import { sql } from 'drizzle-orm';
import { index, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * Every stemmed word the searchable texts contain, kept by triggers on the searchable tables.
 * A misspelt search word is matched against this vocabulary (small, growing far slower than the
 * texts) instead of against every text, and the neighbours found join the full-text query.
 */
export const searchWords = pgTable('search_words', { word: text('word').primaryKey() }, (table) => [
  index('search_words_word_trgm_idx').using('gin', sql`${table.word} gin_trgm_ops`),
]);
