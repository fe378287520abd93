{#-
    The facility view of a patient's diagnoses: what each facility itself recorded. A facility
    client sees these in place of patient_summary's cross-facility diagnoses (see the README,
    "Facility view of summaries"), just as /medical-records shows it its own records only.
-#}
with

medical_records as (

    select
        patient_id,
        facility_id,
        diagnosis,
        record_at

    from {{ ref('fct_medical_records') }}
    where {{ within_days('record_date', 365) }}
        and diagnosis is not null

),

diagnoses_ranked as (

    select
        patient_id,
        facility_id,
        diagnosis,
        max(record_at) as last_diagnosed_at,
        row_number() over (
            partition by patient_id, facility_id
            order by max(record_at) desc, diagnosis
        ) as recency_rank

    from medical_records
    group by patient_id, facility_id, diagnosis

),

final as (

    select
        patient_id,
        facility_id,
        array_agg(diagnosis order by recency_rank) as recent_diagnoses,
        min(diagnosis) filter (where recency_rank = 1) as last_diagnosis,
        max(last_diagnosed_at) as last_diagnosis_at

    from diagnoses_ranked
    where recency_rank <= 3
    group by patient_id, facility_id

)

select * from final
