ALTER TABLE "technologies" ADD COLUMN "adopted_in" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "technologies" ADD COLUMN "adopted_in_associations" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
CREATE INDEX "technologies_adopted_in_idx" ON "technologies" USING gin ("adopted_in");--> statement-breakpoint
CREATE INDEX "technologies_adopted_in_associations_idx" ON "technologies" USING gin ("adopted_in_associations");