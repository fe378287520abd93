-- Empty the copy of the uploaded values of rejected rows older than the cutoff; the row number,
-- column and reason stay. Returns how many rows were emptied (none on a second run).
with emptied as (
    update etl.etl_rejected_rows
    set raw = '{}'::jsonb
    where created_at < %(cutoff)s
      and raw <> '{}'::jsonb
    returning 1
)
select count(*) from emptied
