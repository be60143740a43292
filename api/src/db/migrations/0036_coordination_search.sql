ALTER TABLE "operator_models" ADD COLUMN "search_vector" "tsvector" DEFAULT ''::tsvector NOT NULL;--> statement-breakpoint
ALTER TABLE "procurements" ADD COLUMN "search_vector" "tsvector" DEFAULT ''::tsvector NOT NULL;--> statement-breakpoint
CREATE INDEX "operator_models_search_vector_idx" ON "operator_models" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "procurements_search_vector_idx" ON "procurements" USING gin ("search_vector");