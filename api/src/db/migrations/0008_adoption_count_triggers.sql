-- technologies.adoption_count follows the adoptions (every status but discontinued), once per
-- statement rather than per row, so that loading many adoptions at once stays fast.
CREATE OR REPLACE FUNCTION public.recount_technology_adoptions() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE technologies t
     SET adoption_count = (SELECT count(*) FROM adoptions a WHERE a.technology_slug = t.slug AND a.status <> 'discontinued')
   WHERE t.slug IN (SELECT technology_slug FROM changed_rows);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER adoptions_counted_after_insert AFTER INSERT ON adoptions
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION public.recount_technology_adoptions();
--> statement-breakpoint
CREATE TRIGGER adoptions_counted_after_delete AFTER DELETE ON adoptions
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION public.recount_technology_adoptions();
--> statement-breakpoint
-- An update can move an adoption between technologies only through its key, which the API never
-- changes, so the new rows name every technology concerned.
CREATE TRIGGER adoptions_counted_after_update AFTER UPDATE ON adoptions
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION public.recount_technology_adoptions();
--> statement-breakpoint
UPDATE technologies t
   SET adoption_count = (SELECT count(*) FROM adoptions a WHERE a.technology_slug = t.slug AND a.status <> 'discontinued');
