with

patients as (

    select * from {{ ref('stg_patients') }}

),

facilities as (

    select
        id,
        facility_name,
        state,
        lga

    from {{ ref('stg_facilities') }}

),

medical_records as (

    select
        patient_id,
        record_date,
        record_at,
        diagnosis,
        is_chronic_condition

    from {{ ref('fct_medical_records') }}

),

triage_visits as (

    select
        id,
        patient_id,
        visit_date,
        visit_at,
        triage_level,
        priority,
        is_urgent

    from {{ ref('fct_triage_visits') }}

),

record_stats as (

    select
        patient_id,
        count(*) as medical_record_count,
        count(*) filter (where {{ within_days('record_date', 90) }}) as records_last_90_days,
        count(*) filter (where {{ within_days('record_date', 365) }}) as records_last_365_days,
        count(distinct diagnosis) as distinct_diagnosis_count,
        bool_or(is_chronic_condition) as has_chronic_condition,
        min(record_at) as first_record_at,
        max(record_at) as last_record_at

    from medical_records
    group by patient_id

),

triage_stats as (

    select
        patient_id,
        count(*) as triage_visit_count,
        count(*) filter (where {{ within_days('visit_date', 90) }}) as triage_visits_last_90_days,
        count(*) filter (where {{ within_days('visit_date', 365) }}) as triage_visits_last_365_days,
        count(*) filter (where is_urgent) as urgent_triage_count,
        count(*) filter (where is_urgent and {{ within_days('visit_date', 365) }}) as urgent_triage_last_365_days,
        min(visit_at) as first_triage_at,
        max(visit_at) as last_triage_at

    from triage_visits
    group by patient_id

),

latest_triage as (

    select distinct on (patient_id)
        patient_id,
        triage_level as last_triage_level,
        priority as last_triage_priority

    from triage_visits
    order by patient_id, visit_at desc, id desc

),

-- offset 0: computed once per patient here, not again in every expression of `final`.
joined as (

    select
        patients.id,
        patients.facility_id,
        patients.patient_number,
        patients.first_name,
        patients.last_name,
        patients.full_name,
        patients.sex,
        patients.date_of_birth,
        patients.age_years,
        patients.age_group,
        patients.phone,
        patients.has_valid_phone,
        patients.email,
        patients.address,
        patients.created_at,
        patients.updated_at,
        facilities.facility_name,
        facilities.state as facility_state,
        facilities.lga as facility_lga,
        coalesce(record_stats.medical_record_count, 0) as medical_record_count,
        coalesce(triage_stats.triage_visit_count, 0) as triage_visit_count,
        coalesce(record_stats.records_last_90_days, 0)
            + coalesce(triage_stats.triage_visits_last_90_days, 0) as visits_last_90_days,
        coalesce(record_stats.records_last_365_days, 0)
            + coalesce(triage_stats.triage_visits_last_365_days, 0) as visits_last_365_days,
        coalesce(record_stats.distinct_diagnosis_count, 0) as distinct_diagnosis_count,
        coalesce(record_stats.has_chronic_condition, false) as has_chronic_condition,
        coalesce(triage_stats.urgent_triage_count, 0) as urgent_triage_count,
        coalesce(triage_stats.urgent_triage_last_365_days, 0) > 0 as has_urgent_triage_last_12_months,
        least(record_stats.first_record_at, triage_stats.first_triage_at) as first_visit_at,
        greatest(record_stats.last_record_at, triage_stats.last_triage_at) as last_visit_at,
        {{ as_of_date() }} - {{ local_date('greatest(record_stats.last_record_at, triage_stats.last_triage_at)') }}
            as days_since_last_visit,
        latest_triage.last_triage_level,
        latest_triage.last_triage_priority

    from patients
    inner join facilities
        on facilities.id = patients.facility_id
    left join record_stats
        on record_stats.patient_id = patients.id
    left join triage_stats
        on triage_stats.patient_id = patients.id
    left join latest_triage
        on latest_triage.patient_id = patients.id
    offset 0

),

indicators as (

    select
        *,
        age_group in ('Infant', 'Senior') as is_high_risk_age,
        visits_last_365_days >= 4 as is_frequent_visitor

    from joined

),

final as (

    select
        id,
        facility_id,
        patient_number,
        first_name,
        last_name,
        full_name,
        sex,
        date_of_birth,
        age_years,
        age_group,
        phone,
        has_valid_phone,
        email,
        address,
        facility_name,
        facility_state,
        facility_lga,
        medical_record_count,
        triage_visit_count,
        distinct_diagnosis_count,
        first_visit_at,
        last_visit_at,
        days_since_last_visit,
        visits_last_90_days,
        visits_last_365_days,
        last_triage_level,
        last_triage_priority,
        urgent_triage_count,
        has_urgent_triage_last_12_months,
        has_chronic_condition,
        is_high_risk_age,
        is_frequent_visitor,
        2 * has_urgent_triage_last_12_months::integer
            + has_chronic_condition::integer
            + is_high_risk_age::integer
            + is_frequent_visitor::integer as risk_score,
        case
            when days_since_last_visit between 0 and 29 then 40
            when days_since_last_visit between 0 and 89 then 25
            when days_since_last_visit between 0 and 364 then 10
            else 0
        end
            + least(visits_last_365_days, 8) * 5
            + case when has_valid_phone then 10 else 0 end
            + case when email is not null then 10 else 0 end as engagement_score,
        created_at,
        updated_at

    from indicators

)

select * from final
