-- Needs join the search vocabulary, as technologies and guides do (see typo_tolerant_search).
CREATE TRIGGER needs_words_after_insert AFTER INSERT ON needs
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.collect_search_words();
--> statement-breakpoint
CREATE TRIGGER needs_words_after_update AFTER UPDATE ON needs
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.collect_search_words();
--> statement-breakpoint
-- A need's pooled volume (the owner's and every co-owner's), the number of municipalities that have
-- it (the owning municipality and the co-owners) and where it is (those municipalities, or for an
-- owning association its members) are kept on the need, so that suppliers can filter on them at
-- scale: on writing the need, and once per statement on co-owners.
CREATE FUNCTION public.need_pooled_volume(need uuid, own_volume integer) RETURNS integer
  LANGUAGE sql STABLE AS $$
  SELECT coalesce(own_volume, 0) + coalesce((SELECT sum(c.estimated_volume) FROM need_co_owners c WHERE c.need_id = need), 0)::integer
$$;
--> statement-breakpoint
CREATE FUNCTION public.need_municipality_count(need uuid, owner_code text) RETURNS integer
  LANGUAGE sql STABLE AS $$
  SELECT (owner_code IS NOT NULL)::integer
       + (SELECT count(*) FROM need_co_owners c WHERE c.need_id = need AND c.municipality_code IS DISTINCT FROM owner_code)::integer
$$;
--> statement-breakpoint
CREATE FUNCTION public.need_municipality_codes(need uuid, owner_code text, owner_association text) RETURNS text[]
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
CREATE FUNCTION public.count_need_volume() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  NEW.pooled_volume := public.need_pooled_volume(NEW.id, NEW.estimated_volume);
  NEW.municipality_count := public.need_municipality_count(NEW.id, NEW.owner_municipality_code);
  NEW.municipality_codes := public.need_municipality_codes(NEW.id, NEW.owner_municipality_code, NEW.owner_association_slug);
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER needs_volume_before_write BEFORE INSERT OR UPDATE OF estimated_volume, owner_municipality_code, owner_association_slug ON needs
  FOR EACH ROW EXECUTE FUNCTION public.count_need_volume();
--> statement-breakpoint
CREATE FUNCTION public.recount_need_volumes() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE needs n
     SET pooled_volume = public.need_pooled_volume(n.id, n.estimated_volume),
         municipality_count = public.need_municipality_count(n.id, n.owner_municipality_code),
         municipality_codes = public.need_municipality_codes(n.id, n.owner_municipality_code, n.owner_association_slug)
   WHERE n.id IN (SELECT need_id FROM changed_rows);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER need_co_owners_counted_after_insert AFTER INSERT ON need_co_owners
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION public.recount_need_volumes();
--> statement-breakpoint
CREATE TRIGGER need_co_owners_counted_after_update AFTER UPDATE ON need_co_owners
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION public.recount_need_volumes();
--> statement-breakpoint
CREATE TRIGGER need_co_owners_counted_after_delete AFTER DELETE ON need_co_owners
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION public.recount_need_volumes();
