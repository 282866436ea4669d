CREATE TABLE "report_emails" (
	"report_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"sent_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	CONSTRAINT "report_emails_report_id_kind_pk" PRIMARY KEY("report_id","kind"),
	CONSTRAINT "report_emails_kind_check" CHECK ("kind" IN ('received', 'decided'))
);
--> statement-breakpoint
ALTER TABLE "report_emails" ADD CONSTRAINT "report_emails_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reports_email_created_idx" ON "reports" USING btree ("created_at") WHERE "reports"."reporter_email" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "reports_email_decided_idx" ON "reports" USING btree ("decided_at") WHERE "reports"."reporter_email" IS NOT NULL AND "reports"."decided_at" IS NOT NULL;