-- Two different facilities of one batch claiming one facility_code: the later row keeps it.
with holders as (
    select distinct on (v_code) v_code, key, file_id, row_number
    from pg_temp.checked
    where (verdict).code is null and v_code is not null
    order by v_code, file_id desc, row_number desc
)
update pg_temp.checked as c
set verdict = (
    'facility_code_conflict', 'facility_code',
    'facility_code ' || quote_literal(c.v_code) || ' is also given to another facility in row ' || h.row_number
    || '; the later row keeps it'
)::etl.problem
from holders as h
where (c.verdict).code is null and c.v_code = h.v_code and c.key <> h.key;
