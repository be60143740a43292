-- IN FORCE: this file is the definition the database runs, the single source of truth for it. It is
-- applied after the migrations (api/src/db/functions.ts); definitions of the same objects in
-- migrations are history. Change it here; a new migration never redefines what is in this folder.
--
-- What a need keeps so that suppliers filter on it at scale: its pooled volume (the owner's and every
-- co-owner's, municipality or region alike), the number of municipalities that have it, and where it is and what it is about as
-- arrays with GIN indexes (counties, associations with umbrellas, categories with parents), so that a
-- supplier's filters combine as index scans with the planner seeing the values asked for. Where a need
-- is (its owning municipality or the owning association's members, and the co-owners) is derived on
-- the way and not stored. Kept on writing the need, and once per statement on co-owners and categories.
CREATE OR REPLACE FUNCTION public.need_pooled_volume(need uuid, own_volume integer) RETURNS integer
  LANGUAGE sql STABLE AS $$
  SELECT coalesce(own_volume, 0)
    + coalesce((SELECT sum(c.estimated_volume) FROM need_co_owners c WHERE c.need_id = need), 0)::integer
    + coalesce((SELECT sum(b.estimated_volume) FROM need_public_body_co_owners b WHERE b.need_id = need), 0)::integer
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION public.need_municipality_codes(need uuid, owner_code text, owner_association text) RETURNS text[]
  LANGUAGE sql STABLE AS $$
  SELECT coalesce(array_agg(DISTINCT code ORDER BY code), '{}') FROM (
    SELECT owner_code AS code WHERE owner_code IS NOT NULL
    UNION ALL
    SELECT m.municipality_code FROM association_members m
      JOIN associations a ON a.slug = m.association_slug
     WHERE a.slug = owner_association OR a.parent_slug = owner_association
    UNION ALL
    SELECT c.municipality_code FROM need_co_owners c WHERE c.need_id = need) codes
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION public.need_county_codes(codes text[]) RETURNS text[]
  LANGUAGE sql STABLE AS $$
  SELECT coalesce(array_agg(DISTINCT m.county_code ORDER BY m.county_code), '{}') FROM municipalities m WHERE m.code = ANY(codes)
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION public.need_association_slugs(codes text[], owner_association text) RETURNS text[]
  LANGUAGE sql STABLE AS $$
  SELECT coalesce(array_agg(DISTINCT slug ORDER BY slug), '{}') FROM (
    SELECT owner_association AS slug WHERE owner_association IS NOT NULL
    UNION ALL
    SELECT a.parent_slug FROM associations a WHERE a.slug = owner_association AND a.parent_slug IS NOT NULL
    UNION ALL
    SELECT am.association_slug FROM association_members am WHERE am.municipality_code = ANY(codes)
    UNION ALL
    SELECT a.parent_slug FROM association_members am JOIN associations a ON a.slug = am.association_slug
     WHERE am.municipality_code = ANY(codes) AND a.parent_slug IS NOT NULL) slugs
$$;
--> statement-breakpoint
-- The number of municipalities counts an owning association's members too: they are where the need is.
CREATE OR REPLACE FUNCTION public.count_need_volume() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  places text[] := public.need_municipality_codes(NEW.id, NEW.owner_municipality_code, NEW.owner_association_slug);
BEGIN
  NEW.pooled_volume := public.need_pooled_volume(NEW.id, NEW.estimated_volume);
  NEW.municipality_count := cardinality(places);
  NEW.county_codes := public.need_county_codes(places);
  NEW.association_slugs := public.need_association_slugs(places, NEW.owner_association_slug);
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION public.recount_need_volumes() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE needs n
     SET pooled_volume = public.need_pooled_volume(n.id, n.estimated_volume),
         municipality_count = cardinality(places.codes),
         county_codes = public.need_county_codes(places.codes),
         association_slugs = public.need_association_slugs(places.codes, n.owner_association_slug)
    FROM (SELECT c.id, public.need_municipality_codes(c.id, c.owner_municipality_code, c.owner_association_slug) AS codes
            FROM needs c WHERE c.id IN (SELECT need_id FROM changed_rows)) places
   WHERE n.id = places.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A need's categories and their parents.
CREATE OR REPLACE FUNCTION public.need_category_slugs(need uuid) RETURNS text[]
  LANGUAGE sql STABLE AS $$
  SELECT coalesce(array_agg(DISTINCT slug ORDER BY slug), '{}') FROM (
    SELECT nc.category_slug AS slug FROM need_categories nc WHERE nc.need_id = need
    UNION ALL
    SELECT c.parent_slug FROM need_categories nc JOIN technology_categories c ON c.slug = nc.category_slug
     WHERE nc.need_id = need AND c.parent_slug IS NOT NULL) slugs
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION public.recount_need_categories() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE needs n SET category_slugs = public.need_category_slugs(n.id)
   WHERE n.id IN (SELECT need_id FROM changed_rows);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER needs_volume_before_write BEFORE INSERT OR UPDATE OF estimated_volume, owner_municipality_code, owner_association_slug ON needs
  FOR EACH ROW EXECUTE FUNCTION public.count_need_volume();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER need_co_owners_counted_after_insert AFTER INSERT ON need_co_owners
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION public.recount_need_volumes();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER need_co_owners_counted_after_update AFTER UPDATE ON need_co_owners
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION public.recount_need_volumes();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER need_co_owners_counted_after_delete AFTER DELETE ON need_co_owners
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION public.recount_need_volumes();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER need_public_body_co_owners_counted_after_insert AFTER INSERT ON need_public_body_co_owners
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION public.recount_need_volumes();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER need_public_body_co_owners_counted_after_update AFTER UPDATE ON need_public_body_co_owners
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION public.recount_need_volumes();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER need_public_body_co_owners_counted_after_delete AFTER DELETE ON need_public_body_co_owners
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION public.recount_need_volumes();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER need_categories_counted_after_insert AFTER INSERT ON need_categories
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION public.recount_need_categories();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER need_categories_counted_after_delete AFTER DELETE ON need_categories
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION public.recount_need_categories();
--> recompute
-- Writing the volume runs needs_volume_before_write for every need, with the definitions above.
UPDATE needs SET estimated_volume = estimated_volume;
--> statement-breakpoint
UPDATE needs n SET category_slugs = public.need_category_slugs(n.id);
