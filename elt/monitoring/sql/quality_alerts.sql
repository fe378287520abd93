-- Facilities whose data quality needs a person, as of the mart's last day (dbt's as-of date).
-- rejection_rate: the day's rejection rate is above the facility's 30-day baseline (the 30 days
--   before, rows-weighted) by more than `margin`, on at least `min_rows` rows that day.
-- silent_facility: an active facility (uploaded within `active_days`) has not uploaded for
--   `silent_days` days or more.
-- Parameters: margin, min_rows, silent_days, active_days.
with

latest as (
    select max(day) as as_of from marts.data_quality_daily
),

today as (
    select dq.*
    from marts.data_quality_daily as dq
    inner join latest on dq.day = latest.as_of
),

baseline as (
    select
        dq.facility_id,
        sum(dq.rows_uploaded) as rows_uploaded,
        sum(dq.rows_rejected)::double precision / nullif(sum(dq.rows_uploaded), 0) as rejection_rate
    from marts.data_quality_daily as dq
    inner join latest on dq.day between latest.as_of - 30 and latest.as_of - 1
    group by dq.facility_id
)

select
    'rejection_rate' as kind,
    today.facility_id,
    today.day,
    today.rows_uploaded,
    today.rejection_rate,
    baseline.rejection_rate as baseline_rate,
    today.rejected_by_reason,
    today.days_since_last_upload
from today
inner join baseline on baseline.facility_id = today.facility_id
where today.rows_uploaded >= %(min_rows)s
    and baseline.rows_uploaded > 0
    and today.rejection_rate > baseline.rejection_rate + %(margin)s

union all

select
    'silent_facility' as kind,
    today.facility_id,
    today.day,
    today.rows_uploaded,
    null,
    null,
    null,
    today.days_since_last_upload
from today
where today.days_since_last_upload >= %(silent_days)s
    and today.days_since_last_upload < %(active_days)s

order by kind, facility_id;
