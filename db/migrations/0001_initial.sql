CREATE TABLE "audit_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_label" text NOT NULL,
	"action" text NOT NULL,
	"subject_type" text,
	"subject_id" text,
	"ip_hash" text,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "disputes" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "disputes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"reference" text NOT NULL,
	"e164" text COLLATE "C" NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"statement" text NOT NULL,
	"contact" text,
	"ip_hash" text,
	"verified" boolean DEFAULT false NOT NULL,
	"proposed_by" uuid,
	"proposed_at" timestamp with time zone,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "disputes_reference_unique" UNIQUE("reference"),
	CONSTRAINT "disputes_status_check" CHECK ("status" IN ('pending', 'awaiting_second_review', 'upheld', 'rejected')),
	CONSTRAINT "disputes_proposal_check" CHECK ("status" <> 'awaiting_second_review' OR "proposed_by" IS NOT NULL),
	CONSTRAINT "disputes_four_eyes_check" CHECK ("status" <> 'upheld' OR ("proposed_by" IS NOT NULL AND "decided_by" IS NOT NULL AND "proposed_by" <> "decided_by"))
);
--> statement-breakpoint
CREATE TABLE "phone_numbers" (
	"e164" text COLLATE "C" PRIMARY KEY NOT NULL,
	"digits" text GENERATED ALWAYS AS (substr("e164", 2)) STORED NOT NULL,
	"country_code" text,
	"calling_code" text NOT NULL,
	"line_type" text DEFAULT 'unknown' NOT NULL,
	"report_count" integer DEFAULT 0 NOT NULL,
	"displayed_count" integer DEFAULT 0 NOT NULL,
	"callback_count" integer DEFAULT 0 NOT NULL,
	"loss_report_count" integer DEFAULT 0 NOT NULL,
	"reporter_count" integer DEFAULT 0 NOT NULL,
	"first_reported_on" date,
	"last_reported_on" date,
	"dispute_state" text DEFAULT 'none' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "phone_numbers_e164_check" CHECK ("e164" ~ '^\+[1-9][0-9]{5,14}$'),
	CONSTRAINT "phone_numbers_line_type_check" CHECK ("line_type" IN ('mobile', 'fixed_line', 'fixed_line_or_mobile', 'voip', 'toll_free', 'premium_rate', 'shared_cost', 'personal_number', 'pager', 'uan', 'voicemail', 'unknown')),
	CONSTRAINT "phone_numbers_dispute_state_check" CHECK ("dispute_state" IN ('none', 'pending', 'upheld', 'rejected')),
	CONSTRAINT "phone_numbers_counts_check" CHECK ("report_count" >= 0 AND "displayed_count" >= 0 AND "callback_count" >= 0 AND "loss_report_count" >= 0 AND "reporter_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"reference" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"displayed_e164" text COLLATE "C" NOT NULL,
	"callback_e164" text COLLATE "C",
	"channel" text NOT NULL,
	"category" text NOT NULL,
	"caller_id_name" text,
	"occurred_on" date NOT NULL,
	"occurred_time" time,
	"description" text NOT NULL,
	"description_redacted" text NOT NULL,
	"loss_amount_minor" bigint,
	"loss_currency" text,
	"payment_method" text,
	"reporter_email" text,
	"reporter_country" text,
	"ip_hash" text,
	"verified" boolean DEFAULT false NOT NULL,
	"flags" text[] DEFAULT '{}'::text[] NOT NULL,
	"submission_token" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	"decision_note" text,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reports_reference_unique" UNIQUE("reference"),
	CONSTRAINT "reports_submission_token_unique" UNIQUE("submission_token"),
	CONSTRAINT "reports_status_check" CHECK ("status" IN ('pending', 'approved', 'rejected', 'spam')),
	CONSTRAINT "reports_channel_check" CHECK ("channel" IN ('phone_call', 'missed_call', 'sms', 'whatsapp_call', 'whatsapp_message', 'telegram', 'other_app')),
	CONSTRAINT "reports_category_check" CHECK ("category" IN ('bank_impersonation', 'government_impersonation', 'tech_support', 'task_job', 'investment', 'lottery_prize', 'loan_debt', 'sextortion', 'romance', 'delivery', 'utility', 'robocall', 'phishing_link', 'other')),
	CONSTRAINT "reports_payment_method_check" CHECK ("payment_method" IS NULL OR "payment_method" IN ('upi', 'bank_transfer', 'card', 'crypto', 'gift_card', 'cash', 'wallet', 'other')),
	CONSTRAINT "reports_decision_reason_check" CHECK ("decision_reason" IS NULL OR "decision_reason" IN ('approved', 'not_a_scam', 'duplicate', 'personal_data', 'abusive', 'insufficient_detail', 'spam')),
	CONSTRAINT "reports_numbers_differ_check" CHECK ("callback_e164" IS NULL OR "callback_e164" <> "displayed_e164"),
	CONSTRAINT "reports_loss_check" CHECK (("loss_amount_minor" IS NULL AND "loss_currency" IS NULL) OR ("loss_amount_minor" IS NOT NULL AND "loss_amount_minor" > 0 AND "loss_currency" IS NOT NULL AND "loss_currency" ~ '^[A-Z]{3}$')),
	CONSTRAINT "reports_published_check" CHECK (("status" = 'approved') = ("published_at" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "site_meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"password_hash" text NOT NULL,
	"totp_secret" text,
	"totp_enabled_at" timestamp with time zone,
	"totp_last_step" bigint,
	"disabled_at" timestamp with time zone,
	"session_version" integer DEFAULT 1 NOT NULL,
	"failed_login_count" integer DEFAULT 0 NOT NULL,
	"last_failed_login_at" timestamp with time zone,
	"last_login_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email"),
	CONSTRAINT "users_role_check" CHECK ("role" IN ('moderator', 'admin')),
	CONSTRAINT "users_email_lowercase_check" CHECK ("email" = lower("email"))
);
--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disputes" ADD CONSTRAINT "disputes_e164_phone_numbers_e164_fk" FOREIGN KEY ("e164") REFERENCES "public"."phone_numbers"("e164") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disputes" ADD CONSTRAINT "disputes_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disputes" ADD CONSTRAINT "disputes_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_displayed_e164_phone_numbers_e164_fk" FOREIGN KEY ("displayed_e164") REFERENCES "public"."phone_numbers"("e164") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_callback_e164_phone_numbers_e164_fk" FOREIGN KEY ("callback_e164") REFERENCES "public"."phone_numbers"("e164") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_events_occurred_idx" ON "audit_events" USING btree ("occurred_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "audit_events_subject_idx" ON "audit_events" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "audit_events_actor_idx" ON "audit_events" USING btree ("actor_id","occurred_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "disputes_e164_status_idx" ON "disputes" USING btree ("e164","status");--> statement-breakpoint
CREATE INDEX "disputes_status_created_idx" ON "disputes" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "phone_numbers_digits_trgm_idx" ON "phone_numbers" USING gin ("digits" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "phone_numbers_most_reported_idx" ON "phone_numbers" USING btree ("report_count" DESC NULLS FIRST,"e164") WHERE "phone_numbers"."report_count" > 0;--> statement-breakpoint
CREATE INDEX "phone_numbers_latest_idx" ON "phone_numbers" USING btree ("last_reported_on" DESC NULLS FIRST,"e164") WHERE "phone_numbers"."report_count" > 0;--> statement-breakpoint
CREATE INDEX "phone_numbers_country_most_reported_idx" ON "phone_numbers" USING btree ("country_code","report_count" DESC NULLS FIRST,"e164") WHERE "phone_numbers"."report_count" > 0;--> statement-breakpoint
CREATE INDEX "phone_numbers_country_latest_idx" ON "phone_numbers" USING btree ("country_code","last_reported_on" DESC NULLS FIRST,"e164") WHERE "phone_numbers"."report_count" > 0;--> statement-breakpoint
CREATE INDEX "reports_displayed_approved_idx" ON "reports" USING btree ("displayed_e164","occurred_on" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "reports"."status" = 'approved';--> statement-breakpoint
CREATE INDEX "reports_callback_approved_idx" ON "reports" USING btree ("callback_e164","occurred_on" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "reports"."status" = 'approved' AND "reports"."callback_e164" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "reports_published_idx" ON "reports" USING btree ("published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "reports"."status" = 'approved';--> statement-breakpoint
CREATE INDEX "reports_status_created_idx" ON "reports" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "reports_displayed_created_idx" ON "reports" USING btree ("displayed_e164","created_at");--> statement-breakpoint
CREATE INDEX "reports_ip_hash_created_idx" ON "reports" USING btree ("ip_hash","created_at");