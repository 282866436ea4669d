-- Taking down a published report needs a second member of staff: whoever confirms must not be
-- whoever proposed. Enforced here, so no code path can skip it.
CREATE FUNCTION reports_removal_four_eyes() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.removal_proposed_by IS NULL OR NEW.decided_by IS NULL OR NEW.removal_proposed_by = NEW.decided_by THEN
    RAISE EXCEPTION 'removing a published report needs a second member of staff'
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER reports_removal_four_eyes
  BEFORE UPDATE OF status ON reports
  FOR EACH ROW
  WHEN (OLD.status = 'approved' AND NEW.status <> 'approved')
  EXECUTE FUNCTION reports_removal_four_eyes();
