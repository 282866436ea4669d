ALTER TABLE "reports" ADD COLUMN "removal_proposed_by" uuid;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "removal_proposed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "removal_reason" text;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_removal_proposed_by_users_id_fk" FOREIGN KEY ("removal_proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_removal_reason_check" CHECK ("removal_reason" IS NULL OR "removal_reason" IN ('approved', 'not_a_scam', 'duplicate', 'personal_data', 'abusive', 'insufficient_detail', 'spam'));