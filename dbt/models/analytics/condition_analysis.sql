with

triage_visits as (

    select
        id,
        patient_id,
        triage_level,
        is_urgent,
        likely_conditions,
        facility_state,
        facility_lga,
        patient_age_group_at_visit,
        patient_sex

    from {{ ref('fct_triage_visits') }}

),

visit_conditions as (

    select
        triage_visits.id as visit_id,
        triage_visits.patient_id,
        triage_visits.triage_level,
        triage_visits.is_urgent,
        triage_visits.facility_state,
        triage_visits.facility_lga,
        triage_visits.patient_age_group_at_visit as age_group,
        triage_visits.patient_sex as sex,
        lower(conditions.condition) as condition_key,
        conditions.condition as condition_spelling

    from triage_visits
    cross join lateral unnest(triage_visits.likely_conditions) as conditions (condition)

),

-- One row per visit and condition, whatever the capitalisation in the upload.
deduplicated as (

    select
        visit_id,
        condition_key,
        min(condition_spelling) as condition_spelling,
        min(patient_id) as patient_id,
        min(triage_level) as triage_level,
        bool_or(is_urgent) as is_urgent,
        min(facility_state) as facility_state,
        min(facility_lga) as facility_lga,
        min(age_group) as age_group,
        min(sex) as sex

    from visit_conditions
    group by visit_id, condition_key

),

aggregated as (

    select
        case
            when grouping(facility_lga) = 0 then 'lga'
            when grouping(facility_state) = 0 then 'state'
            when grouping(age_group) = 0 and grouping(sex) = 0 then 'age_group_sex'
            when grouping(age_group) = 0 then 'age_group'
            when grouping(sex) = 0 then 'sex'
            else 'overall'
        end as breakdown,
        condition_key,
        mode() within group (order by condition_spelling) as condition,
        facility_state as state,
        facility_lga as lga,
        age_group,
        sex,
        count(*) as visit_count,
        count(distinct patient_id) as patient_count,
        round(avg(triage_level), 2) as avg_triage_level,
        count(*) filter (where is_urgent) as urgent_visit_count

    from deduplicated
    group by grouping sets (
        (condition_key),
        (condition_key, facility_state),
        (condition_key, facility_state, facility_lga),
        (condition_key, age_group),
        (condition_key, sex),
        (condition_key, age_group, sex)
    )

),

ranked as (

    select
        *,
        row_number() over (
            partition by breakdown, state, lga, age_group, sex
            order by visit_count desc, condition_key collate "C"
        ) as frequency_rank,
        row_number() over (
            partition by breakdown, state, lga, age_group, sex
            order by avg_triage_level, urgent_visit_count desc, condition_key collate "C"
        ) as severity_rank,
        sum(visit_count) over (partition by breakdown, state, lga, age_group, sex) as group_visit_count

    from aggregated

),

final as (

    select
        md5(concat_ws('|', breakdown, condition_key, coalesce(state, ''), coalesce(lga, ''), coalesce(age_group, ''), coalesce(sex, ''))) as id,
        breakdown,
        condition_key,
        condition,
        state,
        lga,
        age_group,
        sex,
        visit_count,
        patient_count,
        round(visit_count::numeric / group_visit_count, 4) as share_of_group_mentions,
        avg_triage_level,
        urgent_visit_count,
        round(urgent_visit_count::numeric / visit_count, 4) as urgent_share,
        frequency_rank,
        severity_rank

    from ranked

)

select * from final
