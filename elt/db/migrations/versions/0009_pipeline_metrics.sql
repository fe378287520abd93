-- Pipeline metrics (issue 15): how long each step of a batch took and what it moved, and how many
-- rows each facility sent per batch (accepted, or rejected by reason), for per-facility data quality.

create table etl.etl_step_metrics (
    id               bigint generated always as identity primary key,
    batch_id         bigint not null references etl.etl_batches (id) on delete cascade,
    step             text not null,   -- stage_<entity>, validate_upsert, error_reports, archive, dbt_run, …
    status           text not null check (status in ('success', 'failed')),
    started_at       timestamptz not null,
    finished_at      timestamptz not null,
    duration_seconds double precision generated always as (extract(epoch from finished_at - started_at)) stored,
    rows_read        bigint,
    rows_loaded      bigint,
    rows_rejected    bigint,
    bytes            bigint
);
create index etl_step_metrics_batch_idx on etl.etl_step_metrics (batch_id, started_at);

-- The facility is the one each row names (facility_id, facility_code or name/state/lga), resolved
-- as validation resolves it; a facilities-file row counts for the facility it describes. Rows that
-- name no existing facility have facility_id null.
create table etl.etl_facility_rows (
    batch_id    bigint not null references etl.etl_batches (id) on delete cascade,
    entity      text not null,
    facility_id bigint,
    reason_code text,                 -- null: accepted
    row_count   bigint not null check (row_count > 0)
);
create index etl_facility_rows_batch_idx on etl.etl_facility_rows (batch_id);
create index etl_facility_rows_facility_idx on etl.etl_facility_rows (facility_id, batch_id);

-- One row per batch: timing and volumes, for `medilink status`, the textfile exporter and alerts.
create view etl.batch_metrics as
select
    b.id as batch_id,
    b.status,
    b.dry_run,
    b.triggered_by,
    b.started_at,
    b.completed_at,
    extract(epoch from b.completed_at - b.started_at)::double precision as duration_seconds,
    coalesce(f.files, 0) as files,
    coalesce(f.bytes, 0) as bytes,
    coalesce(f.rows_read, 0) as rows_read,
    coalesce(a.rows_loaded, 0) as rows_loaded,
    coalesce(r.rows_rejected, 0) as rows_rejected,
    b.error_message
from etl.etl_batches as b
left join lateral (
    select count(*) as files, sum(size_bytes)::bigint as bytes, sum(rows_read)::bigint as rows_read
    from etl.etl_files
    where batch_id = b.id and status not in ('duplicate', 'superseded')
) as f on true
left join lateral (
    select sum(records_inserted + records_updated + records_unchanged)::bigint as rows_loaded
    from etl.etl_audit_log
    where batch_id = b.id and status = 'success'
) as a on true
left join lateral (
    select count(*) as rows_rejected from etl.etl_rejected_rows where batch_id = b.id
) as r on true;
