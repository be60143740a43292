DROP INDEX "technologies_status_name_idx";--> statement-breakpoint
DROP INDEX "technologies_status_adoption_count_idx";--> statement-breakpoint
CREATE INDEX "technologies_name_order_idx" ON "technologies" USING btree ("name_sort" collate "C","slug");--> statement-breakpoint
CREATE INDEX "technologies_adoption_count_idx" ON "technologies" USING btree ("adoption_count","slug");