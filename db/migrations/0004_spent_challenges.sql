CREATE TABLE "spent_challenges" (
	"id" text PRIMARY KEY NOT NULL,
	"spent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "spent_challenges_spent_at_idx" ON "spent_challenges" USING btree ("spent_at");