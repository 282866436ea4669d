-- Every number carries the hex SHA-256 of its E.164 text, for the API's lookup by hash: set on
-- insert by a trigger, so every way a number is stored gets it, and filled in for numbers
-- stored before.
CREATE FUNCTION phone_numbers_set_sha256() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.e164_sha256 := encode(sha256(convert_to(NEW.e164, 'UTF8')), 'hex');
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER phone_numbers_set_sha256 BEFORE INSERT OR UPDATE OF e164 ON phone_numbers
  FOR EACH ROW EXECUTE FUNCTION phone_numbers_set_sha256();
--> statement-breakpoint
UPDATE phone_numbers SET e164_sha256 = encode(sha256(convert_to(e164, 'UTF8')), 'hex') WHERE e164_sha256 IS NULL;
