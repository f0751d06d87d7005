ALTER TABLE "memberships" ADD COLUMN "end_reason" jsonb;--> statement-breakpoint
-- Imports once wrote why they ended a period as a Hebrew note naming a cluster by its slug; the reason is now kept as data and worded by each page.
UPDATE "memberships" SET "end_reason" = jsonb_build_object('kind', 'moved', 'clusterSlug', substring("note" from ' היא חברה באשכול (.+)$'), 'asOf', nullif(substring("note" from '^עזבה במועד לא ידוע: לפי מקור מ-(.+) היא חברה באשכול '), 'מועד לא ידוע')), "note" = NULL
  WHERE "note" LIKE 'עזבה במועד לא ידוע: לפי מקור מ-% היא חברה באשכול %';--> statement-breakpoint
UPDATE "memberships" m SET "note" = NULL, "end_reason" = (
    SELECT jsonb_build_object('kind', 'moved', 'clusterSlug', n."cluster_slug", 'asOf', (SELECT min(o."as_of") FROM "membership_observations" o WHERE o."membership_id" = n."id"))
    FROM "memberships" n WHERE n."authority_id" = m."authority_id" AND n."id" <> m."id" ORDER BY n."ended", n."id" DESC LIMIT 1
  )
  WHERE m."note" = 'עזבה במועד לא ידוע: מקור מאוחר יותר מציב אותה באשכול אחר'
    AND EXISTS (SELECT 1 FROM "memberships" n WHERE n."authority_id" = m."authority_id" AND n."id" <> m."id");--> statement-breakpoint
UPDATE "memberships" SET "end_reason" = jsonb_build_object('kind', 'not_listed', 'asOf', substring("note" from '^עזבה במועד לא ידוע: אינה ברשימת החברים נכון ל-(.+)$')), "note" = NULL
  WHERE "note" LIKE 'עזבה במועד לא ידוע: אינה ברשימת החברים נכון ל-%';
