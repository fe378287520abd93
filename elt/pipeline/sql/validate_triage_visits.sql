-- Check every staged triage visit of one batch. Parameters: batch_id, languages.
create temp table checked on commit drop as
with staged as materialized (
    select
        s.*,
        fr.fac_id,
        fr.given as facility_given,
        pr.pat_id,
        pr.given as patient_given,
        nullif(btrim(s.visit_ref), '') as v_ref,
        case when btrim(s.triage_level) ~ '^[1-5]$' then btrim(s.triage_level)::smallint end as v_level,
        etl.parse_list(s.likely_conditions) as v_conditions,
        etl.parse_list(s.recommendations) as v_recommendations,
        (select l from unnest(%(languages)s::text[]) as l where l = lower(btrim(s.language))) as v_language,
        nullif(btrim(s.provider), '') as v_provider,
        etl.try_timestamptz(s.visited_at) as v_visited_at
    from etl.stage_triage_visits as s
    left join pg_temp.facility_refs as fr
        on fr.k_id = coalesce(s.facility_id, '') and fr.k_code = coalesce(s.facility_code, '')
        and fr.k_name = coalesce(s.facility_name, '') and fr.k_state = coalesce(s.facility_state, '')
        and fr.k_lga = coalesce(s.facility_lga, '')
    left join pg_temp.patient_refs as pr
        on pr.k_fac = coalesce(fr.fac_id, -1) and pr.k_pid = coalesce(s.patient_id, '')
        and pr.k_pnum = coalesce(s.patient_number, '')
    where s.batch_id = %(batch_id)s
),

judged as materialized (
    select
        staged.*,
        etl.triage_visit_key(v_ref, pat_id, v_visited_at) as key,
        coalesce(
            case when parse_error is not null then ('bad_row_shape', null, parse_error)::etl.problem end,
            case when facility_given is null
                then ('missing_required', 'facility', 'facility is required (facility_id, facility_code or '
                      || 'facility_name with facility_state and facility_lga)')::etl.problem end,
            case when fac_id is null then ('unknown_facility', 'facility',
                facility_given || ' matches no facility')::etl.problem end,
            case when patient_given is null then ('missing_required', 'patient',
                'patient is required (patient_id, or patient_number at the facility)')::etl.problem end,
            case when pat_id is null then ('unknown_patient', 'patient',
                patient_given || ' matches no patient of this facility')::etl.problem end,
            case when nullif(btrim(triage_level), '') is null
                then ('missing_required', 'triage_level', 'triage_level is required')::etl.problem end,
            case when v_level is null then ('bad_triage_level', 'triage_level', 'triage_level '
                || quote_literal(triage_level) || ' is not a whole number from 1 to 5')::etl.problem end,
            case when v_conditions is null then ('bad_list', 'likely_conditions',
                'likely_conditions is not a valid JSON array')::etl.problem end,
            case when v_recommendations is null then ('bad_list', 'recommendations',
                'recommendations is not a valid JSON array')::etl.problem end,
            case when nullif(btrim(language), '') is not null and v_language is null
                then ('bad_language', 'language', 'language ' || quote_literal(language) || ' is not one of '
                      || array_to_string(%(languages)s::text[], ', '))::etl.problem end,
            case when nullif(btrim(visited_at), '') is not null and v_visited_at is null
                then ('bad_timestamp', 'visited_at', 'visited_at ' || quote_literal(visited_at)
                      || ' is not an ISO 8601 timestamp')::etl.problem end,
            case when v_ref is null and v_visited_at is null then ('missing_required', 'visit_ref',
                'visit_ref or visited_at is required to identify the visit')::etl.problem end
        ) as problem
    from staged
),

ranked as (
    select
        judged.*,
        row_number() over latest as rank,
        first_value(file_id) over latest as winner_file,
        first_value(row_number) over latest as winner_row
    from judged
    window latest as (partition by (problem).code is null, fac_id, key order by file_id desc, row_number desc)
)

select
    ranked.*,
    case
        when (problem).code is null and rank > 1 then (
            'duplicate_in_batch', null,
            'the same visit appears again in row ' || winner_row || ' of '
            || (select object_key from etl.etl_files where id = winner_file) || '; the later row wins'
        )::etl.problem
        else problem
    end as verdict
from ranked;
