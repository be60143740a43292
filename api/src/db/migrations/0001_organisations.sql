CREATE TYPE "public"."association_kind" AS ENUM('kommunalforbund', 'membership_organisation', 'umbrella');--> statement-breakpoint
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
ALTER TABLE "association_members" ADD CONSTRAINT "association_members_association_slug_associations_slug_fk" FOREIGN KEY ("association_slug") REFERENCES "public"."associations"("slug") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "association_members" ADD CONSTRAINT "association_members_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "associations" ADD CONSTRAINT "associations_parent_slug_associations_slug_fk" FOREIGN KEY ("parent_slug") REFERENCES "public"."associations"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipalities" ADD CONSTRAINT "municipalities_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "association_members_municipality_idx" ON "association_members" USING btree ("municipality_code");--> statement-breakpoint
CREATE INDEX "associations_parent_slug_idx" ON "associations" USING btree ("parent_slug");--> statement-breakpoint
CREATE INDEX "municipalities_county_code_idx" ON "municipalities" USING btree ("county_code");--> statement-breakpoint
CREATE INDEX "municipalities_updated_at_idx" ON "municipalities" USING btree ("updated_at","code");--> statement-breakpoint
CREATE INDEX "municipalities_name_search_trgm_idx" ON "municipalities" USING gin ("name_search" gin_trgm_ops);