-- Before the reference data had population figures, only editors could set one (PATCH /v1/municipalities),
-- so every population already present is an editor's own value, which the reference loader must not overwrite.
UPDATE "municipalities" SET "population_source" = 'editor' WHERE "population" IS NOT NULL AND "population_source" IS NULL;
