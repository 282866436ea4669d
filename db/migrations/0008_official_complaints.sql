CREATE TABLE "official_complaints" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "official_complaints_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"source" text NOT NULL,
	"e164" text COLLATE "C" NOT NULL,
	"row_digest" text NOT NULL,
	"reported_on" date NOT NULL,
	"occurred_on" date,
	"subject" text,
	"category" text NOT NULL,
	"robocall" boolean,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "official_complaints_source_check" CHECK ("source" IN ('ftc_dnc')),
	CONSTRAINT "official_complaints_category_check" CHECK ("category" IN ('bank_impersonation', 'government_impersonation', 'tech_support', 'task_job', 'investment', 'lottery_prize', 'loan_debt', 'sextortion', 'romance', 'delivery', 'utility', 'robocall', 'phishing_link', 'other')),
	CONSTRAINT "official_complaints_e164_check" CHECK ("e164" ~ '^\+[1-9][0-9]{5,14}$')
);
--> statement-breakpoint
CREATE UNIQUE INDEX "official_complaints_source_digest_idx" ON "official_complaints" USING btree ("source","row_digest");--> statement-breakpoint
CREATE INDEX "official_complaints_e164_idx" ON "official_complaints" USING btree ("e164","source","reported_on" DESC NULLS FIRST);