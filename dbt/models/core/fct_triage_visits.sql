{{
    config(
        indexes=[
            {'columns': ['id'], 'unique': true},
            {'columns': ['updated_at']},
            {'columns': ['patient_updated_at']},
            {'columns': ['facility_updated_at']},
            {'columns': ['patient_id']},
            {'columns': ['facility_id', 'visit_date']},
        ],
        post_hook="{{ delete_rows_missing_from(source('medilink', 'triage_visits')) }}",
    )
}}

with

{% if is_incremental() %}
{{ changed_since_last_run('triage_visits') }}

{% endif %}
visits as (

    select * from {{ ref('stg_triage_visits') }}
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
        visits.id,
        visits.patient_id,
        visits.facility_id,
        visits.visit_ref,
        visits.triage_level,
        visits.level_description,
        visits.priority,
        visits.likely_conditions,
        visits.recommendations,
        visits.language,
        visits.provider,
        visits.visited_at,
        visits.visit_at,
        {{ local_time('visits.visit_at') }} as visit_local_time,
        patients.sex as patient_sex,
        {{ age_in_years('patients.date_of_birth', local_date('visits.visit_at')) }} as patient_age_at_visit,
        facilities.facility_name,
        facilities.facility_type,
        facilities.facility_category,
        facilities.state as facility_state,
        facilities.lga as facility_lga,
        facilities.geopolitical_zone,
        visits.created_at,
        visits.updated_at,
        patients.updated_at as patient_updated_at,
        facilities.updated_at as facility_updated_at

    from visits
    inner join patients
        on patients.id = visits.patient_id
    inner join facilities
        on facilities.id = visits.facility_id
    offset 0

),

dated as (

    select
        *,
        visit_local_time::date as visit_date,
        extract(hour from visit_local_time)::integer as visit_hour

    from joined

),

final as (

    select
        id,
        patient_id,
        facility_id,
        visit_ref,
        triage_level,
        level_description,
        priority,
        priority in ('Critical', 'High') as is_urgent,
        likely_conditions,
        cardinality(likely_conditions) as condition_count,
        recommendations,
        cardinality(recommendations) as recommendation_count,
        language,
        provider,
        visited_at,
        visit_at,
        visit_date,
        extract(year from visit_date)::integer as visit_year,
        extract(quarter from visit_date)::integer as visit_quarter,
        extract(month from visit_date)::integer as visit_month,
        date_trunc('month', visit_date)::date as visit_month_start,
        date_trunc('week', visit_date)::date as visit_week_start,
        extract(isodow from visit_date)::integer as visit_day_of_week,
        visit_hour,
        {{ time_of_day('visit_hour') }} as time_of_day,
        patient_sex,
        patient_age_at_visit,
        {{ age_group('patient_age_at_visit') }} as patient_age_group_at_visit,
        facility_name,
        facility_type,
        facility_category,
        facility_state,
        facility_lga,
        geopolitical_zone,
        created_at,
        updated_at,
        patient_updated_at,
        facility_updated_at,
        {{ run_started_at_sql() }} as dbt_updated_at,
        '{{ invocation_id }}' as dbt_invocation_id

    from dated

)

select * from final
