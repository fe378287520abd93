-- Check every staged facility row of one batch. Good rows keep problem = null; the first failing
-- rule names the reason, the column and the value. Parameters: batch_id, file_ids, phone_pattern,
-- email_pattern.
create temp table judged on commit drop as
with staged as materialized (
    select
        s.*,
        nullif(btrim(s.name), '') as v_name,
        st.state as v_state,
        lg.lga as v_lga,
        etl.try_float(s.lat) as v_lat,
        etl.try_float(s.lon) as v_lon,
        nullif(btrim(s.facility_code), '') as v_code,
        case when po.raw is not null then po.e164 else etl.ng_phone(s.phone, %(phone_pattern)s) end as v_phone,
        nullif(btrim(s.email), '') as v_email,
        ef.scope_facility_id as scope_fac
    from etl.stage_facilities as s
    inner join etl.etl_files as ef on ef.id = s.file_id
    left join etl.ref_state_aliases as st on st.alias = etl.fold(s.state)
    left join etl.ref_lgas as lg on lg.state = st.state and lg.lga_key = etl.lga_key(s.lga)
    left join pg_temp.phone_overrides as po on po.raw = s.phone
    where s.batch_id = %(batch_id)s
        and (%(file_ids)s::bigint[] is null or s.file_id = any(%(file_ids)s::bigint[]))
),

judged as (
    select
        staged.*,
        null::bigint as fac_id,
        etl.facility_key(v_name, v_state, v_lga) as key,
        coalesce(
            case when parse_error is not null then ('bad_row_shape', null, parse_error)::etl.problem end,
            case when scope_fac is not null then ('outside_facility_scope', 'name', 'facility clients cannot'
                || ' load facilities; ask an administrator')::etl.problem end,
            case when v_name is null then ('missing_required', 'name', 'name is required')::etl.problem end,
            case when nullif(btrim(state), '') is null
                then ('missing_required', 'state', 'state is required')::etl.problem end,
            case when v_state is null then ('unknown_state', 'state',
                'state ' || quote_literal(state) || ' is not a Nigerian state or FCT')::etl.problem end,
            case when nullif(btrim(lga), '') is null
                then ('missing_required', 'lga', 'lga is required')::etl.problem end,
            case when v_lga is null then ('unknown_lga', 'lga',
                'lga ' || quote_literal(lga) || ' is not an LGA of ' || v_state)::etl.problem end,
            case when nullif(btrim(lat), '') is not null and (v_lat is null or v_lat not between -90 and 90)
                then ('bad_coordinates', 'lat', 'lat ' || quote_literal(lat) || ' is not a latitude in -90..90'
                )::etl.problem end,
            case when nullif(btrim(lon), '') is not null and (v_lon is null or v_lon not between -180 and 180)
                then ('bad_coordinates', 'lon', 'lon ' || quote_literal(lon) || ' is not a longitude in -180..180'
                )::etl.problem end,
            case when nullif(btrim(phone), '') is not null and v_phone is null
                then ('bad_phone', 'phone', 'phone ' || quote_literal(phone) || ' is not a valid phone number'
                )::etl.problem end,
            case when v_email is not null and v_email !~ %(email_pattern)s
                then ('bad_email', 'email', 'email ' || quote_literal(email) || ' is not an email address'
                )::etl.problem end,
            case when exists (
                    select from public.facilities as other
                    where other.facility_code = v_code
                      and other.natural_key is distinct from etl.facility_key(v_name, v_state, v_lga))
                then ('facility_code_conflict', 'facility_code', 'facility_code ' || quote_literal(v_code)
                      || ' already belongs to another facility')::etl.problem end
        ) as problem
    from staged
)

select * from judged;
