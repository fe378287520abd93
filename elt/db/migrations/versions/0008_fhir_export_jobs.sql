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

-- Helpers for the FHIR mappings (elt/fhir/sql/*.sql). Simple immutable SQL functions: the planner
-- inlines them, so they cost nothing per row.
-- An instant in FHIR's form (always UTC, milliseconds): 2024-05-01T10:00:00.000Z.
create function api.fhir_instant(value timestamptz) returns text
    language sql immutable parallel safe
    return to_char(value at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
-- A FHIR list of the non-null items, or null when none (FHIR forbids empty arrays).
create function api.fhir_list(variadic items jsonb[]) returns jsonb
    language sql immutable parallel safe
    return nullif(to_jsonb(array_remove(items, null)), '[]'::jsonb);
