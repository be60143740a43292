CREATE TYPE "public"."public_body_kind" AS ENUM('region', 'cooperation_body', 'it_coordination', 'network', 'other');--> statement-breakpoint
CREATE TABLE "public_bodies" (
	"slug" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"kind" "public_body_kind" NOT NULL,
	"county_code" text,
	"municipality_code" text,
	"website" text,
	"contact_email" text,
	"description" text,
	"demo" boolean DEFAULT false NOT NULL,
	"name_search" text GENERATED ALWAYS AS (lower(public.immutable_unaccent(name || ' ' || coalesce(short_name, '')))) STORED NOT NULL,
	"name_sort" text GENERATED ALWAYS AS (public.swedish_sort_key(name)) STORED NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "public_bodies_slug_format" CHECK ("public_bodies"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "public_bodies_region_has_county" CHECK (("public_bodies"."kind" = 'region') = ("public_bodies"."county_code" is not null))
);
--> statement-breakpoint
CREATE TABLE "public_body_associations" (
	"public_body_slug" text NOT NULL,
	"association_slug" text NOT NULL,
	CONSTRAINT "public_body_associations_public_body_slug_association_slug_pk" PRIMARY KEY("public_body_slug","association_slug")
);
--> statement-breakpoint
CREATE TABLE "public_body_municipalities" (
	"public_body_slug" text NOT NULL,
	"municipality_code" text NOT NULL,
	CONSTRAINT "public_body_municipalities_public_body_slug_municipality_code_pk" PRIMARY KEY("public_body_slug","municipality_code")
);
--> statement-breakpoint
CREATE TABLE "consultation_public_body_responses" (
	"model_slug" text NOT NULL,
	"public_body_slug" text NOT NULL,
	"position" "consultation_position" NOT NULL,
	"comment" text,
	"responded_on" date NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultation_public_body_responses_model_slug_public_body_slug_pk" PRIMARY KEY("model_slug","public_body_slug")
);
--> statement-breakpoint
CREATE TABLE "need_public_body_co_owners" (
	"need_id" uuid NOT NULL,
	"public_body_slug" text NOT NULL,
	"estimated_volume" integer NOT NULL,
	"comment" text,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "need_public_body_co_owners_need_id_public_body_slug_pk" PRIMARY KEY("need_id","public_body_slug"),
	CONSTRAINT "need_public_body_co_owners_volume_positive" CHECK ("need_public_body_co_owners"."estimated_volume" >= 0)
);
--> statement-breakpoint
CREATE TABLE "operator_model_consulted_bodies" (
	"model_slug" text NOT NULL,
	"public_body_slug" text NOT NULL,
	CONSTRAINT "operator_model_consulted_bodies_model_slug_public_body_slug_pk" PRIMARY KEY("model_slug","public_body_slug")
);
--> statement-breakpoint
CREATE TABLE "procurement_public_body_participants" (
	"procurement_id" uuid NOT NULL,
	"public_body_slug" text NOT NULL,
	"role" "participant_role" DEFAULT 'participant' NOT NULL,
	"commitment" "participant_commitment" DEFAULT 'interested' NOT NULL,
	"commitment_dates" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"estimated_volume" integer,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "procurement_public_body_participants_procurement_id_public_body_slug_pk" PRIMARY KEY("procurement_id","public_body_slug")
);
--> statement-breakpoint
ALTER TABLE "users" DROP CONSTRAINT "users_scope_matches_role";--> statement-breakpoint
ALTER TABLE "needs" DROP CONSTRAINT "needs_one_owner";--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "scope_public_body_slug" text;--> statement-breakpoint
ALTER TABLE "needs" ADD COLUMN "owner_public_body_slug" text;--> statement-breakpoint
ALTER TABLE "domain_events" ADD COLUMN "audience_public_bodies" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "public_bodies" ADD CONSTRAINT "public_bodies_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_bodies" ADD CONSTRAINT "public_bodies_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_body_associations" ADD CONSTRAINT "public_body_associations_public_body_slug_public_bodies_slug_fk" FOREIGN KEY ("public_body_slug") REFERENCES "public"."public_bodies"("slug") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_body_associations" ADD CONSTRAINT "public_body_associations_association_slug_associations_slug_fk" FOREIGN KEY ("association_slug") REFERENCES "public"."associations"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_body_municipalities" ADD CONSTRAINT "public_body_municipalities_public_body_slug_public_bodies_slug_fk" FOREIGN KEY ("public_body_slug") REFERENCES "public"."public_bodies"("slug") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_body_municipalities" ADD CONSTRAINT "public_body_municipalities_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_public_body_responses" ADD CONSTRAINT "consultation_public_body_responses_model_slug_operator_models_slug_fk" FOREIGN KEY ("model_slug") REFERENCES "public"."operator_models"("slug") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "consultation_public_body_responses" ADD CONSTRAINT "consultation_public_body_responses_public_body_slug_public_bodies_slug_fk" FOREIGN KEY ("public_body_slug") REFERENCES "public"."public_bodies"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_public_body_co_owners" ADD CONSTRAINT "need_public_body_co_owners_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_public_body_co_owners" ADD CONSTRAINT "need_public_body_co_owners_public_body_slug_public_bodies_slug_fk" FOREIGN KEY ("public_body_slug") REFERENCES "public"."public_bodies"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operator_model_consulted_bodies" ADD CONSTRAINT "operator_model_consulted_bodies_model_slug_operator_models_slug_fk" FOREIGN KEY ("model_slug") REFERENCES "public"."operator_models"("slug") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "operator_model_consulted_bodies" ADD CONSTRAINT "operator_model_consulted_bodies_public_body_slug_public_bodies_slug_fk" FOREIGN KEY ("public_body_slug") REFERENCES "public"."public_bodies"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_public_body_participants" ADD CONSTRAINT "procurement_public_body_participants_procurement_id_procurements_id_fk" FOREIGN KEY ("procurement_id") REFERENCES "public"."procurements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_public_body_participants" ADD CONSTRAINT "procurement_public_body_participants_public_body_slug_public_bodies_slug_fk" FOREIGN KEY ("public_body_slug") REFERENCES "public"."public_bodies"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "public_bodies_one_region_per_county" ON "public_bodies" USING btree ("county_code");--> statement-breakpoint
CREATE INDEX "public_bodies_updated_at_idx" ON "public_bodies" USING btree ("updated_at","slug");--> statement-breakpoint
CREATE INDEX "public_bodies_name_search_trgm_idx" ON "public_bodies" USING gin ("name_search" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "public_body_associations_association_idx" ON "public_body_associations" USING btree ("association_slug");--> statement-breakpoint
CREATE INDEX "public_body_municipalities_municipality_idx" ON "public_body_municipalities" USING btree ("municipality_code");--> statement-breakpoint
CREATE INDEX "need_public_body_co_owners_body_idx" ON "need_public_body_co_owners" USING btree ("public_body_slug");--> statement-breakpoint
CREATE INDEX "operator_model_consulted_bodies_body_idx" ON "operator_model_consulted_bodies" USING btree ("public_body_slug");--> statement-breakpoint
CREATE INDEX "procurement_public_body_participants_body_idx" ON "procurement_public_body_participants" USING btree ("public_body_slug");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_scope_public_body_slug_public_bodies_slug_fk" FOREIGN KEY ("scope_public_body_slug") REFERENCES "public"."public_bodies"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_owner_public_body_slug_public_bodies_slug_fk" FOREIGN KEY ("owner_public_body_slug") REFERENCES "public"."public_bodies"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "needs_owner_public_body_idx" ON "needs" USING btree ("owner_public_body_slug");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_scope_matches_role" CHECK (("users"."role" = 'admin' and num_nonnulls("users"."scope_association_slug", "users"."scope_municipality_code", "users"."scope_public_body_slug") = 0)
        or ("users"."role" = 'editor' and num_nonnulls("users"."scope_association_slug", "users"."scope_municipality_code", "users"."scope_public_body_slug") = 1));--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_one_owner" CHECK (num_nonnulls("needs"."owner_municipality_code", "needs"."owner_association_slug", "needs"."owner_public_body_slug") = 1);