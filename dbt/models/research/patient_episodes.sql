{{ config(pre_hook="{{ require_pseudonym_key() }}") }}

with

medical_records as (

    select
        patient_id,
        facility_id,
        record_month_start as month_start,
        patient_age_at_record as age_years,
        patient_sex as sex,
        facility_state as state,
        facility_lga as lga,
        facility_category as facility_type,
        {{ icd10_chapter('icd10_code') }} as icd10_chapter,
        cast(null as text) as priority

    from {{ ref('fct_medical_records') }}
    where record_month_start is not null

),

triage_visits as (

    select
        patient_id,
        facility_id,
        visit_month_start as month_start,
        patient_age_at_visit as age_years,
        patient_sex as sex,
        facility_state as state,
        facility_lga as lga,
        facility_category as facility_type,
        cast(null as text) as icd10_chapter,
        priority

    from {{ ref('fct_triage_visits') }}
    where visit_month_start is not null

),

encounters as (

    select * from medical_records
    union all
    select * from triage_visits

),

-- The month's main facility: where the patient had most encounters (lowest id on a tie).
facility_ranked as (

    select
        patient_id,
        month_start,
        state,
        lga,
        facility_type,
        row_number() over (
            partition by patient_id, month_start
            order by count(*) desc, facility_id
        ) as facility_rank

    from encounters
    group by patient_id, month_start, facility_id, state, lga, facility_type

),

patient_months as (

    select
        encounters.patient_id,
        encounters.month_start,
        min(encounters.age_years) as age_years,
        min(encounters.sex) as sex,
        count(*) filter (where encounters.priority is null) as record_count,
        count(*) filter (where encounters.priority is not null) as triage_visit_count,
        coalesce(
            array_agg(distinct encounters.icd10_chapter) filter (where encounters.icd10_chapter is not null),
            '{}'::text[]
        ) as icd10_chapters,
        count(*) filter (where encounters.priority = 'Critical') as critical_visits,
        count(*) filter (where encounters.priority = 'High') as high_visits,
        count(*) filter (where encounters.priority = 'Medium') as medium_visits,
        count(*) filter (where encounters.priority = 'Low') as low_visits

    from encounters
    group by encounters.patient_id, encounters.month_start

),

quasi_identified as (

    select
        patient_months.*,
        {{ research_age_band('patient_months.age_years') }} as age_band,
        facility_ranked.state,
        facility_ranked.lga,
        facility_ranked.facility_type

    from patient_months
    inner join facility_ranked
        on facility_ranked.patient_id = patient_months.patient_id
        and facility_ranked.month_start = patient_months.month_start
        and facility_ranked.facility_rank = 1

),

-- LGA kept where at least k people share the row's quasi-identifiers, else generalised to the state.
generalised as (

    select
        patient_id,
        month_start,
        age_band,
        sex,
        facility_type,
        state,
        case
            when count(*) over (partition by month_start, age_band, sex, facility_type, state, lga) >= {{ research_k() }}
                then lga
        end as lga,
        record_count,
        triage_visit_count,
        icd10_chapters,
        critical_visits,
        high_visits,
        medium_visits,
        low_visits

    from quasi_identified

),

-- Rows whose (state-level) group is still under k are not released.
released as (

    select *
    from (
        select
            *,
            count(*) over (partition by month_start, age_band, sex, facility_type, state, lga) as group_size
        from generalised
    ) as sized
    where group_size >= {{ research_k() }}

),

pads as (

    {{ pseudonym_pads() }}

),

final as (

    select
        {{ hmac_sha256("convert_to(released.patient_id::text, 'UTF8')", 'pads') }} as patient_key,
        to_char(released.month_start, 'YYYY-MM') as month,
        released.age_band,
        released.sex,
        released.state,
        released.lga,
        released.facility_type,
        released.record_count,
        released.triage_visit_count,
        array(select chapter from unnest(released.icd10_chapters) as chapter order by chapter) as icd10_chapters,
        released.critical_visits,
        released.high_visits,
        released.medium_visits,
        released.low_visits

    from released
    cross join pads

)

select * from final
