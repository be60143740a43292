CREATE TYPE "public"."adoption_status" AS ENUM('planned', 'pilot', 'implemented', 'scaled', 'discontinued');--> statement-breakpoint
CREATE TYPE "public"."publication_status" AS ENUM('draft', 'published', 'archived');--> statement-breakpoint
CREATE TYPE "public"."readiness" AS ENUM('established', 'try', 'watch', 'wait');--> statement-breakpoint
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
ALTER TABLE "adoptions" ADD CONSTRAINT "adoptions_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adoptions" ADD CONSTRAINT "adoptions_technology_slug_technologies_slug_fk" FOREIGN KEY ("technology_slug") REFERENCES "public"."technologies"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "technologies" ADD CONSTRAINT "technologies_category_slug_technology_categories_slug_fk" FOREIGN KEY ("category_slug") REFERENCES "public"."technology_categories"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "technology_categories" ADD CONSTRAINT "technology_categories_parent_slug_technology_categories_slug_fk" FOREIGN KEY ("parent_slug") REFERENCES "public"."technology_categories"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "adoptions_technology_status_idx" ON "adoptions" USING btree ("technology_slug","status");--> statement-breakpoint
CREATE INDEX "adoptions_updated_at_idx" ON "adoptions" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "technologies_category_idx" ON "technologies" USING btree ("category_slug");--> statement-breakpoint
CREATE INDEX "technologies_status_name_idx" ON "technologies" USING btree ("status","name_sort");--> statement-breakpoint
CREATE INDEX "technologies_updated_at_idx" ON "technologies" USING btree ("updated_at","slug");--> statement-breakpoint
CREATE INDEX "technologies_search_vector_idx" ON "technologies" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "technologies_search_text_trgm_idx" ON "technologies" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "technologies_target_groups_idx" ON "technologies" USING gin ("target_groups");--> statement-breakpoint
CREATE INDEX "technologies_standards_idx" ON "technologies" USING gin ("standards");--> statement-breakpoint
CREATE INDEX "technology_categories_parent_idx" ON "technology_categories" USING btree ("parent_slug");