DROP INDEX "needs_municipality_codes_idx";--> statement-breakpoint
ALTER TABLE "needs" DROP COLUMN "municipality_codes";