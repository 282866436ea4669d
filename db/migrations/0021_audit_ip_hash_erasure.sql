-- The audit log stays append-only, with one exception: retention may erase an entry's IP hash
-- (and nothing else) once it is past its time. Every other change is still refused.
CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.ip_hash IS NOT NULL AND NEW.ip_hash IS NULL
     AND (to_jsonb(NEW) - 'ip_hash') = (to_jsonb(OLD) - 'ip_hash') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
