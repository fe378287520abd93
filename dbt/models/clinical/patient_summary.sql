with

patients as (

    select * from {{ ref('dim_patients') }}

),

medical_records as (

    select
        patient_id,
        record_type,
        record_at,
        record_month_start,
        diagnosis

    from {{ ref('fct_medical_records') }}
    where {{ within_days('record_date', 365) }}

),

triage_visits as (

    select
        patient_id,
        triage_level,
        is_urgent,
        likely_conditions,
        visited_at,
        visit_month_start

    from {{ ref('fct_triage_visits') }}
    where {{ within_days('visit_date', 365) }}

),

record_history as (

    select
        patient_id,
        count(*) as records_last_12_months,
        count(*) filter (where record_type = 'Admission') as admissions_last_12_months,
        count(*) filter (where record_type = 'Referral') as referrals_last_12_months

    from medical_records
    group by patient_id

),

triage_history as (

    select
        patient_id,
        count(*) as triage_visits_last_12_months,
        count(*) filter (where is_urgent) as urgent_visits_last_12_months,
        min(triage_level) as highest_acuity_level_last_12_months

    from triage_visits
    group by patient_id

),

visit_months as (

    select patient_id, record_month_start as month_start from medical_records
    union
    select patient_id, visit_month_start as month_start from triage_visits

),

active_months as (

    select
        patient_id,
        count(*) as active_months_last_12_months

    from visit_months
    group by patient_id

),

diagnoses_ranked as (

    select
        patient_id,
        diagnosis,
        max(record_at) as last_diagnosed_at,
        row_number() over (
            partition by patient_id
            order by max(record_at) desc, diagnosis
        ) as recency_rank

    from medical_records
    where diagnosis is not null
    group by patient_id, diagnosis

),

recent_diagnoses as (

    select
        patient_id,
        array_agg(diagnosis order by recency_rank) as recent_diagnoses,
        min(diagnosis) filter (where recency_rank = 1) as last_diagnosis,
        max(last_diagnosed_at) as last_diagnosis_at

    from diagnoses_ranked
    where recency_rank <= 3
    group by patient_id

),

conditions_ranked as (

    -- The likely conditions triage named in the last 12 months, each once (spelling ignoring
    -- case), most recently named first.
    select
        triage_visits.patient_id,
        min(conditions.condition collate "C") as condition,
        row_number() over (
            partition by triage_visits.patient_id
            order by max(triage_visits.visited_at) desc, lower(conditions.condition)
        ) as recency_rank

    from triage_visits
    cross join lateral unnest(triage_visits.likely_conditions) as conditions (condition)
    group by triage_visits.patient_id, lower(conditions.condition)

),

recent_conditions as (

    select
        patient_id,
        array_agg(condition order by recency_rank) as recent_conditions

    from conditions_ranked
    where recency_rank <= 3
    group by patient_id

),

joined as (

    select
        patients.id as patient_id,
        patients.full_name,
        patients.sex,
        patients.age_years,
        patients.age_group,
        patients.facility_id,
        patients.facility_name,
        patients.facility_state,
        coalesce(record_history.records_last_12_months, 0) as records_last_12_months,
        coalesce(triage_history.triage_visits_last_12_months, 0) as triage_visits_last_12_months,
        coalesce(record_history.admissions_last_12_months, 0) as admissions_last_12_months,
        coalesce(record_history.referrals_last_12_months, 0) as referrals_last_12_months,
        coalesce(triage_history.urgent_visits_last_12_months, 0) as urgent_visits_last_12_months,
        triage_history.highest_acuity_level_last_12_months,
        coalesce(active_months.active_months_last_12_months, 0) as active_months_last_12_months,
        coalesce(recent_diagnoses.recent_diagnoses, '{}'::text[]) as recent_diagnoses,
        recent_diagnoses.last_diagnosis,
        recent_diagnoses.last_diagnosis_at,
        coalesce(recent_conditions.recent_conditions, '{}'::text[]) as recent_conditions,
        patients.last_visit_at,
        patients.last_triage_level,
        patients.last_triage_priority,
        patients.has_chronic_condition,
        patients.has_urgent_triage_last_12_months,
        patients.is_high_risk_age,
        patients.is_frequent_visitor,
        patients.risk_score,
        patients.engagement_score

    from patients
    left join record_history
        on record_history.patient_id = patients.id
    left join triage_history
        on triage_history.patient_id = patients.id
    left join active_months
        on active_months.patient_id = patients.id
    left join recent_diagnoses
        on recent_diagnoses.patient_id = patients.id
    left join recent_conditions
        on recent_conditions.patient_id = patients.id

),

final as (

    select
        patient_id,
        full_name,
        sex,
        age_years,
        age_group,
        facility_id,
        facility_name,
        facility_state,
        records_last_12_months,
        triage_visits_last_12_months,
        records_last_12_months + triage_visits_last_12_months as visits_last_12_months,
        admissions_last_12_months,
        referrals_last_12_months,
        urgent_visits_last_12_months,
        highest_acuity_level_last_12_months,
        active_months_last_12_months,
        recent_diagnoses,
        last_diagnosis,
        last_diagnosis_at,
        recent_conditions,
        last_visit_at,
        last_triage_level,
        last_triage_priority,
        has_chronic_condition,
        has_urgent_triage_last_12_months,
        is_high_risk_age,
        is_frequent_visitor,
        risk_score,
        case
            when risk_score >= 3 then 'High'
            when risk_score >= 1 then 'Medium'
            else 'Low'
        end as risk_level,
        engagement_score,
        case
            when engagement_score >= 60 then 'High'
            when engagement_score >= 30 then 'Medium'
            else 'Low'
        end as engagement_level

    from joined

)

select * from final
