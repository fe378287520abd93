{#-
    Per facility and day: rows uploaded, how many were rejected and why, and days since the
    facility's last upload. A row for every day from a facility's first upload to the as-of date,
    days without uploads included (so "silent for N days" is a row, not a missing one), kept for
    the last `data_quality_days` days. The day is the batch's start on the facilities' clock.

    The facility of a row is the one it names (facility_id, facility_code, or name with state and
    LGA), as validation resolves it; a facilities-file row counts for the facility it describes.
    Rows naming no existing facility are not in this mart (etl.etl_facility_rows keeps them with
    a null facility_id).
-#}
{%- set keep_days = var('data_quality_days', 400) -%}

with

batches as (

    select
        id as batch_id,
        {{ local_date('started_at') }} as upload_date

    from {{ source('pipeline', 'etl_batches') }}
    where not dry_run

),

facility_rows as (

    select
        rows.facility_id,
        batches.upload_date,
        rows.reason_code,
        rows.row_count

    from {{ source('pipeline', 'etl_facility_rows') }} as rows
    inner join batches on batches.batch_id = rows.batch_id
    where rows.facility_id is not null

),

daily as (

    select
        facility_id,
        upload_date,
        sum(row_count)::bigint as rows_uploaded,
        (sum(row_count) filter (where reason_code is not null))::bigint as rows_rejected

    from facility_rows
    group by facility_id, upload_date

),

reasons as (

    select
        facility_id,
        upload_date,
        jsonb_object_agg(reason_code, row_count order by reason_code) as rejected_by_reason

    from (
        select facility_id, upload_date, reason_code, sum(row_count)::bigint as row_count
        from facility_rows
        where reason_code is not null
        group by facility_id, upload_date, reason_code
    ) as per_reason
    group by facility_id, upload_date

),

spine as (

    select
        firsts.facility_id,
        calendar.day::date as day

    from (
        select facility_id, min(upload_date) as first_upload from daily group by facility_id
    ) as firsts
    cross join lateral generate_series(firsts.first_upload, {{ as_of_date() }}, interval '1 day') as calendar (day)

),

filled as (

    select
        spine.facility_id,
        spine.day,
        coalesce(daily.rows_uploaded, 0) as rows_uploaded,
        coalesce(daily.rows_rejected, 0) as rows_rejected,
        coalesce(reasons.rejected_by_reason, '{}'::jsonb) as rejected_by_reason,
        max(daily.upload_date) over (
            partition by spine.facility_id order by spine.day rows between unbounded preceding and current row
        ) as last_upload_date

    from spine
    left join daily on daily.facility_id = spine.facility_id and daily.upload_date = spine.day
    left join reasons on reasons.facility_id = spine.facility_id and reasons.upload_date = spine.day

),

final as (

    select
        facility_id,
        day,
        rows_uploaded,
        rows_uploaded - rows_rejected as rows_accepted,
        rows_rejected,
        round(rows_rejected::numeric / nullif(rows_uploaded, 0), 4)::double precision as rejection_rate,
        rejected_by_reason,
        (
            select coalesce(jsonb_object_agg(reason.key, round(reason.value::numeric / rows_uploaded, 4)), '{}'::jsonb)
            from jsonb_each_text(rejected_by_reason) as reason
        ) as rejection_rate_by_reason,
        last_upload_date,
        day - last_upload_date as days_since_last_upload

    from filled
    where day > {{ as_of_date() }} - {{ keep_days }}

)

select * from final
