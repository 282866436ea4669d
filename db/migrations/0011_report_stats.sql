CREATE TABLE "report_stats" (
	"month" date NOT NULL,
	"country_code" text NOT NULL,
	"category" text NOT NULL,
	"channel" text NOT NULL,
	"loss_currency" text NOT NULL,
	"reports" integer NOT NULL,
	"loss_minor" bigint NOT NULL,
	CONSTRAINT "report_stats_month_country_code_category_channel_loss_currency_pk" PRIMARY KEY("month","country_code","category","channel","loss_currency")
);
--> statement-breakpoint
CREATE INDEX "reports_occurred_approved_idx" ON "reports" USING btree ("occurred_on","displayed_e164","category","channel") WHERE "reports"."status" = 'approved';