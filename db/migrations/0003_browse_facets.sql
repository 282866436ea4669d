DROP INDEX "phone_numbers_most_reported_idx";--> statement-breakpoint
DROP INDEX "phone_numbers_latest_idx";--> statement-breakpoint
DROP INDEX "phone_numbers_country_most_reported_idx";--> statement-breakpoint
DROP INDEX "phone_numbers_country_latest_idx";--> statement-breakpoint
ALTER TABLE "phone_numbers" ADD COLUMN "categories" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "phone_numbers" ADD COLUMN "channels" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
CREATE INDEX "phone_numbers_categories_idx" ON "phone_numbers" USING gin ("categories");--> statement-breakpoint
CREATE INDEX "phone_numbers_channels_idx" ON "phone_numbers" USING gin ("channels");--> statement-breakpoint
CREATE INDEX "phone_numbers_most_reported_idx" ON "phone_numbers" USING btree ("report_count" DESC NULLS FIRST,"e164" DESC NULLS FIRST) WHERE "phone_numbers"."report_count" > 0;--> statement-breakpoint
CREATE INDEX "phone_numbers_latest_idx" ON "phone_numbers" USING btree ("last_reported_on" DESC NULLS FIRST,"e164" DESC NULLS FIRST) WHERE "phone_numbers"."report_count" > 0;--> statement-breakpoint
CREATE INDEX "phone_numbers_country_most_reported_idx" ON "phone_numbers" USING btree ("country_code","report_count" DESC NULLS FIRST,"e164" DESC NULLS FIRST) WHERE "phone_numbers"."report_count" > 0;--> statement-breakpoint
CREATE INDEX "phone_numbers_country_latest_idx" ON "phone_numbers" USING btree ("country_code","last_reported_on" DESC NULLS FIRST,"e164" DESC NULLS FIRST) WHERE "phone_numbers"."report_count" > 0;--> statement-breakpoint
-- Fill the new facets for numbers that already have approved reports.
UPDATE "phone_numbers" AS p SET
  "categories" = a.categories,
  "channels" = a.channels
FROM (
  SELECT e164, array_agg(DISTINCT category) AS categories, array_agg(DISTINCT channel) AS channels
  FROM (
    SELECT "displayed_e164" AS e164, "category", "channel" FROM "reports" WHERE "status" = 'approved'
    UNION ALL
    SELECT "callback_e164", "category", "channel" FROM "reports" WHERE "status" = 'approved' AND "callback_e164" IS NOT NULL
  ) AS r
  GROUP BY e164
) AS a
WHERE p."e164" = a.e164;
