{#-
    The Conditions dashboard's "top conditions by state, age band and sex". condition_counts also
    splits by month and facility type, so on small volumes almost every cell stays under k; this
    model keeps chapter, age band, sex and LGA/state over all time, under the same k rule.
-#}
with

medical_records as (

    select
        patient_id,
        {{ icd10_chapter('icd10_code') }} as icd10_chapter,
        {{ research_age_band('patient_age_at_record') }} as age_band,
        patient_sex as sex,
        facility_state as state,
        facility_lga as lga

    from {{ ref('fct_medical_records') }}
    where icd10_code is not null

),

-- One row per person and cell, so counting rows over a cell counts people.
person_cells as (

    select
        icd10_chapter,
        age_band,
        sex,
        state,
        lga,
        patient_id,
        count(*) as record_count

    from medical_records
    group by icd10_chapter, age_band, sex, state, lga, patient_id

),

released as (

    {{ k_anonymous_counts('person_cells', ['icd10_chapter', 'age_band', 'sex'], 'patient_id', ['record_count']) }}

),

final as (

    select
        md5(concat_ws('|', icd10_chapter, age_band, sex, state, coalesce(lga, ''))) as id,
        icd10_chapter,
        age_band,
        sex,
        state,
        lga,
        patient_count,
        record_count

    from released

)

select * from final
