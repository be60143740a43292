CREATE TYPE "public"."population_source" AS ENUM('scb', 'editor');--> statement-breakpoint
ALTER TABLE "municipalities" ADD COLUMN "population_year" integer;--> statement-breakpoint
ALTER TABLE "municipalities" ADD COLUMN "population_source" "population_source";--> statement-breakpoint
-- Before the reference data had population figures, only editors could set one (PATCH /v1/municipalities),
-- so every population already present is an editor's own value, which the reference loader must not overwrite.
UPDATE "municipalities" SET "population_source" = 'editor' WHERE "population" IS NOT NULL AND "population_source" IS NULL;
