select count(*)
from etl.etl_rejected_rows
where created_at < %(cutoff)s
  and raw <> '{}'::jsonb
