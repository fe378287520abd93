with

triage_visits as (

    select
        facility_id,
        facility_name,
        facility_state,
        facility_lga,
        visit_date,
        priority

    from {{ ref('fct_triage_visits') }}

),

daily as (

    select
        facility_id,
        visit_date,
        priority,
        min(facility_name) as facility_name,
        min(facility_state) as facility_state,
        min(facility_lga) as facility_lga,
        count(*) as visit_count

    from triage_visits
    where priority is not null
    group by facility_id, visit_date, priority

),

windowed as (

    select
        *,
        -- Calendar windows (range, not rows): days without visits count as zero.
        sum(visit_count) over (
            partition by facility_id, priority
            order by visit_date
            range between interval '6 days' preceding and current row
        ) as visits_last_7_days,
        coalesce(sum(visit_count) over (
            partition by facility_id, priority
            order by visit_date
            range between interval '13 days' preceding and interval '7 days' preceding
        ), 0) as visits_previous_7_days

    from daily

),

final as (

    select
        md5(facility_id::text || '|' || visit_date::text || '|' || priority) as id,
        facility_id,
        facility_name,
        facility_state,
        facility_lga,
        visit_date,
        priority,
        visit_count,
        visits_last_7_days,
        round(visits_last_7_days / 7.0, 4) as moving_avg_7d,
        visits_previous_7_days,
        round(
            100.0 * (visits_last_7_days - visits_previous_7_days) / nullif(visits_previous_7_days, 0),
            2
        ) as wow_growth_pct

    from windowed

)

select * from final
