-- The memberships a database has now came from the reference data or from admins; counting them all
-- as loaded means none that is there is added again, and none an admin removes later comes back.
INSERT INTO reference_memberships (association_slug, municipality_code)
SELECT association_slug, municipality_code FROM association_members
ON CONFLICT DO NOTHING;
