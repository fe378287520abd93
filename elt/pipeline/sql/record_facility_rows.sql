-- Rows per facility and verdict of one entity of one batch, from pg_temp.checked (after the upsert,
-- so a facilities-file row resolves to the facility it describes). Parameters: batch_id, entity.
insert into etl.etl_facility_rows (batch_id, entity, facility_id, reason_code, row_count)
select
    %(batch_id)s,
    %(entity)s,
    coalesce(c.fac_id, described.id),
    (c.verdict).code,
    count(*)
from pg_temp.checked as c
left join public.facilities as described
    on %(entity)s = 'facilities' and described.natural_key = c.key
group by 3, 4;
