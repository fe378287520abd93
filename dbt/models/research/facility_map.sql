{#-
    One row per facility, for the analysts' map. A facility is an organisation, not a person, so
    its name and coordinates are shown; its counts are released only when it saw at least k
    distinct people, otherwise they (and the share and categories made from them) are null and
    the facility still appears on the map.
-#}
with

facilities as (

    select
        id as facility_id,
        facility_name,
        facility_category as facility_type,
        state,
        lga,
        latitude,
        longitude

    from {{ ref('dim_facilities') }}

),

encounters as (

    select
        facility_id,
        patient_id,
        1 as is_visit,
        case when priority in ('Critical', 'High') then 1 else 0 end as is_critical_high

    from {{ ref('fct_triage_visits') }}

    union all

    select
        facility_id,
        patient_id,
        0 as is_visit,
        0 as is_critical_high

    from {{ ref('fct_medical_records') }}

),

activity as (

    select
        facility_id,
        count(distinct patient_id) as patient_count,
        sum(is_visit)::bigint as visit_count,
        sum(1 - is_visit)::bigint as record_count,
        sum(is_critical_high)::bigint as critical_high_count

    from encounters
    group by facility_id

),

released as (

    select
        facility_id,
        patient_count,
        visit_count,
        record_count,
        round(critical_high_count::numeric / nullif(visit_count, 0), 4) as critical_high_share

    from activity
    where patient_count >= {{ research_k() }}

),

-- Terciles of volume among the released facilities: the share of them at or below this volume
-- (ties share a class), compared in whole numbers so no rounding moves a facility at an edge.
volume_ranked as (

    select
        facility_id,
        count(*) over (order by visit_count + record_count) as at_or_below,
        count(*) over () as released_facilities

    from released

),

final as (

    select
        facilities.facility_id,
        facilities.facility_name,
        facilities.facility_type,
        facilities.state,
        facilities.lga,
        facilities.latitude,
        facilities.longitude,
        released.visit_count,
        released.record_count,
        released.patient_count,
        released.critical_high_share,
        case
            when released.critical_high_share >= 0.5 then 'High acuity'
            when released.critical_high_share >= 0.25 then 'Medium acuity'
            when released.critical_high_share is not null then 'Low acuity'
        end as acuity_category,
        case
            when volume_ranked.at_or_below * 3 <= volume_ranked.released_facilities then 'Low volume'
            when volume_ranked.at_or_below * 3 <= volume_ranked.released_facilities * 2 then 'Medium volume'
            when volume_ranked.at_or_below is not null then 'High volume'
        end as volume_category

    from facilities
    left join released
        on released.facility_id = facilities.facility_id
    left join volume_ranked
        on volume_ranked.facility_id = facilities.facility_id

)

select * from final
