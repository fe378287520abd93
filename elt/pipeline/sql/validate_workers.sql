-- Check every staged worker row of one batch. Parameters: batch_id, file_ids,
-- phone_pattern and elt.rules.sql_parameters().
create temp table judged on commit drop as
with staged as materialized (
    select
        s.*,
        fr.fac_id,
        fr.facility_problem,
        ef.scope_facility_id as scope_fac,
        nullif(btrim(s.staff_number), '') as v_number,
        nullif(btrim(s.first_name), '') as v_first,
        nullif(btrim(s.last_name), '') as v_last,
        (select c from unnest(%(cadres)s::text[]) as c where c = etl.fold(s.cadre)) as v_cadre,
        case
            when nullif(btrim(s.active), '') is null then true
            when lower(btrim(s.active)) = any(%(true_words)s::text[]) then true
            when lower(btrim(s.active)) = any(%(false_words)s::text[]) then false
        end as v_active,
        case when po.raw is not null then po.e164 else etl.ng_phone(s.phone, %(phone_pattern)s) end as v_phone,
        nullif(btrim(s.email), '') as v_email
    from etl.stage_workers as s
    inner join etl.etl_files as ef on ef.id = s.file_id
    left join pg_temp.facility_refs as fr
        on fr.k_id = coalesce(s.facility_id, '') and fr.k_code = coalesce(s.facility_code, '')
        and fr.k_name = coalesce(s.facility_name, '') and fr.k_state = coalesce(s.facility_state, '')
        and fr.k_lga = coalesce(s.facility_lga, '')
    left join pg_temp.phone_overrides as po on po.raw = s.phone
    where s.batch_id = %(batch_id)s
        and (%(file_ids)s::bigint[] is null or s.file_id = any(%(file_ids)s::bigint[]))
),

judged as (
    select
        staged.*,
        etl.worker_key(v_number, v_first, v_last, v_phone) as key,
        coalesce(
            case when parse_error is not null then ('bad_row_shape', null, parse_error)::etl.problem end,
            case when scope_fac is not null and (facility_problem).code is distinct from 'missing_required'
                    and fac_id is distinct from scope_fac
                then ('outside_facility_scope', 'facility', 'the row names a facility other than the uploader''s'
                      || ' own; facility clients load only their own facility''s rows')::etl.problem end,
            facility_problem,
            case when v_first is null
                then ('missing_required', 'first_name', 'first_name is required')::etl.problem end,
            case when v_last is null
                then ('missing_required', 'last_name', 'last_name is required')::etl.problem end,
            case when nullif(btrim(cadre), '') is null
                then ('missing_required', 'cadre', 'cadre is required')::etl.problem end,
            case when v_cadre is null then ('bad_cadre', 'cadre', 'cadre ' || quote_literal(cadre)
                || ' is not one of ' || array_to_string(%(cadres)s::text[], ', '))::etl.problem end,
            case when v_active is null then ('bad_boolean', 'active', 'active ' || quote_literal(active)
                || ' is not true/false/yes/no/1/0')::etl.problem end,
            case when nullif(btrim(phone), '') is not null and v_phone is null
                then ('bad_phone', 'phone', 'phone ' || quote_literal(phone) || ' is not a valid phone number'
                )::etl.problem end,
            case when v_email is not null and v_email !~ %(email_pattern)s
                then ('bad_email', 'email', 'email ' || quote_literal(email) || ' is not an email address'
                )::etl.problem end
        ) as problem
    from staged
)

select * from judged;
