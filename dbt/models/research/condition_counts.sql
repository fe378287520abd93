with

medical_records as (

    select
        patient_id,
        to_char(record_month_start, 'YYYY-MM') as month,
        {{ icd10_chapter('icd10_code') }} as icd10_chapter,
        {{ research_age_band('patient_age_at_record') }} as age_band,
        patient_sex as sex,
        facility_category as facility_type,
        facility_state as state,
        facility_lga as lga

    from {{ ref('fct_medical_records') }}
    where record_month_start is not null
        and icd10_code is not null

),

-- One row per person and cell, so counting rows over a cell counts people.
person_cells as (

    select
        month,
        icd10_chapter,
        age_band,
        sex,
        facility_type,
        state,
        lga,
        patient_id,
        count(*) as record_count

    from medical_records
    group by month, icd10_chapter, age_band, sex, facility_type, state, lga, patient_id

),

released as (

    {{ k_anonymous_counts('person_cells', ['month', 'icd10_chapter', 'age_band', 'sex', 'facility_type'], 'patient_id', ['record_count']) }}

),

final as (

    select
        md5(concat_ws('|', month, icd10_chapter, age_band, sex, facility_type, state, coalesce(lga, ''))) as id,
        month,
        icd10_chapter,
        age_band,
        sex,
        facility_type,
        state,
        lga,
        patient_count,
        record_count

    from released

)

select * from final
