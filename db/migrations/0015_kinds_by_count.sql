-- A number's kinds and channels are listed most reported first; re-sort the stored lists.
UPDATE phone_numbers AS p SET
  categories = coalesce((
    SELECT array_agg(k ORDER BY n DESC, k) FROM (
      SELECT r.category AS k, count(*) AS n FROM reports AS r
      WHERE r.status = 'approved' AND (r.displayed_e164 = p.e164 OR r.callback_e164 = p.e164)
      GROUP BY r.category) AS c), '{}'),
  channels = coalesce((
    SELECT array_agg(k ORDER BY n DESC, k) FROM (
      SELECT r.channel AS k, count(*) AS n FROM reports AS r
      WHERE r.status = 'approved' AND (r.displayed_e164 = p.e164 OR r.callback_e164 = p.e164)
      GROUP BY r.channel) AS c), '{}')
WHERE p.report_count > 0;
