-- IN FORCE: this file is the definition the database runs, the single source of truth for it. It is
-- applied after the migrations (api/src/db/functions.ts); definitions of the same objects in
-- migrations are history. Change it here; a new migration never redefines what is in this folder.
--
-- What a technology keeps about its adoptions: adoption_count (every status but discontinued), and
-- where it is adopted as arrays with GIN indexes (adopted_in: municipalities; adopted_in_associations:
-- their associations with umbrellas), so that `adoptedIn` and `association` filter by index with the
-- values asked for, and a page sorted by adoption count checks each candidate without a subquery.
-- Kept once per statement on adoptions, so that loading many adoptions at once stays fast, and again
-- for a municipality's technologies when its memberships change.
CREATE OR REPLACE FUNCTION public.technology_adoption_count(technology text) RETURNS integer
  LANGUAGE sql STABLE AS $$
  SELECT count(*)::integer FROM adoptions a WHERE a.technology_slug = technology AND a.status <> 'discontinued'
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION public.technology_adopted_in(technology text) RETURNS text[]
  LANGUAGE sql STABLE AS $$
  SELECT coalesce(array_agg(a.municipality_code ORDER BY a.municipality_code), '{}') FROM adoptions a
   WHERE a.technology_slug = technology AND a.status <> 'discontinued'
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION public.technology_adopted_in_associations(technology text) RETURNS text[]
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
     SET adoption_count = public.technology_adoption_count(t.slug),
         adopted_in = public.technology_adopted_in(t.slug),
         adopted_in_associations = public.technology_adopted_in_associations(t.slug)
   WHERE t.slug IN (SELECT technology_slug FROM changed_rows);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION public.recount_membership_adoptions() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE technologies t
     SET adopted_in_associations = public.technology_adopted_in_associations(t.slug)
   WHERE t.slug IN (SELECT a.technology_slug FROM adoptions a
                     WHERE a.municipality_code IN (SELECT municipality_code FROM changed_rows));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER adoptions_counted_after_insert AFTER INSERT ON adoptions
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION public.recount_technology_adoptions();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER adoptions_counted_after_delete AFTER DELETE ON adoptions
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION public.recount_technology_adoptions();
--> statement-breakpoint
-- An update can move an adoption between technologies only through its key, which the API never
-- changes, so the new rows name every technology concerned.
CREATE OR REPLACE TRIGGER adoptions_counted_after_update AFTER UPDATE ON adoptions
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION public.recount_technology_adoptions();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER association_members_adoptions_after_insert AFTER INSERT ON association_members
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION public.recount_membership_adoptions();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER association_members_adoptions_after_delete AFTER DELETE ON association_members
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION public.recount_membership_adoptions();
--> recompute
-- Only the technologies whose values differ are written: a rewrite of every row fires the vocabulary
-- triggers and updates every index for all of them. At 100 000 technologies with nothing to correct:
-- 3.8 s, against 11.5–12.6 s for rewriting every row; with every row to correct, 13.6 s against 19.6 s.
UPDATE technologies t
   SET adoption_count = derived.adoption_count,
       adopted_in = derived.adopted_in,
       adopted_in_associations = derived.adopted_in_associations
  FROM (SELECT slug,
               public.technology_adoption_count(slug) AS adoption_count,
               public.technology_adopted_in(slug) AS adopted_in,
               public.technology_adopted_in_associations(slug) AS adopted_in_associations
          FROM technologies) derived
 WHERE derived.slug = t.slug
   AND (t.adoption_count, t.adopted_in, t.adopted_in_associations)
       IS DISTINCT FROM (derived.adoption_count, derived.adopted_in, derived.adopted_in_associations);
