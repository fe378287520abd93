-- Each distinct patient reference of a child file, resolved once: by patient_id, else by
-- patient_number at the row's facility. Patients upserted earlier in the batch are found.
create temp table patient_refs on commit drop as
with refs as (
    select distinct
        coalesce(fr.fac_id, -1) as k_fac,
        coalesce(s.patient_id, '') as k_pid,
        coalesce(s.patient_number, '') as k_pnum
    from {stage_table} as s
    inner join pg_temp.facility_refs as fr
        on fr.k_id = coalesce(s.facility_id, '') and fr.k_code = coalesce(s.facility_code, '')
        and fr.k_name = coalesce(s.facility_name, '') and fr.k_state = coalesce(s.facility_state, '')
        and fr.k_lga = coalesce(s.facility_lga, '')
    where s.batch_id = %(batch_id)s
)

select
    resolved.*,
    case
        when given is null then ('missing_required', 'patient',
                                 'patient is required (patient_id, or patient_number at the facility)')::etl.problem
        when pat_id is null then ('unknown_patient', 'patient', given || ' matches no patient of this facility')::etl.problem
    end as patient_problem
from (
select
    refs.*,
    case
        when btrim(k_pid) <> '' then 'patient_id ' || quote_literal(btrim(k_pid))
        when btrim(k_pnum) <> '' then 'patient_number ' || quote_literal(btrim(k_pnum))
    end as given,
    case when btrim(k_pid) <> '' then by_id.id when btrim(k_pnum) <> '' then by_number.id end as pat_id
from refs
left join public.patients as by_id
    on by_id.id = case when btrim(k_pid) ~ '^\d{1,18}$' then btrim(k_pid)::bigint end
left join public.patients as by_number
    on by_number.facility_id = refs.k_fac and by_number.natural_key = etl.patient_key(nullif(btrim(k_pnum), ''), null, null, null)
) as resolved;
