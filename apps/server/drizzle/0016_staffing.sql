CREATE TABLE "staffing_people" (
	"id" serial PRIMARY KEY NOT NULL,
	"position_id" integer NOT NULL,
	"cluster_slug" text NOT NULL,
	"person_name" text NOT NULL,
	"from_day" date NOT NULL,
	"until_day" date,
	"scope_percent" integer NOT NULL,
	"gross_agorot" bigint NOT NULL,
	"request_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staffing_positions" (
	"id" serial PRIMARY KEY NOT NULL,
	"cluster_slug" text NOT NULL,
	"kind" text NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"scope_percent" integer NOT NULL,
	"funding" text NOT NULL,
	"gross_agorot" bigint NOT NULL,
	"state" text DEFAULT 'requested' NOT NULL,
	"approved_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staffing_request_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"request_id" integer NOT NULL,
	"version" integer NOT NULL,
	"proposal" jsonb NOT NULL,
	"submitted_by" text,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"outcome" text,
	"remarks" text DEFAULT '' NOT NULL,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "staffing_requests" (
	"id" serial PRIMARY KEY NOT NULL,
	"cluster_slug" text NOT NULL,
	"kind" text NOT NULL,
	"position_id" integer NOT NULL,
	"state" text DEFAULT 'submitted' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "staffing_people" ADD CONSTRAINT "staffing_people_position_id_staffing_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."staffing_positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_people" ADD CONSTRAINT "staffing_people_cluster_slug_clusters_slug_fk" FOREIGN KEY ("cluster_slug") REFERENCES "public"."clusters"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_people" ADD CONSTRAINT "staffing_people_request_id_staffing_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."staffing_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_positions" ADD CONSTRAINT "staffing_positions_cluster_slug_clusters_slug_fk" FOREIGN KEY ("cluster_slug") REFERENCES "public"."clusters"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_request_versions" ADD CONSTRAINT "staffing_request_versions_request_id_staffing_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."staffing_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_request_versions" ADD CONSTRAINT "staffing_request_versions_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_request_versions" ADD CONSTRAINT "staffing_request_versions_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_requests" ADD CONSTRAINT "staffing_requests_cluster_slug_clusters_slug_fk" FOREIGN KEY ("cluster_slug") REFERENCES "public"."clusters"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_requests" ADD CONSTRAINT "staffing_requests_position_id_staffing_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."staffing_positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "staffing_people_cluster_idx" ON "staffing_people" USING btree ("cluster_slug");--> statement-breakpoint
CREATE UNIQUE INDEX "staffing_people_request_idx" ON "staffing_people" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "staffing_positions_cluster_idx" ON "staffing_positions" USING btree ("cluster_slug");--> statement-breakpoint
CREATE UNIQUE INDEX "staffing_request_versions_version_idx" ON "staffing_request_versions" USING btree ("request_id","version");--> statement-breakpoint
CREATE INDEX "staffing_requests_cluster_idx" ON "staffing_requests" USING btree ("cluster_slug");--> statement-breakpoint
CREATE INDEX "staffing_requests_state_idx" ON "staffing_requests" USING btree ("state");