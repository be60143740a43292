DROP INDEX "technologies_category_idx";--> statement-breakpoint
CREATE INDEX "technologies_category_name_order_idx" ON "technologies" USING btree ("category_slug","name_sort" collate "C","slug");