CREATE TABLE "milestone_progress_reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"milestone_id" integer NOT NULL,
	"version" integer NOT NULL,
	"narrative" text NOT NULL,
	"spent_agorot" bigint NOT NULL,
	"document_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"state" text DEFAULT 'submitted' NOT NULL,
	"remarks" text DEFAULT '' NOT NULL,
	"submitted_by" text,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "milestone_progress_reports" ADD CONSTRAINT "milestone_progress_reports_milestone_id_milestones_id_fk" FOREIGN KEY ("milestone_id") REFERENCES "public"."milestones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestone_progress_reports" ADD CONSTRAINT "milestone_progress_reports_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestone_progress_reports" ADD CONSTRAINT "milestone_progress_reports_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "milestone_progress_reports_version_idx" ON "milestone_progress_reports" USING btree ("milestone_id","version");