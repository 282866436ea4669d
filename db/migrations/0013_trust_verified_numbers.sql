CREATE TABLE "verified_numbers" (
	"e164" text COLLATE "C" PRIMARY KEY NOT NULL,
	"organisation" text NOT NULL,
	"source_url" text NOT NULL,
	"verified_by" uuid,
	"verified_by_label" text NOT NULL,
	"verified_at" timestamp with time zone DEFAULT now() NOT NULL,
	"dispute_id" bigint,
	CONSTRAINT "verified_numbers_source_check" CHECK ("source_url" ~ '^https?://'),
	CONSTRAINT "verified_numbers_organisation_check" CHECK (length("organisation") BETWEEN 2 AND 120)
);
--> statement-breakpoint
ALTER TABLE "disputes" ADD COLUMN "held_since" date;--> statement-breakpoint
ALTER TABLE "phone_numbers" ADD COLUMN "owned_since" date;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "screen_showed_organisation" boolean;--> statement-breakpoint
ALTER TABLE "verified_numbers" ADD CONSTRAINT "verified_numbers_e164_phone_numbers_e164_fk" FOREIGN KEY ("e164") REFERENCES "public"."phone_numbers"("e164") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verified_numbers" ADD CONSTRAINT "verified_numbers_verified_by_users_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verified_numbers" ADD CONSTRAINT "verified_numbers_dispute_id_disputes_id_fk" FOREIGN KEY ("dispute_id") REFERENCES "public"."disputes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- A decision can be undone for a short while by whoever made it (checked by the application):
-- a published report may go back to pending within 10 minutes of its decision, as long as no
-- removal has been proposed. Any other way down from published still needs two members of staff.
CREATE OR REPLACE FUNCTION reports_removal_four_eyes() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status = 'pending' AND OLD.removal_proposed_by IS NULL
     AND OLD.decided_at IS NOT NULL AND OLD.decided_at >= now() - interval '10 minutes' THEN
    RETURN NEW;
  END IF;
  IF NEW.removal_proposed_by IS NULL OR NEW.decided_by IS NULL OR NEW.removal_proposed_by = NEW.decided_by THEN
    RAISE EXCEPTION 'removing a published report needs a second member of staff'
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
