-- Where a need is and what it is about, as arrays on the need with GIN indexes, so that a supplier's
-- filters (county, association, category) combine as index scans, with the planner seeing the values
-- asked for instead of a subquery it cannot estimate. Kept by the triggers that keep pooled volume.
CREATE FUNCTION public.need_county_codes(codes text[]) RETURNS text[]
  LANGUAGE sql STABLE AS $$
  SELECT coalesce(array_agg(DISTINCT m.county_code ORDER BY m.county_code), '{}') FROM municipalities m WHERE m.code = ANY(codes)
$$;
--> statement-breakpoint
CREATE FUNCTION public.need_association_slugs(codes text[], owner_association text) RETURNS text[]
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
CREATE OR REPLACE FUNCTION public.count_need_volume() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  NEW.pooled_volume := public.need_pooled_volume(NEW.id, NEW.estimated_volume);
  NEW.municipality_count := public.need_municipality_count(NEW.id, NEW.owner_municipality_code);
  NEW.municipality_codes := public.need_municipality_codes(NEW.id, NEW.owner_municipality_code, NEW.owner_association_slug);
  NEW.county_codes := public.need_county_codes(NEW.municipality_codes);
  NEW.association_slugs := public.need_association_slugs(NEW.municipality_codes, NEW.owner_association_slug);
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION public.recount_need_volumes() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE needs n
     SET pooled_volume = public.need_pooled_volume(n.id, n.estimated_volume),
         municipality_count = public.need_municipality_count(n.id, n.owner_municipality_code),
         municipality_codes = places.codes,
         county_codes = public.need_county_codes(places.codes),
         association_slugs = public.need_association_slugs(places.codes, n.owner_association_slug)
    FROM (SELECT c.id, public.need_municipality_codes(c.id, c.owner_municipality_code, c.owner_association_slug) AS codes
            FROM needs c WHERE c.id IN (SELECT need_id FROM changed_rows)) places
   WHERE n.id = places.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION public.recount_need_categories() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE needs n
     SET category_slugs = (SELECT coalesce(array_agg(DISTINCT slug ORDER BY slug), '{}') FROM (
           SELECT nc.category_slug AS slug FROM need_categories nc WHERE nc.need_id = n.id
           UNION ALL
           SELECT c.parent_slug FROM need_categories nc JOIN technology_categories c ON c.slug = nc.category_slug
            WHERE nc.need_id = n.id AND c.parent_slug IS NOT NULL) slugs)
   WHERE n.id IN (SELECT need_id FROM changed_rows);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER need_categories_counted_after_insert AFTER INSERT ON need_categories
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION public.recount_need_categories();
--> statement-breakpoint
CREATE TRIGGER need_categories_counted_after_delete AFTER DELETE ON need_categories
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION public.recount_need_categories();
--> statement-breakpoint
UPDATE needs SET estimated_volume = estimated_volume;
--> statement-breakpoint
UPDATE needs n
   SET category_slugs = (SELECT coalesce(array_agg(DISTINCT slug ORDER BY slug), '{}') FROM (
         SELECT nc.category_slug AS slug FROM need_categories nc WHERE nc.need_id = n.id
         UNION ALL
         SELECT c.parent_slug FROM need_categories nc JOIN technology_categories c ON c.slug = nc.category_slug
          WHERE nc.need_id = n.id AND c.parent_slug IS NOT NULL) slugs);
