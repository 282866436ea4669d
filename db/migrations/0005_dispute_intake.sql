ALTER TABLE "disputes" ADD COLUMN "submission_token" text;--> statement-breakpoint
CREATE INDEX "disputes_ip_hash_created_idx" ON "disputes" USING btree ("ip_hash","created_at");--> statement-breakpoint
ALTER TABLE "disputes" ADD CONSTRAINT "disputes_submission_token_unique" UNIQUE("submission_token");