CREATE TABLE "standing_delegations" (
	"id" serial PRIMARY KEY NOT NULL,
	"cluster_slug" text NOT NULL,
	"authority_id" text NOT NULL,
	"power_id" integer NOT NULL,
	"from_day" date NOT NULL,
	"until_day" date,
	"decided_on" date NOT NULL,
	"decision_number" text DEFAULT '' NOT NULL,
	"decision_document_id" uuid,
	"recorded_by" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "standing_legal_forms" (
	"id" serial PRIMARY KEY NOT NULL,
	"cluster_slug" text NOT NULL,
	"form" text NOT NULL,
	"from_on" text,
	"until_on" text,
	"source" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "standing_orders" (
	"id" serial PRIMARY KEY NOT NULL,
	"cluster_slug" text NOT NULL,
	"kind" text NOT NULL,
	"draft" boolean DEFAULT false NOT NULL,
	"title" text NOT NULL,
	"dated_on" text,
	"publication" text DEFAULT '' NOT NULL,
	"effect" text DEFAULT '' NOT NULL,
	"source_url" text,
	"document_id" uuid,
	"recorded_by" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "standing_powers" (
	"id" serial PRIMARY KEY NOT NULL,
	"name_he" text NOT NULL,
	"name_en" text NOT NULL,
	"retired_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "standing_delegations" ADD CONSTRAINT "standing_delegations_cluster_slug_clusters_slug_fk" FOREIGN KEY ("cluster_slug") REFERENCES "public"."clusters"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "standing_delegations" ADD CONSTRAINT "standing_delegations_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "standing_delegations" ADD CONSTRAINT "standing_delegations_power_id_standing_powers_id_fk" FOREIGN KEY ("power_id") REFERENCES "public"."standing_powers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "standing_delegations" ADD CONSTRAINT "standing_delegations_decision_document_id_documents_id_fk" FOREIGN KEY ("decision_document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "standing_delegations" ADD CONSTRAINT "standing_delegations_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "standing_legal_forms" ADD CONSTRAINT "standing_legal_forms_cluster_slug_clusters_slug_fk" FOREIGN KEY ("cluster_slug") REFERENCES "public"."clusters"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "standing_legal_forms" ADD CONSTRAINT "standing_legal_forms_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "standing_orders" ADD CONSTRAINT "standing_orders_cluster_slug_clusters_slug_fk" FOREIGN KEY ("cluster_slug") REFERENCES "public"."clusters"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "standing_orders" ADD CONSTRAINT "standing_orders_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "standing_orders" ADD CONSTRAINT "standing_orders_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "standing_delegations_cluster_idx" ON "standing_delegations" USING btree ("cluster_slug");--> statement-breakpoint
CREATE INDEX "standing_delegations_authority_power_idx" ON "standing_delegations" USING btree ("authority_id","power_id");--> statement-breakpoint
CREATE INDEX "standing_legal_forms_cluster_idx" ON "standing_legal_forms" USING btree ("cluster_slug");--> statement-breakpoint
CREATE INDEX "standing_orders_cluster_idx" ON "standing_orders" USING btree ("cluster_slug");--> statement-breakpoint
CREATE UNIQUE INDEX "standing_orders_one_establishing" ON "standing_orders" USING btree ("cluster_slug") WHERE "standing_orders"."kind" = 'establishing';--> statement-breakpoint
CREATE UNIQUE INDEX "standing_powers_name_he_offered" ON "standing_powers" USING btree ("name_he") WHERE "standing_powers"."retired_on" is null;