DROP INDEX "audit_events_service_idx";--> statement-breakpoint
ALTER TABLE "audit_events" DROP COLUMN "service_id";