CREATE TYPE "public"."event_audience" AS ENUM('public', 'identified', 'scoped', 'private', 'admin');--> statement-breakpoint
CREATE TABLE "domain_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"position" bigint GENERATED ALWAYS AS IDENTITY (sequence name "domain_events_position_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"transaction_id" bigint DEFAULT (pg_current_xact_id()::text)::bigint NOT NULL,
	"type" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_key" text NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" text,
	"actor_label" text NOT NULL,
	"request_id" text,
	"data" jsonb NOT NULL,
	"audience" "event_audience" NOT NULL,
	"audience_municipalities" text[] DEFAULT '{}' NOT NULL,
	"audience_associations" text[] DEFAULT '{}' NOT NULL,
	"audience_supplier_id" uuid
);
--> statement-breakpoint
CREATE INDEX "domain_events_position_idx" ON "domain_events" USING btree ("position");--> statement-breakpoint
CREATE INDEX "domain_events_entity_idx" ON "domain_events" USING btree ("entity_type","entity_key","position");--> statement-breakpoint
CREATE INDEX "domain_events_type_idx" ON "domain_events" USING btree ("type","position");--> statement-breakpoint
CREATE INDEX "domain_events_occurred_idx" ON "domain_events" USING btree ("occurred_at");