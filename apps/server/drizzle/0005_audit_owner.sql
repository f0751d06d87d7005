ALTER TABLE "audit_events" ADD COLUMN "owner_type" text;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "owner_id" text;--> statement-breakpoint
CREATE INDEX "audit_events_owner_idx" ON "audit_events" USING btree ("owner_type","owner_id");--> statement-breakpoint
-- Events written before owners: a service's events belong to that service.
UPDATE "audit_events" SET "owner_type" = 'service', "owner_id" = "service_id"::text WHERE "service_id" IS NOT NULL;
