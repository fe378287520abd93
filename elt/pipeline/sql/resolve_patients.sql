-- Each distinct patient reference of a child file, resolved once: by patient_id, else by
-- patient_number at the row's facility. Patients upserted earlier in the batch are found.
-- A facility-scoped file (k_scoped) may only name a patient of the row's facility, by id too;
-- another facility's patient reads as no patient at all, so nothing about it is revealed.
-- Parameters: batch_id, file_ids (null: every file of the batch).
create temp table patient_refs on commit drop as
with refs as (
    select distinct
        coalesce(fr.fac_id, -1) as k_fac,
        coalesce(s.patient_id, '') as k_pid,
        coalesce(s.patient_number, '') as k_pnum,
        ef.scope_facility_id is not null as k_scoped
    from {stage_table} as s
    inner join etl.etl_files as ef on ef.id = s.file_id
    inner join pg_temp.facility_refs as fr
        on fr.k_id = coalesce(s.facility_id, '') and fr.k_code = coalesce(s.facility_code, '')
        and fr.k_name = coalesce(s.facility_name, '') and fr.k_state = coalesce(s.facility_state, '')
        and fr.k_lga = coalesce(s.facility_lga, '')
    where s.batch_id = %(batch_id)s
        and (%(file_ids)s::bigint[] is null or s.file_id = any(%(file_ids)s::bigint[]))
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
    case
        when btrim(k_pid) <> '' then case when not k_scoped or by_id.facility_id = k_fac then by_id.id end
        when btrim(k_pnum) <> '' then by_number.id
    end as pat_id
from refs
left join public.patients as by_id
    on by_id.id = case when btrim(k_pid) ~ '^\d{1,18}$' then btrim(k_pid)::bigint end
left join public.patients as by_number
    on by_number.facility_id = refs.k_fac and by_number.natural_key = etl.patient_key(nullif(btrim(k_pnum), ''), null, null, null)
) as resolved;
