CREATE TABLE "reference_memberships" (
	"association_slug" text NOT NULL,
	"municipality_code" text NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reference_memberships_association_slug_municipality_code_pk" PRIMARY KEY("association_slug","municipality_code")
);
--> statement-breakpoint
ALTER TABLE "reference_memberships" ADD CONSTRAINT "reference_memberships_association_slug_associations_slug_fk" FOREIGN KEY ("association_slug") REFERENCES "public"."associations"("slug") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_memberships" ADD CONSTRAINT "reference_memberships_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;