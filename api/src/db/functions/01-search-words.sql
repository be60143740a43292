-- IN FORCE: this file is the definition the database runs, the single source of truth for it. It is
-- applied after the migrations (api/src/db/functions.ts); definitions of the same objects in
-- migrations are history. Change it here; a new migration never redefines what is in this folder.
--
-- The search vocabulary (search_words): every stemmed word of the searchable texts, which typo-tolerant
-- search widens a misspelling to (see 02-typo-tolerant-search.sql). Collected once per statement, so
-- loading many rows at once stays fast; words are never removed, a stale one only widens a search.
CREATE OR REPLACE FUNCTION public.collect_search_words() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO public.search_words (word)
  SELECT DISTINCT w.lexeme FROM new_rows r, unnest(r.search_vector) w
   WHERE length(w.lexeme) >= 3 AND w.lexeme ~ '[a-z]'
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER technologies_words_after_insert AFTER INSERT ON technologies
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.collect_search_words();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER technologies_words_after_update AFTER UPDATE ON technologies
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.collect_search_words();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER guides_words_after_insert AFTER INSERT ON guides
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.collect_search_words();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER guides_words_after_update AFTER UPDATE ON guides
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.collect_search_words();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER needs_words_after_insert AFTER INSERT ON needs
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.collect_search_words();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER needs_words_after_update AFTER UPDATE ON needs
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.collect_search_words();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER procurements_words_after_insert AFTER INSERT ON procurements
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.collect_search_words();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER procurements_words_after_update AFTER UPDATE ON procurements
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.collect_search_words();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER operator_models_words_after_insert AFTER INSERT ON operator_models
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.collect_search_words();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER operator_models_words_after_update AFTER UPDATE ON operator_models
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.collect_search_words();
--> recompute
INSERT INTO public.search_words (word)
SELECT DISTINCT w.lexeme
  FROM (SELECT search_vector FROM technologies
        UNION ALL SELECT search_vector FROM guides
        UNION ALL SELECT search_vector FROM needs
        UNION ALL SELECT search_vector FROM procurements
        UNION ALL SELECT search_vector FROM operator_models) r,
       unnest(r.search_vector) w
 WHERE length(w.lexeme) >= 3 AND w.lexeme ~ '[a-z]'
ON CONFLICT DO NOTHING;
