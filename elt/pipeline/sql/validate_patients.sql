-- Check every staged patient row of one batch (see validate_facilities.sql for the shape).
-- Parameters: batch_id, file_ids, phone_pattern, today and elt.rules.sql_parameters().
create temp table judged on commit drop as
with staged as materialized (
    select
        s.*,
        fr.fac_id,
        fr.facility_problem,
        ef.scope_facility_id as scope_fac,
        nullif(btrim(s.patient_number), '') as v_number,
        nullif(btrim(s.first_name), '') as v_first,
        nullif(btrim(s.last_name), '') as v_last,
        (
            select a.sex from unnest(%(sex_words)s::text[], %(sex_values)s::text[]) as a (word, sex)
            where a.word = lower(btrim(s.sex))
        ) as v_sex,
        etl.try_date(s.dob) as v_dob,
        case when po.raw is not null then po.e164 else etl.ng_phone(s.phone, %(phone_pattern)s) end as v_phone,
        nullif(btrim(s.email), '') as v_email
    from etl.stage_patients as s
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
        etl.patient_key(v_number, v_first, v_last, v_dob) as key,
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
            case when nullif(btrim(sex), '') is null
                then ('missing_required', 'sex', 'sex is required')::etl.problem end,
            case when v_sex is null
                then ('bad_sex', 'sex', 'sex ' || quote_literal(sex) || ' is not one of ' || %(sex_list)s)::etl.problem end,
            case when nullif(btrim(dob), '') is null
                then ('missing_required', 'dob', 'dob is required')::etl.problem end,
            case when v_dob is null then ('bad_date', 'dob',
                'dob ' || quote_literal(dob) || ' is not a date (use YYYY-MM-DD or DD/MM/YYYY)')::etl.problem end,
            case when v_dob > %(today)s
                then ('future_date', 'dob', 'dob ' || v_dob || ' is in the future')::etl.problem end,
            case when v_dob < %(min_dob)s::date
                then ('date_too_old', 'dob', 'dob ' || v_dob || ' is before ' || %(min_dob)s::date)::etl.problem end,
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
