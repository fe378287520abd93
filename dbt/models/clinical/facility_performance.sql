with

facilities as (

    select * from {{ ref('dim_facilities') }}

),

medical_records as (

    select
        facility_id,
        patient_id,
        record_month_start

    from {{ ref('fct_medical_records') }}

),

triage_visits as (

    select
        facility_id,
        patient_id,
        visit_month_start,
        triage_level,
        priority

    from {{ ref('fct_triage_visits') }}

),

encounters as (

    select facility_id, patient_id, record_month_start as month_start, 'record' as kind
    from medical_records
    union all
    select facility_id, patient_id, visit_month_start as month_start, 'triage' as kind
    from triage_visits

),

volumes as (

    select
        facility_id,
        count(*) filter (where kind = 'triage') as total_triage_visits,
        count(*) filter (where kind = 'record') as total_medical_records,
        count(*) as total_encounters,
        count(distinct patient_id) as unique_patients_seen,
        count(distinct month_start) as active_months,
        min(month_start) as first_active_month,
        max(month_start) as last_active_month

    from encounters
    group by facility_id

),

acuity as (

    select
        facility_id,
        count(*) filter (where priority = 'Critical') as critical_visits,
        count(*) filter (where priority = 'High') as high_visits,
        count(*) filter (where priority = 'Medium') as medium_visits,
        count(*) filter (where priority = 'Low') as low_visits,
        avg(triage_level) as avg_triage_level

    from triage_visits
    group by facility_id

),

joined as (

    select
        facilities.id as facility_id,
        facilities.facility_name,
        facilities.facility_category,
        facilities.facility_type,
        facilities.state,
        facilities.lga,
        facilities.geopolitical_zone,
        coalesce(volumes.total_triage_visits, 0) as total_triage_visits,
        coalesce(volumes.total_medical_records, 0) as total_medical_records,
        coalesce(volumes.total_encounters, 0) as total_encounters,
        coalesce(volumes.unique_patients_seen, 0) as unique_patients_seen,
        coalesce(volumes.active_months, 0) as active_months,
        volumes.first_active_month,
        volumes.last_active_month,
        -- Months from the first to the last active month, both included (quiet months count).
        case
            when volumes.first_active_month is not null then
                (extract(year from age(volumes.last_active_month, volumes.first_active_month)) * 12
                + extract(month from age(volumes.last_active_month, volumes.first_active_month)))::integer + 1
        end as reporting_months,
        coalesce(acuity.critical_visits, 0) as critical_visits,
        coalesce(acuity.high_visits, 0) as high_visits,
        coalesce(acuity.medium_visits, 0) as medium_visits,
        coalesce(acuity.low_visits, 0) as low_visits,
        acuity.avg_triage_level

    from facilities
    left join volumes
        on volumes.facility_id = facilities.id
    left join acuity
        on acuity.facility_id = facilities.id

),

averaged as (

    select
        *,
        round(total_triage_visits::numeric / nullif(reporting_months, 0), 2) as avg_monthly_triage_visits,
        round(total_medical_records::numeric / nullif(reporting_months, 0), 2) as avg_monthly_medical_records,
        round(total_encounters::numeric / nullif(reporting_months, 0), 2) as avg_monthly_encounters

    from joined

),

final as (

    select
        facility_id,
        facility_name,
        facility_category,
        facility_type,
        state,
        lga,
        geopolitical_zone,
        total_triage_visits,
        total_medical_records,
        total_encounters,
        unique_patients_seen,
        round(total_encounters::numeric / nullif(unique_patients_seen, 0), 2) as encounters_per_patient,
        first_active_month,
        last_active_month,
        reporting_months,
        active_months,
        avg_monthly_triage_visits,
        avg_monthly_medical_records,
        avg_monthly_encounters,
        case
            when coalesce(avg_monthly_encounters, 0) = 0 then 'No activity'
            when avg_monthly_encounters >= 500 then 'High'
            when avg_monthly_encounters >= 100 then 'Medium'
            else 'Low'
        end as volume_category,
        critical_visits,
        high_visits,
        medium_visits,
        low_visits,
        round(critical_visits::numeric / nullif(total_triage_visits, 0), 4) as critical_share,
        round(high_visits::numeric / nullif(total_triage_visits, 0), 4) as high_share,
        round(medium_visits::numeric / nullif(total_triage_visits, 0), 4) as medium_share,
        round(low_visits::numeric / nullif(total_triage_visits, 0), 4) as low_share,
        round(avg_triage_level, 2) as avg_triage_level,
        case
            when avg_triage_level is null then 'No triage'
            when avg_triage_level < 2.5 then 'High'
            when avg_triage_level < 3.5 then 'Medium'
            else 'Low'
        end as acuity_category

    from averaged

)

select * from final
