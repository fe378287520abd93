with

triage_visits as (

    select
        patient_id,
        to_char(visit_month_start, 'YYYY-MM') as month,
        priority,
        {{ research_age_band('patient_age_at_visit') }} as age_band,
        patient_sex as sex,
        facility_category as facility_type,
        facility_state as state,
        facility_lga as lga

    from {{ ref('fct_triage_visits') }}
    where visit_month_start is not null

),

-- One row per person and cell, so counting rows over a cell counts people.
person_cells as (

    select
        month,
        priority,
        age_band,
        sex,
        facility_type,
        state,
        lga,
        patient_id,
        count(*) as visit_count

    from triage_visits
    group by month, priority, age_band, sex, facility_type, state, lga, patient_id

),

released as (

    {{ k_anonymous_counts('person_cells', ['month', 'priority', 'age_band', 'sex', 'facility_type'], 'patient_id', ['visit_count']) }}

),

final as (

    select
        md5(concat_ws('|', month, priority, age_band, sex, facility_type, state, coalesce(lga, ''))) as id,
        month,
        priority,
        age_band,
        sex,
        facility_type,
        state,
        lga,
        patient_count,
        visit_count

    from released

)

select * from final
