-- Check every staged medical record of one batch. Parameters: batch_id, file_ids, record_types,
-- icd10_shape.
create temp table judged on commit drop as
with staged as materialized (
    select
        s.*,
        fr.fac_id,
        fr.facility_problem,
        ef.scope_facility_id as scope_fac,
        pr.pat_id,
        pr.patient_problem,
        nullif(btrim(s.record_ref), '') as v_ref,
        (select t from unnest(%(record_types)s::text[]) as t where lower(t) = etl.fold(s.record_type)) as v_type,
        etl.try_timestamptz(s.recorded_at) as v_recorded_at,
        icd.code as v_icd10,
        jsonb_strip_nulls(jsonb_build_object(
            'diagnosis', nullif(s.diagnosis, ''),
            'icd10_code', nullif(upper(btrim(s.icd10_code)), ''),
            'treatment', nullif(s.treatment, ''),
            'medications', nullif(s.medications, ''),
            'notes', nullif(s.notes, '')
        )) || coalesce(s.extra, '{}'::jsonb) as v_data
    from etl.stage_medical_records as s
    inner join etl.etl_files as ef on ef.id = s.file_id
    left join pg_temp.facility_refs as fr
        on fr.k_id = coalesce(s.facility_id, '') and fr.k_code = coalesce(s.facility_code, '')
        and fr.k_name = coalesce(s.facility_name, '') and fr.k_state = coalesce(s.facility_state, '')
        and fr.k_lga = coalesce(s.facility_lga, '')
    left join pg_temp.patient_refs as pr
        on pr.k_fac = coalesce(fr.fac_id, -1) and pr.k_pid = coalesce(s.patient_id, '')
        and pr.k_pnum = coalesce(s.patient_number, '')
        and pr.k_scoped = (ef.scope_facility_id is not null)
    left join etl.ref_icd10 as icd
        on icd.code = replace(upper(btrim(s.icd10_code)), '.', '') and upper(btrim(s.icd10_code)) ~ %(icd10_shape)s
    where s.batch_id = %(batch_id)s
        and (%(file_ids)s::bigint[] is null or s.file_id = any(%(file_ids)s::bigint[]))
),

judged as (
    select
        staged.*,
        etl.medical_record_key(v_ref, pat_id, v_type, v_recorded_at, v_data) as key,
        coalesce(
            case when parse_error is not null then ('bad_row_shape', null, parse_error)::etl.problem end,
            case when scope_fac is not null and (facility_problem).code is distinct from 'missing_required'
                    and fac_id is distinct from scope_fac
                then ('outside_facility_scope', 'facility', 'the row names a facility other than the uploader''s'
                      || ' own; facility clients load only their own facility''s rows')::etl.problem end,
            facility_problem,
            patient_problem,
            case when nullif(btrim(record_type), '') is null
                then ('missing_required', 'record_type', 'record_type is required')::etl.problem end,
            case when v_type is null then ('bad_record_type', 'record_type', 'record_type '
                || quote_literal(record_type) || ' is not one of '
                || array_to_string(%(record_types)s::text[], ', '))::etl.problem end,
            case when nullif(btrim(recorded_at), '') is not null and v_recorded_at is null
                then ('bad_timestamp', 'recorded_at', 'recorded_at ' || quote_literal(recorded_at)
                      || ' is not an ISO 8601 timestamp')::etl.problem end,
            case when nullif(btrim(icd10_code), '') is not null and v_icd10 is null
                then ('bad_icd10', 'icd10_code', 'icd10_code ' || quote_literal(icd10_code)
                      || ' is not a WHO ICD-10 code')::etl.problem end
        ) as problem
    from staged
)

select * from judged;
