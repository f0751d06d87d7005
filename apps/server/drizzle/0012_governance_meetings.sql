CREATE TABLE "governance_agenda_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"meeting_id" integer NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"presenter" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"needs_decision" boolean DEFAULT false NOT NULL,
	"link" jsonb,
	"document_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"forwarded_from_item_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance_attendance" (
	"id" serial PRIMARY KEY NOT NULL,
	"meeting_id" integer NOT NULL,
	"seat_id" integer,
	"person_name" text,
	"title" text DEFAULT '' NOT NULL,
	"role" text NOT NULL,
	"unit" text NOT NULL,
	"authority_id" text,
	"organisation" text,
	"recorded_by" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance_ballots" (
	"id" serial PRIMARY KEY NOT NULL,
	"item_id" integer NOT NULL,
	"unit" text NOT NULL,
	"authority_id" text,
	"organisation" text,
	"vote" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance_cluster_settings" (
	"cluster_slug" text PRIMARY KEY NOT NULL,
	"board_approval_required" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance_decisions" (
	"id" serial PRIMARY KEY NOT NULL,
	"item_id" integer NOT NULL,
	"meeting_id" integer NOT NULL,
	"body_id" integer NOT NULL,
	"year" integer NOT NULL,
	"serial" integer NOT NULL,
	"text" text NOT NULL,
	"owner" text DEFAULT '' NOT NULL,
	"due_on" date,
	"outcome" text NOT NULL,
	"tally" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"status_note" text DEFAULT '' NOT NULL,
	"decided_on" date NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance_invitations" (
	"id" serial PRIMARY KEY NOT NULL,
	"meeting_id" integer NOT NULL,
	"unit" text NOT NULL,
	"authority_id" text,
	"organisation" text,
	"answer" text,
	"alternate_name" text,
	"note" text DEFAULT '' NOT NULL,
	"answered_by" text,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "governance_meetings" (
	"id" serial PRIMARY KEY NOT NULL,
	"body_id" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"online_url" text,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"is_public" boolean DEFAULT false NOT NULL,
	"closed_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance_minutes" (
	"meeting_id" integer PRIMARY KEY NOT NULL,
	"text" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"approved_by" text,
	"approval_decision_id" integer,
	"approved_on" date,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" serial PRIMARY KEY NOT NULL,
	"to" text NOT NULL,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"calendar" text,
	"meeting_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "governance_agenda_items" ADD CONSTRAINT "governance_agenda_items_meeting_id_governance_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."governance_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_attendance" ADD CONSTRAINT "governance_attendance_meeting_id_governance_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."governance_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_attendance" ADD CONSTRAINT "governance_attendance_seat_id_governance_seats_id_fk" FOREIGN KEY ("seat_id") REFERENCES "public"."governance_seats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_attendance" ADD CONSTRAINT "governance_attendance_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_attendance" ADD CONSTRAINT "governance_attendance_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_ballots" ADD CONSTRAINT "governance_ballots_item_id_governance_agenda_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."governance_agenda_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_ballots" ADD CONSTRAINT "governance_ballots_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_cluster_settings" ADD CONSTRAINT "governance_cluster_settings_cluster_slug_clusters_slug_fk" FOREIGN KEY ("cluster_slug") REFERENCES "public"."clusters"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_decisions" ADD CONSTRAINT "governance_decisions_item_id_governance_agenda_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."governance_agenda_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_decisions" ADD CONSTRAINT "governance_decisions_meeting_id_governance_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."governance_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_decisions" ADD CONSTRAINT "governance_decisions_body_id_governance_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."governance_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_decisions" ADD CONSTRAINT "governance_decisions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_invitations" ADD CONSTRAINT "governance_invitations_meeting_id_governance_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."governance_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_invitations" ADD CONSTRAINT "governance_invitations_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_invitations" ADD CONSTRAINT "governance_invitations_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_meetings" ADD CONSTRAINT "governance_meetings_body_id_governance_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."governance_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_meetings" ADD CONSTRAINT "governance_meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_minutes" ADD CONSTRAINT "governance_minutes_meeting_id_governance_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."governance_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_minutes" ADD CONSTRAINT "governance_minutes_approval_decision_id_governance_decisions_id_fk" FOREIGN KEY ("approval_decision_id") REFERENCES "public"."governance_decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "governance_agenda_items_meeting_idx" ON "governance_agenda_items" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE INDEX "governance_agenda_items_from_idx" ON "governance_agenda_items" USING btree ("forwarded_from_item_id");--> statement-breakpoint
CREATE INDEX "governance_attendance_meeting_idx" ON "governance_attendance" USING btree ("meeting_id");--> statement-breakpoint
CREATE UNIQUE INDEX "governance_attendance_seat_idx" ON "governance_attendance" USING btree ("meeting_id","seat_id");--> statement-breakpoint
CREATE UNIQUE INDEX "governance_ballots_unit_idx" ON "governance_ballots" USING btree ("item_id","unit");--> statement-breakpoint
CREATE UNIQUE INDEX "governance_decisions_item_idx" ON "governance_decisions" USING btree ("item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "governance_decisions_number_idx" ON "governance_decisions" USING btree ("body_id","year","serial");--> statement-breakpoint
CREATE UNIQUE INDEX "governance_invitations_unit_idx" ON "governance_invitations" USING btree ("meeting_id","unit");--> statement-breakpoint
CREATE INDEX "governance_meetings_body_idx" ON "governance_meetings" USING btree ("body_id","starts_at");