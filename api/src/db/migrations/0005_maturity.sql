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
ALTER TABLE "maturity_assessments" ADD CONSTRAINT "maturity_assessments_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "maturity_assessments_year_idx" ON "maturity_assessments" USING btree ("year");