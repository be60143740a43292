CREATE TYPE "public"."population_source" AS ENUM('scb', 'editor');--> statement-breakpoint
ALTER TABLE "municipalities" ADD COLUMN "population_year" integer;--> statement-breakpoint
ALTER TABLE "municipalities" ADD COLUMN "population_source" "population_source";