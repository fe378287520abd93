-- Medilink schema, revision 0002: the REST API's own tables (schema api).

create schema if not exists api;

-- OAuth2 clients. The secret is shown once at creation; only its argon2 hash is kept.
create table api.clients (
    client_id   text primary key check (client_id ~ '^[A-Za-z0-9_-]{8,64}$'),
    name        text,
    secret_hash text not null,
    role        text not null check (role in ('admin', 'facility', 'analyst')),
    facility_id bigint references public.facilities (id),
    created_at  timestamptz not null default now(),
    revoked_at  timestamptz,
    -- a facility client is bound to exactly one facility; other roles to none
    constraint clients_facility_binding check ((role = 'facility') = (facility_id is not null))
);

-- One row per read or write of patient-level data. `who` is a client_id kept as plain text, so
-- the history survives whatever happens to the client later.
create table api.access_audit (
    id         bigint generated always as identity primary key,
    who        text not null,
    role       text not null,
    action     text not null check (action in ('list', 'read', 'create', 'update', 'export')),
    resource   text not null,
    ids        bigint[] not null default '{}',
    at         timestamptz not null default now(),
    request_id text not null
);
create index access_audit_at_idx on api.access_audit (at);
create index access_audit_who_idx on api.access_audit (who, at);
-- "who saw patient 42?" is `where resource = 'patients' and ids @> '{42}'`
create index access_audit_ids_idx on api.access_audit using gin (ids);

-- Files received through POST /uploads; etl.etl_files.object_key links them to pipeline batches.
create table api.uploads (
    id          uuid primary key,
    client_id   text not null references api.clients (client_id),
    facility_id bigint references public.facilities (id),
    entity      text not null
                check (entity in ('facilities', 'patients', 'workers', 'medical_records', 'triage_visits')),
    filename    text not null,
    object_key  text not null unique,
    size_bytes  bigint not null,
    sha256      text not null,
    row_count   bigint not null,
    trigger     text not null check (trigger in ('airflow', 'local')),
    dag_run_id  text,
    request_id  text not null,       -- joins the upload to its api.access_audit row
    created_at  timestamptz not null default now()
);
create index uploads_client_idx on api.uploads (client_id, created_at);
create index uploads_facility_idx on api.uploads (facility_id, created_at);
-- batches are found from their files: make the object_key lookup on etl_files cheap
create index etl_files_object_key_idx on etl.etl_files (object_key);
