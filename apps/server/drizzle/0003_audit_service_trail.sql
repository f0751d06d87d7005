ALTER TABLE "audit_events" ADD COLUMN "service_id" integer;--> statement-breakpoint
CREATE INDEX "audit_events_service_idx" ON "audit_events" USING btree ("service_id");--> statement-breakpoint
-- Events written before the column existed: their service, from the entity they name.
UPDATE "audit_events" SET "service_id" = "entity_id"::integer WHERE "entity_type" = 'service' AND "entity_id" ~ '^[0-9]+$';
--> statement-breakpoint
UPDATE "audit_events" SET "service_id" = split_part(regexp_replace("entity_id", '/', ':'), ':', 1)::integer
  WHERE "entity_type" IN ('service_participation', 'feasibility_study') AND "entity_id" ~ '^[0-9]+[:/]';
--> statement-breakpoint
UPDATE "audit_events" a SET "service_id" = s."service_id" FROM "submissions" s
  WHERE a."entity_type" = 'submission' AND a."entity_id" = s."id"::text;
--> statement-breakpoint
UPDATE "audit_events" a SET "service_id" = s."service_id" FROM "decisions" d JOIN "submissions" s ON s."id" = d."submission_id"
  WHERE a."entity_type" = 'decision' AND a."entity_id" = d."id"::text;
--> statement-breakpoint
UPDATE "audit_events" a SET "service_id" = l."service_id" FROM "ledger_entries" l
  WHERE a."entity_type" = 'ledger' AND a."entity_id" = l."id"::text;
--> statement-breakpoint
UPDATE "audit_events" a SET "service_id" = m."service_id" FROM "milestones" m
  WHERE a."entity_type" = 'milestone' AND a."entity_id" = m."id"::text;
