{{
    config(
        indexes=[
            {'columns': ['id'], 'unique': true},
            {'columns': ['updated_at']},
            {'columns': ['patient_updated_at']},
            {'columns': ['facility_updated_at']},
            {'columns': ['patient_id']},
            {'columns': ['facility_id']},
        ],
        post_hook="{{ delete_rows_missing_from(source('medilink', 'medical_records')) }}",
    )
}}

with

{% if is_incremental() %}
{{ changed_since_last_run('medical_records') }}

{% endif %}
records as (

    select * from {{ ref('stg_medical_records') }}
    {% if is_incremental() %}
    where id in (select id from changed)
    {% endif %}

),

patients as (

    select * from {{ ref('stg_patients') }}

),

facilities as (

    select * from {{ ref('stg_facilities') }}

),

-- offset 0 keeps PostgreSQL from folding this step into the next one: every value below is
-- then computed once per row, not once per column that uses it.
joined as (

    select
        records.id,
        records.patient_id,
        records.facility_id,
        records.record_type,
        records.record_ref,
        records.recorded_at,
        records.record_at,
        {{ local_date('records.record_at') }} as record_date,
        records.diagnosis,
        records.icd10_code,
        records.treatment,
        records.medications,
        patients.sex as patient_sex,
        {{ age_in_years('patients.date_of_birth', local_date('records.record_at')) }} as patient_age_at_record,
        facilities.facility_name,
        facilities.facility_type,
        facilities.facility_category,
        facilities.state as facility_state,
        facilities.lga as facility_lga,
        facilities.geopolitical_zone,
        records.created_at,
        records.updated_at,
        patients.updated_at as patient_updated_at,
        facilities.updated_at as facility_updated_at

    from records
    inner join patients
        on patients.id = records.patient_id
    inner join facilities
        on facilities.id = records.facility_id
    offset 0

),

final as (

    select
        id,
        patient_id,
        facility_id,
        record_type,
        record_ref,
        recorded_at,
        record_at,
        record_date,
        extract(year from record_date)::integer as record_year,
        extract(quarter from record_date)::integer as record_quarter,
        extract(month from record_date)::integer as record_month,
        date_trunc('month', record_date)::date as record_month_start,
        date_trunc('week', record_date)::date as record_week_start,
        extract(isodow from record_date)::integer as record_day_of_week,
        diagnosis,
        icd10_code,
        {{ is_chronic_icd10('icd10_code') }} as is_chronic_condition,
        treatment,
        medications,
        cardinality(medications) as medication_count,
        patient_sex,
        patient_age_at_record,
        {{ age_group('patient_age_at_record') }} as patient_age_group_at_record,
        facility_name,
        facility_type,
        facility_category,
        facility_state,
        facility_lga,
        geopolitical_zone,
        created_at,
        updated_at,
        updated_at > created_at as is_updated,
        patient_updated_at,
        facility_updated_at,
        {{ run_started_at_sql() }} as dbt_updated_at,
        '{{ invocation_id }}' as dbt_invocation_id

    from joined

)

select * from final
