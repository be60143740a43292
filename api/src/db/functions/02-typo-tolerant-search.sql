-- IN FORCE: this file is the definition the database runs, the single source of truth for it. It is
-- applied after the migrations (api/src/db/functions.ts); definitions of the same objects in
-- migrations are history. Change it here; a new migration never redefines what is in this folder.
--
-- Typo-tolerant Swedish search through the vocabulary (01-search-words.sql). A search word the texts
-- do not contain (a likely misspelling) is widened to the nearest known words by trigram similarity,
-- and the full-text index does the rest. Matching the misspelling against every text instead costs a
-- trigram recheck per candidate text, which grows with the catalogue; the vocabulary grows far more
-- slowly. Nothing here is stored, so a change takes effect on the next query.
CREATE OR REPLACE AGGREGATE public.tsquery_or_all(tsquery) (SFUNC = pg_catalog.tsquery_or, STYPE = tsquery);
--> statement-breakpoint
CREATE OR REPLACE AGGREGATE public.tsquery_and_all(tsquery) (SFUNC = pg_catalog.tsquery_and, STYPE = tsquery);
--> statement-breakpoint
-- The query for `q`: web-search syntax as typed ("quoted phrases", -exclusions, or) is taken as is;
-- plain words are each stemmed, and a word missing from the vocabulary may also be any of its four
-- nearest known words (trigram similarity of at least 0.4).
CREATE OR REPLACE FUNCTION public.typo_tolerant_tsquery(q text) RETURNS tsquery
  LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN q ~ '["-]' OR q ~* '(^|\s)or(\s|$)' THEN websearch_to_tsquery('public.swedish_unaccent', q)
    ELSE coalesce((
      SELECT public.tsquery_and_all(alternatives) FROM (
        SELECT (SELECT public.tsquery_or_all(plainto_tsquery('simple', word)) FROM (
                  SELECT term AS word
                  UNION
                  (SELECT s.word FROM public.search_words s
                    WHERE NOT EXISTS (SELECT 1 FROM public.search_words k WHERE k.word = term)
                      AND s.word % term AND similarity(s.word, term) >= 0.4
                    ORDER BY similarity(s.word, term) DESC, s.word LIMIT 4)) neighbours) AS alternatives
          FROM unnest(tsvector_to_array(to_tsvector('public.swedish_unaccent', q))) AS term) groups),
      websearch_to_tsquery('public.swedish_unaccent', q))
  END
$$;
