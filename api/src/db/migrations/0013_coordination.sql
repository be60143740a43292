CREATE TYPE "public"."budget_status" AS ENUM('budgeted', 'not_budgeted', 'external_funding');--> statement-breakpoint
CREATE TYPE "public"."collaboration_type" AS ENUM('temporary', 'lasting', 'central_purchasing_framework', 'innovation');--> statement-breakpoint
CREATE TYPE "public"."consultation_position" AS ENUM('supports', 'supports_with_reservations', 'rejects', 'no_response');--> statement-breakpoint
CREATE TYPE "public"."cost_sharing" AS ENUM('per_capita', 'per_user', 'fixed_plus_variable', 'equal_share');--> statement-breakpoint
CREATE TYPE "public"."legal_form" AS ENUM('own_operation', 'host_municipality', 'joint_committee', 'municipal_association', 'joint_company', 'external_provider');--> statement-breakpoint
CREATE TYPE "public"."need_status" AS ENUM('draft', 'published', 'in_dialogue', 'in_procurement', 'solved', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."operator_model_status" AS ENUM('proposal', 'consultation', 'decided', 'operating', 'discontinued');--> statement-breakpoint
CREATE TYPE "public"."participant_commitment" AS ENUM('interested', 'mandate_given', 'call_off_registered', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."participant_role" AS ENUM('lead', 'participant', 'reference_group', 'observer');--> statement-breakpoint
CREATE TYPE "public"."procurement_procedure" AS ENUM('open', 'restricted', 'negotiated', 'competitive_dialogue', 'innovation_partnership', 'direct_award', 'call_off');--> statement-breakpoint
CREATE TYPE "public"."procurement_stage" AS ENUM('planning', 'needs_analysis', 'market_dialogue', 'tender', 'evaluation', 'awarded', 'contract_active', 'expired', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."related_process_relationship" AS ENUM('framework', 'planning', 'parent', 'prior', 'unsuccessfulProcess', 'replacementProcess', 'renewalProcess');--> statement-breakpoint
CREATE TYPE "public"."target_group" AS ENUM('elderly_care', 'disability_support', 'individual_family_care', 'home_health_care');--> statement-breakpoint
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
ALTER TABLE "consultation_responses" ADD CONSTRAINT "consultation_responses_model_slug_operator_models_slug_fk" FOREIGN KEY ("model_slug") REFERENCES "public"."operator_models"("slug") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "consultation_responses" ADD CONSTRAINT "consultation_responses_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_categories" ADD CONSTRAINT "need_categories_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_categories" ADD CONSTRAINT "need_categories_category_slug_technology_categories_slug_fk" FOREIGN KEY ("category_slug") REFERENCES "public"."technology_categories"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_co_owners" ADD CONSTRAINT "need_co_owners_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_co_owners" ADD CONSTRAINT "need_co_owners_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_technologies" ADD CONSTRAINT "need_technologies_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_technologies" ADD CONSTRAINT "need_technologies_technology_slug_technologies_slug_fk" FOREIGN KEY ("technology_slug") REFERENCES "public"."technologies"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_owner_municipality_code_municipalities_code_fk" FOREIGN KEY ("owner_municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_owner_association_slug_associations_slug_fk" FOREIGN KEY ("owner_association_slug") REFERENCES "public"."associations"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_procurement_id_procurements_id_fk" FOREIGN KEY ("procurement_id") REFERENCES "public"."procurements"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operator_model_members" ADD CONSTRAINT "operator_model_members_model_slug_operator_models_slug_fk" FOREIGN KEY ("model_slug") REFERENCES "public"."operator_models"("slug") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "operator_model_members" ADD CONSTRAINT "operator_model_members_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operator_models" ADD CONSTRAINT "operator_models_host_association_slug_associations_slug_fk" FOREIGN KEY ("host_association_slug") REFERENCES "public"."associations"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operator_models" ADD CONSTRAINT "operator_models_host_municipality_code_municipalities_code_fk" FOREIGN KEY ("host_municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operator_models" ADD CONSTRAINT "operator_models_consultation_association_slug_associations_slug_fk" FOREIGN KEY ("consultation_association_slug") REFERENCES "public"."associations"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_categories" ADD CONSTRAINT "procurement_categories_procurement_id_procurements_id_fk" FOREIGN KEY ("procurement_id") REFERENCES "public"."procurements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_categories" ADD CONSTRAINT "procurement_categories_category_slug_technology_categories_slug_fk" FOREIGN KEY ("category_slug") REFERENCES "public"."technology_categories"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_participants" ADD CONSTRAINT "procurement_participants_procurement_id_procurements_id_fk" FOREIGN KEY ("procurement_id") REFERENCES "public"."procurements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_participants" ADD CONSTRAINT "procurement_participants_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_relations" ADD CONSTRAINT "procurement_relations_procurement_id_procurements_id_fk" FOREIGN KEY ("procurement_id") REFERENCES "public"."procurements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_relations" ADD CONSTRAINT "procurement_relations_related_id_procurements_id_fk" FOREIGN KEY ("related_id") REFERENCES "public"."procurements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_stage_changes" ADD CONSTRAINT "procurement_stage_changes_procurement_id_procurements_id_fk" FOREIGN KEY ("procurement_id") REFERENCES "public"."procurements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_technologies" ADD CONSTRAINT "procurement_technologies_procurement_id_procurements_id_fk" FOREIGN KEY ("procurement_id") REFERENCES "public"."procurements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_technologies" ADD CONSTRAINT "procurement_technologies_technology_slug_technologies_slug_fk" FOREIGN KEY ("technology_slug") REFERENCES "public"."technologies"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurements" ADD CONSTRAINT "procurements_lead_association_slug_associations_slug_fk" FOREIGN KEY ("lead_association_slug") REFERENCES "public"."associations"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurements" ADD CONSTRAINT "procurements_lead_municipality_code_municipalities_code_fk" FOREIGN KEY ("lead_municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_interests" ADD CONSTRAINT "supplier_interests_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_interests" ADD CONSTRAINT "supplier_interests_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "need_categories_category_idx" ON "need_categories" USING btree ("category_slug");--> statement-breakpoint
CREATE INDEX "need_co_owners_municipality_idx" ON "need_co_owners" USING btree ("municipality_code");--> statement-breakpoint
CREATE INDEX "need_technologies_technology_idx" ON "need_technologies" USING btree ("technology_slug");--> statement-breakpoint
CREATE INDEX "needs_status_updated_idx" ON "needs" USING btree ("status","updated_at","id");--> statement-breakpoint
CREATE INDEX "needs_owner_municipality_idx" ON "needs" USING btree ("owner_municipality_code");--> statement-breakpoint
CREATE INDEX "needs_owner_association_idx" ON "needs" USING btree ("owner_association_slug");--> statement-breakpoint
CREATE INDEX "needs_pooled_volume_idx" ON "needs" USING btree ("status","pooled_volume");--> statement-breakpoint
CREATE INDEX "needs_procurement_idx" ON "needs" USING btree ("procurement_id");--> statement-breakpoint
CREATE INDEX "needs_search_vector_idx" ON "needs" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "needs_municipality_codes_idx" ON "needs" USING gin ("municipality_codes");--> statement-breakpoint
CREATE INDEX "procurement_categories_category_idx" ON "procurement_categories" USING btree ("category_slug");--> statement-breakpoint
CREATE INDEX "procurement_participants_municipality_idx" ON "procurement_participants" USING btree ("municipality_code");--> statement-breakpoint
CREATE INDEX "procurement_stage_changes_procurement_idx" ON "procurement_stage_changes" USING btree ("procurement_id","changed_at");--> statement-breakpoint
CREATE INDEX "procurement_technologies_technology_idx" ON "procurement_technologies" USING btree ("technology_slug");--> statement-breakpoint
CREATE INDEX "procurements_stage_idx" ON "procurements" USING btree ("stage","updated_at");--> statement-breakpoint
CREATE INDEX "procurements_lead_association_idx" ON "procurements" USING btree ("lead_association_slug");--> statement-breakpoint
CREATE INDEX "procurements_lead_municipality_idx" ON "procurements" USING btree ("lead_municipality_code");--> statement-breakpoint
CREATE INDEX "procurements_contract_end_idx" ON "procurements" USING btree ("contract_end");