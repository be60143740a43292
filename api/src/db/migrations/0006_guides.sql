CREATE TYPE "public"."guide_kind" AS ENUM('inspiration', 'guide', 'evaluation');--> statement-breakpoint
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
ALTER TABLE "guide_municipalities" ADD CONSTRAINT "guide_municipalities_guide_slug_guides_slug_fk" FOREIGN KEY ("guide_slug") REFERENCES "public"."guides"("slug") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guide_municipalities" ADD CONSTRAINT "guide_municipalities_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guide_technologies" ADD CONSTRAINT "guide_technologies_guide_slug_guides_slug_fk" FOREIGN KEY ("guide_slug") REFERENCES "public"."guides"("slug") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guide_technologies" ADD CONSTRAINT "guide_technologies_technology_slug_technologies_slug_fk" FOREIGN KEY ("technology_slug") REFERENCES "public"."technologies"("slug") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "guide_municipalities_municipality_idx" ON "guide_municipalities" USING btree ("municipality_code");--> statement-breakpoint
CREATE INDEX "guide_technologies_technology_idx" ON "guide_technologies" USING btree ("technology_slug");--> statement-breakpoint
CREATE INDEX "guides_kind_idx" ON "guides" USING btree ("kind","status");--> statement-breakpoint
CREATE INDEX "guides_search_vector_idx" ON "guides" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "guides_search_text_trgm_idx" ON "guides" USING gin ("search_text" gin_trgm_ops);