with

facilities as (

    select * from {{ ref('stg_facilities') }}

),

patients as (

    select facility_id from {{ ref('stg_patients') }}

),

workers as (

    select
        facility_id,
        is_active

    from {{ ref('stg_workers') }}

),

medical_records as (

    select
        facility_id,
        record_date,
        record_at

    from {{ ref('fct_medical_records') }}

),

triage_visits as (

    select
        facility_id,
        visit_date,
        visit_at,
        triage_level,
        priority,
        is_urgent

    from {{ ref('fct_triage_visits') }}

),

patient_counts as (

    select
        facility_id,
        count(*) as patient_count

    from patients
    group by facility_id

),

worker_counts as (

    select
        facility_id,
        count(*) as worker_count,
        count(*) filter (where is_active) as active_worker_count

    from workers
    group by facility_id

),

record_stats as (

    select
        facility_id,
        count(*) as medical_record_count,
        count(*) filter (where {{ within_days('record_date', 30) }}) as medical_records_last_30_days,
        min(record_at) as first_record_at,
        max(record_at) as last_record_at

    from medical_records
    group by facility_id

),

triage_stats as (

    select
        facility_id,
        count(*) as triage_visit_count,
        count(*) filter (where {{ within_days('visit_date', 30) }}) as triage_visits_last_30_days,
        count(*) filter (where priority = 'Critical') as critical_visit_count,
        count(*) filter (where is_urgent) as urgent_visit_count,
        round(avg(triage_level), 2) as avg_triage_level,
        min(visit_at) as first_triage_at,
        max(visit_at) as last_triage_at

    from triage_visits
    group by facility_id

),

joined as (

    select
        facilities.*,
        coalesce(patient_counts.patient_count, 0) as patient_count,
        coalesce(worker_counts.worker_count, 0) as worker_count,
        coalesce(worker_counts.active_worker_count, 0) as active_worker_count,
        coalesce(record_stats.medical_record_count, 0) as medical_record_count,
        coalesce(record_stats.medical_records_last_30_days, 0) as medical_records_last_30_days,
        coalesce(triage_stats.triage_visit_count, 0) as triage_visit_count,
        coalesce(triage_stats.triage_visits_last_30_days, 0) as triage_visits_last_30_days,
        coalesce(triage_stats.critical_visit_count, 0) as critical_visit_count,
        coalesce(triage_stats.urgent_visit_count, 0) as urgent_visit_count,
        triage_stats.avg_triage_level,
        least(record_stats.first_record_at, triage_stats.first_triage_at) as first_activity_at,
        greatest(record_stats.last_record_at, triage_stats.last_triage_at) as last_activity_at

    from facilities
    left join patient_counts
        on patient_counts.facility_id = facilities.id
    left join worker_counts
        on worker_counts.facility_id = facilities.id
    left join record_stats
        on record_stats.facility_id = facilities.id
    left join triage_stats
        on triage_stats.facility_id = facilities.id

),

final as (

    select
        id,
        facility_name,
        facility_code,
        facility_type,
        facility_category,
        ownership,
        state,
        state_name,
        geopolitical_zone,
        lga,
        latitude,
        longitude,
        coordinates_status,
        phone,
        email,
        address,
        patient_count,
        worker_count,
        active_worker_count,
        round(patient_count::numeric / nullif(active_worker_count, 0), 2) as patients_per_active_worker,
        medical_record_count,
        triage_visit_count,
        medical_records_last_30_days,
        triage_visits_last_30_days,
        first_activity_at,
        last_activity_at,
        {{ as_of_date() }} - {{ local_date('last_activity_at') }} as days_since_last_activity,
        case
            when last_activity_at is null then 'No activity'
            when {{ as_of_date() }} - {{ local_date('last_activity_at') }} < 30 then 'Active'
            when {{ as_of_date() }} - {{ local_date('last_activity_at') }} < 180 then 'Dormant'
            else 'Inactive'
        end as activity_status,
        medical_records_last_30_days + triage_visits_last_30_days > 0 as is_active_last_30_days,
        avg_triage_level,
        critical_visit_count,
        urgent_visit_count,
        round(critical_visit_count::numeric / nullif(triage_visit_count, 0), 4) as critical_visit_share,
        round(urgent_visit_count::numeric / nullif(triage_visit_count, 0), 4) as urgent_visit_share,
        created_at,
        updated_at

    from joined

)

select * from final
