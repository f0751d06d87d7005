CREATE TABLE "governance_bodies" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"cluster_slug" text,
	"domain" text,
	"name_he" text NOT NULL,
	"name_en" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance_body_rules" (
	"id" serial PRIMARY KEY NOT NULL,
	"body_id" integer NOT NULL,
	"valid_from" date NOT NULL,
	"rules" jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance_seats" (
	"id" serial PRIMARY KEY NOT NULL,
	"body_id" integer NOT NULL,
	"person_name" text,
	"title" text NOT NULL,
	"email" text,
	"user_id" text,
	"role" text NOT NULL,
	"authority_id" text,
	"organisation" text,
	"from_on" date NOT NULL,
	"to_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "governance_bodies" ADD CONSTRAINT "governance_bodies_cluster_slug_clusters_slug_fk" FOREIGN KEY ("cluster_slug") REFERENCES "public"."clusters"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_body_rules" ADD CONSTRAINT "governance_body_rules_body_id_governance_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."governance_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_body_rules" ADD CONSTRAINT "governance_body_rules_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_seats" ADD CONSTRAINT "governance_seats_body_id_governance_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."governance_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_seats" ADD CONSTRAINT "governance_seats_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_seats" ADD CONSTRAINT "governance_seats_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "governance_bodies_cluster_idx" ON "governance_bodies" USING btree ("cluster_slug");--> statement-breakpoint
CREATE INDEX "governance_body_rules_body_idx" ON "governance_body_rules" USING btree ("body_id","valid_from");--> statement-breakpoint
CREATE INDEX "governance_seats_body_idx" ON "governance_seats" USING btree ("body_id");