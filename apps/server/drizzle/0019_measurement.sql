CREATE TABLE "measurement_indicators" (
	"id" serial PRIMARY KEY NOT NULL,
	"name_he" text NOT NULL,
	"name_en" text,
	"unit_he" text NOT NULL,
	"unit_en" text,
	"description" text DEFAULT '' NOT NULL,
	"direction" text NOT NULL,
	"frequency" text NOT NULL,
	"kind" text NOT NULL,
	"domain" text NOT NULL,
	"service_id" integer,
	"owner" text NOT NULL,
	"public" boolean DEFAULT false NOT NULL,
	"min_value" double precision,
	"max_value" double precision,
	"from_period" text NOT NULL,
	"due_days" integer DEFAULT 90 NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "measurement_notices" (
	"id" serial PRIMARY KEY NOT NULL,
	"scope" text NOT NULL,
	"indicator_id" integer NOT NULL,
	"period" text NOT NULL,
	"told_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "measurement_value_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"value_id" integer NOT NULL,
	"version" integer NOT NULL,
	"value" double precision NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"document_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"source" text DEFAULT 'entry' NOT NULL,
	"state" text DEFAULT 'submitted' NOT NULL,
	"submitted_by" text,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"remark" text DEFAULT '' NOT NULL,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "measurement_values" (
	"id" serial PRIMARY KEY NOT NULL,
	"indicator_id" integer NOT NULL,
	"authority_id" text NOT NULL,
	"kind" text NOT NULL,
	"period" text NOT NULL,
	"approved_version" integer,
	"approved_value" double precision,
	"latest_version" integer NOT NULL,
	"latest_value" double precision NOT NULL,
	"latest_state" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "measurement_indicators" ADD CONSTRAINT "measurement_indicators_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurement_indicators" ADD CONSTRAINT "measurement_indicators_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurement_notices" ADD CONSTRAINT "measurement_notices_indicator_id_measurement_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."measurement_indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurement_value_versions" ADD CONSTRAINT "measurement_value_versions_value_id_measurement_values_id_fk" FOREIGN KEY ("value_id") REFERENCES "public"."measurement_values"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurement_value_versions" ADD CONSTRAINT "measurement_value_versions_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurement_value_versions" ADD CONSTRAINT "measurement_value_versions_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurement_values" ADD CONSTRAINT "measurement_values_indicator_id_measurement_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."measurement_indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurement_values" ADD CONSTRAINT "measurement_values_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "measurement_notices_once_idx" ON "measurement_notices" USING btree ("scope","indicator_id","period");--> statement-breakpoint
CREATE UNIQUE INDEX "measurement_value_versions_version_idx" ON "measurement_value_versions" USING btree ("value_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "measurement_values_key_idx" ON "measurement_values" USING btree ("indicator_id","authority_id","kind","period");--> statement-breakpoint
CREATE INDEX "measurement_values_indicator_idx" ON "measurement_values" USING btree ("indicator_id","kind","period");--> statement-breakpoint
CREATE INDEX "measurement_values_authority_idx" ON "measurement_values" USING btree ("authority_id");--> statement-breakpoint
CREATE INDEX "measurement_values_waiting_idx" ON "measurement_values" USING btree ("latest_state") WHERE "measurement_values"."latest_state" = 'submitted';