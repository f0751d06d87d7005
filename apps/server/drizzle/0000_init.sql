CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" text,
	"actor_email" text,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "authorities" (
	"id" text PRIMARY KEY NOT NULL,
	"cbs_code" integer NOT NULL,
	"moi_code" text,
	"type" text NOT NULL,
	"name_he" text NOT NULL,
	"name_en" text,
	"district" text,
	"population" integer,
	"population_year" integer,
	"socioeconomic_cluster" integer,
	"socioeconomic_year" integer,
	"peripherality_cluster" integer,
	"peripherality_year" integer,
	"area_km2" double precision,
	"lat" double precision,
	"lon" double precision,
	"location_derived" boolean DEFAULT false NOT NULL,
	"source" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "authority_domains" (
	"authority_id" text NOT NULL,
	"domain" text NOT NULL,
	"cluster_slug" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "authority_domains_authority_id_domain_pk" PRIMARY KEY("authority_id","domain")
);
--> statement-breakpoint
CREATE TABLE "clusters" (
	"slug" text PRIMARY KEY NOT NULL,
	"name_he" text,
	"name_en" text,
	"name_as_of" text,
	"other_names" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"legal_form" text DEFAULT 'unknown' NOT NULL,
	"founded_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "membership_observations" (
	"id" serial PRIMARY KEY NOT NULL,
	"membership_id" integer NOT NULL,
	"as_of" text,
	"source" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" serial PRIMARY KEY NOT NULL,
	"authority_id" text NOT NULL,
	"cluster_slug" text NOT NULL,
	"joined_on" date,
	"left_on" date,
	"ended" boolean DEFAULT false NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stated_figures" (
	"id" serial PRIMARY KEY NOT NULL,
	"subject" text NOT NULL,
	"key" text NOT NULL,
	"value" double precision NOT NULL,
	"as_of" text,
	"source" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"password_hash" text NOT NULL,
	"display_name" text NOT NULL,
	"role" text NOT NULL,
	"cluster_slug" text,
	"authority_id" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
ALTER TABLE "authority_domains" ADD CONSTRAINT "authority_domains_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authority_domains" ADD CONSTRAINT "authority_domains_cluster_slug_clusters_slug_fk" FOREIGN KEY ("cluster_slug") REFERENCES "public"."clusters"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_observations" ADD CONSTRAINT "membership_observations_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_cluster_slug_clusters_slug_fk" FOREIGN KEY ("cluster_slug") REFERENCES "public"."clusters"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_cluster_slug_clusters_slug_fk" FOREIGN KEY ("cluster_slug") REFERENCES "public"."clusters"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "authorities_type_idx" ON "authorities" USING btree ("type");--> statement-breakpoint
CREATE INDEX "authorities_district_idx" ON "authorities" USING btree ("district");--> statement-breakpoint
CREATE INDEX "authority_domains_cluster_idx" ON "authority_domains" USING btree ("cluster_slug");--> statement-breakpoint
CREATE INDEX "membership_observations_membership_idx" ON "membership_observations" USING btree ("membership_id");--> statement-breakpoint
CREATE INDEX "memberships_cluster_idx" ON "memberships" USING btree ("cluster_slug");--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_one_open_per_authority" ON "memberships" USING btree ("authority_id") WHERE "memberships"."ended" = false;