-- The statistics roll-up follows every change to a published report: publishing, removal, an edit
-- of a counted field, a deletion. Counting in the same transaction keeps it exact without ever
-- scanning the reports on a request.
CREATE FUNCTION report_stats_add(r reports, sign integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO report_stats AS s (month, country_code, category, channel, loss_currency, reports, loss_minor)
  VALUES (
    date_trunc('month', r.occurred_on)::date,
    coalesce((SELECT n.country_code FROM phone_numbers AS n WHERE n.e164 = r.displayed_e164), ''),
    r.category,
    r.channel,
    coalesce(r.loss_currency, ''),
    sign,
    sign * coalesce(r.loss_amount_minor, 0)
  )
  ON CONFLICT (month, country_code, category, channel, loss_currency)
  DO UPDATE SET reports = s.reports + excluded.reports, loss_minor = s.loss_minor + excluded.loss_minor;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION reports_count_in_stats() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'approved' THEN
    PERFORM report_stats_add(OLD, -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status = 'approved' THEN
    PERFORM report_stats_add(NEW, 1);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER reports_count_in_stats AFTER INSERT OR DELETE ON reports
  FOR EACH ROW EXECUTE FUNCTION reports_count_in_stats();
--> statement-breakpoint
CREATE TRIGGER reports_count_in_stats_on_update AFTER UPDATE ON reports
  FOR EACH ROW
  WHEN (
    (OLD.status = 'approved' OR NEW.status = 'approved')
    AND (OLD.status, OLD.occurred_on, OLD.displayed_e164, OLD.category, OLD.channel, OLD.loss_currency, OLD.loss_amount_minor)
        IS DISTINCT FROM
        (NEW.status, NEW.occurred_on, NEW.displayed_e164, NEW.category, NEW.channel, NEW.loss_currency, NEW.loss_amount_minor)
  )
  EXECUTE FUNCTION reports_count_in_stats();
--> statement-breakpoint
INSERT INTO report_stats (month, country_code, category, channel, loss_currency, reports, loss_minor)
SELECT date_trunc('month', r.occurred_on)::date, coalesce(n.country_code, ''), r.category, r.channel,
       coalesce(r.loss_currency, ''), count(*), coalesce(sum(r.loss_amount_minor), 0)
  FROM reports AS r JOIN phone_numbers AS n ON n.e164 = r.displayed_e164
 WHERE r.status = 'approved'
 GROUP BY 1, 2, 3, 4, 5;
