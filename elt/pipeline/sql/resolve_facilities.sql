-- Each distinct facility reference of a child file, resolved once: by facility_id, else
-- facility_code, else (facility_name, facility_state, facility_lga). The first one given wins.
-- Facilities upserted earlier in the same batch are already in public.facilities.
-- Parameters: batch_id, file_ids (null: every file of the batch).
create temp table facility_refs on commit drop as
with refs as (
    select distinct
        coalesce(facility_id, '') as k_id,
        coalesce(facility_code, '') as k_code,
        coalesce(facility_name, '') as k_name,
        coalesce(facility_state, '') as k_state,
        coalesce(facility_lga, '') as k_lga
    from {stage_table} as s
    where s.batch_id = %(batch_id)s
        and (%(file_ids)s::bigint[] is null or s.file_id = any(%(file_ids)s::bigint[]))
)

select
    resolved.*,
    case
        when given is null then ('missing_required', 'facility', 'facility is required (facility_id, facility_code'
                                 || ' or facility_name with facility_state and facility_lga)')::etl.problem
        when fac_id is null then ('unknown_facility', 'facility', given || ' matches no facility')::etl.problem
    end as facility_problem
from (
select
    refs.*,
    case
        when btrim(k_id) <> '' then 'facility_id ' || quote_literal(btrim(k_id))
        when btrim(k_code) <> '' then 'facility_code ' || quote_literal(btrim(k_code))
        when btrim(k_name) <> '' then 'facility ' || quote_literal(btrim(k_name) || ', ' || btrim(k_lga) || ', '
                                                                   || btrim(k_state))
    end as given,
    case
        when btrim(k_id) <> '' then (
            select f.id from public.facilities as f
            where f.id = case when btrim(k_id) ~ '^\d{1,18}$' then btrim(k_id)::bigint end
        )
        when btrim(k_code) <> '' then (
            select f.id from public.facilities as f where f.facility_code = btrim(k_code)
        )
        when btrim(k_name) <> '' then (
            select f.id
            from public.facilities as f
            inner join etl.ref_state_aliases as st on st.alias = etl.fold(k_state)
            inner join etl.ref_lgas as lg on lg.state = st.state and lg.lga_key = etl.lga_key(k_lga)
            where f.natural_key = etl.facility_key(k_name, st.state, lg.lga)
        )
    end as fac_id
from refs
) as resolved;
