-- IN FORCE: this file is the definition the database runs, the single source of truth for it. It is
-- applied after the migrations (api/src/db/functions.ts); definitions of the same objects in
-- migrations are history. Change it here; a new migration never redefines what is in this folder.
--
-- The search vectors of procurements and operator models, which `q` matches (db/search.ts) as it
-- matches technologies' and needs'. Unlike theirs, these are not generated columns: they name the lead
-- (a procurement's) or the host (an operator model's), whose name is in the register, so they are kept
-- on writing the row and again when an association or municipality is renamed. Weighted as
-- searchVectorOf weighs a generated one (db/schema/columns.ts): the heading, then who, then the text.
-- Their words join the vocabulary through 01-search-words.sql.
CREATE OR REPLACE FUNCTION public.organisation_search_name(association text, municipality text, external text) RETURNS text
  LANGUAGE sql STABLE AS $$
  SELECT coalesce(
    (SELECT a.name || coalesce(' ' || a.short_name, '') FROM associations a WHERE a.slug = association),
    (SELECT m.name FROM municipalities m WHERE m.code = municipality),
    external,
    '')
$$;
--> statement-breakpoint
-- The three texts weighted: the heading, then who, then the body.
CREATE OR REPLACE FUNCTION public.weighted_search_vector(heading text, who text, body text) RETURNS tsvector
  LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('public.swedish_unaccent', heading), 'A')
      || setweight(to_tsvector('public.swedish_unaccent', who), 'B')
      || setweight(to_tsvector('public.swedish_unaccent', body), 'C')
$$;
--> statement-breakpoint
-- A procurement: its title and reference; its lead's name and its CPV codes; its description.
CREATE OR REPLACE FUNCTION public.index_procurement_text() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := public.weighted_search_vector(
    NEW.title || ' ' || NEW.reference,
    public.organisation_search_name(NEW.lead_association_slug, NEW.lead_municipality_code, NEW.lead_external_name)
      || ' ' || array_to_string(NEW.cpv_codes, ' '),
    NEW.description);
  RETURN NEW;
END $$;
--> statement-breakpoint
-- An operator model: its name; its host's name; its description.
CREATE OR REPLACE FUNCTION public.index_operator_model_text() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := public.weighted_search_vector(
    NEW.name,
    public.organisation_search_name(NEW.host_association_slug, NEW.host_municipality_code, NEW.host_external_name),
    NEW.description);
  RETURN NEW;
END $$;
--> statement-breakpoint
-- A renamed association or municipality: the procurements it leads and the models it hosts are indexed
-- again (writing the title or name runs their trigger). Renames are rare, so row by row.
CREATE OR REPLACE FUNCTION public.reindex_named_organisation() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'associations' THEN
    UPDATE procurements SET title = title WHERE lead_association_slug = NEW.slug;
    UPDATE operator_models SET name = name WHERE host_association_slug = NEW.slug;
  ELSE
    UPDATE procurements SET title = title WHERE lead_municipality_code = NEW.code;
    UPDATE operator_models SET name = name WHERE host_municipality_code = NEW.code;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER procurements_text_before_write BEFORE INSERT OR UPDATE OF title, reference, description,
  lead_association_slug, lead_municipality_code, lead_external_name, cpv_codes ON procurements
  FOR EACH ROW EXECUTE FUNCTION public.index_procurement_text();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER operator_models_text_before_write BEFORE INSERT OR UPDATE OF name, description,
  host_association_slug, host_municipality_code, host_external_name ON operator_models
  FOR EACH ROW EXECUTE FUNCTION public.index_operator_model_text();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER associations_renamed_reindex_texts AFTER UPDATE OF name, short_name ON associations
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.short_name IS DISTINCT FROM NEW.short_name)
  EXECUTE FUNCTION public.reindex_named_organisation();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER municipalities_renamed_reindex_texts AFTER UPDATE OF name ON municipalities
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
  EXECUTE FUNCTION public.reindex_named_organisation();
--> recompute
-- Writing the title or name runs the triggers above for every row (and 01's vocabulary triggers after).
UPDATE procurements SET title = title;
--> statement-breakpoint
UPDATE operator_models SET name = name;
