DROP INDEX "guides_search_text_trgm_idx";--> statement-breakpoint
DROP INDEX "technologies_search_text_trgm_idx";--> statement-breakpoint
ALTER TABLE "guides" DROP COLUMN "search_text";--> statement-breakpoint
ALTER TABLE "technologies" DROP COLUMN "search_text";