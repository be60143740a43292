-- The number of municipalities that have a need counts an owning association's members too (they
-- are where the need is), not only an owning municipality and the co-owners: an association's need
-- for its eight members showed 0.
CREATE OR REPLACE FUNCTION public.count_need_volume() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  NEW.pooled_volume := public.need_pooled_volume(NEW.id, NEW.estimated_volume);
  NEW.municipality_codes := public.need_municipality_codes(NEW.id, NEW.owner_municipality_code, NEW.owner_association_slug);
  NEW.municipality_count := cardinality(NEW.municipality_codes);
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
         municipality_codes = places.codes,
         municipality_count = cardinality(places.codes),
         county_codes = public.need_county_codes(places.codes),
         association_slugs = public.need_association_slugs(places.codes, n.owner_association_slug)
    FROM (SELECT c.id, public.need_municipality_codes(c.id, c.owner_municipality_code, c.owner_association_slug) AS codes
            FROM needs c WHERE c.id IN (SELECT need_id FROM changed_rows)) places
   WHERE n.id = places.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
UPDATE needs SET municipality_count = cardinality(municipality_codes);
--> statement-breakpoint
DROP FUNCTION public.need_municipality_count(uuid, text);
