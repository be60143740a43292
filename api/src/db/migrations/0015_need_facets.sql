ALTER TABLE "needs" ADD COLUMN "county_codes" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "needs" ADD COLUMN "association_slugs" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "needs" ADD COLUMN "category_slugs" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
CREATE INDEX "needs_county_codes_idx" ON "needs" USING gin ("county_codes");--> statement-breakpoint
CREATE INDEX "needs_association_slugs_idx" ON "needs" USING gin ("association_slugs");--> statement-breakpoint
CREATE INDEX "needs_category_slugs_idx" ON "needs" USING gin ("category_slugs");