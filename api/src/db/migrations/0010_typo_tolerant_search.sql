-- Typo-tolerant Swedish search through a vocabulary. A search word the texts do not contain (a likely
-- misspelling) is widened to the nearest known words by trigram similarity, and the full-text index
-- does the rest. Matching the misspelling against every text instead costs a trigram recheck per
-- candidate text, which grows with the catalogue; the vocabulary grows far more slowly.
CREATE AGGREGATE public.tsquery_or_all(tsquery) (SFUNC = pg_catalog.tsquery_or, STYPE = tsquery);
--> statement-breakpoint
CREATE AGGREGATE public.tsquery_and_all(tsquery) (SFUNC = pg_catalog.tsquery_and, STYPE = tsquery);
--> statement-breakpoint
CREATE FUNCTION public.collect_search_words() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO public.search_words (word)
  SELECT DISTINCT w.lexeme FROM new_rows r, unnest(r.search_vector) w
   WHERE length(w.lexeme) >= 3 AND w.lexeme ~ '[a-z]'
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER technologies_words_after_insert AFTER INSERT ON technologies
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.collect_search_words();
--> statement-breakpoint
CREATE TRIGGER technologies_words_after_update AFTER UPDATE ON technologies
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.collect_search_words();
--> statement-breakpoint
CREATE TRIGGER guides_words_after_insert AFTER INSERT ON guides
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.collect_search_words();
--> statement-breakpoint
CREATE TRIGGER guides_words_after_update AFTER UPDATE ON guides
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.collect_search_words();
--> statement-breakpoint
INSERT INTO public.search_words (word)
SELECT DISTINCT w.lexeme FROM (SELECT search_vector FROM technologies UNION ALL SELECT search_vector FROM guides) r,
       unnest(r.search_vector) w
 WHERE length(w.lexeme) >= 3 AND w.lexeme ~ '[a-z]'
ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- The query for `q`: web-search syntax as typed ("quoted phrases", -exclusions, or) is taken as is;
-- plain words are each stemmed, and a word missing from the vocabulary may also be any of its four
-- nearest known words (trigram similarity of at least 0.4).
CREATE FUNCTION public.typo_tolerant_tsquery(q text) RETURNS tsquery
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
