-- Duplicate natural keys inside one batch: the last row (latest file, then latest row) wins and the
-- earlier ones are rejected as duplicate_in_batch. Runs after validate_<entity>.sql for every entity.
-- Parameter: noun (facility, patient, …) for the message.
create temp table checked on commit drop as
select
    ranked.*,
    case
        when (problem).code is null and rank > 1 then (
            'duplicate_in_batch', null,
            'the same ' || %(noun)s || ' appears again in row ' || winner_row || ' of '
            || (select object_key from etl.etl_files where id = winner_file) || '; the later row wins'
        )::etl.problem
        else problem
    end as verdict
from (
    select
        judged.*,
        row_number() over latest as rank,
        first_value(file_id) over latest as winner_file,
        first_value(row_number) over latest as winner_row
    from pg_temp.judged
    window latest as (partition by (problem).code is null, fac_id, key order by file_id desc, row_number desc)
) as ranked;
