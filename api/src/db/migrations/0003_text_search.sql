-- Swedish full-text search that ignores accents: words are unaccented, then stemmed the Swedish way,
-- so "läkemedel", "lakemedel" and "läkemedlen" meet.
CREATE TEXT SEARCH CONFIGURATION public.swedish_unaccent (COPY = pg_catalog.swedish);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION public.swedish_unaccent
  ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, pg_catalog.swedish_stem;
