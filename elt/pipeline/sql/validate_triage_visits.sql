-- Check every staged triage visit of one batch. Parameters: batch_id, file_ids, languages.
create temp table judged on commit drop as
with staged as materialized (
    select
        s.*,
        fr.fac_id,
        fr.facility_problem,
        ef.scope_facility_id as scope_fac,
        pr.pat_id,
        pr.patient_problem,
        nullif(btrim(s.visit_ref), '') as v_ref,
        case when btrim(s.triage_level) ~ '^[1-5]$' then btrim(s.triage_level)::smallint end as v_level,
        etl.parse_list(s.likely_conditions) as v_conditions,
        etl.parse_list(s.recommendations) as v_recommendations,
        (select l from unnest(%(languages)s::text[]) as l where l = lower(btrim(s.language))) as v_language,
        nullif(btrim(s.provider), '') as v_provider,
        etl.try_timestamptz(s.visited_at) as v_visited_at
    from etl.stage_triage_visits as s
    inner join etl.etl_files as ef on ef.id = s.file_id
    left join pg_temp.facility_refs as fr
        on fr.k_id = coalesce(s.facility_id, '') and fr.k_code = coalesce(s.facility_code, '')
        and fr.k_name = coalesce(s.facility_name, '') and fr.k_state = coalesce(s.facility_state, '')
        and fr.k_lga = coalesce(s.facility_lga, '')
    left join pg_temp.patient_refs as pr
        on pr.k_fac = coalesce(fr.fac_id, -1) and pr.k_pid = coalesce(s.patient_id, '')
        and pr.k_pnum = coalesce(s.patient_number, '')
        and pr.k_scoped = (ef.scope_facility_id is not null)
    where s.batch_id = %(batch_id)s
        and (%(file_ids)s::bigint[] is null or s.file_id = any(%(file_ids)s::bigint[]))
),

judged as (
    select
        staged.*,
        etl.triage_visit_key(v_ref, pat_id, v_visited_at) as key,
        coalesce(
            case when parse_error is not null then ('bad_row_shape', null, parse_error)::etl.problem end,
            case when scope_fac is not null and (facility_problem).code is distinct from 'missing_required'
                    and fac_id is distinct from scope_fac
                then ('outside_facility_scope', 'facility', 'the row names a facility other than the uploader''s'
                      || ' own; facility clients load only their own facility''s rows')::etl.problem end,
            facility_problem,
            patient_problem,
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
)

select * from judged;
