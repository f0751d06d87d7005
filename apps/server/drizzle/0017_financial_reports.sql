CREATE TABLE "financial_report_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"report_id" integer NOT NULL,
	"version" integer NOT NULL,
	"figures" jsonb NOT NULL,
	"statements_document_id" uuid NOT NULL,
	"via" text DEFAULT 'form' NOT NULL,
	"submitted_by" text,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"outcome" text,
	"remarks" text DEFAULT '' NOT NULL,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "financial_reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"cluster_slug" text NOT NULL,
	"fiscal_year" integer NOT NULL,
	"state" text DEFAULT 'submitted' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"accepted_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "financial_report_versions" ADD CONSTRAINT "financial_report_versions_report_id_financial_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."financial_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "financial_report_versions" ADD CONSTRAINT "financial_report_versions_statements_document_id_documents_id_fk" FOREIGN KEY ("statements_document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "financial_report_versions" ADD CONSTRAINT "financial_report_versions_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "financial_report_versions" ADD CONSTRAINT "financial_report_versions_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "financial_reports" ADD CONSTRAINT "financial_reports_cluster_slug_clusters_slug_fk" FOREIGN KEY ("cluster_slug") REFERENCES "public"."clusters"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "financial_report_versions_version_idx" ON "financial_report_versions" USING btree ("report_id","version");--> statement-breakpoint
CREATE INDEX "financial_report_versions_document_idx" ON "financial_report_versions" USING btree ("statements_document_id");--> statement-breakpoint
CREATE UNIQUE INDEX "financial_reports_cluster_year_idx" ON "financial_reports" USING btree ("cluster_slug","fiscal_year");--> statement-breakpoint
CREATE INDEX "financial_reports_state_idx" ON "financial_reports" USING btree ("state");