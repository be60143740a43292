-- Where a technology is adopted, as arrays on the technology with GIN indexes, so that `adoptedIn`
-- and `association` filter by index with the values asked for, and a page sorted by adoption count
-- checks each candidate without a subquery. Kept with adoption_count, once per statement on
-- adoptions, and again for a municipality's technologies when its memberships change.
CREATE FUNCTION public.technology_adopted_in(technology text) RETURNS text[]
  LANGUAGE sql STABLE AS $$
  SELECT coalesce(array_agg(a.municipality_code ORDER BY a.municipality_code), '{}') FROM adoptions a
   WHERE a.technology_slug = technology AND a.status <> 'discontinued'
$$;
--> statement-breakpoint
CREATE FUNCTION public.technology_adopted_in_associations(technology text) RETURNS text[]
  LANGUAGE sql STABLE AS $$
  SELECT coalesce(array_agg(DISTINCT slug ORDER BY slug), '{}') FROM (
    SELECT am.association_slug AS slug FROM adoptions a JOIN association_members am ON am.municipality_code = a.municipality_code
     WHERE a.technology_slug = technology AND a.status <> 'discontinued'
    UNION ALL
    SELECT x.parent_slug FROM adoptions a JOIN association_members am ON am.municipality_code = a.municipality_code
      JOIN associations x ON x.slug = am.association_slug
     WHERE a.technology_slug = technology AND a.status <> 'discontinued' AND x.parent_slug IS NOT NULL) slugs
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION public.recount_technology_adoptions() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE technologies t
     SET adoption_count = (SELECT count(*) FROM adoptions a WHERE a.technology_slug = t.slug AND a.status <> 'discontinued'),
         adopted_in = public.technology_adopted_in(t.slug),
         adopted_in_associations = public.technology_adopted_in_associations(t.slug)
   WHERE t.slug IN (SELECT technology_slug FROM changed_rows);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION public.recount_membership_adoptions() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE technologies t
     SET adopted_in_associations = public.technology_adopted_in_associations(t.slug)
   WHERE t.slug IN (SELECT a.technology_slug FROM adoptions a
                     WHERE a.municipality_code IN (SELECT municipality_code FROM changed_rows));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER association_members_adoptions_after_insert AFTER INSERT ON association_members
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION public.recount_membership_adoptions();
--> statement-breakpoint
CREATE TRIGGER association_members_adoptions_after_delete AFTER DELETE ON association_members
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION public.recount_membership_adoptions();
--> statement-breakpoint
UPDATE technologies t
   SET adopted_in = public.technology_adopted_in(t.slug),
       adopted_in_associations = public.technology_adopted_in_associations(t.slug);
