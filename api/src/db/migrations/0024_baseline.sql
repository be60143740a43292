-- The schema as migrations 0000 to 0024 left it, in one file: their tables, columns, constraints and
-- indexes, in the order they were made, with the functions that generated columns and indexes need.
-- It leaves out what db/functions now defines (functions, aggregates and triggers, which those
-- migrations created and redefined several times) and the statements that rewrote stored values:
-- db/functions is applied after the migrations at every start and recomputes them.
--
-- A database that had applied 0024 skips this file (drizzle applies only migrations newer than the
-- last it recorded, and this one carries 0024's timestamp); a new database starts here. The history
-- itself is kept in api/test/fixtures/migrations-to-0024, where a test upgrades a database built by it
-- and another checks that both paths end in the same schema.
-- from 0000_extensions
-- Accent-insensitive, typo-tolerant search (API.md: q) needs unaccent and pg_trgm.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- unaccent() is only STABLE (its dictionary could change), so it cannot back a generated column or an
-- index. Pinning the dictionary makes the wrapper safe to declare IMMUTABLE.
CREATE OR REPLACE FUNCTION public.immutable_unaccent(input text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, input) $$;
--> statement-breakpoint
-- Swedish alphabetical order (… x y z å ä ö) that is the same on a PostgreSQL server and in PGlite,
-- whose ICU build has no Swedish locale: under the "C" collation {, | and } sort right after z.
CREATE OR REPLACE FUNCTION public.swedish_sort_key(input text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT translate(lower(input), 'åäæöøéèüáà', '{||}}eeyaa') $$;
--> statement-breakpoint
-- from 0001_organisations
CREATE TYPE "public"."association_kind" AS ENUM('kommunalforbund', 'membership_organisation', 'umbrella');
--> statement-breakpoint
CREATE TABLE "association_members" (
	"association_slug" text NOT NULL,
	"municipality_code" text NOT NULL,
	"since" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "association_members_association_slug_municipality_code_pk" PRIMARY KEY("association_slug","municipality_code")
);
--> statement-breakpoint
CREATE TABLE "associations" (
	"slug" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"kind" "association_kind" NOT NULL,
	"parent_slug" text,
	"website" text,
	"contact_email" text,
	"description" text,
	"name_sort" text GENERATED ALWAYS AS (public.swedish_sort_key(name)) STORED NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "associations_slug_format" CHECK ("associations"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "associations_not_own_parent" CHECK ("associations"."parent_slug" IS DISTINCT FROM "associations"."slug")
);
--> statement-breakpoint
CREATE TABLE "counties" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"region_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "counties_code_format" CHECK ("counties"."code" ~ '^[0-9]{2}$')
);
--> statement-breakpoint
CREATE TABLE "municipalities" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"county_code" text NOT NULL,
	"website" text,
	"contact_email" text,
	"description" text,
	"population" integer,
	"name_search" text GENERATED ALWAYS AS (lower(public.immutable_unaccent(name))) STORED NOT NULL,
	"name_sort" text GENERATED ALWAYS AS (public.swedish_sort_key(name)) STORED NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "municipalities_code_format" CHECK ("municipalities"."code" ~ '^[0-9]{4}$'),
	CONSTRAINT "municipalities_code_in_county" CHECK (left("municipalities"."code", 2) = "municipalities"."county_code"),
	CONSTRAINT "municipalities_population_positive" CHECK ("municipalities"."population" IS NULL OR "municipalities"."population" >= 0)
);
--> statement-breakpoint
ALTER TABLE "association_members" ADD CONSTRAINT "association_members_association_slug_associations_slug_fk" FOREIGN KEY ("association_slug") REFERENCES "public"."associations"("slug") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "association_members" ADD CONSTRAINT "association_members_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "associations" ADD CONSTRAINT "associations_parent_slug_associations_slug_fk" FOREIGN KEY ("parent_slug") REFERENCES "public"."associations"("slug") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "municipalities" ADD CONSTRAINT "municipalities_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "association_members_municipality_idx" ON "association_members" USING btree ("municipality_code");
--> statement-breakpoint
CREATE INDEX "associations_parent_slug_idx" ON "associations" USING btree ("parent_slug");
--> statement-breakpoint
CREATE INDEX "municipalities_county_code_idx" ON "municipalities" USING btree ("county_code");
--> statement-breakpoint
CREATE INDEX "municipalities_updated_at_idx" ON "municipalities" USING btree ("updated_at","code");
--> statement-breakpoint
CREATE INDEX "municipalities_name_search_trgm_idx" ON "municipalities" USING gin ("name_search" gin_trgm_ops);
--> statement-breakpoint
-- from 0002_access
CREATE TYPE "public"."api_client_kind" AS ENUM('integrator', 'supplier');
--> statement-breakpoint
CREATE TYPE "public"."rate_limit_tier" AS ENUM('standard', 'high');
--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('admin', 'editor');
--> statement-breakpoint
CREATE TABLE "api_clients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" "api_client_kind" NOT NULL,
	"supplier_id" uuid,
	"key_prefix" text NOT NULL,
	"key_hash" text NOT NULL,
	"rate_limit_tier" "rate_limit_tier" DEFAULT 'standard' NOT NULL,
	"created_by" uuid,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "api_clients_key_hash_unique" UNIQUE("key_hash"),
	CONSTRAINT "api_clients_supplier_matches_kind" CHECK (("api_clients"."kind" = 'supplier') = ("api_clients"."supplier_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" text,
	"actor_label" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_key" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"request_id" text,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "suppliers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"organisation_number" text NOT NULL,
	"website" text,
	"contact_email" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "suppliers_organisation_number_unique" UNIQUE("organisation_number"),
	CONSTRAINT "suppliers_organisation_number_format" CHECK ("suppliers"."organisation_number" ~ '^[0-9]{6}-[0-9]{4}$')
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" "user_role" NOT NULL,
	"scope_association_slug" text,
	"scope_municipality_code" text,
	"password_hash" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_scope_matches_role" CHECK (("users"."role" = 'admin' and "users"."scope_association_slug" is null and "users"."scope_municipality_code" is null)
        or ("users"."role" = 'editor' and num_nonnulls("users"."scope_association_slug", "users"."scope_municipality_code") = 1))
);
--> statement-breakpoint
ALTER TABLE "api_clients" ADD CONSTRAINT "api_clients_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "api_clients" ADD CONSTRAINT "api_clients_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_scope_association_slug_associations_slug_fk" FOREIGN KEY ("scope_association_slug") REFERENCES "public"."associations"("slug") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_scope_municipality_code_municipalities_code_fk" FOREIGN KEY ("scope_municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("entity_type","entity_key","occurred_at");
--> statement-breakpoint
CREATE INDEX "audit_events_actor_idx" ON "audit_events" USING btree ("actor_id","occurred_at");
--> statement-breakpoint
CREATE INDEX "audit_events_occurred_idx" ON "audit_events" USING btree ("occurred_at");
--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");
--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "sessions" USING btree ("expires_at");
--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_unique" ON "users" USING btree (lower("email"));
--> statement-breakpoint
-- from 0003_text_search
-- Swedish full-text search that ignores accents: words are unaccented, then stemmed the Swedish way,
-- so "läkemedel", "lakemedel" and "läkemedlen" meet.
CREATE TEXT SEARCH CONFIGURATION public.swedish_unaccent (COPY = pg_catalog.swedish);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION public.swedish_unaccent
  ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, pg_catalog.swedish_stem;
--> statement-breakpoint
-- from 0004_catalogue
CREATE TYPE "public"."adoption_status" AS ENUM('planned', 'pilot', 'implemented', 'scaled', 'discontinued');
--> statement-breakpoint
CREATE TYPE "public"."publication_status" AS ENUM('draft', 'published', 'archived');
--> statement-breakpoint
CREATE TYPE "public"."readiness" AS ENUM('established', 'try', 'watch', 'wait');
--> statement-breakpoint
CREATE TABLE "adoptions" (
	"municipality_code" text NOT NULL,
	"technology_slug" text NOT NULL,
	"status" "adoption_status" NOT NULL,
	"started_on" date,
	"users_count" integer,
	"operator_model" text,
	"notes" text,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "adoptions_municipality_code_technology_slug_pk" PRIMARY KEY("municipality_code","technology_slug"),
	CONSTRAINT "adoptions_users_count_positive" CHECK ("adoptions"."users_count" IS NULL OR "adoptions"."users_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "technologies" (
	"slug" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"category_slug" text NOT NULL,
	"summary" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"target_groups" text[] DEFAULT '{}' NOT NULL,
	"benefits" text[] DEFAULT '{}' NOT NULL,
	"legal_basis" text[] DEFAULT '{}' NOT NULL,
	"ethical_considerations" text,
	"infrastructure_requirements" text,
	"competence_requirements" text,
	"standards" text[] DEFAULT '{}' NOT NULL,
	"iso9999_codes" text[] DEFAULT '{}' NOT NULL,
	"readiness" "readiness" NOT NULL,
	"cost_indication" text,
	"status" "publication_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"name_sort" text GENERATED ALWAYS AS (public.swedish_sort_key(name)) STORED NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('public.swedish_unaccent', name), 'A')
          || setweight(to_tsvector('public.swedish_unaccent', summary), 'B')
          || setweight(to_tsvector('public.swedish_unaccent', description), 'C')) STORED NOT NULL,
	"search_text" text GENERATED ALWAYS AS (lower(public.immutable_unaccent(name || ' ' || summary))) STORED NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "technologies_slug_format" CHECK ("technologies"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "technologies_target_groups_known" CHECK ("technologies"."target_groups" <@ array['elderly_care', 'disability_support', 'individual_family_care', 'home_health_care']::text[])
);
--> statement-breakpoint
CREATE TABLE "technology_categories" (
	"slug" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"parent_slug" text,
	"name_sort" text GENERATED ALWAYS AS (public.swedish_sort_key(name)) STORED NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "technology_categories_slug_format" CHECK ("technology_categories"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "technology_categories_not_own_parent" CHECK ("technology_categories"."parent_slug" IS DISTINCT FROM "technology_categories"."slug")
);
--> statement-breakpoint
ALTER TABLE "adoptions" ADD CONSTRAINT "adoptions_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "adoptions" ADD CONSTRAINT "adoptions_technology_slug_technologies_slug_fk" FOREIGN KEY ("technology_slug") REFERENCES "public"."technologies"("slug") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "technologies" ADD CONSTRAINT "technologies_category_slug_technology_categories_slug_fk" FOREIGN KEY ("category_slug") REFERENCES "public"."technology_categories"("slug") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "technology_categories" ADD CONSTRAINT "technology_categories_parent_slug_technology_categories_slug_fk" FOREIGN KEY ("parent_slug") REFERENCES "public"."technology_categories"("slug") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "adoptions_technology_status_idx" ON "adoptions" USING btree ("technology_slug","status");
--> statement-breakpoint
CREATE INDEX "adoptions_updated_at_idx" ON "adoptions" USING btree ("updated_at");
--> statement-breakpoint
CREATE INDEX "technologies_category_idx" ON "technologies" USING btree ("category_slug");
--> statement-breakpoint
CREATE INDEX "technologies_status_name_idx" ON "technologies" USING btree ("status","name_sort");
--> statement-breakpoint
CREATE INDEX "technologies_updated_at_idx" ON "technologies" USING btree ("updated_at","slug");
--> statement-breakpoint
CREATE INDEX "technologies_search_vector_idx" ON "technologies" USING gin ("search_vector");
--> statement-breakpoint
CREATE INDEX "technologies_search_text_trgm_idx" ON "technologies" USING gin ("search_text" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX "technologies_target_groups_idx" ON "technologies" USING gin ("target_groups");
--> statement-breakpoint
CREATE INDEX "technologies_standards_idx" ON "technologies" USING gin ("standards");
--> statement-breakpoint
CREATE INDEX "technology_categories_parent_idx" ON "technology_categories" USING btree ("parent_slug");
--> statement-breakpoint
-- from 0005_maturity
CREATE TABLE "maturity_assessments" (
	"municipality_code" text NOT NULL,
	"year" integer NOT NULL,
	"dimensions" jsonb NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "maturity_assessments_municipality_code_year_pk" PRIMARY KEY("municipality_code","year"),
	CONSTRAINT "maturity_assessments_year_range" CHECK ("maturity_assessments"."year" between 2000 and 2100)
);
--> statement-breakpoint
ALTER TABLE "maturity_assessments" ADD CONSTRAINT "maturity_assessments_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "maturity_assessments_year_idx" ON "maturity_assessments" USING btree ("year");
--> statement-breakpoint
-- from 0006_guides
CREATE TYPE "public"."guide_kind" AS ENUM('inspiration', 'guide', 'evaluation');
--> statement-breakpoint
CREATE TABLE "guide_municipalities" (
	"guide_slug" text NOT NULL,
	"municipality_code" text NOT NULL,
	CONSTRAINT "guide_municipalities_guide_slug_municipality_code_pk" PRIMARY KEY("guide_slug","municipality_code")
);
--> statement-breakpoint
CREATE TABLE "guide_technologies" (
	"guide_slug" text NOT NULL,
	"technology_slug" text NOT NULL,
	CONSTRAINT "guide_technologies_guide_slug_technology_slug_pk" PRIMARY KEY("guide_slug","technology_slug")
);
--> statement-breakpoint
CREATE TABLE "guides" (
	"slug" text PRIMARY KEY NOT NULL,
	"kind" "guide_kind" NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"dimensions" text[] DEFAULT '{}' NOT NULL,
	"status" "publication_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"title_sort" text GENERATED ALWAYS AS (public.swedish_sort_key(title)) STORED NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('public.swedish_unaccent', title), 'A')
          || setweight(to_tsvector('public.swedish_unaccent', summary), 'B')
          || setweight(to_tsvector('public.swedish_unaccent', body), 'C')) STORED NOT NULL,
	"search_text" text GENERATED ALWAYS AS (lower(public.immutable_unaccent(title || ' ' || summary))) STORED NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "guides_slug_format" CHECK ("guides"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
ALTER TABLE "guide_municipalities" ADD CONSTRAINT "guide_municipalities_guide_slug_guides_slug_fk" FOREIGN KEY ("guide_slug") REFERENCES "public"."guides"("slug") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "guide_municipalities" ADD CONSTRAINT "guide_municipalities_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "guide_technologies" ADD CONSTRAINT "guide_technologies_guide_slug_guides_slug_fk" FOREIGN KEY ("guide_slug") REFERENCES "public"."guides"("slug") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "guide_technologies" ADD CONSTRAINT "guide_technologies_technology_slug_technologies_slug_fk" FOREIGN KEY ("technology_slug") REFERENCES "public"."technologies"("slug") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "guide_municipalities_municipality_idx" ON "guide_municipalities" USING btree ("municipality_code");
--> statement-breakpoint
CREATE INDEX "guide_technologies_technology_idx" ON "guide_technologies" USING btree ("technology_slug");
--> statement-breakpoint
CREATE INDEX "guides_kind_idx" ON "guides" USING btree ("kind","status");
--> statement-breakpoint
CREATE INDEX "guides_search_vector_idx" ON "guides" USING gin ("search_vector");
--> statement-breakpoint
CREATE INDEX "guides_search_text_trgm_idx" ON "guides" USING gin ("search_text" gin_trgm_ops);
--> statement-breakpoint
-- from 0007_adoption_count
ALTER TABLE "technologies" ADD COLUMN "adoption_count" integer DEFAULT 0 NOT NULL;
--> statement-breakpoint
CREATE INDEX "technologies_status_adoption_count_idx" ON "technologies" USING btree ("status","adoption_count","slug");
--> statement-breakpoint
-- from 0009_search_words
CREATE TABLE "search_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE INDEX "search_words_word_trgm_idx" ON "search_words" USING gin ("word" gin_trgm_ops);
--> statement-breakpoint
-- from 0011_search_without_trigram_texts
DROP INDEX "guides_search_text_trgm_idx";
--> statement-breakpoint
DROP INDEX "technologies_search_text_trgm_idx";
--> statement-breakpoint
ALTER TABLE "guides" DROP COLUMN "search_text";
--> statement-breakpoint
ALTER TABLE "technologies" DROP COLUMN "search_text";
--> statement-breakpoint
-- from 0012_technologies_list_order_indexes
DROP INDEX "technologies_status_name_idx";
--> statement-breakpoint
DROP INDEX "technologies_status_adoption_count_idx";
--> statement-breakpoint
CREATE INDEX "technologies_name_order_idx" ON "technologies" USING btree ("name_sort" collate "C","slug");
--> statement-breakpoint
CREATE INDEX "technologies_adoption_count_idx" ON "technologies" USING btree ("adoption_count","slug");
--> statement-breakpoint
-- from 0013_coordination
CREATE TYPE "public"."budget_status" AS ENUM('budgeted', 'not_budgeted', 'external_funding');
--> statement-breakpoint
CREATE TYPE "public"."collaboration_type" AS ENUM('temporary', 'lasting', 'central_purchasing_framework', 'innovation');
--> statement-breakpoint
CREATE TYPE "public"."consultation_position" AS ENUM('supports', 'supports_with_reservations', 'rejects', 'no_response');
--> statement-breakpoint
CREATE TYPE "public"."cost_sharing" AS ENUM('per_capita', 'per_user', 'fixed_plus_variable', 'equal_share');
--> statement-breakpoint
CREATE TYPE "public"."legal_form" AS ENUM('own_operation', 'host_municipality', 'joint_committee', 'municipal_association', 'joint_company', 'external_provider');
--> statement-breakpoint
CREATE TYPE "public"."need_status" AS ENUM('draft', 'published', 'in_dialogue', 'in_procurement', 'solved', 'withdrawn');
--> statement-breakpoint
CREATE TYPE "public"."operator_model_status" AS ENUM('proposal', 'consultation', 'decided', 'operating', 'discontinued');
--> statement-breakpoint
CREATE TYPE "public"."participant_commitment" AS ENUM('interested', 'mandate_given', 'call_off_registered', 'withdrawn');
--> statement-breakpoint
CREATE TYPE "public"."participant_role" AS ENUM('lead', 'participant', 'reference_group', 'observer');
--> statement-breakpoint
CREATE TYPE "public"."procurement_procedure" AS ENUM('open', 'restricted', 'negotiated', 'competitive_dialogue', 'innovation_partnership', 'direct_award', 'call_off');
--> statement-breakpoint
CREATE TYPE "public"."procurement_stage" AS ENUM('planning', 'needs_analysis', 'market_dialogue', 'tender', 'evaluation', 'awarded', 'contract_active', 'expired', 'cancelled');
--> statement-breakpoint
CREATE TYPE "public"."related_process_relationship" AS ENUM('framework', 'planning', 'parent', 'prior', 'unsuccessfulProcess', 'replacementProcess', 'renewalProcess');
--> statement-breakpoint
CREATE TYPE "public"."target_group" AS ENUM('elderly_care', 'disability_support', 'individual_family_care', 'home_health_care');
--> statement-breakpoint
CREATE TABLE "consultation_responses" (
	"model_slug" text NOT NULL,
	"municipality_code" text NOT NULL,
	"position" "consultation_position" NOT NULL,
	"comment" text,
	"responded_on" date NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultation_responses_model_slug_municipality_code_pk" PRIMARY KEY("model_slug","municipality_code")
);
--> statement-breakpoint
CREATE TABLE "need_categories" (
	"need_id" uuid NOT NULL,
	"category_slug" text NOT NULL,
	CONSTRAINT "need_categories_need_id_category_slug_pk" PRIMARY KEY("need_id","category_slug")
);
--> statement-breakpoint
CREATE TABLE "need_co_owners" (
	"need_id" uuid NOT NULL,
	"municipality_code" text NOT NULL,
	"estimated_volume" integer NOT NULL,
	"comment" text,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "need_co_owners_need_id_municipality_code_pk" PRIMARY KEY("need_id","municipality_code"),
	CONSTRAINT "need_co_owners_volume_positive" CHECK ("need_co_owners"."estimated_volume" >= 0)
);
--> statement-breakpoint
CREATE TABLE "need_technologies" (
	"need_id" uuid NOT NULL,
	"technology_slug" text NOT NULL,
	CONSTRAINT "need_technologies_need_id_technology_slug_pk" PRIMARY KEY("need_id","technology_slug")
);
--> statement-breakpoint
CREATE TABLE "needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"problem_statement" text NOT NULL,
	"target_group" "target_group" NOT NULL,
	"service_area" text,
	"owner_municipality_code" text,
	"owner_association_slug" text,
	"estimated_volume" integer,
	"pooled_volume" integer DEFAULT 0 NOT NULL,
	"municipality_count" integer DEFAULT 0 NOT NULL,
	"municipality_codes" text[] DEFAULT '{}' NOT NULL,
	"desired_start" date,
	"budget_status" "budget_status" DEFAULT 'not_budgeted' NOT NULL,
	"status" "need_status" DEFAULT 'draft' NOT NULL,
	"procurement_id" uuid,
	"contact_email" text,
	"published_at" timestamp with time zone,
	"demo" boolean DEFAULT false NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('public.swedish_unaccent', title), 'A')
          || setweight(to_tsvector('public.swedish_unaccent', coalesce(service_area, '')), 'B')
          || setweight(to_tsvector('public.swedish_unaccent', problem_statement), 'C')) STORED NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "needs_one_owner" CHECK (("needs"."owner_municipality_code" is null) <> ("needs"."owner_association_slug" is null)),
	CONSTRAINT "needs_volume_positive" CHECK ("needs"."estimated_volume" is null or "needs"."estimated_volume" >= 0)
);
--> statement-breakpoint
CREATE TABLE "operator_model_members" (
	"model_slug" text NOT NULL,
	"municipality_code" text NOT NULL,
	"since" date,
	"users" integer,
	CONSTRAINT "operator_model_members_model_slug_municipality_code_pk" PRIMARY KEY("model_slug","municipality_code")
);
--> statement-breakpoint
CREATE TABLE "operator_models" (
	"slug" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"legal_form" "legal_form" NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"host_association_slug" text,
	"host_municipality_code" text,
	"host_external_name" text,
	"governance" text,
	"cost_sharing" "cost_sharing" NOT NULL,
	"fixed_share_percent" integer,
	"services" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"advantages" text[] DEFAULT '{}' NOT NULL,
	"risks" text[] DEFAULT '{}' NOT NULL,
	"status" "operator_model_status" DEFAULT 'proposal' NOT NULL,
	"consultation_association_slug" text,
	"consultation_opens" date,
	"consultation_closes" date,
	"demo" boolean DEFAULT false NOT NULL,
	"name_sort" text GENERATED ALWAYS AS (public.swedish_sort_key(name)) STORED NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "operator_models_slug_format" CHECK ("operator_models"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "operator_models_at_most_one_host" CHECK (num_nonnulls("operator_models"."host_association_slug", "operator_models"."host_municipality_code", "operator_models"."host_external_name") <= 1),
	CONSTRAINT "operator_models_fixed_share" CHECK ("operator_models"."fixed_share_percent" is null or "operator_models"."fixed_share_percent" between 0 and 100),
	CONSTRAINT "operator_models_consultation_period" CHECK ("operator_models"."consultation_closes" is null or "operator_models"."consultation_opens" is null or "operator_models"."consultation_closes" >= "operator_models"."consultation_opens")
);
--> statement-breakpoint
CREATE TABLE "procurement_categories" (
	"procurement_id" uuid NOT NULL,
	"category_slug" text NOT NULL,
	CONSTRAINT "procurement_categories_procurement_id_category_slug_pk" PRIMARY KEY("procurement_id","category_slug")
);
--> statement-breakpoint
CREATE TABLE "procurement_participants" (
	"procurement_id" uuid NOT NULL,
	"municipality_code" text NOT NULL,
	"role" "participant_role" DEFAULT 'participant' NOT NULL,
	"commitment" "participant_commitment" DEFAULT 'interested' NOT NULL,
	"commitment_dates" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"estimated_volume" integer,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "procurement_participants_procurement_id_municipality_code_pk" PRIMARY KEY("procurement_id","municipality_code")
);
--> statement-breakpoint
CREATE TABLE "procurement_relations" (
	"procurement_id" uuid NOT NULL,
	"related_id" uuid NOT NULL,
	"relationship" "related_process_relationship" NOT NULL,
	CONSTRAINT "procurement_relations_procurement_id_related_id_pk" PRIMARY KEY("procurement_id","related_id"),
	CONSTRAINT "procurement_relations_not_self" CHECK ("procurement_relations"."procurement_id" <> "procurement_relations"."related_id")
);
--> statement-breakpoint
CREATE TABLE "procurement_stage_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"procurement_id" uuid NOT NULL,
	"from_stage" "procurement_stage",
	"to_stage" "procurement_stage" NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procurement_technologies" (
	"procurement_id" uuid NOT NULL,
	"technology_slug" text NOT NULL,
	CONSTRAINT "procurement_technologies_procurement_id_technology_slug_pk" PRIMARY KEY("procurement_id","technology_slug")
);
--> statement-breakpoint
CREATE TABLE "procurements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"lead_association_slug" text,
	"lead_municipality_code" text,
	"lead_external_name" text,
	"collaboration_type" "collaboration_type" NOT NULL,
	"procedure" "procurement_procedure",
	"cpv_codes" text[] DEFAULT '{}' NOT NULL,
	"stage" "procurement_stage" DEFAULT 'planning' NOT NULL,
	"planned_publication" date,
	"tender_start" date,
	"tender_end" date,
	"award_date" date,
	"contract_start" date,
	"contract_end" date,
	"extension_options_months" integer,
	"estimated_value_sek" bigint,
	"lots" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"documents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"awarded_suppliers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "procurements_reference_unique" UNIQUE("reference"),
	CONSTRAINT "procurements_one_lead" CHECK (num_nonnulls("procurements"."lead_association_slug", "procurements"."lead_municipality_code", "procurements"."lead_external_name") = 1),
	CONSTRAINT "procurements_cpv_format" CHECK (array_to_string("procurements"."cpv_codes", ',') ~ '^([0-9]{8}-[0-9](,|$))*$'),
	CONSTRAINT "procurements_tender_period" CHECK ("procurements"."tender_end" is null or "procurements"."tender_start" is null or "procurements"."tender_end" >= "procurements"."tender_start"),
	CONSTRAINT "procurements_contract_period" CHECK ("procurements"."contract_end" is null or "procurements"."contract_start" is null or "procurements"."contract_end" >= "procurements"."contract_start")
);
--> statement-breakpoint
CREATE TABLE "supplier_interests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"need_id" uuid NOT NULL,
	"supplier_id" uuid NOT NULL,
	"message" text NOT NULL,
	"link" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supplier_interests_one_per_supplier" UNIQUE("need_id","supplier_id")
);
--> statement-breakpoint
ALTER TABLE "consultation_responses" ADD CONSTRAINT "consultation_responses_model_slug_operator_models_slug_fk" FOREIGN KEY ("model_slug") REFERENCES "public"."operator_models"("slug") ON DELETE cascade ON UPDATE cascade;
--> statement-breakpoint
ALTER TABLE "consultation_responses" ADD CONSTRAINT "consultation_responses_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "need_categories" ADD CONSTRAINT "need_categories_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "need_categories" ADD CONSTRAINT "need_categories_category_slug_technology_categories_slug_fk" FOREIGN KEY ("category_slug") REFERENCES "public"."technology_categories"("slug") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "need_co_owners" ADD CONSTRAINT "need_co_owners_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "need_co_owners" ADD CONSTRAINT "need_co_owners_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "need_technologies" ADD CONSTRAINT "need_technologies_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "need_technologies" ADD CONSTRAINT "need_technologies_technology_slug_technologies_slug_fk" FOREIGN KEY ("technology_slug") REFERENCES "public"."technologies"("slug") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_owner_municipality_code_municipalities_code_fk" FOREIGN KEY ("owner_municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_owner_association_slug_associations_slug_fk" FOREIGN KEY ("owner_association_slug") REFERENCES "public"."associations"("slug") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_procurement_id_procurements_id_fk" FOREIGN KEY ("procurement_id") REFERENCES "public"."procurements"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "operator_model_members" ADD CONSTRAINT "operator_model_members_model_slug_operator_models_slug_fk" FOREIGN KEY ("model_slug") REFERENCES "public"."operator_models"("slug") ON DELETE cascade ON UPDATE cascade;
--> statement-breakpoint
ALTER TABLE "operator_model_members" ADD CONSTRAINT "operator_model_members_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "operator_models" ADD CONSTRAINT "operator_models_host_association_slug_associations_slug_fk" FOREIGN KEY ("host_association_slug") REFERENCES "public"."associations"("slug") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "operator_models" ADD CONSTRAINT "operator_models_host_municipality_code_municipalities_code_fk" FOREIGN KEY ("host_municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "operator_models" ADD CONSTRAINT "operator_models_consultation_association_slug_associations_slug_fk" FOREIGN KEY ("consultation_association_slug") REFERENCES "public"."associations"("slug") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "procurement_categories" ADD CONSTRAINT "procurement_categories_procurement_id_procurements_id_fk" FOREIGN KEY ("procurement_id") REFERENCES "public"."procurements"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "procurement_categories" ADD CONSTRAINT "procurement_categories_category_slug_technology_categories_slug_fk" FOREIGN KEY ("category_slug") REFERENCES "public"."technology_categories"("slug") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "procurement_participants" ADD CONSTRAINT "procurement_participants_procurement_id_procurements_id_fk" FOREIGN KEY ("procurement_id") REFERENCES "public"."procurements"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "procurement_participants" ADD CONSTRAINT "procurement_participants_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "procurement_relations" ADD CONSTRAINT "procurement_relations_procurement_id_procurements_id_fk" FOREIGN KEY ("procurement_id") REFERENCES "public"."procurements"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "procurement_relations" ADD CONSTRAINT "procurement_relations_related_id_procurements_id_fk" FOREIGN KEY ("related_id") REFERENCES "public"."procurements"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "procurement_stage_changes" ADD CONSTRAINT "procurement_stage_changes_procurement_id_procurements_id_fk" FOREIGN KEY ("procurement_id") REFERENCES "public"."procurements"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "procurement_technologies" ADD CONSTRAINT "procurement_technologies_procurement_id_procurements_id_fk" FOREIGN KEY ("procurement_id") REFERENCES "public"."procurements"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "procurement_technologies" ADD CONSTRAINT "procurement_technologies_technology_slug_technologies_slug_fk" FOREIGN KEY ("technology_slug") REFERENCES "public"."technologies"("slug") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "procurements" ADD CONSTRAINT "procurements_lead_association_slug_associations_slug_fk" FOREIGN KEY ("lead_association_slug") REFERENCES "public"."associations"("slug") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "procurements" ADD CONSTRAINT "procurements_lead_municipality_code_municipalities_code_fk" FOREIGN KEY ("lead_municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "supplier_interests" ADD CONSTRAINT "supplier_interests_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "supplier_interests" ADD CONSTRAINT "supplier_interests_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "need_categories_category_idx" ON "need_categories" USING btree ("category_slug");
--> statement-breakpoint
CREATE INDEX "need_co_owners_municipality_idx" ON "need_co_owners" USING btree ("municipality_code");
--> statement-breakpoint
CREATE INDEX "need_technologies_technology_idx" ON "need_technologies" USING btree ("technology_slug");
--> statement-breakpoint
CREATE INDEX "needs_status_updated_idx" ON "needs" USING btree ("status","updated_at","id");
--> statement-breakpoint
CREATE INDEX "needs_owner_municipality_idx" ON "needs" USING btree ("owner_municipality_code");
--> statement-breakpoint
CREATE INDEX "needs_owner_association_idx" ON "needs" USING btree ("owner_association_slug");
--> statement-breakpoint
CREATE INDEX "needs_pooled_volume_idx" ON "needs" USING btree ("status","pooled_volume");
--> statement-breakpoint
CREATE INDEX "needs_procurement_idx" ON "needs" USING btree ("procurement_id");
--> statement-breakpoint
CREATE INDEX "needs_search_vector_idx" ON "needs" USING gin ("search_vector");
--> statement-breakpoint
CREATE INDEX "needs_municipality_codes_idx" ON "needs" USING gin ("municipality_codes");
--> statement-breakpoint
CREATE INDEX "procurement_categories_category_idx" ON "procurement_categories" USING btree ("category_slug");
--> statement-breakpoint
CREATE INDEX "procurement_participants_municipality_idx" ON "procurement_participants" USING btree ("municipality_code");
--> statement-breakpoint
CREATE INDEX "procurement_stage_changes_procurement_idx" ON "procurement_stage_changes" USING btree ("procurement_id","changed_at");
--> statement-breakpoint
CREATE INDEX "procurement_technologies_technology_idx" ON "procurement_technologies" USING btree ("technology_slug");
--> statement-breakpoint
CREATE INDEX "procurements_stage_idx" ON "procurements" USING btree ("stage","updated_at");
--> statement-breakpoint
CREATE INDEX "procurements_lead_association_idx" ON "procurements" USING btree ("lead_association_slug");
--> statement-breakpoint
CREATE INDEX "procurements_lead_municipality_idx" ON "procurements" USING btree ("lead_municipality_code");
--> statement-breakpoint
CREATE INDEX "procurements_contract_end_idx" ON "procurements" USING btree ("contract_end");
--> statement-breakpoint
-- from 0015_need_facets
ALTER TABLE "needs" ADD COLUMN "county_codes" text[] DEFAULT '{}' NOT NULL;
--> statement-breakpoint
ALTER TABLE "needs" ADD COLUMN "association_slugs" text[] DEFAULT '{}' NOT NULL;
--> statement-breakpoint
ALTER TABLE "needs" ADD COLUMN "category_slugs" text[] DEFAULT '{}' NOT NULL;
--> statement-breakpoint
CREATE INDEX "needs_county_codes_idx" ON "needs" USING gin ("county_codes");
--> statement-breakpoint
CREATE INDEX "needs_association_slugs_idx" ON "needs" USING gin ("association_slugs");
--> statement-breakpoint
CREATE INDEX "needs_category_slugs_idx" ON "needs" USING gin ("category_slugs");
--> statement-breakpoint
-- from 0017_needs_list_order_indexes
DROP INDEX "needs_status_updated_idx";
--> statement-breakpoint
DROP INDEX "needs_pooled_volume_idx";
--> statement-breakpoint
CREATE INDEX "needs_updated_idx" ON "needs" USING btree ("updated_at","id");
--> statement-breakpoint
CREATE INDEX "needs_pooled_volume_idx" ON "needs" USING btree ("pooled_volume","id");
--> statement-breakpoint
-- from 0018_technology_adoption_places
ALTER TABLE "technologies" ADD COLUMN "adopted_in" text[] DEFAULT '{}' NOT NULL;
--> statement-breakpoint
ALTER TABLE "technologies" ADD COLUMN "adopted_in_associations" text[] DEFAULT '{}' NOT NULL;
--> statement-breakpoint
CREATE INDEX "technologies_adopted_in_idx" ON "technologies" USING gin ("adopted_in");
--> statement-breakpoint
CREATE INDEX "technologies_adopted_in_associations_idx" ON "technologies" USING gin ("adopted_in_associations");
--> statement-breakpoint
-- from 0020_reference_memberships
CREATE TABLE "reference_memberships" (
	"association_slug" text NOT NULL,
	"municipality_code" text NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reference_memberships_association_slug_municipality_code_pk" PRIMARY KEY("association_slug","municipality_code")
);
--> statement-breakpoint
ALTER TABLE "reference_memberships" ADD CONSTRAINT "reference_memberships_association_slug_associations_slug_fk" FOREIGN KEY ("association_slug") REFERENCES "public"."associations"("slug") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "reference_memberships" ADD CONSTRAINT "reference_memberships_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
-- from 0024_drop_need_municipality_codes
DROP INDEX "needs_municipality_codes_idx";
--> statement-breakpoint
ALTER TABLE "needs" DROP COLUMN "municipality_codes";
