DROP INDEX "needs_status_updated_idx";--> statement-breakpoint
DROP INDEX "needs_pooled_volume_idx";--> statement-breakpoint
CREATE INDEX "needs_updated_idx" ON "needs" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "needs_pooled_volume_idx" ON "needs" USING btree ("pooled_volume","id");