-- Where a need is (its municipalities) is only needed to derive its counties, associations and count,
-- which are what lists filter on; it was stored and indexed without a reader. It becomes a variable of
-- the triggers, and the next migration drops the column.
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
