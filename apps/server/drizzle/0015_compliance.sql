CREATE TABLE "compliance_feeds" (
	"id" serial PRIMARY KEY NOT NULL,
	"cluster_slug" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "compliance_notices" (
	"id" serial PRIMARY KEY NOT NULL,
	"scope" text NOT NULL,
	"obligation" text NOT NULL,
	"status" text NOT NULL,
	"told_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "compliance_rules" (
	"id" serial PRIMARY KEY NOT NULL,
	"valid_from" date NOT NULL,
	"rules" jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "compliance_feeds" ADD CONSTRAINT "compliance_feeds_cluster_slug_clusters_slug_fk" FOREIGN KEY ("cluster_slug") REFERENCES "public"."clusters"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliance_feeds" ADD CONSTRAINT "compliance_feeds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliance_rules" ADD CONSTRAINT "compliance_rules_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "compliance_feeds_token_idx" ON "compliance_feeds" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "compliance_feeds_cluster_idx" ON "compliance_feeds" USING btree ("cluster_slug");--> statement-breakpoint
CREATE UNIQUE INDEX "compliance_notices_once_idx" ON "compliance_notices" USING btree ("scope","obligation","status");--> statement-breakpoint
CREATE INDEX "compliance_rules_valid_from_idx" ON "compliance_rules" USING btree ("valid_from");