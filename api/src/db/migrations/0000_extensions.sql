-- Accent-insensitive, typo-tolerant search (API.md: q) needs unaccent and pg_trgm.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- unaccent() is only STABLE (its dictionary could change), so it cannot back a generated column or an
-- index. Pinning the dictionary makes the wrapper safe to declare IMMUTABLE.
CREATE OR REPLACE FUNCTION public.immutable_unaccent(input text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, input) $$;
--> statement-breakpoint
-- Swedish alphabetical order (… x y z å ä ö) that is the same on a PostgreSQL server and in PGlite,
-- whose ICU build has no Swedish locale: under the "C" collation {, | and } sort right after z.
CREATE OR REPLACE FUNCTION public.swedish_sort_key(input text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT translate(lower(input), 'åäæöøéèüáà', '{||}}eeyaa') $$;
