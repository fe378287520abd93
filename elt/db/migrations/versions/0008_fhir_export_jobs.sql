-- Medilink schema, revision 0008: FHIR Bulk Data export jobs.
--
-- A job is created by a $export kick-off and run outside the request (Airflow DAG fhir_bulk_export
-- or the API's in-process runner). A runner claims a job by setting status 'running' and keeps
-- heartbeat_at fresh; a running job whose heartbeat is stale had its runner die and is claimed again.
-- Files live in S3 under <prefix>/export/<id>/ until expires_at; then the files are deleted and the
-- row kept as 'expired' (the audit trail of what was exported, by whom).
create table api.export_jobs (
    id               uuid primary key,
    client_id        text not null references api.clients (client_id),
    role             text not null check (role in ('admin', 'facility')),
    -- the facility the job is confined to (a facility client's own, or a Group export); null: all
    facility_id      bigint references public.facilities (id) on delete cascade,
    level            text not null check (level in ('system', 'patient', 'group')),
    types            text[] not null,
    since            timestamptz,
    request_url      text not null,
    request_id       text not null,
    status           text not null default 'queued'
                     check (status in ('queued', 'running', 'completed', 'failed', 'cancelled', 'expired')),
    -- where the job was sent at kick-off, then who claimed it last
    runner           text not null check (runner in ('airflow', 'local')),
    dag_run_id       text,
    attempts         integer not null default 0,
    progress         text,
    heartbeat_at     timestamptz,
    transaction_time timestamptz,
    -- [{type, key, count}] in export order; the manifest turns keys into download URLs
    output           jsonb not null default '[]',
    error            text,
    created_at       timestamptz not null default now(),
    started_at       timestamptz,
    finished_at      timestamptz,
    expires_at       timestamptz not null
);
create index export_jobs_client_idx on api.export_jobs (client_id, created_at);
-- runners look for work: queued jobs and running ones with a stale heartbeat
create index export_jobs_open_idx on api.export_jobs (status, heartbeat_at) where status in ('queued', 'running');
create index export_jobs_expires_idx on api.export_jobs (expires_at) where status <> 'expired';

-- Helpers for the FHIR mappings (elt/fhir/sql/*.sql), which assemble each resource's JSON as text:
-- measured on 100k patients, jsonb_build_object took 6-7x the time of COPY row_to_json (every call
-- looks up how to print each argument), text assembly about 1.3x. The helpers are one-expression
-- SQL functions, non-strict and stable, so the planner inlines them: they cost nothing per row.
-- Each returns null for a missing value, so `coalesce(',"key":' || helper(...), '')` drops the key.

-- A JSON string (quotes and escapes by to_json), or null for null or blank text.
create function api.fhir_string(value text) returns text
    language sql stable parallel safe
    return to_json(nullif(btrim(value), ''))::text;
-- A FHIR instant as a JSON string (always UTC, milliseconds): "2024-05-01T10:00:00.000Z".
create function api.fhir_instant(value timestamptz) returns text
    language sql stable parallel safe
    return '"' || to_char(value at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"';
-- The non-null items joined by commas (the inside of a JSON array), or null when none: FHIR
-- forbids empty arrays.
create function api.fhir_items(variadic items text[]) returns text
    language sql stable parallel safe
    return nullif(array_to_string(items, ','), '');
-- A Reference to `type`/`id`: {"reference":"Patient/42"}.
create function api.fhir_reference(type text, id text) returns text
    language sql stable parallel safe
    return '{"reference":"' || type || '/' || id || '"}';

-- Jobs run in the API (medilink_api: default privileges of 0007 cover it) or in Airflow's
-- fhir_bulk_export DAG, whose tasks connect as medilink_pipeline.
grant select, insert, update, delete on api.export_jobs to medilink_pipeline;
