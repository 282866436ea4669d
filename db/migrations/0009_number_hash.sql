ALTER TABLE "phone_numbers" ADD COLUMN "e164_sha256" text COLLATE "C";--> statement-breakpoint
CREATE INDEX "phone_numbers_e164_sha256_idx" ON "phone_numbers" USING btree ("e164_sha256");