-- Generated from the Alembic migrations in elt/db/migrations by `medilink db sql --write`.
-- Do not edit by hand: a test fails when this file drifts from the migrations.
BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 0001

-- Medilink schema, revision 0001: production tables (public), pipeline tables and staging (etl).
-- Natural keys are generated columns computed by the database from the row itself, so the bulk
-- upsert and the API's single-row writes agree on identity without sharing Python code.

create schema if not exists etl;

-- ---------------------------------------------------------------- reference data
create table etl.ref_states (
    state text primary key
);

create table etl.ref_state_aliases (
    alias text primary key,          -- lower-case, single-spaced
    state text not null references etl.ref_states (state)
);

create table etl.ref_lgas (
    state   text not null references etl.ref_states (state),
    lga     text not null,
    lga_key text not null,           -- etl.lga_key(lga): case/space/punctuation-insensitive
    primary key (state, lga_key)
);

-- ---------------------------------------------------------------- key helpers
-- Folded text for comparisons: lower case, trimmed, inner runs of white space made one space.
create function etl.fold(value text) returns text
    language sql immutable parallel safe
    return lower(regexp_replace(btrim(value), '\s+', ' ', 'g'));

create function etl.lga_key(value text) returns text
    language sql immutable parallel safe
    return regexp_replace(lower(value), '[^a-z0-9]+', '', 'g');

-- Text forms for keys. to_char and extract are only "stable" because some formats depend on
-- settings; these two (ISO date, epoch seconds) do not, so they may feed generated columns.
create function etl.key_date(value date) returns text
    language sql immutable parallel safe
    return to_char(value, 'YYYY-MM-DD');

create function etl.key_epoch(value timestamptz) returns text
    language sql immutable parallel safe
    return extract(epoch from value)::text;

-- Natural keys, one function per entity: the generated columns below and the pipeline's in-batch
-- de-duplication call the same function, so they cannot disagree.
create function etl.facility_key(name text, state text, lga text) returns text
    language sql immutable parallel safe
    return etl.fold(name) || '|' || state || '|' || lga;

create function etl.patient_key(patient_number text, first_name text, last_name text, dob date) returns text
    language sql immutable parallel safe
    return case when patient_number is not null then 'n:' || etl.fold(patient_number)
                else 'p:' || etl.fold(first_name) || '|' || etl.fold(last_name) || '|' || etl.key_date(dob) end;

create function etl.worker_key(staff_number text, first_name text, last_name text, phone text) returns text
    language sql immutable parallel safe
    return case when staff_number is not null then 's:' || etl.fold(staff_number)
                else 'p:' || etl.fold(first_name) || '|' || etl.fold(last_name) || '|' || coalesce(phone, '') end;

create function etl.medical_record_key(record_ref text, patient_id bigint, record_type text,
                                       recorded_at timestamptz, data jsonb) returns text
    language sql immutable parallel safe
    return case when record_ref is not null then 'r:' || etl.fold(record_ref)
                else 'h:' || md5(patient_id::text || '|' || record_type || '|'
                                 || coalesce(etl.key_epoch(recorded_at), '') || '|' || data::text) end;

create function etl.triage_visit_key(visit_ref text, patient_id bigint, visited_at timestamptz) returns text
    language sql immutable parallel safe
    return case when visit_ref is not null then 'r:' || etl.fold(visit_ref)
                else 'v:' || patient_id::text || '|' || etl.key_epoch(visited_at) end;

-- ---------------------------------------------------------------- validation helpers
-- Casts that answer NULL instead of raising, so one set-based statement can check every row.
create type etl.problem as (code text, column_name text, message text);

-- These are single expressions so the planner inlines them: a function the planner cannot inline
-- costs a full executor call per row, 30x slower on a million rows.
create function etl.valid_date(y int, m int, d int) returns date
    language sql immutable parallel safe
    return case when y between 1 and 9999 and m between 1 and 12 and d between 1 and 31
                     and d <= extract(day from make_date(y, m, 1) + interval '1 month - 1 day')
                then make_date(y, m, d) end;

-- ISO 8601 (YYYY-MM-DD) or DD/MM/YYYY; NULL for anything else or a day that does not exist.
create function etl.try_date(value text) returns date
    language sql immutable parallel safe
    return case
        when btrim(value) ~ '^\d{4}-\d{2}-\d{2}$'
            then etl.valid_date(substr(btrim(value), 1, 4)::int, substr(btrim(value), 6, 2)::int,
                                substr(btrim(value), 9, 2)::int)
        when btrim(value) ~ '^\d{1,2}/\d{1,2}/\d{4}$'
            then etl.valid_date(split_part(btrim(value), '/', 3)::int, split_part(btrim(value), '/', 2)::int,
                                split_part(btrim(value), '/', 1)::int)
    end;

-- ISO 8601 date or date-time, optional fraction and zone; without a zone the session zone (UTC) applies.
create function etl.try_timestamptz(value text) returns timestamptz
    language sql stable parallel safe
    return case
        when btrim(value) ~ '^\d{4}-\d{2}-\d{2}(?:[T ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,6})?)?)?(?:Z|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)?$'
             and etl.try_date(substr(btrim(value), 1, 10)) is not null
            then btrim(value)::timestamptz
    end;

create function etl.try_float(value text) returns double precision
    language sql immutable parallel safe
    return case when btrim(value) ~ '^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d{1,3})?$'
                then btrim(value)::double precision end;

-- A JSON array of strings, or NULL when the text is not one (only called for text that starts with '[').
create function etl.try_text_array(value text) returns text[]
    language plpgsql immutable parallel safe
as $$
begin
    if jsonb_typeof(value::jsonb) <> 'array' then
        return null;
    end if;
    return array(select btrim(item) from jsonb_array_elements_text(value::jsonb) as item where btrim(item) <> '');
exception when others then
    return null;
end
$$;

-- Semicolon-separated text or a JSON array → text[]; NULL when a JSON array is malformed.
create function etl.parse_list(value text) returns text[]
    language sql immutable parallel safe
    return case
        when value is null or btrim(value) = '' then '{}'::text[]
        when btrim(value) like '[%%' then etl.try_text_array(btrim(value))
        else array(select btrim(item) from unnest(string_to_array(value, ';')) as item where btrim(item) <> '')
    end;

-- A Nigerian number in E.164, or NULL when it is not one. `national_pattern` is the national
-- number pattern of phonenumbers' NG metadata (elt.pipeline.phones), so the library stays the
-- source of truth; numbers of other countries are checked by phonenumbers itself in Python.
create function etl.ng_phone_digits(d text, national_pattern text) returns text
    language sql immutable parallel safe
    return case
        when d !~ '^\+?[0-9]+$' then null
        when d like '+234%%' then case when substr(d, 5) ~ national_pattern then d end
        when d like '+%%' then null
        when d like '0%%' then case when substr(d, 2) ~ national_pattern then '+234' || substr(d, 2) end
        when d ~ national_pattern then '+234' || d
        when d like '234%%' and substr(d, 4) ~ national_pattern then '+' || d
    end;

create function etl.ng_phone(value text, national_pattern text) returns text
    language sql immutable parallel safe
    return etl.ng_phone_digits(regexp_replace(btrim(value), '[\s().\-/]', '', 'g'), national_pattern);

create table etl.ref_icd10 (
    code text primary key   -- upper case, without the dot: A010 for A01.0
);

-- ---------------------------------------------------------------- pipeline bookkeeping
create table etl.etl_batches (
    id            bigint generated always as identity primary key,
    status        text not null default 'running'
                  check (status in ('running', 'completed', 'failed')),
    dry_run       boolean not null default false,
    triggered_by  text not null default 'cli',
    started_at    timestamptz not null default now(),
    completed_at  timestamptz,
    error_message text
);

create table etl.etl_files (
    id            bigint generated always as identity primary key,
    batch_id      bigint not null references etl.etl_batches (id),
    object_key    text not null,
    entity        text check (entity in ('facilities', 'patients', 'workers', 'medical_records', 'triage_visits')),
    size_bytes    bigint not null,
    sha256        text not null,
    etag          text,            -- the S3 version read; every later read and the archive copy require it
    status        text not null default 'pending'
                  check (status in ('pending', 'staged', 'loaded', 'archived', 'duplicate', 'rejected',
                                    'superseded')),
    header        text[],
    rows_read     bigint,
    rows_rejected bigint,
    error_code    text,
    error_message text,
    archive_key   text,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    unique (batch_id, object_key)
);
create index etl_files_sha256_idx on etl.etl_files (sha256, status);

create table etl.etl_audit_log (
    id                bigint generated always as identity primary key,
    batch_id          bigint references etl.etl_batches (id),
    table_name        text not null,
    records_processed bigint not null default 0,
    records_inserted  bigint not null default 0,
    records_updated   bigint not null default 0,
    records_unchanged bigint not null default 0,
    records_failed    bigint not null default 0,
    started_at        timestamptz not null default now(),
    completed_at      timestamptz,
    status            text not null check (status in ('running', 'success', 'failed')),
    error_message     text,
    task_id           text,
    dag_run_id        text
);
create index etl_audit_log_batch_idx on etl.etl_audit_log (batch_id);

create table etl.etl_rejected_rows (
    id          bigint generated always as identity primary key,
    batch_id    bigint not null references etl.etl_batches (id),
    file_id     bigint references etl.etl_files (id),
    object_key  text,
    entity      text not null,
    row_number  bigint,              -- the row in the file; the header is row 1
    reason_code text not null,
    column_name text,
    message     text not null,
    raw         jsonb not null default '{}',
    created_at  timestamptz not null default now()
);
create index etl_rejected_rows_batch_idx on etl.etl_rejected_rows (batch_id, file_id, row_number);

-- ---------------------------------------------------------------- staging (all text, unlogged:
-- a crash truncates them and the idempotent pipeline stages again)
create unlogged table etl.stage_facilities (
    batch_id bigint not null, file_id bigint not null, row_number bigint not null,
    name text, state text, lga text, type text, lat text, lon text, facility_code text,
    ownership text, phone text, email text, address text,
    extra jsonb, parse_error text
);
create unlogged table etl.stage_patients (
    batch_id bigint not null, file_id bigint not null, row_number bigint not null,
    facility_id text, facility_code text, facility_name text, facility_state text, facility_lga text,
    patient_number text, first_name text, last_name text, sex text, dob text, phone text, email text,
    address text,
    extra jsonb, parse_error text
);
create unlogged table etl.stage_workers (
    batch_id bigint not null, file_id bigint not null, row_number bigint not null,
    facility_id text, facility_code text, facility_name text, facility_state text, facility_lga text,
    staff_number text, first_name text, last_name text, cadre text, phone text, email text,
    license_number text, active text,
    extra jsonb, parse_error text
);
create unlogged table etl.stage_medical_records (
    batch_id bigint not null, file_id bigint not null, row_number bigint not null,
    facility_id text, facility_code text, facility_name text, facility_state text, facility_lga text,
    patient_id text, patient_number text, record_ref text, record_type text, recorded_at text,
    diagnosis text, icd10_code text, treatment text, medications text, notes text,
    extra jsonb, parse_error text
);
create unlogged table etl.stage_triage_visits (
    batch_id bigint not null, file_id bigint not null, row_number bigint not null,
    facility_id text, facility_code text, facility_name text, facility_state text, facility_lga text,
    patient_id text, patient_number text, visit_ref text, triage_level text, likely_conditions text,
    recommendations text, language text, provider text, visited_at text,
    extra jsonb, parse_error text
);
create index stage_facilities_file_idx on etl.stage_facilities (batch_id, file_id);
create index stage_patients_file_idx on etl.stage_patients (batch_id, file_id);
create index stage_workers_file_idx on etl.stage_workers (batch_id, file_id);
create index stage_medical_records_file_idx on etl.stage_medical_records (batch_id, file_id);
create index stage_triage_visits_file_idx on etl.stage_triage_visits (batch_id, file_id);

-- ---------------------------------------------------------------- production
create table public.facilities (
    id            bigint generated always as identity primary key,
    name          text not null check (btrim(name) <> ''),
    state         text not null references etl.ref_states (state),
    lga           text not null,
    lat           double precision check (lat between -90 and 90),
    lon           double precision check (lon between -180 and 180),
    type          text,
    facility_code text,
    ownership     text,
    phone         text,
    email         text,
    address       text,
    natural_key   text generated always as (etl.facility_key(name, state, lga)) stored,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    batch_id      bigint,  -- lineage: the batch that last wrote the row (no FK: a trigger per row)
    constraint facilities_natural_key unique (natural_key)
);
create unique index facilities_facility_code_key on public.facilities (facility_code)
    where facility_code is not null;
create index facilities_state_lga_idx on public.facilities (state, lga);
create index facilities_type_idx on public.facilities (type);
create index facilities_updated_at_idx on public.facilities (updated_at);

create table public.patients (
    id             bigint generated always as identity primary key,
    facility_id    bigint not null references public.facilities (id),
    patient_number text,
    first_name     text not null,
    last_name      text not null,
    sex            text not null check (sex in ('M', 'F', 'Other')),
    dob            date not null check (dob >= date '1900-01-01'),
    phone          text check (phone ~ '^\+[1-9][0-9]{6,14}$'),
    email          text,
    address        text,
    natural_key    text generated always as (etl.patient_key(patient_number, first_name, last_name, dob)) stored,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    batch_id       bigint,  -- lineage: the batch that last wrote the row (no FK: a trigger per row)
    constraint patients_natural_key unique (facility_id, natural_key)
);
create index patients_facility_id_idx on public.patients (facility_id, id);
create index patients_sex_idx on public.patients (sex, id);
create index patients_updated_at_idx on public.patients (updated_at);
create index patients_last_name_idx on public.patients (lower(last_name));

create table public.workers (
    id             bigint generated always as identity primary key,
    facility_id    bigint not null references public.facilities (id),
    staff_number   text,
    first_name     text not null,
    last_name      text not null,
    cadre          text not null check (cadre in ('doctor', 'nurse', 'midwife', 'community health extension worker',
                                                  'pharmacist', 'laboratory scientist', 'other')),
    phone          text check (phone ~ '^\+[1-9][0-9]{6,14}$'),
    email          text,
    license_number text,
    active         boolean not null default true,
    natural_key    text generated always as (etl.worker_key(staff_number, first_name, last_name, phone)) stored,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    batch_id       bigint,  -- lineage: the batch that last wrote the row (no FK: a trigger per row)
    constraint workers_natural_key unique (facility_id, natural_key)
);
create index workers_facility_id_idx on public.workers (facility_id, id);
create index workers_updated_at_idx on public.workers (updated_at);

create table public.medical_records (
    id          bigint generated always as identity primary key,
    patient_id  bigint not null references public.patients (id),
    facility_id bigint not null references public.facilities (id),
    record_type text not null check (record_type in ('Consultation', 'Lab Result', 'Prescription', 'Immunization',
                                                     'Admission', 'Discharge', 'Referral')),
    record_ref  text,
    recorded_at timestamptz,
    data        jsonb not null default '{}',
    natural_key text generated always as (
                    etl.medical_record_key(record_ref, patient_id, record_type, recorded_at, data)) stored,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    batch_id    bigint,  -- lineage: the batch that last wrote the row (no FK: a trigger per row)
    constraint medical_records_natural_key unique (facility_id, natural_key)
);
create index medical_records_patient_id_idx on public.medical_records (patient_id, id);
create index medical_records_facility_id_idx on public.medical_records (facility_id, id);
create index medical_records_record_type_idx on public.medical_records (record_type, id);
create index medical_records_updated_at_idx on public.medical_records (updated_at);

create table public.triage_visits (
    id                bigint generated always as identity primary key,
    patient_id        bigint not null references public.patients (id),
    facility_id       bigint not null references public.facilities (id),
    visit_ref         text,
    triage_level      smallint not null check (triage_level between 1 and 5),
    likely_conditions text[] not null default '{}',
    recommendations   text[] not null default '{}',
    language          text check (language in ('en', 'ha', 'yo', 'ig', 'pcm')),
    provider          text,
    visited_at        timestamptz,
    natural_key       text generated always as (etl.triage_visit_key(visit_ref, patient_id, visited_at)) stored,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    batch_id          bigint,  -- lineage: the batch that last wrote the row (no FK: a trigger per row)
    constraint triage_visits_natural_key unique (facility_id, natural_key),
    constraint triage_visits_identifiable check (visit_ref is not null or visited_at is not null)
);
create index triage_visits_patient_id_idx on public.triage_visits (patient_id, id);
create index triage_visits_facility_id_idx on public.triage_visits (facility_id, id);
create index triage_visits_level_idx on public.triage_visits (triage_level, id);
create index triage_visits_updated_at_idx on public.triage_visits (updated_at);
create index triage_visits_visited_at_idx on public.triage_visits (visited_at);;

INSERT INTO alembic_version (version_num) VALUES ('0001') RETURNING alembic_version.version_num;

-- Running upgrade 0001 -> 0002

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
create index etl_files_object_key_idx on etl.etl_files (object_key);;

UPDATE alembic_version SET version_num='0002' WHERE alembic_version.version_num = '0001';

-- Running upgrade 0002 -> 0003

INSERT INTO etl.ref_states (state) VALUES ('Abia');

INSERT INTO etl.ref_states (state) VALUES ('Adamawa');

INSERT INTO etl.ref_states (state) VALUES ('Akwa Ibom');

INSERT INTO etl.ref_states (state) VALUES ('Anambra');

INSERT INTO etl.ref_states (state) VALUES ('Bauchi');

INSERT INTO etl.ref_states (state) VALUES ('Bayelsa');

INSERT INTO etl.ref_states (state) VALUES ('Benue');

INSERT INTO etl.ref_states (state) VALUES ('Borno');

INSERT INTO etl.ref_states (state) VALUES ('Cross River');

INSERT INTO etl.ref_states (state) VALUES ('Delta');

INSERT INTO etl.ref_states (state) VALUES ('Ebonyi');

INSERT INTO etl.ref_states (state) VALUES ('Edo');

INSERT INTO etl.ref_states (state) VALUES ('Ekiti');

INSERT INTO etl.ref_states (state) VALUES ('Enugu');

INSERT INTO etl.ref_states (state) VALUES ('FCT');

INSERT INTO etl.ref_states (state) VALUES ('Gombe');

INSERT INTO etl.ref_states (state) VALUES ('Imo');

INSERT INTO etl.ref_states (state) VALUES ('Jigawa');

INSERT INTO etl.ref_states (state) VALUES ('Kaduna');

INSERT INTO etl.ref_states (state) VALUES ('Kano');

INSERT INTO etl.ref_states (state) VALUES ('Katsina');

INSERT INTO etl.ref_states (state) VALUES ('Kebbi');

INSERT INTO etl.ref_states (state) VALUES ('Kogi');

INSERT INTO etl.ref_states (state) VALUES ('Kwara');

INSERT INTO etl.ref_states (state) VALUES ('Lagos');

INSERT INTO etl.ref_states (state) VALUES ('Nasarawa');

INSERT INTO etl.ref_states (state) VALUES ('Niger');

INSERT INTO etl.ref_states (state) VALUES ('Ogun');

INSERT INTO etl.ref_states (state) VALUES ('Ondo');

INSERT INTO etl.ref_states (state) VALUES ('Osun');

INSERT INTO etl.ref_states (state) VALUES ('Oyo');

INSERT INTO etl.ref_states (state) VALUES ('Plateau');

INSERT INTO etl.ref_states (state) VALUES ('Rivers');

INSERT INTO etl.ref_states (state) VALUES ('Sokoto');

INSERT INTO etl.ref_states (state) VALUES ('Taraba');

INSERT INTO etl.ref_states (state) VALUES ('Yobe');

INSERT INTO etl.ref_states (state) VALUES ('Zamfara');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('abia', 'Abia');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('abia state', 'Abia');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('abuja', 'FCT');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('abuja fct', 'FCT');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('abuja federal capital territory', 'FCT');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('adamawa', 'Adamawa');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('adamawa state', 'Adamawa');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('akwa ibom', 'Akwa Ibom');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('akwa ibom state', 'Akwa Ibom');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('akwa-ibom', 'Akwa Ibom');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('akwa-ibom state', 'Akwa Ibom');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('akwaibom', 'Akwa Ibom');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('anambra', 'Anambra');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('anambra state', 'Anambra');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('bauchi', 'Bauchi');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('bauchi state', 'Bauchi');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('bayelsa', 'Bayelsa');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('bayelsa state', 'Bayelsa');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('benue', 'Benue');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('benue state', 'Benue');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('borno', 'Borno');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('borno state', 'Borno');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('cross river', 'Cross River');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('cross river state', 'Cross River');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('cross-river', 'Cross River');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('cross-river state', 'Cross River');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('crossriver', 'Cross River');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('delta', 'Delta');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('delta state', 'Delta');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('ebonyi', 'Ebonyi');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('ebonyi state', 'Ebonyi');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('edo', 'Edo');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('edo state', 'Edo');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('ekiti', 'Ekiti');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('ekiti state', 'Ekiti');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('enugu', 'Enugu');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('enugu state', 'Enugu');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('f.c.t', 'FCT');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('f.c.t abuja', 'FCT');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('f.c.t.', 'FCT');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('f.c.t. abuja', 'FCT');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('fct', 'FCT');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('fct abuja', 'FCT');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('fct state', 'FCT');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('fct, abuja', 'FCT');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('fct-abuja', 'FCT');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('federal capital territory', 'FCT');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('federal capital territory abuja', 'FCT');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('federal capital territory, abuja', 'FCT');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('gombe', 'Gombe');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('gombe state', 'Gombe');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('imo', 'Imo');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('imo state', 'Imo');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('jigawa', 'Jigawa');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('jigawa state', 'Jigawa');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('kaduna', 'Kaduna');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('kaduna state', 'Kaduna');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('kano', 'Kano');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('kano state', 'Kano');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('kastina', 'Katsina');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('katsina', 'Katsina');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('katsina state', 'Katsina');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('kebbi', 'Kebbi');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('kebbi state', 'Kebbi');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('kogi', 'Kogi');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('kogi state', 'Kogi');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('kwara', 'Kwara');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('kwara state', 'Kwara');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('lagos', 'Lagos');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('lagos state', 'Lagos');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('nasarawa', 'Nasarawa');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('nasarawa state', 'Nasarawa');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('nassarawa', 'Nasarawa');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('nassarawa state', 'Nasarawa');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('niger', 'Niger');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('niger state', 'Niger');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('ogun', 'Ogun');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('ogun state', 'Ogun');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('ondo', 'Ondo');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('ondo state', 'Ondo');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('osun', 'Osun');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('osun state', 'Osun');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('oyo', 'Oyo');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('oyo state', 'Oyo');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('plateau', 'Plateau');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('plateau state', 'Plateau');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('rivers', 'Rivers');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('rivers state', 'Rivers');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('sokoto', 'Sokoto');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('sokoto state', 'Sokoto');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('taraba', 'Taraba');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('taraba state', 'Taraba');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('yobe', 'Yobe');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('yobe state', 'Yobe');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('zamfara', 'Zamfara');

INSERT INTO etl.ref_state_aliases (alias, state) VALUES ('zamfara state', 'Zamfara');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Abia', 'Aba North', 'abanorth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Abia', 'Aba South', 'abasouth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Abia', 'Arochukwu', 'arochukwu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Abia', 'Bende', 'bende');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Abia', 'Ikwuano', 'ikwuano');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Abia', 'Isiala Ngwa North', 'isialangwanorth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Abia', 'Isiala Ngwa South', 'isialangwasouth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Abia', 'Isuikwuato', 'isuikwuato');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Abia', 'Obi Ngwa', 'obingwa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Abia', 'Ohafia', 'ohafia');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Abia', 'Osisioma', 'osisioma');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Abia', 'Ugwunagbo', 'ugwunagbo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Abia', 'Ukwa East', 'ukwaeast');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Abia', 'Ukwa West', 'ukwawest');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Abia', 'Umu Nneochi', 'umunneochi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Abia', 'Umuahia North', 'umuahianorth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Abia', 'Umuahia South', 'umuahiasouth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Adamawa', 'Demsa', 'demsa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Adamawa', 'Fufore', 'fufore');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Adamawa', 'Ganye', 'ganye');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Adamawa', 'Gayuk', 'gayuk');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Adamawa', 'Girei', 'girei');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Adamawa', 'Gombi', 'gombi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Adamawa', 'Hong', 'hong');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Adamawa', 'Jada', 'jada');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Adamawa', 'Lamurde', 'lamurde');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Adamawa', 'Madagali', 'madagali');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Adamawa', 'Maiha', 'maiha');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Adamawa', 'Mayo Belwa', 'mayobelwa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Adamawa', 'Michika', 'michika');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Adamawa', 'Mubi North', 'mubinorth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Adamawa', 'Mubi South', 'mubisouth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Adamawa', 'Numan', 'numan');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Adamawa', 'Shelleng', 'shelleng');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Adamawa', 'Song', 'song');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Adamawa', 'Toungo', 'toungo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Adamawa', 'Yola North', 'yolanorth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Adamawa', 'Yola South', 'yolasouth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Akwa Ibom', 'Abak', 'abak');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Akwa Ibom', 'Eastern Obolo', 'easternobolo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Akwa Ibom', 'Eket', 'eket');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Akwa Ibom', 'Esit Eket', 'esiteket');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Akwa Ibom', 'Essien Udim', 'essienudim');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Akwa Ibom', 'Etim Ekpo', 'etimekpo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Akwa Ibom', 'Etinan', 'etinan');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Akwa Ibom', 'Ibeno', 'ibeno');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Akwa Ibom', 'Ibesikpo Asutan', 'ibesikpoasutan');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Akwa Ibom', 'Ibiono-Ibom', 'ibionoibom');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Akwa Ibom', 'Ika', 'ika');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Akwa Ibom', 'Ikono', 'ikono');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Akwa Ibom', 'Ikot Abasi', 'ikotabasi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Akwa Ibom', 'Ikot Ekpene', 'ikotekpene');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Akwa Ibom', 'Ini', 'ini');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Akwa Ibom', 'Itu', 'itu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Akwa Ibom', 'Mbo', 'mbo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Akwa Ibom', 'Mkpat-Enin', 'mkpatenin');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Akwa Ibom', 'Nsit-Atai', 'nsitatai');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Akwa Ibom', 'Nsit-Ibom', 'nsitibom');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Akwa Ibom', 'Nsit-Ubium', 'nsitubium');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Akwa Ibom', 'Obot Akara', 'obotakara');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Akwa Ibom', 'Okobo', 'okobo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Akwa Ibom', 'Onna', 'onna');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Akwa Ibom', 'Oron', 'oron');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Akwa Ibom', 'Oruk Anam', 'orukanam');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Akwa Ibom', 'Udung-Uko', 'udunguko');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Akwa Ibom', 'Ukanafun', 'ukanafun');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Akwa Ibom', 'Uruan', 'uruan');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Akwa Ibom', 'Urue-Offong/Oruko', 'urueoffongoruko');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Akwa Ibom', 'Uyo', 'uyo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Anambra', 'Aguata', 'aguata');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Anambra', 'Anambra East', 'anambraeast');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Anambra', 'Anambra West', 'anambrawest');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Anambra', 'Anaocha', 'anaocha');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Anambra', 'Awka North', 'awkanorth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Anambra', 'Awka South', 'awkasouth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Anambra', 'Ayamelum', 'ayamelum');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Anambra', 'Dunukofia', 'dunukofia');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Anambra', 'Ekwusigo', 'ekwusigo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Anambra', 'Idemili North', 'idemilinorth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Anambra', 'Idemili South', 'idemilisouth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Anambra', 'Ihiala', 'ihiala');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Anambra', 'Njikoka', 'njikoka');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Anambra', 'Nnewi North', 'nnewinorth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Anambra', 'Nnewi South', 'nnewisouth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Anambra', 'Ogbaru', 'ogbaru');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Anambra', 'Onitsha North', 'onitshanorth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Anambra', 'Onitsha South', 'onitshasouth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Anambra', 'Orumba North', 'orumbanorth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Anambra', 'Orumba South', 'orumbasouth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Anambra', 'Oyi', 'oyi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Bauchi', 'Alkaleri', 'alkaleri');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Bauchi', 'Bauchi', 'bauchi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Bauchi', 'Bogoro', 'bogoro');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Bauchi', 'Damban', 'damban');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Bauchi', 'Darazo', 'darazo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Bauchi', 'Dass', 'dass');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Bauchi', 'Gamawa', 'gamawa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Bauchi', 'Ganjuwa', 'ganjuwa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Bauchi', 'Giade', 'giade');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Bauchi', 'Itas/Gadau', 'itasgadau');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Bauchi', 'Jama''are', 'jamaare');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Bauchi', 'Katagum', 'katagum');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Bauchi', 'Kirfi', 'kirfi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Bauchi', 'Misau', 'misau');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Bauchi', 'Ningi', 'ningi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Bauchi', 'Shira', 'shira');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Bauchi', 'Tafawa Balewa', 'tafawabalewa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Bauchi', 'Toro', 'toro');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Bauchi', 'Warji', 'warji');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Bauchi', 'Zaki', 'zaki');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Bayelsa', 'Brass', 'brass');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Bayelsa', 'Ekeremor', 'ekeremor');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Bayelsa', 'Kolokuma/Opokuma', 'kolokumaopokuma');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Bayelsa', 'Nembe', 'nembe');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Bayelsa', 'Ogbia', 'ogbia');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Bayelsa', 'Sagbama', 'sagbama');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Bayelsa', 'Southern Ijaw', 'southernijaw');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Bayelsa', 'Yenagoa', 'yenagoa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Benue', 'Ado', 'ado');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Benue', 'Agatu', 'agatu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Benue', 'Apa', 'apa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Benue', 'Buruku', 'buruku');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Benue', 'Gboko', 'gboko');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Benue', 'Guma', 'guma');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Benue', 'Gwer East', 'gwereast');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Benue', 'Gwer West', 'gwerwest');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Benue', 'Katsina-Ala', 'katsinaala');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Benue', 'Konshisha', 'konshisha');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Benue', 'Kwande', 'kwande');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Benue', 'Logo', 'logo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Benue', 'Makurdi', 'makurdi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Benue', 'Obi', 'obi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Benue', 'Ogbadibo', 'ogbadibo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Benue', 'Ohimini', 'ohimini');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Benue', 'Oju', 'oju');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Benue', 'Okpokwu', 'okpokwu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Benue', 'Otukpo', 'otukpo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Benue', 'Tarka', 'tarka');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Benue', 'Ukum', 'ukum');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Benue', 'Ushongo', 'ushongo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Benue', 'Vandeikya', 'vandeikya');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Borno', 'Abadam', 'abadam');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Borno', 'Askira/Uba', 'askirauba');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Borno', 'Bama', 'bama');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Borno', 'Bayo', 'bayo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Borno', 'Biu', 'biu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Borno', 'Chibok', 'chibok');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Borno', 'Damboa', 'damboa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Borno', 'Dikwa', 'dikwa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Borno', 'Gubio', 'gubio');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Borno', 'Guzamala', 'guzamala');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Borno', 'Gwoza', 'gwoza');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Borno', 'Hawul', 'hawul');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Borno', 'Jere', 'jere');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Borno', 'Kaga', 'kaga');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Borno', 'Kala/Balge', 'kalabalge');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Borno', 'Konduga', 'konduga');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Borno', 'Kukawa', 'kukawa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Borno', 'Kwaya Kusar', 'kwayakusar');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Borno', 'Mafa', 'mafa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Borno', 'Magumeri', 'magumeri');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Borno', 'Maiduguri', 'maiduguri');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Borno', 'Marte', 'marte');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Borno', 'Mobbar', 'mobbar');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Borno', 'Monguno', 'monguno');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Borno', 'Ngala', 'ngala');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Borno', 'Nganzai', 'nganzai');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Borno', 'Shani', 'shani');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Cross River', 'Abi', 'abi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Cross River', 'Akamkpa', 'akamkpa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Cross River', 'Akpabuyo', 'akpabuyo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Cross River', 'Bakassi', 'bakassi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Cross River', 'Bekwarra', 'bekwarra');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Cross River', 'Biase', 'biase');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Cross River', 'Boki', 'boki');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Cross River', 'Calabar Municipal', 'calabarmunicipal');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Cross River', 'Calabar South', 'calabarsouth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Cross River', 'Etung', 'etung');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Cross River', 'Ikom', 'ikom');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Cross River', 'Obanliku', 'obanliku');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Cross River', 'Obubra', 'obubra');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Cross River', 'Obudu', 'obudu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Cross River', 'Odukpani', 'odukpani');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Cross River', 'Ogoja', 'ogoja');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Cross River', 'Yakuur', 'yakuur');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Cross River', 'Yala', 'yala');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Delta', 'Aniocha North', 'aniochanorth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Delta', 'Aniocha South', 'aniochasouth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Delta', 'Bomadi', 'bomadi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Delta', 'Burutu', 'burutu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Delta', 'Ethiope East', 'ethiopeeast');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Delta', 'Ethiope West', 'ethiopewest');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Delta', 'Ika North East', 'ikanortheast');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Delta', 'Ika South', 'ikasouth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Delta', 'Isoko North', 'isokonorth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Delta', 'Isoko South', 'isokosouth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Delta', 'Ndokwa East', 'ndokwaeast');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Delta', 'Ndokwa West', 'ndokwawest');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Delta', 'Okpe', 'okpe');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Delta', 'Oshimili North', 'oshimilinorth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Delta', 'Oshimili South', 'oshimilisouth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Delta', 'Patani', 'patani');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Delta', 'Sapele', 'sapele');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Delta', 'Udu', 'udu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Delta', 'Ughelli North', 'ughellinorth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Delta', 'Ughelli South', 'ughellisouth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Delta', 'Ukwuani', 'ukwuani');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Delta', 'Uvwie', 'uvwie');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Delta', 'Warri North', 'warrinorth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Delta', 'Warri South', 'warrisouth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Delta', 'Warri South West', 'warrisouthwest');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ebonyi', 'Abakaliki', 'abakaliki');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ebonyi', 'Afikpo North', 'afikponorth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ebonyi', 'Afikpo South', 'afikposouth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ebonyi', 'Ebonyi', 'ebonyi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ebonyi', 'Ezza North', 'ezzanorth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ebonyi', 'Ezza South', 'ezzasouth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ebonyi', 'Ikwo', 'ikwo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ebonyi', 'Ishielu', 'ishielu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ebonyi', 'Ivo', 'ivo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ebonyi', 'Izzi', 'izzi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ebonyi', 'Ohaozara', 'ohaozara');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ebonyi', 'Ohaukwu', 'ohaukwu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ebonyi', 'Onicha', 'onicha');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Edo', 'Akoko-Edo', 'akokoedo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Edo', 'Egor', 'egor');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Edo', 'Esan Central', 'esancentral');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Edo', 'Esan North-East', 'esannortheast');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Edo', 'Esan South-East', 'esansoutheast');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Edo', 'Esan West', 'esanwest');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Edo', 'Etsako Central', 'etsakocentral');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Edo', 'Etsako East', 'etsakoeast');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Edo', 'Etsako West', 'etsakowest');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Edo', 'Igueben', 'igueben');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Edo', 'Ikpoba Okha', 'ikpobaokha');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Edo', 'Oredo', 'oredo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Edo', 'Orhionmwon', 'orhionmwon');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Edo', 'Ovia North-East', 'ovianortheast');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Edo', 'Ovia South-West', 'oviasouthwest');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Edo', 'Owan East', 'owaneast');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Edo', 'Owan West', 'owanwest');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Edo', 'Uhunmwonde', 'uhunmwonde');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ekiti', 'Ado Ekiti', 'adoekiti');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ekiti', 'Efon', 'efon');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ekiti', 'Ekiti East', 'ekitieast');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ekiti', 'Ekiti South-West', 'ekitisouthwest');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ekiti', 'Ekiti West', 'ekitiwest');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ekiti', 'Emure', 'emure');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ekiti', 'Gbonyin', 'gbonyin');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ekiti', 'Ido Osi', 'idoosi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ekiti', 'Ijero', 'ijero');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ekiti', 'Ikere', 'ikere');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ekiti', 'Ikole', 'ikole');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ekiti', 'Ilejemeje', 'ilejemeje');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ekiti', 'Irepodun/Ifelodun', 'irepodunifelodun');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ekiti', 'Ise/Orun', 'iseorun');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ekiti', 'Moba', 'moba');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ekiti', 'Oye', 'oye');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Enugu', 'Aninri', 'aninri');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Enugu', 'Awgu', 'awgu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Enugu', 'Enugu East', 'enugueast');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Enugu', 'Enugu North', 'enugunorth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Enugu', 'Enugu South', 'enugusouth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Enugu', 'Ezeagu', 'ezeagu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Enugu', 'Igbo Etiti', 'igboetiti');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Enugu', 'Igbo Eze North', 'igboezenorth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Enugu', 'Igbo Eze South', 'igboezesouth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Enugu', 'Isi Uzo', 'isiuzo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Enugu', 'Nkanu East', 'nkanueast');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Enugu', 'Nkanu West', 'nkanuwest');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Enugu', 'Nsukka', 'nsukka');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Enugu', 'Oji River', 'ojiriver');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Enugu', 'Udenu', 'udenu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Enugu', 'Udi', 'udi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Enugu', 'Uzo-Uwani', 'uzouwani');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('FCT', 'Abaji', 'abaji');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('FCT', 'Abuja Municipal Area Council', 'abujamunicipalareacouncil');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('FCT', 'Bwari', 'bwari');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('FCT', 'Gwagwalada', 'gwagwalada');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('FCT', 'Kuje', 'kuje');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('FCT', 'Kwali', 'kwali');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Gombe', 'Akko', 'akko');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Gombe', 'Balanga', 'balanga');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Gombe', 'Billiri', 'billiri');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Gombe', 'Dukku', 'dukku');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Gombe', 'Funakaye', 'funakaye');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Gombe', 'Gombe', 'gombe');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Gombe', 'Kaltungo', 'kaltungo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Gombe', 'Kwami', 'kwami');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Gombe', 'Nafada', 'nafada');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Gombe', 'Shongom', 'shongom');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Gombe', 'Yamaltu/Deba', 'yamaltudeba');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Imo', 'Aboh Mbaise', 'abohmbaise');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Imo', 'Ahiazu Mbaise', 'ahiazumbaise');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Imo', 'Ehime Mbano', 'ehimembano');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Imo', 'Ezinihitte', 'ezinihitte');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Imo', 'Ideato North', 'ideatonorth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Imo', 'Ideato South', 'ideatosouth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Imo', 'Ihitte/Uboma', 'ihitteuboma');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Imo', 'Ikeduru', 'ikeduru');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Imo', 'Isiala Mbano', 'isialambano');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Imo', 'Isu', 'isu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Imo', 'Mbaitoli', 'mbaitoli');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Imo', 'Ngor Okpala', 'ngorokpala');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Imo', 'Njaba', 'njaba');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Imo', 'Nkwerre', 'nkwerre');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Imo', 'Nwangele', 'nwangele');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Imo', 'Obowo', 'obowo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Imo', 'Oguta', 'oguta');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Imo', 'Ohaji/Egbema', 'ohajiegbema');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Imo', 'Okigwe', 'okigwe');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Imo', 'Onuimo', 'onuimo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Imo', 'Orlu', 'orlu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Imo', 'Orsu', 'orsu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Imo', 'Oru East', 'orueast');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Imo', 'Oru West', 'oruwest');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Imo', 'Owerri Municipal', 'owerrimunicipal');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Imo', 'Owerri North', 'owerrinorth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Imo', 'Owerri West', 'owerriwest');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Jigawa', 'Auyo', 'auyo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Jigawa', 'Babura', 'babura');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Jigawa', 'Biriniwa', 'biriniwa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Jigawa', 'Birnin Kudu', 'birninkudu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Jigawa', 'Buji', 'buji');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Jigawa', 'Dutse', 'dutse');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Jigawa', 'Gagarawa', 'gagarawa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Jigawa', 'Garki', 'garki');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Jigawa', 'Gumel', 'gumel');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Jigawa', 'Guri', 'guri');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Jigawa', 'Gwaram', 'gwaram');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Jigawa', 'Gwiwa', 'gwiwa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Jigawa', 'Hadejia', 'hadejia');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Jigawa', 'Jahun', 'jahun');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Jigawa', 'Kafin Hausa', 'kafinhausa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Jigawa', 'Kaugama', 'kaugama');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Jigawa', 'Kazaure', 'kazaure');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Jigawa', 'Kiri Kasama', 'kirikasama');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Jigawa', 'Kiyawa', 'kiyawa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Jigawa', 'Maigatari', 'maigatari');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Jigawa', 'Malam Madori', 'malammadori');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Jigawa', 'Miga', 'miga');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Jigawa', 'Ringim', 'ringim');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Jigawa', 'Roni', 'roni');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Jigawa', 'Sule Tankarkar', 'suletankarkar');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Jigawa', 'Taura', 'taura');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Jigawa', 'Yankwashi', 'yankwashi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kaduna', 'Birnin Gwari', 'birningwari');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kaduna', 'Chikun', 'chikun');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kaduna', 'Giwa', 'giwa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kaduna', 'Igabi', 'igabi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kaduna', 'Ikara', 'ikara');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kaduna', 'Jaba', 'jaba');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kaduna', 'Jema''a', 'jemaa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kaduna', 'Kachia', 'kachia');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kaduna', 'Kaduna North', 'kadunanorth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kaduna', 'Kaduna South', 'kadunasouth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kaduna', 'Kagarko', 'kagarko');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kaduna', 'Kajuru', 'kajuru');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kaduna', 'Kaura', 'kaura');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kaduna', 'Kauru', 'kauru');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kaduna', 'Kubau', 'kubau');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kaduna', 'Kudan', 'kudan');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kaduna', 'Lere', 'lere');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kaduna', 'Makarfi', 'makarfi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kaduna', 'Sabon Gari', 'sabongari');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kaduna', 'Sanga', 'sanga');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kaduna', 'Soba', 'soba');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kaduna', 'Zangon Kataf', 'zangonkataf');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kaduna', 'Zaria', 'zaria');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Ajingi', 'ajingi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Albasu', 'albasu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Bagwai', 'bagwai');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Bebeji', 'bebeji');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Bichi', 'bichi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Bunkure', 'bunkure');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Dala', 'dala');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Dambatta', 'dambatta');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Dawakin Kudu', 'dawakinkudu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Dawakin Tofa', 'dawakintofa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Doguwa', 'doguwa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Fagge', 'fagge');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Gabasawa', 'gabasawa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Garko', 'garko');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Garun Mallam', 'garunmallam');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Gaya', 'gaya');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Gezawa', 'gezawa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Gwale', 'gwale');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Gwarzo', 'gwarzo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Kabo', 'kabo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Kano Municipal', 'kanomunicipal');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Karaye', 'karaye');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Kibiya', 'kibiya');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Kiru', 'kiru');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Kumbotso', 'kumbotso');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Kunchi', 'kunchi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Kura', 'kura');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Madobi', 'madobi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Makoda', 'makoda');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Minjibir', 'minjibir');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Nasarawa', 'nasarawa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Rano', 'rano');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Rimin Gado', 'rimingado');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Rogo', 'rogo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Shanono', 'shanono');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Sumaila', 'sumaila');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Takai', 'takai');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Tarauni', 'tarauni');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Tofa', 'tofa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Tsanyawa', 'tsanyawa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Tudun Wada', 'tudunwada');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Ungogo', 'ungogo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Warawa', 'warawa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kano', 'Wudil', 'wudil');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Katsina', 'Bakori', 'bakori');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Katsina', 'Batagarawa', 'batagarawa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Katsina', 'Batsari', 'batsari');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Katsina', 'Baure', 'baure');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Katsina', 'Bindawa', 'bindawa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Katsina', 'Charanchi', 'charanchi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Katsina', 'Dan Musa', 'danmusa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Katsina', 'Dandume', 'dandume');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Katsina', 'Danja', 'danja');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Katsina', 'Daura', 'daura');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Katsina', 'Dutsi', 'dutsi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Katsina', 'Dutsin Ma', 'dutsinma');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Katsina', 'Faskari', 'faskari');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Katsina', 'Funtua', 'funtua');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Katsina', 'Ingawa', 'ingawa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Katsina', 'Jibia', 'jibia');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Katsina', 'Kafur', 'kafur');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Katsina', 'Kaita', 'kaita');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Katsina', 'Kankara', 'kankara');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Katsina', 'Kankia', 'kankia');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Katsina', 'Katsina', 'katsina');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Katsina', 'Kurfi', 'kurfi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Katsina', 'Kusada', 'kusada');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Katsina', 'Mai''Adua', 'maiadua');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Katsina', 'Malumfashi', 'malumfashi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Katsina', 'Mani', 'mani');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Katsina', 'Mashi', 'mashi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Katsina', 'Matazu', 'matazu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Katsina', 'Musawa', 'musawa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Katsina', 'Rimi', 'rimi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Katsina', 'Sabuwa', 'sabuwa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Katsina', 'Safana', 'safana');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Katsina', 'Sanda/Sandamu', 'sandasandamu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Katsina', 'Zango', 'zango');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kebbi', 'Aleiro', 'aleiro');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kebbi', 'Arewa', 'arewa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kebbi', 'Argungu', 'argungu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kebbi', 'Augie', 'augie');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kebbi', 'Bagudo', 'bagudo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kebbi', 'Birnin Kebbi', 'birninkebbi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kebbi', 'Bunza', 'bunza');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kebbi', 'Dandi', 'dandi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kebbi', 'Danko-Wasagu', 'dankowasagu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kebbi', 'Fakai', 'fakai');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kebbi', 'Gwandu', 'gwandu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kebbi', 'Jega', 'jega');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kebbi', 'Kalgo', 'kalgo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kebbi', 'Koko/Besse', 'kokobesse');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kebbi', 'Maiyama', 'maiyama');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kebbi', 'Ngaski', 'ngaski');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kebbi', 'Sakaba', 'sakaba');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kebbi', 'Shanga', 'shanga');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kebbi', 'Suru', 'suru');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kebbi', 'Yauri', 'yauri');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kebbi', 'Zuru', 'zuru');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kogi', 'Adavi', 'adavi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kogi', 'Ajaokuta', 'ajaokuta');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kogi', 'Ankpa', 'ankpa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kogi', 'Bassa', 'bassa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kogi', 'Dekina', 'dekina');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kogi', 'Ibaji', 'ibaji');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kogi', 'Idah', 'idah');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kogi', 'Igalamela Odolu', 'igalamelaodolu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kogi', 'Ijumu', 'ijumu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kogi', 'Kabba/Bunu', 'kabbabunu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kogi', 'Kogi', 'kogi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kogi', 'Lokoja', 'lokoja');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kogi', 'Mopa Muro', 'mopamuro');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kogi', 'Ofu', 'ofu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kogi', 'Ogori/Magongo', 'ogorimagongo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kogi', 'Okehi', 'okehi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kogi', 'Okene', 'okene');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kogi', 'Olamaboro', 'olamaboro');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kogi', 'Omala', 'omala');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kogi', 'Yagba East', 'yagbaeast');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kogi', 'Yagba West', 'yagbawest');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kwara', 'Asa', 'asa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kwara', 'Baruten', 'baruten');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kwara', 'Edu', 'edu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kwara', 'Ekiti', 'ekiti');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kwara', 'Ifelodun', 'ifelodun');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kwara', 'Ilorin East', 'ilorineast');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kwara', 'Ilorin South', 'ilorinsouth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kwara', 'Ilorin West', 'ilorinwest');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kwara', 'Irepodun', 'irepodun');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kwara', 'Isin', 'isin');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kwara', 'Kaiama', 'kaiama');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kwara', 'Moro', 'moro');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kwara', 'Offa', 'offa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kwara', 'Oke Ero', 'okeero');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kwara', 'Oyun', 'oyun');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Kwara', 'Pategi', 'pategi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Lagos', 'Agege', 'agege');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Lagos', 'Ajeromi-Ifelodun', 'ajeromiifelodun');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Lagos', 'Alimosho', 'alimosho');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Lagos', 'Amuwo-Odofin', 'amuwoodofin');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Lagos', 'Apapa', 'apapa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Lagos', 'Badagry', 'badagry');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Lagos', 'Epe', 'epe');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Lagos', 'Eti Osa', 'etiosa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Lagos', 'Ibeju-Lekki', 'ibejulekki');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Lagos', 'Ifako-Ijaiye', 'ifakoijaiye');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Lagos', 'Ikeja', 'ikeja');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Lagos', 'Ikorodu', 'ikorodu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Lagos', 'Kosofe', 'kosofe');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Lagos', 'Lagos Island', 'lagosisland');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Lagos', 'Lagos Mainland', 'lagosmainland');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Lagos', 'Mushin', 'mushin');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Lagos', 'Ojo', 'ojo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Lagos', 'Oshodi-Isolo', 'oshodiisolo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Lagos', 'Shomolu', 'shomolu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Lagos', 'Surulere', 'surulere');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Nasarawa', 'Akwanga', 'akwanga');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Nasarawa', 'Awe', 'awe');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Nasarawa', 'Doma', 'doma');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Nasarawa', 'Karu', 'karu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Nasarawa', 'Keana', 'keana');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Nasarawa', 'Keffi', 'keffi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Nasarawa', 'Kokona', 'kokona');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Nasarawa', 'Lafia', 'lafia');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Nasarawa', 'Nasarawa', 'nasarawa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Nasarawa', 'Nasarawa Egon', 'nasarawaegon');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Nasarawa', 'Obi', 'obi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Nasarawa', 'Toto', 'toto');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Nasarawa', 'Wamba', 'wamba');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Niger', 'Agaie', 'agaie');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Niger', 'Agwara', 'agwara');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Niger', 'Bida', 'bida');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Niger', 'Borgu', 'borgu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Niger', 'Bosso', 'bosso');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Niger', 'Chanchaga', 'chanchaga');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Niger', 'Edati', 'edati');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Niger', 'Gbako', 'gbako');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Niger', 'Gurara', 'gurara');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Niger', 'Katcha', 'katcha');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Niger', 'Kontagora', 'kontagora');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Niger', 'Lapai', 'lapai');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Niger', 'Lavun', 'lavun');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Niger', 'Magama', 'magama');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Niger', 'Mariga', 'mariga');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Niger', 'Mashegu', 'mashegu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Niger', 'Mokwa', 'mokwa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Niger', 'Moya', 'moya');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Niger', 'Paikoro', 'paikoro');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Niger', 'Rafi', 'rafi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Niger', 'Rijau', 'rijau');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Niger', 'Shiroro', 'shiroro');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Niger', 'Suleja', 'suleja');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Niger', 'Tafa', 'tafa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Niger', 'Wushishi', 'wushishi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ogun', 'Abeokuta North', 'abeokutanorth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ogun', 'Abeokuta South', 'abeokutasouth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ogun', 'Ado-Odo/Ota', 'adoodoota');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ogun', 'Ewekoro', 'ewekoro');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ogun', 'Ifo', 'ifo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ogun', 'Ijebu East', 'ijebueast');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ogun', 'Ijebu North', 'ijebunorth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ogun', 'Ijebu North East', 'ijebunortheast');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ogun', 'Ijebu Ode', 'ijebuode');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ogun', 'Ikenne', 'ikenne');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ogun', 'Imeko Afon', 'imekoafon');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ogun', 'Ipokia', 'ipokia');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ogun', 'Obafemi Owode', 'obafemiowode');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ogun', 'Odeda', 'odeda');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ogun', 'Odogbolu', 'odogbolu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ogun', 'Ogun Waterside', 'ogunwaterside');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ogun', 'Remo North', 'remonorth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ogun', 'Sagamu', 'sagamu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ogun', 'Yewa North', 'yewanorth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ogun', 'Yewa South', 'yewasouth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ondo', 'Akoko North-East', 'akokonortheast');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ondo', 'Akoko North-West', 'akokonorthwest');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ondo', 'Akoko South-East', 'akokosoutheast');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ondo', 'Akoko South-West', 'akokosouthwest');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ondo', 'Akure North', 'akurenorth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ondo', 'Akure South', 'akuresouth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ondo', 'Ese Odo', 'eseodo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ondo', 'Idanre', 'idanre');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ondo', 'Ifedore', 'ifedore');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ondo', 'Ilaje', 'ilaje');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ondo', 'Ile Oluji/Okeigbo', 'ileolujiokeigbo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ondo', 'Irele', 'irele');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ondo', 'Odigbo', 'odigbo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ondo', 'Okitipupa', 'okitipupa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ondo', 'Ondo East', 'ondoeast');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ondo', 'Ondo West', 'ondowest');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ondo', 'Ose', 'ose');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Ondo', 'Owo', 'owo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Osun', 'Aiyedaade', 'aiyedaade');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Osun', 'Aiyedire', 'aiyedire');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Osun', 'Atakunmosa East', 'atakunmosaeast');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Osun', 'Atakunmosa West', 'atakunmosawest');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Osun', 'Boluwaduro', 'boluwaduro');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Osun', 'Boripe', 'boripe');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Osun', 'Ede North', 'edenorth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Osun', 'Ede South', 'edesouth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Osun', 'Egbedore', 'egbedore');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Osun', 'Ejigbo', 'ejigbo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Osun', 'Ife Central', 'ifecentral');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Osun', 'Ife East', 'ifeeast');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Osun', 'Ife North', 'ifenorth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Osun', 'Ife South', 'ifesouth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Osun', 'Ifedayo', 'ifedayo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Osun', 'Ifelodun', 'ifelodun');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Osun', 'Ila', 'ila');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Osun', 'Ilesa East', 'ilesaeast');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Osun', 'Ilesa West', 'ilesawest');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Osun', 'Irepodun', 'irepodun');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Osun', 'Irewole', 'irewole');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Osun', 'Isokan', 'isokan');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Osun', 'Iwo', 'iwo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Osun', 'Obokun', 'obokun');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Osun', 'Odo Otin', 'odootin');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Osun', 'Ola Oluwa', 'olaoluwa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Osun', 'Olorunda', 'olorunda');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Osun', 'Oriade', 'oriade');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Osun', 'Orolu', 'orolu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Osun', 'Osogbo', 'osogbo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Oyo', 'Afijio', 'afijio');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Oyo', 'Akinyele', 'akinyele');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Oyo', 'Atiba', 'atiba');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Oyo', 'Atisbo', 'atisbo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Oyo', 'Egbeda', 'egbeda');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Oyo', 'Ibadan North', 'ibadannorth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Oyo', 'Ibadan North-East', 'ibadannortheast');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Oyo', 'Ibadan North-West', 'ibadannorthwest');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Oyo', 'Ibadan South-East', 'ibadansoutheast');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Oyo', 'Ibadan South-West', 'ibadansouthwest');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Oyo', 'Ibarapa Central', 'ibarapacentral');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Oyo', 'Ibarapa East', 'ibarapaeast');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Oyo', 'Ibarapa North', 'ibarapanorth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Oyo', 'Ido', 'ido');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Oyo', 'Irepo', 'irepo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Oyo', 'Iseyin', 'iseyin');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Oyo', 'Itesiwaju', 'itesiwaju');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Oyo', 'Iwajowa', 'iwajowa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Oyo', 'Kajola', 'kajola');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Oyo', 'Lagelu', 'lagelu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Oyo', 'Ogbomosho North', 'ogbomoshonorth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Oyo', 'Ogbomosho South', 'ogbomoshosouth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Oyo', 'Ogo Oluwa', 'ogooluwa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Oyo', 'Olorunsogo', 'olorunsogo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Oyo', 'Oluyole', 'oluyole');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Oyo', 'Ona Ara', 'onaara');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Oyo', 'Orelope', 'orelope');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Oyo', 'Ori Ire', 'oriire');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Oyo', 'Oyo East', 'oyoeast');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Oyo', 'Oyo West', 'oyowest');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Oyo', 'Saki East', 'sakieast');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Oyo', 'Saki West', 'sakiwest');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Oyo', 'Surulere', 'surulere');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Plateau', 'Barkin Ladi', 'barkinladi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Plateau', 'Bassa', 'bassa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Plateau', 'Bokkos', 'bokkos');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Plateau', 'Jos East', 'joseast');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Plateau', 'Jos North', 'josnorth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Plateau', 'Jos South', 'jossouth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Plateau', 'Kanam', 'kanam');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Plateau', 'Kanke', 'kanke');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Plateau', 'Langtang North', 'langtangnorth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Plateau', 'Langtang South', 'langtangsouth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Plateau', 'Mangu', 'mangu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Plateau', 'Mikang', 'mikang');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Plateau', 'Pankshin', 'pankshin');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Plateau', 'Qua''an Pan', 'quaanpan');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Plateau', 'Riyom', 'riyom');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Plateau', 'Shendam', 'shendam');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Plateau', 'Wase', 'wase');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Rivers', 'Abua/Odual', 'abuaodual');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Rivers', 'Ahoada East', 'ahoadaeast');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Rivers', 'Ahoada West', 'ahoadawest');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Rivers', 'Akuku-Toru', 'akukutoru');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Rivers', 'Andoni', 'andoni');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Rivers', 'Asari-Toru', 'asaritoru');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Rivers', 'Bonny', 'bonny');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Rivers', 'Degema', 'degema');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Rivers', 'Eleme', 'eleme');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Rivers', 'Emohua', 'emohua');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Rivers', 'Etche', 'etche');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Rivers', 'Gokana', 'gokana');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Rivers', 'Ikwerre', 'ikwerre');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Rivers', 'Khana', 'khana');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Rivers', 'Obio/Akpor', 'obioakpor');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Rivers', 'Ogba/Egbema/Ndoni', 'ogbaegbemandoni');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Rivers', 'Ogu/Bolo', 'ogubolo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Rivers', 'Okrika', 'okrika');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Rivers', 'Omuma', 'omuma');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Rivers', 'Opobo/Nkoro', 'opobonkoro');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Rivers', 'Oyigbo', 'oyigbo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Rivers', 'Port Harcourt', 'portharcourt');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Rivers', 'Tai', 'tai');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Sokoto', 'Binji', 'binji');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Sokoto', 'Bodinga', 'bodinga');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Sokoto', 'Dange Shuni', 'dangeshuni');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Sokoto', 'Gada', 'gada');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Sokoto', 'Goronyo', 'goronyo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Sokoto', 'Gudu', 'gudu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Sokoto', 'Gwadabawa', 'gwadabawa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Sokoto', 'Illela', 'illela');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Sokoto', 'Isa', 'isa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Sokoto', 'Kebbe', 'kebbe');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Sokoto', 'Kware', 'kware');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Sokoto', 'Rabah', 'rabah');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Sokoto', 'Sabon Birni', 'sabonbirni');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Sokoto', 'Shagari', 'shagari');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Sokoto', 'Silame', 'silame');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Sokoto', 'Sokoto North', 'sokotonorth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Sokoto', 'Sokoto South', 'sokotosouth');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Sokoto', 'Tambuwal', 'tambuwal');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Sokoto', 'Tangaza', 'tangaza');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Sokoto', 'Tureta', 'tureta');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Sokoto', 'Wamako', 'wamako');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Sokoto', 'Wurno', 'wurno');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Sokoto', 'Yabo', 'yabo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Taraba', 'Ardo Kola', 'ardokola');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Taraba', 'Bali', 'bali');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Taraba', 'Donga', 'donga');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Taraba', 'Gashaka', 'gashaka');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Taraba', 'Gassol', 'gassol');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Taraba', 'Ibi', 'ibi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Taraba', 'Jalingo', 'jalingo');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Taraba', 'Karim Lamido', 'karimlamido');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Taraba', 'Kumi', 'kumi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Taraba', 'Lau', 'lau');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Taraba', 'Sardauna', 'sardauna');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Taraba', 'Takum', 'takum');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Taraba', 'Ussa', 'ussa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Taraba', 'Wukari', 'wukari');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Taraba', 'Yorro', 'yorro');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Taraba', 'Zing', 'zing');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Yobe', 'Bade', 'bade');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Yobe', 'Bursari', 'bursari');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Yobe', 'Damaturu', 'damaturu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Yobe', 'Fika', 'fika');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Yobe', 'Fune', 'fune');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Yobe', 'Geidam', 'geidam');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Yobe', 'Gujba', 'gujba');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Yobe', 'Gulani', 'gulani');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Yobe', 'Jakusko', 'jakusko');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Yobe', 'Karasuwa', 'karasuwa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Yobe', 'Machina', 'machina');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Yobe', 'Nangere', 'nangere');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Yobe', 'Nguru', 'nguru');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Yobe', 'Potiskum', 'potiskum');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Yobe', 'Tarmuwa', 'tarmuwa');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Yobe', 'Yunusari', 'yunusari');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Yobe', 'Yusufari', 'yusufari');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Zamfara', 'Anka', 'anka');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Zamfara', 'Bakura', 'bakura');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Zamfara', 'Birnin Magaji/Kiyaw', 'birninmagajikiyaw');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Zamfara', 'Bukkuyum', 'bukkuyum');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Zamfara', 'Bungudu', 'bungudu');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Zamfara', 'Chafe', 'chafe');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Zamfara', 'Gummi', 'gummi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Zamfara', 'Gusau', 'gusau');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Zamfara', 'Kaura Namoda', 'kauranamoda');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Zamfara', 'Maradun', 'maradun');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Zamfara', 'Maru', 'maru');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Zamfara', 'Shinkafi', 'shinkafi');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Zamfara', 'Talata Mafara', 'talatamafara');

INSERT INTO etl.ref_lgas (state, lga, lga_key) VALUES ('Zamfara', 'Zurmi', 'zurmi');

INSERT INTO etl.ref_icd10 (code) VALUES ('A00');

INSERT INTO etl.ref_icd10 (code) VALUES ('A000');

INSERT INTO etl.ref_icd10 (code) VALUES ('A001');

INSERT INTO etl.ref_icd10 (code) VALUES ('A009');

INSERT INTO etl.ref_icd10 (code) VALUES ('A01');

INSERT INTO etl.ref_icd10 (code) VALUES ('A010');

INSERT INTO etl.ref_icd10 (code) VALUES ('A011');

INSERT INTO etl.ref_icd10 (code) VALUES ('A012');

INSERT INTO etl.ref_icd10 (code) VALUES ('A013');

INSERT INTO etl.ref_icd10 (code) VALUES ('A014');

INSERT INTO etl.ref_icd10 (code) VALUES ('A02');

INSERT INTO etl.ref_icd10 (code) VALUES ('A020');

INSERT INTO etl.ref_icd10 (code) VALUES ('A021');

INSERT INTO etl.ref_icd10 (code) VALUES ('A022');

INSERT INTO etl.ref_icd10 (code) VALUES ('A028');

INSERT INTO etl.ref_icd10 (code) VALUES ('A029');

INSERT INTO etl.ref_icd10 (code) VALUES ('A03');

INSERT INTO etl.ref_icd10 (code) VALUES ('A030');

INSERT INTO etl.ref_icd10 (code) VALUES ('A031');

INSERT INTO etl.ref_icd10 (code) VALUES ('A032');

INSERT INTO etl.ref_icd10 (code) VALUES ('A033');

INSERT INTO etl.ref_icd10 (code) VALUES ('A038');

INSERT INTO etl.ref_icd10 (code) VALUES ('A039');

INSERT INTO etl.ref_icd10 (code) VALUES ('A04');

INSERT INTO etl.ref_icd10 (code) VALUES ('A040');

INSERT INTO etl.ref_icd10 (code) VALUES ('A041');

INSERT INTO etl.ref_icd10 (code) VALUES ('A042');

INSERT INTO etl.ref_icd10 (code) VALUES ('A043');

INSERT INTO etl.ref_icd10 (code) VALUES ('A044');

INSERT INTO etl.ref_icd10 (code) VALUES ('A045');

INSERT INTO etl.ref_icd10 (code) VALUES ('A046');

INSERT INTO etl.ref_icd10 (code) VALUES ('A047');

INSERT INTO etl.ref_icd10 (code) VALUES ('A048');

INSERT INTO etl.ref_icd10 (code) VALUES ('A049');

INSERT INTO etl.ref_icd10 (code) VALUES ('A05');

INSERT INTO etl.ref_icd10 (code) VALUES ('A050');

INSERT INTO etl.ref_icd10 (code) VALUES ('A051');

INSERT INTO etl.ref_icd10 (code) VALUES ('A052');

INSERT INTO etl.ref_icd10 (code) VALUES ('A053');

INSERT INTO etl.ref_icd10 (code) VALUES ('A054');

INSERT INTO etl.ref_icd10 (code) VALUES ('A058');

INSERT INTO etl.ref_icd10 (code) VALUES ('A059');

INSERT INTO etl.ref_icd10 (code) VALUES ('A06');

INSERT INTO etl.ref_icd10 (code) VALUES ('A060');

INSERT INTO etl.ref_icd10 (code) VALUES ('A061');

INSERT INTO etl.ref_icd10 (code) VALUES ('A062');

INSERT INTO etl.ref_icd10 (code) VALUES ('A063');

INSERT INTO etl.ref_icd10 (code) VALUES ('A064');

INSERT INTO etl.ref_icd10 (code) VALUES ('A065');

INSERT INTO etl.ref_icd10 (code) VALUES ('A066');

INSERT INTO etl.ref_icd10 (code) VALUES ('A067');

INSERT INTO etl.ref_icd10 (code) VALUES ('A068');

INSERT INTO etl.ref_icd10 (code) VALUES ('A069');

INSERT INTO etl.ref_icd10 (code) VALUES ('A07');

INSERT INTO etl.ref_icd10 (code) VALUES ('A070');

INSERT INTO etl.ref_icd10 (code) VALUES ('A071');

INSERT INTO etl.ref_icd10 (code) VALUES ('A072');

INSERT INTO etl.ref_icd10 (code) VALUES ('A073');

INSERT INTO etl.ref_icd10 (code) VALUES ('A078');

INSERT INTO etl.ref_icd10 (code) VALUES ('A079');

INSERT INTO etl.ref_icd10 (code) VALUES ('A08');

INSERT INTO etl.ref_icd10 (code) VALUES ('A080');

INSERT INTO etl.ref_icd10 (code) VALUES ('A081');

INSERT INTO etl.ref_icd10 (code) VALUES ('A082');

INSERT INTO etl.ref_icd10 (code) VALUES ('A083');

INSERT INTO etl.ref_icd10 (code) VALUES ('A084');

INSERT INTO etl.ref_icd10 (code) VALUES ('A085');

INSERT INTO etl.ref_icd10 (code) VALUES ('A09');

INSERT INTO etl.ref_icd10 (code) VALUES ('A090');

INSERT INTO etl.ref_icd10 (code) VALUES ('A099');

INSERT INTO etl.ref_icd10 (code) VALUES ('A15');

INSERT INTO etl.ref_icd10 (code) VALUES ('A150');

INSERT INTO etl.ref_icd10 (code) VALUES ('A151');

INSERT INTO etl.ref_icd10 (code) VALUES ('A152');

INSERT INTO etl.ref_icd10 (code) VALUES ('A153');

INSERT INTO etl.ref_icd10 (code) VALUES ('A154');

INSERT INTO etl.ref_icd10 (code) VALUES ('A155');

INSERT INTO etl.ref_icd10 (code) VALUES ('A156');

INSERT INTO etl.ref_icd10 (code) VALUES ('A157');

INSERT INTO etl.ref_icd10 (code) VALUES ('A158');

INSERT INTO etl.ref_icd10 (code) VALUES ('A159');

INSERT INTO etl.ref_icd10 (code) VALUES ('A16');

INSERT INTO etl.ref_icd10 (code) VALUES ('A160');

INSERT INTO etl.ref_icd10 (code) VALUES ('A161');

INSERT INTO etl.ref_icd10 (code) VALUES ('A162');

INSERT INTO etl.ref_icd10 (code) VALUES ('A163');

INSERT INTO etl.ref_icd10 (code) VALUES ('A164');

INSERT INTO etl.ref_icd10 (code) VALUES ('A165');

INSERT INTO etl.ref_icd10 (code) VALUES ('A167');

INSERT INTO etl.ref_icd10 (code) VALUES ('A168');

INSERT INTO etl.ref_icd10 (code) VALUES ('A169');

INSERT INTO etl.ref_icd10 (code) VALUES ('A17');

INSERT INTO etl.ref_icd10 (code) VALUES ('A170');

INSERT INTO etl.ref_icd10 (code) VALUES ('A171');

INSERT INTO etl.ref_icd10 (code) VALUES ('A178');

INSERT INTO etl.ref_icd10 (code) VALUES ('A179');

INSERT INTO etl.ref_icd10 (code) VALUES ('A18');

INSERT INTO etl.ref_icd10 (code) VALUES ('A180');

INSERT INTO etl.ref_icd10 (code) VALUES ('A181');

INSERT INTO etl.ref_icd10 (code) VALUES ('A182');

INSERT INTO etl.ref_icd10 (code) VALUES ('A183');

INSERT INTO etl.ref_icd10 (code) VALUES ('A184');

INSERT INTO etl.ref_icd10 (code) VALUES ('A185');

INSERT INTO etl.ref_icd10 (code) VALUES ('A186');

INSERT INTO etl.ref_icd10 (code) VALUES ('A187');

INSERT INTO etl.ref_icd10 (code) VALUES ('A188');

INSERT INTO etl.ref_icd10 (code) VALUES ('A19');

INSERT INTO etl.ref_icd10 (code) VALUES ('A190');

INSERT INTO etl.ref_icd10 (code) VALUES ('A191');

INSERT INTO etl.ref_icd10 (code) VALUES ('A192');

INSERT INTO etl.ref_icd10 (code) VALUES ('A198');

INSERT INTO etl.ref_icd10 (code) VALUES ('A199');

INSERT INTO etl.ref_icd10 (code) VALUES ('A20');

INSERT INTO etl.ref_icd10 (code) VALUES ('A200');

INSERT INTO etl.ref_icd10 (code) VALUES ('A201');

INSERT INTO etl.ref_icd10 (code) VALUES ('A202');

INSERT INTO etl.ref_icd10 (code) VALUES ('A203');

INSERT INTO etl.ref_icd10 (code) VALUES ('A207');

INSERT INTO etl.ref_icd10 (code) VALUES ('A208');

INSERT INTO etl.ref_icd10 (code) VALUES ('A209');

INSERT INTO etl.ref_icd10 (code) VALUES ('A21');

INSERT INTO etl.ref_icd10 (code) VALUES ('A210');

INSERT INTO etl.ref_icd10 (code) VALUES ('A211');

INSERT INTO etl.ref_icd10 (code) VALUES ('A212');

INSERT INTO etl.ref_icd10 (code) VALUES ('A213');

INSERT INTO etl.ref_icd10 (code) VALUES ('A217');

INSERT INTO etl.ref_icd10 (code) VALUES ('A218');

INSERT INTO etl.ref_icd10 (code) VALUES ('A219');

INSERT INTO etl.ref_icd10 (code) VALUES ('A22');

INSERT INTO etl.ref_icd10 (code) VALUES ('A220');

INSERT INTO etl.ref_icd10 (code) VALUES ('A221');

INSERT INTO etl.ref_icd10 (code) VALUES ('A222');

INSERT INTO etl.ref_icd10 (code) VALUES ('A227');

INSERT INTO etl.ref_icd10 (code) VALUES ('A228');

INSERT INTO etl.ref_icd10 (code) VALUES ('A229');

INSERT INTO etl.ref_icd10 (code) VALUES ('A23');

INSERT INTO etl.ref_icd10 (code) VALUES ('A230');

INSERT INTO etl.ref_icd10 (code) VALUES ('A231');

INSERT INTO etl.ref_icd10 (code) VALUES ('A232');

INSERT INTO etl.ref_icd10 (code) VALUES ('A233');

INSERT INTO etl.ref_icd10 (code) VALUES ('A238');

INSERT INTO etl.ref_icd10 (code) VALUES ('A239');

INSERT INTO etl.ref_icd10 (code) VALUES ('A24');

INSERT INTO etl.ref_icd10 (code) VALUES ('A240');

INSERT INTO etl.ref_icd10 (code) VALUES ('A241');

INSERT INTO etl.ref_icd10 (code) VALUES ('A242');

INSERT INTO etl.ref_icd10 (code) VALUES ('A243');

INSERT INTO etl.ref_icd10 (code) VALUES ('A244');

INSERT INTO etl.ref_icd10 (code) VALUES ('A25');

INSERT INTO etl.ref_icd10 (code) VALUES ('A250');

INSERT INTO etl.ref_icd10 (code) VALUES ('A251');

INSERT INTO etl.ref_icd10 (code) VALUES ('A259');

INSERT INTO etl.ref_icd10 (code) VALUES ('A26');

INSERT INTO etl.ref_icd10 (code) VALUES ('A260');

INSERT INTO etl.ref_icd10 (code) VALUES ('A267');

INSERT INTO etl.ref_icd10 (code) VALUES ('A268');

INSERT INTO etl.ref_icd10 (code) VALUES ('A269');

INSERT INTO etl.ref_icd10 (code) VALUES ('A27');

INSERT INTO etl.ref_icd10 (code) VALUES ('A270');

INSERT INTO etl.ref_icd10 (code) VALUES ('A278');

INSERT INTO etl.ref_icd10 (code) VALUES ('A279');

INSERT INTO etl.ref_icd10 (code) VALUES ('A28');

INSERT INTO etl.ref_icd10 (code) VALUES ('A280');

INSERT INTO etl.ref_icd10 (code) VALUES ('A281');

INSERT INTO etl.ref_icd10 (code) VALUES ('A282');

INSERT INTO etl.ref_icd10 (code) VALUES ('A288');

INSERT INTO etl.ref_icd10 (code) VALUES ('A289');

INSERT INTO etl.ref_icd10 (code) VALUES ('A30');

INSERT INTO etl.ref_icd10 (code) VALUES ('A300');

INSERT INTO etl.ref_icd10 (code) VALUES ('A301');

INSERT INTO etl.ref_icd10 (code) VALUES ('A302');

INSERT INTO etl.ref_icd10 (code) VALUES ('A303');

INSERT INTO etl.ref_icd10 (code) VALUES ('A304');

INSERT INTO etl.ref_icd10 (code) VALUES ('A305');

INSERT INTO etl.ref_icd10 (code) VALUES ('A308');

INSERT INTO etl.ref_icd10 (code) VALUES ('A309');

INSERT INTO etl.ref_icd10 (code) VALUES ('A31');

INSERT INTO etl.ref_icd10 (code) VALUES ('A310');

INSERT INTO etl.ref_icd10 (code) VALUES ('A311');

INSERT INTO etl.ref_icd10 (code) VALUES ('A318');

INSERT INTO etl.ref_icd10 (code) VALUES ('A319');

INSERT INTO etl.ref_icd10 (code) VALUES ('A32');

INSERT INTO etl.ref_icd10 (code) VALUES ('A320');

INSERT INTO etl.ref_icd10 (code) VALUES ('A321');

INSERT INTO etl.ref_icd10 (code) VALUES ('A327');

INSERT INTO etl.ref_icd10 (code) VALUES ('A328');

INSERT INTO etl.ref_icd10 (code) VALUES ('A329');

INSERT INTO etl.ref_icd10 (code) VALUES ('A33');

INSERT INTO etl.ref_icd10 (code) VALUES ('A34');

INSERT INTO etl.ref_icd10 (code) VALUES ('A35');

INSERT INTO etl.ref_icd10 (code) VALUES ('A36');

INSERT INTO etl.ref_icd10 (code) VALUES ('A360');

INSERT INTO etl.ref_icd10 (code) VALUES ('A361');

INSERT INTO etl.ref_icd10 (code) VALUES ('A362');

INSERT INTO etl.ref_icd10 (code) VALUES ('A363');

INSERT INTO etl.ref_icd10 (code) VALUES ('A368');

INSERT INTO etl.ref_icd10 (code) VALUES ('A369');

INSERT INTO etl.ref_icd10 (code) VALUES ('A37');

INSERT INTO etl.ref_icd10 (code) VALUES ('A370');

INSERT INTO etl.ref_icd10 (code) VALUES ('A371');

INSERT INTO etl.ref_icd10 (code) VALUES ('A378');

INSERT INTO etl.ref_icd10 (code) VALUES ('A379');

INSERT INTO etl.ref_icd10 (code) VALUES ('A38');

INSERT INTO etl.ref_icd10 (code) VALUES ('A39');

INSERT INTO etl.ref_icd10 (code) VALUES ('A390');

INSERT INTO etl.ref_icd10 (code) VALUES ('A391');

INSERT INTO etl.ref_icd10 (code) VALUES ('A392');

INSERT INTO etl.ref_icd10 (code) VALUES ('A393');

INSERT INTO etl.ref_icd10 (code) VALUES ('A394');

INSERT INTO etl.ref_icd10 (code) VALUES ('A395');

INSERT INTO etl.ref_icd10 (code) VALUES ('A398');

INSERT INTO etl.ref_icd10 (code) VALUES ('A399');

INSERT INTO etl.ref_icd10 (code) VALUES ('A40');

INSERT INTO etl.ref_icd10 (code) VALUES ('A400');

INSERT INTO etl.ref_icd10 (code) VALUES ('A401');

INSERT INTO etl.ref_icd10 (code) VALUES ('A402');

INSERT INTO etl.ref_icd10 (code) VALUES ('A403');

INSERT INTO etl.ref_icd10 (code) VALUES ('A408');

INSERT INTO etl.ref_icd10 (code) VALUES ('A409');

INSERT INTO etl.ref_icd10 (code) VALUES ('A41');

INSERT INTO etl.ref_icd10 (code) VALUES ('A410');

INSERT INTO etl.ref_icd10 (code) VALUES ('A411');

INSERT INTO etl.ref_icd10 (code) VALUES ('A412');

INSERT INTO etl.ref_icd10 (code) VALUES ('A413');

INSERT INTO etl.ref_icd10 (code) VALUES ('A414');

INSERT INTO etl.ref_icd10 (code) VALUES ('A415');

INSERT INTO etl.ref_icd10 (code) VALUES ('A418');

INSERT INTO etl.ref_icd10 (code) VALUES ('A419');

INSERT INTO etl.ref_icd10 (code) VALUES ('A42');

INSERT INTO etl.ref_icd10 (code) VALUES ('A420');

INSERT INTO etl.ref_icd10 (code) VALUES ('A421');

INSERT INTO etl.ref_icd10 (code) VALUES ('A422');

INSERT INTO etl.ref_icd10 (code) VALUES ('A427');

INSERT INTO etl.ref_icd10 (code) VALUES ('A428');

INSERT INTO etl.ref_icd10 (code) VALUES ('A429');

INSERT INTO etl.ref_icd10 (code) VALUES ('A43');

INSERT INTO etl.ref_icd10 (code) VALUES ('A430');

INSERT INTO etl.ref_icd10 (code) VALUES ('A431');

INSERT INTO etl.ref_icd10 (code) VALUES ('A438');

INSERT INTO etl.ref_icd10 (code) VALUES ('A439');

INSERT INTO etl.ref_icd10 (code) VALUES ('A44');

INSERT INTO etl.ref_icd10 (code) VALUES ('A440');

INSERT INTO etl.ref_icd10 (code) VALUES ('A441');

INSERT INTO etl.ref_icd10 (code) VALUES ('A448');

INSERT INTO etl.ref_icd10 (code) VALUES ('A449');

INSERT INTO etl.ref_icd10 (code) VALUES ('A46');

INSERT INTO etl.ref_icd10 (code) VALUES ('A48');

INSERT INTO etl.ref_icd10 (code) VALUES ('A480');

INSERT INTO etl.ref_icd10 (code) VALUES ('A481');

INSERT INTO etl.ref_icd10 (code) VALUES ('A482');

INSERT INTO etl.ref_icd10 (code) VALUES ('A483');

INSERT INTO etl.ref_icd10 (code) VALUES ('A484');

INSERT INTO etl.ref_icd10 (code) VALUES ('A488');

INSERT INTO etl.ref_icd10 (code) VALUES ('A49');

INSERT INTO etl.ref_icd10 (code) VALUES ('A490');

INSERT INTO etl.ref_icd10 (code) VALUES ('A491');

INSERT INTO etl.ref_icd10 (code) VALUES ('A492');

INSERT INTO etl.ref_icd10 (code) VALUES ('A493');

INSERT INTO etl.ref_icd10 (code) VALUES ('A498');

INSERT INTO etl.ref_icd10 (code) VALUES ('A499');

INSERT INTO etl.ref_icd10 (code) VALUES ('A50');

INSERT INTO etl.ref_icd10 (code) VALUES ('A500');

INSERT INTO etl.ref_icd10 (code) VALUES ('A501');

INSERT INTO etl.ref_icd10 (code) VALUES ('A502');

INSERT INTO etl.ref_icd10 (code) VALUES ('A503');

INSERT INTO etl.ref_icd10 (code) VALUES ('A504');

INSERT INTO etl.ref_icd10 (code) VALUES ('A505');

INSERT INTO etl.ref_icd10 (code) VALUES ('A506');

INSERT INTO etl.ref_icd10 (code) VALUES ('A507');

INSERT INTO etl.ref_icd10 (code) VALUES ('A509');

INSERT INTO etl.ref_icd10 (code) VALUES ('A51');

INSERT INTO etl.ref_icd10 (code) VALUES ('A510');

INSERT INTO etl.ref_icd10 (code) VALUES ('A511');

INSERT INTO etl.ref_icd10 (code) VALUES ('A512');

INSERT INTO etl.ref_icd10 (code) VALUES ('A513');

INSERT INTO etl.ref_icd10 (code) VALUES ('A514');

INSERT INTO etl.ref_icd10 (code) VALUES ('A515');

INSERT INTO etl.ref_icd10 (code) VALUES ('A519');

INSERT INTO etl.ref_icd10 (code) VALUES ('A52');

INSERT INTO etl.ref_icd10 (code) VALUES ('A520');

INSERT INTO etl.ref_icd10 (code) VALUES ('A521');

INSERT INTO etl.ref_icd10 (code) VALUES ('A522');

INSERT INTO etl.ref_icd10 (code) VALUES ('A523');

INSERT INTO etl.ref_icd10 (code) VALUES ('A527');

INSERT INTO etl.ref_icd10 (code) VALUES ('A528');

INSERT INTO etl.ref_icd10 (code) VALUES ('A529');

INSERT INTO etl.ref_icd10 (code) VALUES ('A53');

INSERT INTO etl.ref_icd10 (code) VALUES ('A530');

INSERT INTO etl.ref_icd10 (code) VALUES ('A539');

INSERT INTO etl.ref_icd10 (code) VALUES ('A54');

INSERT INTO etl.ref_icd10 (code) VALUES ('A540');

INSERT INTO etl.ref_icd10 (code) VALUES ('A541');

INSERT INTO etl.ref_icd10 (code) VALUES ('A542');

INSERT INTO etl.ref_icd10 (code) VALUES ('A543');

INSERT INTO etl.ref_icd10 (code) VALUES ('A544');

INSERT INTO etl.ref_icd10 (code) VALUES ('A545');

INSERT INTO etl.ref_icd10 (code) VALUES ('A546');

INSERT INTO etl.ref_icd10 (code) VALUES ('A548');

INSERT INTO etl.ref_icd10 (code) VALUES ('A549');

INSERT INTO etl.ref_icd10 (code) VALUES ('A55');

INSERT INTO etl.ref_icd10 (code) VALUES ('A56');

INSERT INTO etl.ref_icd10 (code) VALUES ('A560');

INSERT INTO etl.ref_icd10 (code) VALUES ('A561');

INSERT INTO etl.ref_icd10 (code) VALUES ('A562');

INSERT INTO etl.ref_icd10 (code) VALUES ('A563');

INSERT INTO etl.ref_icd10 (code) VALUES ('A564');

INSERT INTO etl.ref_icd10 (code) VALUES ('A568');

INSERT INTO etl.ref_icd10 (code) VALUES ('A57');

INSERT INTO etl.ref_icd10 (code) VALUES ('A58');

INSERT INTO etl.ref_icd10 (code) VALUES ('A59');

INSERT INTO etl.ref_icd10 (code) VALUES ('A590');

INSERT INTO etl.ref_icd10 (code) VALUES ('A598');

INSERT INTO etl.ref_icd10 (code) VALUES ('A599');

INSERT INTO etl.ref_icd10 (code) VALUES ('A60');

INSERT INTO etl.ref_icd10 (code) VALUES ('A600');

INSERT INTO etl.ref_icd10 (code) VALUES ('A601');

INSERT INTO etl.ref_icd10 (code) VALUES ('A609');

INSERT INTO etl.ref_icd10 (code) VALUES ('A63');

INSERT INTO etl.ref_icd10 (code) VALUES ('A630');

INSERT INTO etl.ref_icd10 (code) VALUES ('A638');

INSERT INTO etl.ref_icd10 (code) VALUES ('A64');

INSERT INTO etl.ref_icd10 (code) VALUES ('A65');

INSERT INTO etl.ref_icd10 (code) VALUES ('A66');

INSERT INTO etl.ref_icd10 (code) VALUES ('A660');

INSERT INTO etl.ref_icd10 (code) VALUES ('A661');

INSERT INTO etl.ref_icd10 (code) VALUES ('A662');

INSERT INTO etl.ref_icd10 (code) VALUES ('A663');

INSERT INTO etl.ref_icd10 (code) VALUES ('A664');

INSERT INTO etl.ref_icd10 (code) VALUES ('A665');

INSERT INTO etl.ref_icd10 (code) VALUES ('A666');

INSERT INTO etl.ref_icd10 (code) VALUES ('A667');

INSERT INTO etl.ref_icd10 (code) VALUES ('A668');

INSERT INTO etl.ref_icd10 (code) VALUES ('A669');

INSERT INTO etl.ref_icd10 (code) VALUES ('A67');

INSERT INTO etl.ref_icd10 (code) VALUES ('A670');

INSERT INTO etl.ref_icd10 (code) VALUES ('A671');

INSERT INTO etl.ref_icd10 (code) VALUES ('A672');

INSERT INTO etl.ref_icd10 (code) VALUES ('A673');

INSERT INTO etl.ref_icd10 (code) VALUES ('A679');

INSERT INTO etl.ref_icd10 (code) VALUES ('A68');

INSERT INTO etl.ref_icd10 (code) VALUES ('A680');

INSERT INTO etl.ref_icd10 (code) VALUES ('A681');

INSERT INTO etl.ref_icd10 (code) VALUES ('A689');

INSERT INTO etl.ref_icd10 (code) VALUES ('A69');

INSERT INTO etl.ref_icd10 (code) VALUES ('A690');

INSERT INTO etl.ref_icd10 (code) VALUES ('A691');

INSERT INTO etl.ref_icd10 (code) VALUES ('A692');

INSERT INTO etl.ref_icd10 (code) VALUES ('A698');

INSERT INTO etl.ref_icd10 (code) VALUES ('A699');

INSERT INTO etl.ref_icd10 (code) VALUES ('A70');

INSERT INTO etl.ref_icd10 (code) VALUES ('A71');

INSERT INTO etl.ref_icd10 (code) VALUES ('A710');

INSERT INTO etl.ref_icd10 (code) VALUES ('A711');

INSERT INTO etl.ref_icd10 (code) VALUES ('A719');

INSERT INTO etl.ref_icd10 (code) VALUES ('A74');

INSERT INTO etl.ref_icd10 (code) VALUES ('A740');

INSERT INTO etl.ref_icd10 (code) VALUES ('A748');

INSERT INTO etl.ref_icd10 (code) VALUES ('A749');

INSERT INTO etl.ref_icd10 (code) VALUES ('A75');

INSERT INTO etl.ref_icd10 (code) VALUES ('A750');

INSERT INTO etl.ref_icd10 (code) VALUES ('A751');

INSERT INTO etl.ref_icd10 (code) VALUES ('A752');

INSERT INTO etl.ref_icd10 (code) VALUES ('A753');

INSERT INTO etl.ref_icd10 (code) VALUES ('A759');

INSERT INTO etl.ref_icd10 (code) VALUES ('A77');

INSERT INTO etl.ref_icd10 (code) VALUES ('A770');

INSERT INTO etl.ref_icd10 (code) VALUES ('A771');

INSERT INTO etl.ref_icd10 (code) VALUES ('A772');

INSERT INTO etl.ref_icd10 (code) VALUES ('A773');

INSERT INTO etl.ref_icd10 (code) VALUES ('A778');

INSERT INTO etl.ref_icd10 (code) VALUES ('A779');

INSERT INTO etl.ref_icd10 (code) VALUES ('A78');

INSERT INTO etl.ref_icd10 (code) VALUES ('A79');

INSERT INTO etl.ref_icd10 (code) VALUES ('A790');

INSERT INTO etl.ref_icd10 (code) VALUES ('A791');

INSERT INTO etl.ref_icd10 (code) VALUES ('A798');

INSERT INTO etl.ref_icd10 (code) VALUES ('A799');

INSERT INTO etl.ref_icd10 (code) VALUES ('A80');

INSERT INTO etl.ref_icd10 (code) VALUES ('A800');

INSERT INTO etl.ref_icd10 (code) VALUES ('A801');

INSERT INTO etl.ref_icd10 (code) VALUES ('A802');

INSERT INTO etl.ref_icd10 (code) VALUES ('A803');

INSERT INTO etl.ref_icd10 (code) VALUES ('A804');

INSERT INTO etl.ref_icd10 (code) VALUES ('A809');

INSERT INTO etl.ref_icd10 (code) VALUES ('A81');

INSERT INTO etl.ref_icd10 (code) VALUES ('A810');

INSERT INTO etl.ref_icd10 (code) VALUES ('A811');

INSERT INTO etl.ref_icd10 (code) VALUES ('A812');

INSERT INTO etl.ref_icd10 (code) VALUES ('A818');

INSERT INTO etl.ref_icd10 (code) VALUES ('A819');

INSERT INTO etl.ref_icd10 (code) VALUES ('A82');

INSERT INTO etl.ref_icd10 (code) VALUES ('A820');

INSERT INTO etl.ref_icd10 (code) VALUES ('A821');

INSERT INTO etl.ref_icd10 (code) VALUES ('A829');

INSERT INTO etl.ref_icd10 (code) VALUES ('A83');

INSERT INTO etl.ref_icd10 (code) VALUES ('A830');

INSERT INTO etl.ref_icd10 (code) VALUES ('A831');

INSERT INTO etl.ref_icd10 (code) VALUES ('A832');

INSERT INTO etl.ref_icd10 (code) VALUES ('A833');

INSERT INTO etl.ref_icd10 (code) VALUES ('A834');

INSERT INTO etl.ref_icd10 (code) VALUES ('A835');

INSERT INTO etl.ref_icd10 (code) VALUES ('A836');

INSERT INTO etl.ref_icd10 (code) VALUES ('A838');

INSERT INTO etl.ref_icd10 (code) VALUES ('A839');

INSERT INTO etl.ref_icd10 (code) VALUES ('A84');

INSERT INTO etl.ref_icd10 (code) VALUES ('A840');

INSERT INTO etl.ref_icd10 (code) VALUES ('A841');

INSERT INTO etl.ref_icd10 (code) VALUES ('A848');

INSERT INTO etl.ref_icd10 (code) VALUES ('A849');

INSERT INTO etl.ref_icd10 (code) VALUES ('A85');

INSERT INTO etl.ref_icd10 (code) VALUES ('A850');

INSERT INTO etl.ref_icd10 (code) VALUES ('A851');

INSERT INTO etl.ref_icd10 (code) VALUES ('A852');

INSERT INTO etl.ref_icd10 (code) VALUES ('A858');

INSERT INTO etl.ref_icd10 (code) VALUES ('A86');

INSERT INTO etl.ref_icd10 (code) VALUES ('A87');

INSERT INTO etl.ref_icd10 (code) VALUES ('A870');

INSERT INTO etl.ref_icd10 (code) VALUES ('A871');

INSERT INTO etl.ref_icd10 (code) VALUES ('A872');

INSERT INTO etl.ref_icd10 (code) VALUES ('A878');

INSERT INTO etl.ref_icd10 (code) VALUES ('A879');

INSERT INTO etl.ref_icd10 (code) VALUES ('A88');

INSERT INTO etl.ref_icd10 (code) VALUES ('A880');

INSERT INTO etl.ref_icd10 (code) VALUES ('A881');

INSERT INTO etl.ref_icd10 (code) VALUES ('A888');

INSERT INTO etl.ref_icd10 (code) VALUES ('A89');

INSERT INTO etl.ref_icd10 (code) VALUES ('A92');

INSERT INTO etl.ref_icd10 (code) VALUES ('A920');

INSERT INTO etl.ref_icd10 (code) VALUES ('A921');

INSERT INTO etl.ref_icd10 (code) VALUES ('A922');

INSERT INTO etl.ref_icd10 (code) VALUES ('A923');

INSERT INTO etl.ref_icd10 (code) VALUES ('A924');

INSERT INTO etl.ref_icd10 (code) VALUES ('A925');

INSERT INTO etl.ref_icd10 (code) VALUES ('A928');

INSERT INTO etl.ref_icd10 (code) VALUES ('A929');

INSERT INTO etl.ref_icd10 (code) VALUES ('A93');

INSERT INTO etl.ref_icd10 (code) VALUES ('A930');

INSERT INTO etl.ref_icd10 (code) VALUES ('A931');

INSERT INTO etl.ref_icd10 (code) VALUES ('A932');

INSERT INTO etl.ref_icd10 (code) VALUES ('A938');

INSERT INTO etl.ref_icd10 (code) VALUES ('A94');

INSERT INTO etl.ref_icd10 (code) VALUES ('A95');

INSERT INTO etl.ref_icd10 (code) VALUES ('A950');

INSERT INTO etl.ref_icd10 (code) VALUES ('A951');

INSERT INTO etl.ref_icd10 (code) VALUES ('A959');

INSERT INTO etl.ref_icd10 (code) VALUES ('A96');

INSERT INTO etl.ref_icd10 (code) VALUES ('A960');

INSERT INTO etl.ref_icd10 (code) VALUES ('A961');

INSERT INTO etl.ref_icd10 (code) VALUES ('A962');

INSERT INTO etl.ref_icd10 (code) VALUES ('A968');

INSERT INTO etl.ref_icd10 (code) VALUES ('A969');

INSERT INTO etl.ref_icd10 (code) VALUES ('A97');

INSERT INTO etl.ref_icd10 (code) VALUES ('A970');

INSERT INTO etl.ref_icd10 (code) VALUES ('A971');

INSERT INTO etl.ref_icd10 (code) VALUES ('A972');

INSERT INTO etl.ref_icd10 (code) VALUES ('A979');

INSERT INTO etl.ref_icd10 (code) VALUES ('A98');

INSERT INTO etl.ref_icd10 (code) VALUES ('A980');

INSERT INTO etl.ref_icd10 (code) VALUES ('A981');

INSERT INTO etl.ref_icd10 (code) VALUES ('A982');

INSERT INTO etl.ref_icd10 (code) VALUES ('A983');

INSERT INTO etl.ref_icd10 (code) VALUES ('A984');

INSERT INTO etl.ref_icd10 (code) VALUES ('A985');

INSERT INTO etl.ref_icd10 (code) VALUES ('A988');

INSERT INTO etl.ref_icd10 (code) VALUES ('A99');

INSERT INTO etl.ref_icd10 (code) VALUES ('B00');

INSERT INTO etl.ref_icd10 (code) VALUES ('B000');

INSERT INTO etl.ref_icd10 (code) VALUES ('B001');

INSERT INTO etl.ref_icd10 (code) VALUES ('B002');

INSERT INTO etl.ref_icd10 (code) VALUES ('B003');

INSERT INTO etl.ref_icd10 (code) VALUES ('B004');

INSERT INTO etl.ref_icd10 (code) VALUES ('B005');

INSERT INTO etl.ref_icd10 (code) VALUES ('B007');

INSERT INTO etl.ref_icd10 (code) VALUES ('B008');

INSERT INTO etl.ref_icd10 (code) VALUES ('B009');

INSERT INTO etl.ref_icd10 (code) VALUES ('B01');

INSERT INTO etl.ref_icd10 (code) VALUES ('B010');

INSERT INTO etl.ref_icd10 (code) VALUES ('B011');

INSERT INTO etl.ref_icd10 (code) VALUES ('B012');

INSERT INTO etl.ref_icd10 (code) VALUES ('B018');

INSERT INTO etl.ref_icd10 (code) VALUES ('B019');

INSERT INTO etl.ref_icd10 (code) VALUES ('B02');

INSERT INTO etl.ref_icd10 (code) VALUES ('B020');

INSERT INTO etl.ref_icd10 (code) VALUES ('B021');

INSERT INTO etl.ref_icd10 (code) VALUES ('B022');

INSERT INTO etl.ref_icd10 (code) VALUES ('B023');

INSERT INTO etl.ref_icd10 (code) VALUES ('B027');

INSERT INTO etl.ref_icd10 (code) VALUES ('B028');

INSERT INTO etl.ref_icd10 (code) VALUES ('B029');

INSERT INTO etl.ref_icd10 (code) VALUES ('B03');

INSERT INTO etl.ref_icd10 (code) VALUES ('B04');

INSERT INTO etl.ref_icd10 (code) VALUES ('B05');

INSERT INTO etl.ref_icd10 (code) VALUES ('B050');

INSERT INTO etl.ref_icd10 (code) VALUES ('B051');

INSERT INTO etl.ref_icd10 (code) VALUES ('B052');

INSERT INTO etl.ref_icd10 (code) VALUES ('B053');

INSERT INTO etl.ref_icd10 (code) VALUES ('B054');

INSERT INTO etl.ref_icd10 (code) VALUES ('B058');

INSERT INTO etl.ref_icd10 (code) VALUES ('B059');

INSERT INTO etl.ref_icd10 (code) VALUES ('B06');

INSERT INTO etl.ref_icd10 (code) VALUES ('B060');

INSERT INTO etl.ref_icd10 (code) VALUES ('B068');

INSERT INTO etl.ref_icd10 (code) VALUES ('B069');

INSERT INTO etl.ref_icd10 (code) VALUES ('B07');

INSERT INTO etl.ref_icd10 (code) VALUES ('B08');

INSERT INTO etl.ref_icd10 (code) VALUES ('B080');

INSERT INTO etl.ref_icd10 (code) VALUES ('B081');

INSERT INTO etl.ref_icd10 (code) VALUES ('B082');

INSERT INTO etl.ref_icd10 (code) VALUES ('B083');

INSERT INTO etl.ref_icd10 (code) VALUES ('B084');

INSERT INTO etl.ref_icd10 (code) VALUES ('B085');

INSERT INTO etl.ref_icd10 (code) VALUES ('B088');

INSERT INTO etl.ref_icd10 (code) VALUES ('B09');

INSERT INTO etl.ref_icd10 (code) VALUES ('B15');

INSERT INTO etl.ref_icd10 (code) VALUES ('B150');

INSERT INTO etl.ref_icd10 (code) VALUES ('B159');

INSERT INTO etl.ref_icd10 (code) VALUES ('B16');

INSERT INTO etl.ref_icd10 (code) VALUES ('B160');

INSERT INTO etl.ref_icd10 (code) VALUES ('B161');

INSERT INTO etl.ref_icd10 (code) VALUES ('B162');

INSERT INTO etl.ref_icd10 (code) VALUES ('B169');

INSERT INTO etl.ref_icd10 (code) VALUES ('B17');

INSERT INTO etl.ref_icd10 (code) VALUES ('B170');

INSERT INTO etl.ref_icd10 (code) VALUES ('B171');

INSERT INTO etl.ref_icd10 (code) VALUES ('B172');

INSERT INTO etl.ref_icd10 (code) VALUES ('B178');

INSERT INTO etl.ref_icd10 (code) VALUES ('B179');

INSERT INTO etl.ref_icd10 (code) VALUES ('B18');

INSERT INTO etl.ref_icd10 (code) VALUES ('B180');

INSERT INTO etl.ref_icd10 (code) VALUES ('B1800');

INSERT INTO etl.ref_icd10 (code) VALUES ('B1809');

INSERT INTO etl.ref_icd10 (code) VALUES ('B181');

INSERT INTO etl.ref_icd10 (code) VALUES ('B1810');

INSERT INTO etl.ref_icd10 (code) VALUES ('B1819');

INSERT INTO etl.ref_icd10 (code) VALUES ('B182');

INSERT INTO etl.ref_icd10 (code) VALUES ('B188');

INSERT INTO etl.ref_icd10 (code) VALUES ('B189');

INSERT INTO etl.ref_icd10 (code) VALUES ('B19');

INSERT INTO etl.ref_icd10 (code) VALUES ('B190');

INSERT INTO etl.ref_icd10 (code) VALUES ('B199');

INSERT INTO etl.ref_icd10 (code) VALUES ('B20');

INSERT INTO etl.ref_icd10 (code) VALUES ('B200');

INSERT INTO etl.ref_icd10 (code) VALUES ('B201');

INSERT INTO etl.ref_icd10 (code) VALUES ('B202');

INSERT INTO etl.ref_icd10 (code) VALUES ('B203');

INSERT INTO etl.ref_icd10 (code) VALUES ('B204');

INSERT INTO etl.ref_icd10 (code) VALUES ('B205');

INSERT INTO etl.ref_icd10 (code) VALUES ('B206');

INSERT INTO etl.ref_icd10 (code) VALUES ('B207');

INSERT INTO etl.ref_icd10 (code) VALUES ('B208');

INSERT INTO etl.ref_icd10 (code) VALUES ('B209');

INSERT INTO etl.ref_icd10 (code) VALUES ('B21');

INSERT INTO etl.ref_icd10 (code) VALUES ('B210');

INSERT INTO etl.ref_icd10 (code) VALUES ('B211');

INSERT INTO etl.ref_icd10 (code) VALUES ('B212');

INSERT INTO etl.ref_icd10 (code) VALUES ('B213');

INSERT INTO etl.ref_icd10 (code) VALUES ('B217');

INSERT INTO etl.ref_icd10 (code) VALUES ('B218');

INSERT INTO etl.ref_icd10 (code) VALUES ('B219');

INSERT INTO etl.ref_icd10 (code) VALUES ('B22');

INSERT INTO etl.ref_icd10 (code) VALUES ('B220');

INSERT INTO etl.ref_icd10 (code) VALUES ('B221');

INSERT INTO etl.ref_icd10 (code) VALUES ('B222');

INSERT INTO etl.ref_icd10 (code) VALUES ('B227');

INSERT INTO etl.ref_icd10 (code) VALUES ('B23');

INSERT INTO etl.ref_icd10 (code) VALUES ('B230');

INSERT INTO etl.ref_icd10 (code) VALUES ('B231');

INSERT INTO etl.ref_icd10 (code) VALUES ('B232');

INSERT INTO etl.ref_icd10 (code) VALUES ('B238');

INSERT INTO etl.ref_icd10 (code) VALUES ('B24');

INSERT INTO etl.ref_icd10 (code) VALUES ('B25');

INSERT INTO etl.ref_icd10 (code) VALUES ('B250');

INSERT INTO etl.ref_icd10 (code) VALUES ('B251');

INSERT INTO etl.ref_icd10 (code) VALUES ('B252');

INSERT INTO etl.ref_icd10 (code) VALUES ('B258');

INSERT INTO etl.ref_icd10 (code) VALUES ('B259');

INSERT INTO etl.ref_icd10 (code) VALUES ('B26');

INSERT INTO etl.ref_icd10 (code) VALUES ('B260');

INSERT INTO etl.ref_icd10 (code) VALUES ('B261');

INSERT INTO etl.ref_icd10 (code) VALUES ('B262');

INSERT INTO etl.ref_icd10 (code) VALUES ('B263');

INSERT INTO etl.ref_icd10 (code) VALUES ('B268');

INSERT INTO etl.ref_icd10 (code) VALUES ('B269');

INSERT INTO etl.ref_icd10 (code) VALUES ('B27');

INSERT INTO etl.ref_icd10 (code) VALUES ('B270');

INSERT INTO etl.ref_icd10 (code) VALUES ('B271');

INSERT INTO etl.ref_icd10 (code) VALUES ('B278');

INSERT INTO etl.ref_icd10 (code) VALUES ('B279');

INSERT INTO etl.ref_icd10 (code) VALUES ('B30');

INSERT INTO etl.ref_icd10 (code) VALUES ('B300');

INSERT INTO etl.ref_icd10 (code) VALUES ('B301');

INSERT INTO etl.ref_icd10 (code) VALUES ('B302');

INSERT INTO etl.ref_icd10 (code) VALUES ('B303');

INSERT INTO etl.ref_icd10 (code) VALUES ('B308');

INSERT INTO etl.ref_icd10 (code) VALUES ('B309');

INSERT INTO etl.ref_icd10 (code) VALUES ('B33');

INSERT INTO etl.ref_icd10 (code) VALUES ('B330');

INSERT INTO etl.ref_icd10 (code) VALUES ('B331');

INSERT INTO etl.ref_icd10 (code) VALUES ('B332');

INSERT INTO etl.ref_icd10 (code) VALUES ('B333');

INSERT INTO etl.ref_icd10 (code) VALUES ('B334');

INSERT INTO etl.ref_icd10 (code) VALUES ('B338');

INSERT INTO etl.ref_icd10 (code) VALUES ('B34');

INSERT INTO etl.ref_icd10 (code) VALUES ('B340');

INSERT INTO etl.ref_icd10 (code) VALUES ('B341');

INSERT INTO etl.ref_icd10 (code) VALUES ('B342');

INSERT INTO etl.ref_icd10 (code) VALUES ('B343');

INSERT INTO etl.ref_icd10 (code) VALUES ('B344');

INSERT INTO etl.ref_icd10 (code) VALUES ('B348');

INSERT INTO etl.ref_icd10 (code) VALUES ('B349');

INSERT INTO etl.ref_icd10 (code) VALUES ('B35');

INSERT INTO etl.ref_icd10 (code) VALUES ('B350');

INSERT INTO etl.ref_icd10 (code) VALUES ('B351');

INSERT INTO etl.ref_icd10 (code) VALUES ('B352');

INSERT INTO etl.ref_icd10 (code) VALUES ('B353');

INSERT INTO etl.ref_icd10 (code) VALUES ('B354');

INSERT INTO etl.ref_icd10 (code) VALUES ('B355');

INSERT INTO etl.ref_icd10 (code) VALUES ('B356');

INSERT INTO etl.ref_icd10 (code) VALUES ('B358');

INSERT INTO etl.ref_icd10 (code) VALUES ('B359');

INSERT INTO etl.ref_icd10 (code) VALUES ('B36');

INSERT INTO etl.ref_icd10 (code) VALUES ('B360');

INSERT INTO etl.ref_icd10 (code) VALUES ('B361');

INSERT INTO etl.ref_icd10 (code) VALUES ('B362');

INSERT INTO etl.ref_icd10 (code) VALUES ('B363');

INSERT INTO etl.ref_icd10 (code) VALUES ('B368');

INSERT INTO etl.ref_icd10 (code) VALUES ('B369');

INSERT INTO etl.ref_icd10 (code) VALUES ('B37');

INSERT INTO etl.ref_icd10 (code) VALUES ('B370');

INSERT INTO etl.ref_icd10 (code) VALUES ('B371');

INSERT INTO etl.ref_icd10 (code) VALUES ('B372');

INSERT INTO etl.ref_icd10 (code) VALUES ('B373');

INSERT INTO etl.ref_icd10 (code) VALUES ('B374');

INSERT INTO etl.ref_icd10 (code) VALUES ('B375');

INSERT INTO etl.ref_icd10 (code) VALUES ('B376');

INSERT INTO etl.ref_icd10 (code) VALUES ('B377');

INSERT INTO etl.ref_icd10 (code) VALUES ('B378');

INSERT INTO etl.ref_icd10 (code) VALUES ('B379');

INSERT INTO etl.ref_icd10 (code) VALUES ('B38');

INSERT INTO etl.ref_icd10 (code) VALUES ('B380');

INSERT INTO etl.ref_icd10 (code) VALUES ('B381');

INSERT INTO etl.ref_icd10 (code) VALUES ('B382');

INSERT INTO etl.ref_icd10 (code) VALUES ('B383');

INSERT INTO etl.ref_icd10 (code) VALUES ('B384');

INSERT INTO etl.ref_icd10 (code) VALUES ('B387');

INSERT INTO etl.ref_icd10 (code) VALUES ('B388');

INSERT INTO etl.ref_icd10 (code) VALUES ('B389');

INSERT INTO etl.ref_icd10 (code) VALUES ('B39');

INSERT INTO etl.ref_icd10 (code) VALUES ('B390');

INSERT INTO etl.ref_icd10 (code) VALUES ('B391');

INSERT INTO etl.ref_icd10 (code) VALUES ('B392');

INSERT INTO etl.ref_icd10 (code) VALUES ('B393');

INSERT INTO etl.ref_icd10 (code) VALUES ('B394');

INSERT INTO etl.ref_icd10 (code) VALUES ('B395');

INSERT INTO etl.ref_icd10 (code) VALUES ('B399');

INSERT INTO etl.ref_icd10 (code) VALUES ('B40');

INSERT INTO etl.ref_icd10 (code) VALUES ('B400');

INSERT INTO etl.ref_icd10 (code) VALUES ('B401');

INSERT INTO etl.ref_icd10 (code) VALUES ('B402');

INSERT INTO etl.ref_icd10 (code) VALUES ('B403');

INSERT INTO etl.ref_icd10 (code) VALUES ('B407');

INSERT INTO etl.ref_icd10 (code) VALUES ('B408');

INSERT INTO etl.ref_icd10 (code) VALUES ('B409');

INSERT INTO etl.ref_icd10 (code) VALUES ('B41');

INSERT INTO etl.ref_icd10 (code) VALUES ('B410');

INSERT INTO etl.ref_icd10 (code) VALUES ('B417');

INSERT INTO etl.ref_icd10 (code) VALUES ('B418');

INSERT INTO etl.ref_icd10 (code) VALUES ('B419');

INSERT INTO etl.ref_icd10 (code) VALUES ('B42');

INSERT INTO etl.ref_icd10 (code) VALUES ('B420');

INSERT INTO etl.ref_icd10 (code) VALUES ('B421');

INSERT INTO etl.ref_icd10 (code) VALUES ('B427');

INSERT INTO etl.ref_icd10 (code) VALUES ('B428');

INSERT INTO etl.ref_icd10 (code) VALUES ('B429');

INSERT INTO etl.ref_icd10 (code) VALUES ('B43');

INSERT INTO etl.ref_icd10 (code) VALUES ('B430');

INSERT INTO etl.ref_icd10 (code) VALUES ('B431');

INSERT INTO etl.ref_icd10 (code) VALUES ('B432');

INSERT INTO etl.ref_icd10 (code) VALUES ('B438');

INSERT INTO etl.ref_icd10 (code) VALUES ('B439');

INSERT INTO etl.ref_icd10 (code) VALUES ('B44');

INSERT INTO etl.ref_icd10 (code) VALUES ('B440');

INSERT INTO etl.ref_icd10 (code) VALUES ('B441');

INSERT INTO etl.ref_icd10 (code) VALUES ('B442');

INSERT INTO etl.ref_icd10 (code) VALUES ('B447');

INSERT INTO etl.ref_icd10 (code) VALUES ('B448');

INSERT INTO etl.ref_icd10 (code) VALUES ('B449');

INSERT INTO etl.ref_icd10 (code) VALUES ('B45');

INSERT INTO etl.ref_icd10 (code) VALUES ('B450');

INSERT INTO etl.ref_icd10 (code) VALUES ('B451');

INSERT INTO etl.ref_icd10 (code) VALUES ('B452');

INSERT INTO etl.ref_icd10 (code) VALUES ('B453');

INSERT INTO etl.ref_icd10 (code) VALUES ('B457');

INSERT INTO etl.ref_icd10 (code) VALUES ('B458');

INSERT INTO etl.ref_icd10 (code) VALUES ('B459');

INSERT INTO etl.ref_icd10 (code) VALUES ('B46');

INSERT INTO etl.ref_icd10 (code) VALUES ('B460');

INSERT INTO etl.ref_icd10 (code) VALUES ('B461');

INSERT INTO etl.ref_icd10 (code) VALUES ('B462');

INSERT INTO etl.ref_icd10 (code) VALUES ('B463');

INSERT INTO etl.ref_icd10 (code) VALUES ('B464');

INSERT INTO etl.ref_icd10 (code) VALUES ('B465');

INSERT INTO etl.ref_icd10 (code) VALUES ('B468');

INSERT INTO etl.ref_icd10 (code) VALUES ('B469');

INSERT INTO etl.ref_icd10 (code) VALUES ('B47');

INSERT INTO etl.ref_icd10 (code) VALUES ('B470');

INSERT INTO etl.ref_icd10 (code) VALUES ('B471');

INSERT INTO etl.ref_icd10 (code) VALUES ('B479');

INSERT INTO etl.ref_icd10 (code) VALUES ('B48');

INSERT INTO etl.ref_icd10 (code) VALUES ('B480');

INSERT INTO etl.ref_icd10 (code) VALUES ('B481');

INSERT INTO etl.ref_icd10 (code) VALUES ('B482');

INSERT INTO etl.ref_icd10 (code) VALUES ('B483');

INSERT INTO etl.ref_icd10 (code) VALUES ('B484');

INSERT INTO etl.ref_icd10 (code) VALUES ('B485');

INSERT INTO etl.ref_icd10 (code) VALUES ('B487');

INSERT INTO etl.ref_icd10 (code) VALUES ('B488');

INSERT INTO etl.ref_icd10 (code) VALUES ('B49');

INSERT INTO etl.ref_icd10 (code) VALUES ('B50');

INSERT INTO etl.ref_icd10 (code) VALUES ('B500');

INSERT INTO etl.ref_icd10 (code) VALUES ('B508');

INSERT INTO etl.ref_icd10 (code) VALUES ('B509');

INSERT INTO etl.ref_icd10 (code) VALUES ('B51');

INSERT INTO etl.ref_icd10 (code) VALUES ('B510');

INSERT INTO etl.ref_icd10 (code) VALUES ('B518');

INSERT INTO etl.ref_icd10 (code) VALUES ('B519');

INSERT INTO etl.ref_icd10 (code) VALUES ('B52');

INSERT INTO etl.ref_icd10 (code) VALUES ('B520');

INSERT INTO etl.ref_icd10 (code) VALUES ('B528');

INSERT INTO etl.ref_icd10 (code) VALUES ('B529');

INSERT INTO etl.ref_icd10 (code) VALUES ('B53');

INSERT INTO etl.ref_icd10 (code) VALUES ('B530');

INSERT INTO etl.ref_icd10 (code) VALUES ('B531');

INSERT INTO etl.ref_icd10 (code) VALUES ('B538');

INSERT INTO etl.ref_icd10 (code) VALUES ('B54');

INSERT INTO etl.ref_icd10 (code) VALUES ('B55');

INSERT INTO etl.ref_icd10 (code) VALUES ('B550');

INSERT INTO etl.ref_icd10 (code) VALUES ('B551');

INSERT INTO etl.ref_icd10 (code) VALUES ('B552');

INSERT INTO etl.ref_icd10 (code) VALUES ('B559');

INSERT INTO etl.ref_icd10 (code) VALUES ('B56');

INSERT INTO etl.ref_icd10 (code) VALUES ('B560');

INSERT INTO etl.ref_icd10 (code) VALUES ('B561');

INSERT INTO etl.ref_icd10 (code) VALUES ('B569');

INSERT INTO etl.ref_icd10 (code) VALUES ('B57');

INSERT INTO etl.ref_icd10 (code) VALUES ('B570');

INSERT INTO etl.ref_icd10 (code) VALUES ('B571');

INSERT INTO etl.ref_icd10 (code) VALUES ('B572');

INSERT INTO etl.ref_icd10 (code) VALUES ('B573');

INSERT INTO etl.ref_icd10 (code) VALUES ('B574');

INSERT INTO etl.ref_icd10 (code) VALUES ('B575');

INSERT INTO etl.ref_icd10 (code) VALUES ('B58');

INSERT INTO etl.ref_icd10 (code) VALUES ('B580');

INSERT INTO etl.ref_icd10 (code) VALUES ('B581');

INSERT INTO etl.ref_icd10 (code) VALUES ('B582');

INSERT INTO etl.ref_icd10 (code) VALUES ('B583');

INSERT INTO etl.ref_icd10 (code) VALUES ('B588');

INSERT INTO etl.ref_icd10 (code) VALUES ('B589');

INSERT INTO etl.ref_icd10 (code) VALUES ('B60');

INSERT INTO etl.ref_icd10 (code) VALUES ('B600');

INSERT INTO etl.ref_icd10 (code) VALUES ('B601');

INSERT INTO etl.ref_icd10 (code) VALUES ('B602');

INSERT INTO etl.ref_icd10 (code) VALUES ('B608');

INSERT INTO etl.ref_icd10 (code) VALUES ('B64');

INSERT INTO etl.ref_icd10 (code) VALUES ('B65');

INSERT INTO etl.ref_icd10 (code) VALUES ('B650');

INSERT INTO etl.ref_icd10 (code) VALUES ('B651');

INSERT INTO etl.ref_icd10 (code) VALUES ('B652');

INSERT INTO etl.ref_icd10 (code) VALUES ('B653');

INSERT INTO etl.ref_icd10 (code) VALUES ('B658');

INSERT INTO etl.ref_icd10 (code) VALUES ('B659');

INSERT INTO etl.ref_icd10 (code) VALUES ('B66');

INSERT INTO etl.ref_icd10 (code) VALUES ('B660');

INSERT INTO etl.ref_icd10 (code) VALUES ('B661');

INSERT INTO etl.ref_icd10 (code) VALUES ('B662');

INSERT INTO etl.ref_icd10 (code) VALUES ('B663');

INSERT INTO etl.ref_icd10 (code) VALUES ('B664');

INSERT INTO etl.ref_icd10 (code) VALUES ('B665');

INSERT INTO etl.ref_icd10 (code) VALUES ('B668');

INSERT INTO etl.ref_icd10 (code) VALUES ('B669');

INSERT INTO etl.ref_icd10 (code) VALUES ('B67');

INSERT INTO etl.ref_icd10 (code) VALUES ('B670');

INSERT INTO etl.ref_icd10 (code) VALUES ('B671');

INSERT INTO etl.ref_icd10 (code) VALUES ('B672');

INSERT INTO etl.ref_icd10 (code) VALUES ('B673');

INSERT INTO etl.ref_icd10 (code) VALUES ('B674');

INSERT INTO etl.ref_icd10 (code) VALUES ('B675');

INSERT INTO etl.ref_icd10 (code) VALUES ('B676');

INSERT INTO etl.ref_icd10 (code) VALUES ('B677');

INSERT INTO etl.ref_icd10 (code) VALUES ('B678');

INSERT INTO etl.ref_icd10 (code) VALUES ('B679');

INSERT INTO etl.ref_icd10 (code) VALUES ('B68');

INSERT INTO etl.ref_icd10 (code) VALUES ('B680');

INSERT INTO etl.ref_icd10 (code) VALUES ('B681');

INSERT INTO etl.ref_icd10 (code) VALUES ('B689');

INSERT INTO etl.ref_icd10 (code) VALUES ('B69');

INSERT INTO etl.ref_icd10 (code) VALUES ('B690');

INSERT INTO etl.ref_icd10 (code) VALUES ('B691');

INSERT INTO etl.ref_icd10 (code) VALUES ('B698');

INSERT INTO etl.ref_icd10 (code) VALUES ('B699');

INSERT INTO etl.ref_icd10 (code) VALUES ('B70');

INSERT INTO etl.ref_icd10 (code) VALUES ('B700');

INSERT INTO etl.ref_icd10 (code) VALUES ('B701');

INSERT INTO etl.ref_icd10 (code) VALUES ('B71');

INSERT INTO etl.ref_icd10 (code) VALUES ('B710');

INSERT INTO etl.ref_icd10 (code) VALUES ('B711');

INSERT INTO etl.ref_icd10 (code) VALUES ('B718');

INSERT INTO etl.ref_icd10 (code) VALUES ('B719');

INSERT INTO etl.ref_icd10 (code) VALUES ('B72');

INSERT INTO etl.ref_icd10 (code) VALUES ('B73');

INSERT INTO etl.ref_icd10 (code) VALUES ('B74');

INSERT INTO etl.ref_icd10 (code) VALUES ('B740');

INSERT INTO etl.ref_icd10 (code) VALUES ('B741');

INSERT INTO etl.ref_icd10 (code) VALUES ('B742');

INSERT INTO etl.ref_icd10 (code) VALUES ('B743');

INSERT INTO etl.ref_icd10 (code) VALUES ('B744');

INSERT INTO etl.ref_icd10 (code) VALUES ('B748');

INSERT INTO etl.ref_icd10 (code) VALUES ('B749');

INSERT INTO etl.ref_icd10 (code) VALUES ('B75');

INSERT INTO etl.ref_icd10 (code) VALUES ('B76');

INSERT INTO etl.ref_icd10 (code) VALUES ('B760');

INSERT INTO etl.ref_icd10 (code) VALUES ('B761');

INSERT INTO etl.ref_icd10 (code) VALUES ('B768');

INSERT INTO etl.ref_icd10 (code) VALUES ('B769');

INSERT INTO etl.ref_icd10 (code) VALUES ('B77');

INSERT INTO etl.ref_icd10 (code) VALUES ('B770');

INSERT INTO etl.ref_icd10 (code) VALUES ('B778');

INSERT INTO etl.ref_icd10 (code) VALUES ('B779');

INSERT INTO etl.ref_icd10 (code) VALUES ('B78');

INSERT INTO etl.ref_icd10 (code) VALUES ('B780');

INSERT INTO etl.ref_icd10 (code) VALUES ('B781');

INSERT INTO etl.ref_icd10 (code) VALUES ('B787');

INSERT INTO etl.ref_icd10 (code) VALUES ('B789');

INSERT INTO etl.ref_icd10 (code) VALUES ('B79');

INSERT INTO etl.ref_icd10 (code) VALUES ('B80');

INSERT INTO etl.ref_icd10 (code) VALUES ('B81');

INSERT INTO etl.ref_icd10 (code) VALUES ('B810');

INSERT INTO etl.ref_icd10 (code) VALUES ('B811');

INSERT INTO etl.ref_icd10 (code) VALUES ('B812');

INSERT INTO etl.ref_icd10 (code) VALUES ('B813');

INSERT INTO etl.ref_icd10 (code) VALUES ('B814');

INSERT INTO etl.ref_icd10 (code) VALUES ('B818');

INSERT INTO etl.ref_icd10 (code) VALUES ('B82');

INSERT INTO etl.ref_icd10 (code) VALUES ('B820');

INSERT INTO etl.ref_icd10 (code) VALUES ('B829');

INSERT INTO etl.ref_icd10 (code) VALUES ('B83');

INSERT INTO etl.ref_icd10 (code) VALUES ('B830');

INSERT INTO etl.ref_icd10 (code) VALUES ('B831');

INSERT INTO etl.ref_icd10 (code) VALUES ('B832');

INSERT INTO etl.ref_icd10 (code) VALUES ('B833');

INSERT INTO etl.ref_icd10 (code) VALUES ('B834');

INSERT INTO etl.ref_icd10 (code) VALUES ('B838');

INSERT INTO etl.ref_icd10 (code) VALUES ('B839');

INSERT INTO etl.ref_icd10 (code) VALUES ('B85');

INSERT INTO etl.ref_icd10 (code) VALUES ('B850');

INSERT INTO etl.ref_icd10 (code) VALUES ('B851');

INSERT INTO etl.ref_icd10 (code) VALUES ('B852');

INSERT INTO etl.ref_icd10 (code) VALUES ('B853');

INSERT INTO etl.ref_icd10 (code) VALUES ('B854');

INSERT INTO etl.ref_icd10 (code) VALUES ('B86');

INSERT INTO etl.ref_icd10 (code) VALUES ('B87');

INSERT INTO etl.ref_icd10 (code) VALUES ('B870');

INSERT INTO etl.ref_icd10 (code) VALUES ('B871');

INSERT INTO etl.ref_icd10 (code) VALUES ('B872');

INSERT INTO etl.ref_icd10 (code) VALUES ('B873');

INSERT INTO etl.ref_icd10 (code) VALUES ('B874');

INSERT INTO etl.ref_icd10 (code) VALUES ('B878');

INSERT INTO etl.ref_icd10 (code) VALUES ('B879');

INSERT INTO etl.ref_icd10 (code) VALUES ('B88');

INSERT INTO etl.ref_icd10 (code) VALUES ('B880');

INSERT INTO etl.ref_icd10 (code) VALUES ('B881');

INSERT INTO etl.ref_icd10 (code) VALUES ('B882');

INSERT INTO etl.ref_icd10 (code) VALUES ('B883');

INSERT INTO etl.ref_icd10 (code) VALUES ('B888');

INSERT INTO etl.ref_icd10 (code) VALUES ('B889');

INSERT INTO etl.ref_icd10 (code) VALUES ('B89');

INSERT INTO etl.ref_icd10 (code) VALUES ('B90');

INSERT INTO etl.ref_icd10 (code) VALUES ('B900');

INSERT INTO etl.ref_icd10 (code) VALUES ('B901');

INSERT INTO etl.ref_icd10 (code) VALUES ('B902');

INSERT INTO etl.ref_icd10 (code) VALUES ('B908');

INSERT INTO etl.ref_icd10 (code) VALUES ('B909');

INSERT INTO etl.ref_icd10 (code) VALUES ('B91');

INSERT INTO etl.ref_icd10 (code) VALUES ('B92');

INSERT INTO etl.ref_icd10 (code) VALUES ('B94');

INSERT INTO etl.ref_icd10 (code) VALUES ('B940');

INSERT INTO etl.ref_icd10 (code) VALUES ('B941');

INSERT INTO etl.ref_icd10 (code) VALUES ('B942');

INSERT INTO etl.ref_icd10 (code) VALUES ('B948');

INSERT INTO etl.ref_icd10 (code) VALUES ('B949');

INSERT INTO etl.ref_icd10 (code) VALUES ('B95');

INSERT INTO etl.ref_icd10 (code) VALUES ('B950');

INSERT INTO etl.ref_icd10 (code) VALUES ('B951');

INSERT INTO etl.ref_icd10 (code) VALUES ('B952');

INSERT INTO etl.ref_icd10 (code) VALUES ('B953');

INSERT INTO etl.ref_icd10 (code) VALUES ('B954');

INSERT INTO etl.ref_icd10 (code) VALUES ('B955');

INSERT INTO etl.ref_icd10 (code) VALUES ('B956');

INSERT INTO etl.ref_icd10 (code) VALUES ('B957');

INSERT INTO etl.ref_icd10 (code) VALUES ('B958');

INSERT INTO etl.ref_icd10 (code) VALUES ('B96');

INSERT INTO etl.ref_icd10 (code) VALUES ('B960');

INSERT INTO etl.ref_icd10 (code) VALUES ('B961');

INSERT INTO etl.ref_icd10 (code) VALUES ('B962');

INSERT INTO etl.ref_icd10 (code) VALUES ('B963');

INSERT INTO etl.ref_icd10 (code) VALUES ('B964');

INSERT INTO etl.ref_icd10 (code) VALUES ('B965');

INSERT INTO etl.ref_icd10 (code) VALUES ('B966');

INSERT INTO etl.ref_icd10 (code) VALUES ('B967');

INSERT INTO etl.ref_icd10 (code) VALUES ('B968');

INSERT INTO etl.ref_icd10 (code) VALUES ('B97');

INSERT INTO etl.ref_icd10 (code) VALUES ('B970');

INSERT INTO etl.ref_icd10 (code) VALUES ('B971');

INSERT INTO etl.ref_icd10 (code) VALUES ('B972');

INSERT INTO etl.ref_icd10 (code) VALUES ('B973');

INSERT INTO etl.ref_icd10 (code) VALUES ('B974');

INSERT INTO etl.ref_icd10 (code) VALUES ('B975');

INSERT INTO etl.ref_icd10 (code) VALUES ('B976');

INSERT INTO etl.ref_icd10 (code) VALUES ('B977');

INSERT INTO etl.ref_icd10 (code) VALUES ('B978');

INSERT INTO etl.ref_icd10 (code) VALUES ('B98');

INSERT INTO etl.ref_icd10 (code) VALUES ('B980');

INSERT INTO etl.ref_icd10 (code) VALUES ('B981');

INSERT INTO etl.ref_icd10 (code) VALUES ('B99');

INSERT INTO etl.ref_icd10 (code) VALUES ('C00');

INSERT INTO etl.ref_icd10 (code) VALUES ('C000');

INSERT INTO etl.ref_icd10 (code) VALUES ('C001');

INSERT INTO etl.ref_icd10 (code) VALUES ('C002');

INSERT INTO etl.ref_icd10 (code) VALUES ('C003');

INSERT INTO etl.ref_icd10 (code) VALUES ('C004');

INSERT INTO etl.ref_icd10 (code) VALUES ('C005');

INSERT INTO etl.ref_icd10 (code) VALUES ('C006');

INSERT INTO etl.ref_icd10 (code) VALUES ('C008');

INSERT INTO etl.ref_icd10 (code) VALUES ('C009');

INSERT INTO etl.ref_icd10 (code) VALUES ('C01');

INSERT INTO etl.ref_icd10 (code) VALUES ('C02');

INSERT INTO etl.ref_icd10 (code) VALUES ('C020');

INSERT INTO etl.ref_icd10 (code) VALUES ('C021');

INSERT INTO etl.ref_icd10 (code) VALUES ('C022');

INSERT INTO etl.ref_icd10 (code) VALUES ('C023');

INSERT INTO etl.ref_icd10 (code) VALUES ('C024');

INSERT INTO etl.ref_icd10 (code) VALUES ('C028');

INSERT INTO etl.ref_icd10 (code) VALUES ('C029');

INSERT INTO etl.ref_icd10 (code) VALUES ('C03');

INSERT INTO etl.ref_icd10 (code) VALUES ('C030');

INSERT INTO etl.ref_icd10 (code) VALUES ('C031');

INSERT INTO etl.ref_icd10 (code) VALUES ('C039');

INSERT INTO etl.ref_icd10 (code) VALUES ('C04');

INSERT INTO etl.ref_icd10 (code) VALUES ('C040');

INSERT INTO etl.ref_icd10 (code) VALUES ('C041');

INSERT INTO etl.ref_icd10 (code) VALUES ('C048');

INSERT INTO etl.ref_icd10 (code) VALUES ('C049');

INSERT INTO etl.ref_icd10 (code) VALUES ('C05');

INSERT INTO etl.ref_icd10 (code) VALUES ('C050');

INSERT INTO etl.ref_icd10 (code) VALUES ('C051');

INSERT INTO etl.ref_icd10 (code) VALUES ('C052');

INSERT INTO etl.ref_icd10 (code) VALUES ('C058');

INSERT INTO etl.ref_icd10 (code) VALUES ('C059');

INSERT INTO etl.ref_icd10 (code) VALUES ('C06');

INSERT INTO etl.ref_icd10 (code) VALUES ('C060');

INSERT INTO etl.ref_icd10 (code) VALUES ('C061');

INSERT INTO etl.ref_icd10 (code) VALUES ('C062');

INSERT INTO etl.ref_icd10 (code) VALUES ('C068');

INSERT INTO etl.ref_icd10 (code) VALUES ('C069');

INSERT INTO etl.ref_icd10 (code) VALUES ('C07');

INSERT INTO etl.ref_icd10 (code) VALUES ('C08');

INSERT INTO etl.ref_icd10 (code) VALUES ('C080');

INSERT INTO etl.ref_icd10 (code) VALUES ('C081');

INSERT INTO etl.ref_icd10 (code) VALUES ('C088');

INSERT INTO etl.ref_icd10 (code) VALUES ('C089');

INSERT INTO etl.ref_icd10 (code) VALUES ('C09');

INSERT INTO etl.ref_icd10 (code) VALUES ('C090');

INSERT INTO etl.ref_icd10 (code) VALUES ('C091');

INSERT INTO etl.ref_icd10 (code) VALUES ('C098');

INSERT INTO etl.ref_icd10 (code) VALUES ('C099');

INSERT INTO etl.ref_icd10 (code) VALUES ('C10');

INSERT INTO etl.ref_icd10 (code) VALUES ('C100');

INSERT INTO etl.ref_icd10 (code) VALUES ('C101');

INSERT INTO etl.ref_icd10 (code) VALUES ('C102');

INSERT INTO etl.ref_icd10 (code) VALUES ('C103');

INSERT INTO etl.ref_icd10 (code) VALUES ('C104');

INSERT INTO etl.ref_icd10 (code) VALUES ('C108');

INSERT INTO etl.ref_icd10 (code) VALUES ('C109');

INSERT INTO etl.ref_icd10 (code) VALUES ('C11');

INSERT INTO etl.ref_icd10 (code) VALUES ('C110');

INSERT INTO etl.ref_icd10 (code) VALUES ('C111');

INSERT INTO etl.ref_icd10 (code) VALUES ('C112');

INSERT INTO etl.ref_icd10 (code) VALUES ('C113');

INSERT INTO etl.ref_icd10 (code) VALUES ('C118');

INSERT INTO etl.ref_icd10 (code) VALUES ('C119');

INSERT INTO etl.ref_icd10 (code) VALUES ('C12');

INSERT INTO etl.ref_icd10 (code) VALUES ('C13');

INSERT INTO etl.ref_icd10 (code) VALUES ('C130');

INSERT INTO etl.ref_icd10 (code) VALUES ('C131');

INSERT INTO etl.ref_icd10 (code) VALUES ('C132');

INSERT INTO etl.ref_icd10 (code) VALUES ('C138');

INSERT INTO etl.ref_icd10 (code) VALUES ('C139');

INSERT INTO etl.ref_icd10 (code) VALUES ('C14');

INSERT INTO etl.ref_icd10 (code) VALUES ('C140');

INSERT INTO etl.ref_icd10 (code) VALUES ('C142');

INSERT INTO etl.ref_icd10 (code) VALUES ('C148');

INSERT INTO etl.ref_icd10 (code) VALUES ('C15');

INSERT INTO etl.ref_icd10 (code) VALUES ('C150');

INSERT INTO etl.ref_icd10 (code) VALUES ('C151');

INSERT INTO etl.ref_icd10 (code) VALUES ('C152');

INSERT INTO etl.ref_icd10 (code) VALUES ('C153');

INSERT INTO etl.ref_icd10 (code) VALUES ('C154');

INSERT INTO etl.ref_icd10 (code) VALUES ('C155');

INSERT INTO etl.ref_icd10 (code) VALUES ('C158');

INSERT INTO etl.ref_icd10 (code) VALUES ('C159');

INSERT INTO etl.ref_icd10 (code) VALUES ('C16');

INSERT INTO etl.ref_icd10 (code) VALUES ('C160');

INSERT INTO etl.ref_icd10 (code) VALUES ('C161');

INSERT INTO etl.ref_icd10 (code) VALUES ('C162');

INSERT INTO etl.ref_icd10 (code) VALUES ('C163');

INSERT INTO etl.ref_icd10 (code) VALUES ('C164');

INSERT INTO etl.ref_icd10 (code) VALUES ('C165');

INSERT INTO etl.ref_icd10 (code) VALUES ('C166');

INSERT INTO etl.ref_icd10 (code) VALUES ('C168');

INSERT INTO etl.ref_icd10 (code) VALUES ('C169');

INSERT INTO etl.ref_icd10 (code) VALUES ('C17');

INSERT INTO etl.ref_icd10 (code) VALUES ('C170');

INSERT INTO etl.ref_icd10 (code) VALUES ('C171');

INSERT INTO etl.ref_icd10 (code) VALUES ('C172');

INSERT INTO etl.ref_icd10 (code) VALUES ('C173');

INSERT INTO etl.ref_icd10 (code) VALUES ('C178');

INSERT INTO etl.ref_icd10 (code) VALUES ('C179');

INSERT INTO etl.ref_icd10 (code) VALUES ('C18');

INSERT INTO etl.ref_icd10 (code) VALUES ('C180');

INSERT INTO etl.ref_icd10 (code) VALUES ('C181');

INSERT INTO etl.ref_icd10 (code) VALUES ('C182');

INSERT INTO etl.ref_icd10 (code) VALUES ('C183');

INSERT INTO etl.ref_icd10 (code) VALUES ('C184');

INSERT INTO etl.ref_icd10 (code) VALUES ('C185');

INSERT INTO etl.ref_icd10 (code) VALUES ('C186');

INSERT INTO etl.ref_icd10 (code) VALUES ('C187');

INSERT INTO etl.ref_icd10 (code) VALUES ('C188');

INSERT INTO etl.ref_icd10 (code) VALUES ('C189');

INSERT INTO etl.ref_icd10 (code) VALUES ('C19');

INSERT INTO etl.ref_icd10 (code) VALUES ('C20');

INSERT INTO etl.ref_icd10 (code) VALUES ('C21');

INSERT INTO etl.ref_icd10 (code) VALUES ('C210');

INSERT INTO etl.ref_icd10 (code) VALUES ('C211');

INSERT INTO etl.ref_icd10 (code) VALUES ('C212');

INSERT INTO etl.ref_icd10 (code) VALUES ('C218');

INSERT INTO etl.ref_icd10 (code) VALUES ('C22');

INSERT INTO etl.ref_icd10 (code) VALUES ('C220');

INSERT INTO etl.ref_icd10 (code) VALUES ('C221');

INSERT INTO etl.ref_icd10 (code) VALUES ('C222');

INSERT INTO etl.ref_icd10 (code) VALUES ('C223');

INSERT INTO etl.ref_icd10 (code) VALUES ('C224');

INSERT INTO etl.ref_icd10 (code) VALUES ('C227');

INSERT INTO etl.ref_icd10 (code) VALUES ('C229');

INSERT INTO etl.ref_icd10 (code) VALUES ('C23');

INSERT INTO etl.ref_icd10 (code) VALUES ('C24');

INSERT INTO etl.ref_icd10 (code) VALUES ('C240');

INSERT INTO etl.ref_icd10 (code) VALUES ('C241');

INSERT INTO etl.ref_icd10 (code) VALUES ('C248');

INSERT INTO etl.ref_icd10 (code) VALUES ('C249');

INSERT INTO etl.ref_icd10 (code) VALUES ('C25');

INSERT INTO etl.ref_icd10 (code) VALUES ('C250');

INSERT INTO etl.ref_icd10 (code) VALUES ('C251');

INSERT INTO etl.ref_icd10 (code) VALUES ('C252');

INSERT INTO etl.ref_icd10 (code) VALUES ('C253');

INSERT INTO etl.ref_icd10 (code) VALUES ('C254');

INSERT INTO etl.ref_icd10 (code) VALUES ('C257');

INSERT INTO etl.ref_icd10 (code) VALUES ('C258');

INSERT INTO etl.ref_icd10 (code) VALUES ('C259');

INSERT INTO etl.ref_icd10 (code) VALUES ('C26');

INSERT INTO etl.ref_icd10 (code) VALUES ('C260');

INSERT INTO etl.ref_icd10 (code) VALUES ('C261');

INSERT INTO etl.ref_icd10 (code) VALUES ('C268');

INSERT INTO etl.ref_icd10 (code) VALUES ('C269');

INSERT INTO etl.ref_icd10 (code) VALUES ('C30');

INSERT INTO etl.ref_icd10 (code) VALUES ('C300');

INSERT INTO etl.ref_icd10 (code) VALUES ('C301');

INSERT INTO etl.ref_icd10 (code) VALUES ('C31');

INSERT INTO etl.ref_icd10 (code) VALUES ('C310');

INSERT INTO etl.ref_icd10 (code) VALUES ('C311');

INSERT INTO etl.ref_icd10 (code) VALUES ('C312');

INSERT INTO etl.ref_icd10 (code) VALUES ('C313');

INSERT INTO etl.ref_icd10 (code) VALUES ('C318');

INSERT INTO etl.ref_icd10 (code) VALUES ('C319');

INSERT INTO etl.ref_icd10 (code) VALUES ('C32');

INSERT INTO etl.ref_icd10 (code) VALUES ('C320');

INSERT INTO etl.ref_icd10 (code) VALUES ('C321');

INSERT INTO etl.ref_icd10 (code) VALUES ('C322');

INSERT INTO etl.ref_icd10 (code) VALUES ('C323');

INSERT INTO etl.ref_icd10 (code) VALUES ('C328');

INSERT INTO etl.ref_icd10 (code) VALUES ('C329');

INSERT INTO etl.ref_icd10 (code) VALUES ('C33');

INSERT INTO etl.ref_icd10 (code) VALUES ('C34');

INSERT INTO etl.ref_icd10 (code) VALUES ('C340');

INSERT INTO etl.ref_icd10 (code) VALUES ('C341');

INSERT INTO etl.ref_icd10 (code) VALUES ('C342');

INSERT INTO etl.ref_icd10 (code) VALUES ('C343');

INSERT INTO etl.ref_icd10 (code) VALUES ('C348');

INSERT INTO etl.ref_icd10 (code) VALUES ('C349');

INSERT INTO etl.ref_icd10 (code) VALUES ('C37');

INSERT INTO etl.ref_icd10 (code) VALUES ('C38');

INSERT INTO etl.ref_icd10 (code) VALUES ('C380');

INSERT INTO etl.ref_icd10 (code) VALUES ('C381');

INSERT INTO etl.ref_icd10 (code) VALUES ('C382');

INSERT INTO etl.ref_icd10 (code) VALUES ('C383');

INSERT INTO etl.ref_icd10 (code) VALUES ('C384');

INSERT INTO etl.ref_icd10 (code) VALUES ('C388');

INSERT INTO etl.ref_icd10 (code) VALUES ('C39');

INSERT INTO etl.ref_icd10 (code) VALUES ('C390');

INSERT INTO etl.ref_icd10 (code) VALUES ('C398');

INSERT INTO etl.ref_icd10 (code) VALUES ('C399');

INSERT INTO etl.ref_icd10 (code) VALUES ('C40');

INSERT INTO etl.ref_icd10 (code) VALUES ('C400');

INSERT INTO etl.ref_icd10 (code) VALUES ('C401');

INSERT INTO etl.ref_icd10 (code) VALUES ('C402');

INSERT INTO etl.ref_icd10 (code) VALUES ('C403');

INSERT INTO etl.ref_icd10 (code) VALUES ('C408');

INSERT INTO etl.ref_icd10 (code) VALUES ('C409');

INSERT INTO etl.ref_icd10 (code) VALUES ('C41');

INSERT INTO etl.ref_icd10 (code) VALUES ('C410');

INSERT INTO etl.ref_icd10 (code) VALUES ('C411');

INSERT INTO etl.ref_icd10 (code) VALUES ('C412');

INSERT INTO etl.ref_icd10 (code) VALUES ('C413');

INSERT INTO etl.ref_icd10 (code) VALUES ('C414');

INSERT INTO etl.ref_icd10 (code) VALUES ('C418');

INSERT INTO etl.ref_icd10 (code) VALUES ('C419');

INSERT INTO etl.ref_icd10 (code) VALUES ('C43');

INSERT INTO etl.ref_icd10 (code) VALUES ('C430');

INSERT INTO etl.ref_icd10 (code) VALUES ('C431');

INSERT INTO etl.ref_icd10 (code) VALUES ('C432');

INSERT INTO etl.ref_icd10 (code) VALUES ('C433');

INSERT INTO etl.ref_icd10 (code) VALUES ('C434');

INSERT INTO etl.ref_icd10 (code) VALUES ('C435');

INSERT INTO etl.ref_icd10 (code) VALUES ('C436');

INSERT INTO etl.ref_icd10 (code) VALUES ('C437');

INSERT INTO etl.ref_icd10 (code) VALUES ('C438');

INSERT INTO etl.ref_icd10 (code) VALUES ('C439');

INSERT INTO etl.ref_icd10 (code) VALUES ('C44');

INSERT INTO etl.ref_icd10 (code) VALUES ('C440');

INSERT INTO etl.ref_icd10 (code) VALUES ('C441');

INSERT INTO etl.ref_icd10 (code) VALUES ('C442');

INSERT INTO etl.ref_icd10 (code) VALUES ('C443');

INSERT INTO etl.ref_icd10 (code) VALUES ('C444');

INSERT INTO etl.ref_icd10 (code) VALUES ('C445');

INSERT INTO etl.ref_icd10 (code) VALUES ('C446');

INSERT INTO etl.ref_icd10 (code) VALUES ('C447');

INSERT INTO etl.ref_icd10 (code) VALUES ('C448');

INSERT INTO etl.ref_icd10 (code) VALUES ('C449');

INSERT INTO etl.ref_icd10 (code) VALUES ('C45');

INSERT INTO etl.ref_icd10 (code) VALUES ('C450');

INSERT INTO etl.ref_icd10 (code) VALUES ('C451');

INSERT INTO etl.ref_icd10 (code) VALUES ('C452');

INSERT INTO etl.ref_icd10 (code) VALUES ('C457');

INSERT INTO etl.ref_icd10 (code) VALUES ('C459');

INSERT INTO etl.ref_icd10 (code) VALUES ('C46');

INSERT INTO etl.ref_icd10 (code) VALUES ('C460');

INSERT INTO etl.ref_icd10 (code) VALUES ('C461');

INSERT INTO etl.ref_icd10 (code) VALUES ('C462');

INSERT INTO etl.ref_icd10 (code) VALUES ('C463');

INSERT INTO etl.ref_icd10 (code) VALUES ('C467');

INSERT INTO etl.ref_icd10 (code) VALUES ('C468');

INSERT INTO etl.ref_icd10 (code) VALUES ('C469');

INSERT INTO etl.ref_icd10 (code) VALUES ('C47');

INSERT INTO etl.ref_icd10 (code) VALUES ('C470');

INSERT INTO etl.ref_icd10 (code) VALUES ('C471');

INSERT INTO etl.ref_icd10 (code) VALUES ('C472');

INSERT INTO etl.ref_icd10 (code) VALUES ('C473');

INSERT INTO etl.ref_icd10 (code) VALUES ('C474');

INSERT INTO etl.ref_icd10 (code) VALUES ('C475');

INSERT INTO etl.ref_icd10 (code) VALUES ('C476');

INSERT INTO etl.ref_icd10 (code) VALUES ('C478');

INSERT INTO etl.ref_icd10 (code) VALUES ('C479');

INSERT INTO etl.ref_icd10 (code) VALUES ('C48');

INSERT INTO etl.ref_icd10 (code) VALUES ('C480');

INSERT INTO etl.ref_icd10 (code) VALUES ('C481');

INSERT INTO etl.ref_icd10 (code) VALUES ('C482');

INSERT INTO etl.ref_icd10 (code) VALUES ('C488');

INSERT INTO etl.ref_icd10 (code) VALUES ('C49');

INSERT INTO etl.ref_icd10 (code) VALUES ('C490');

INSERT INTO etl.ref_icd10 (code) VALUES ('C491');

INSERT INTO etl.ref_icd10 (code) VALUES ('C492');

INSERT INTO etl.ref_icd10 (code) VALUES ('C493');

INSERT INTO etl.ref_icd10 (code) VALUES ('C494');

INSERT INTO etl.ref_icd10 (code) VALUES ('C495');

INSERT INTO etl.ref_icd10 (code) VALUES ('C496');

INSERT INTO etl.ref_icd10 (code) VALUES ('C498');

INSERT INTO etl.ref_icd10 (code) VALUES ('C499');

INSERT INTO etl.ref_icd10 (code) VALUES ('C50');

INSERT INTO etl.ref_icd10 (code) VALUES ('C500');

INSERT INTO etl.ref_icd10 (code) VALUES ('C501');

INSERT INTO etl.ref_icd10 (code) VALUES ('C502');

INSERT INTO etl.ref_icd10 (code) VALUES ('C503');

INSERT INTO etl.ref_icd10 (code) VALUES ('C504');

INSERT INTO etl.ref_icd10 (code) VALUES ('C505');

INSERT INTO etl.ref_icd10 (code) VALUES ('C506');

INSERT INTO etl.ref_icd10 (code) VALUES ('C508');

INSERT INTO etl.ref_icd10 (code) VALUES ('C509');

INSERT INTO etl.ref_icd10 (code) VALUES ('C51');

INSERT INTO etl.ref_icd10 (code) VALUES ('C510');

INSERT INTO etl.ref_icd10 (code) VALUES ('C511');

INSERT INTO etl.ref_icd10 (code) VALUES ('C512');

INSERT INTO etl.ref_icd10 (code) VALUES ('C518');

INSERT INTO etl.ref_icd10 (code) VALUES ('C519');

INSERT INTO etl.ref_icd10 (code) VALUES ('C52');

INSERT INTO etl.ref_icd10 (code) VALUES ('C53');

INSERT INTO etl.ref_icd10 (code) VALUES ('C530');

INSERT INTO etl.ref_icd10 (code) VALUES ('C531');

INSERT INTO etl.ref_icd10 (code) VALUES ('C538');

INSERT INTO etl.ref_icd10 (code) VALUES ('C539');

INSERT INTO etl.ref_icd10 (code) VALUES ('C54');

INSERT INTO etl.ref_icd10 (code) VALUES ('C540');

INSERT INTO etl.ref_icd10 (code) VALUES ('C541');

INSERT INTO etl.ref_icd10 (code) VALUES ('C542');

INSERT INTO etl.ref_icd10 (code) VALUES ('C543');

INSERT INTO etl.ref_icd10 (code) VALUES ('C548');

INSERT INTO etl.ref_icd10 (code) VALUES ('C549');

INSERT INTO etl.ref_icd10 (code) VALUES ('C55');

INSERT INTO etl.ref_icd10 (code) VALUES ('C56');

INSERT INTO etl.ref_icd10 (code) VALUES ('C57');

INSERT INTO etl.ref_icd10 (code) VALUES ('C570');

INSERT INTO etl.ref_icd10 (code) VALUES ('C571');

INSERT INTO etl.ref_icd10 (code) VALUES ('C572');

INSERT INTO etl.ref_icd10 (code) VALUES ('C573');

INSERT INTO etl.ref_icd10 (code) VALUES ('C574');

INSERT INTO etl.ref_icd10 (code) VALUES ('C577');

INSERT INTO etl.ref_icd10 (code) VALUES ('C578');

INSERT INTO etl.ref_icd10 (code) VALUES ('C579');

INSERT INTO etl.ref_icd10 (code) VALUES ('C58');

INSERT INTO etl.ref_icd10 (code) VALUES ('C60');

INSERT INTO etl.ref_icd10 (code) VALUES ('C600');

INSERT INTO etl.ref_icd10 (code) VALUES ('C601');

INSERT INTO etl.ref_icd10 (code) VALUES ('C602');

INSERT INTO etl.ref_icd10 (code) VALUES ('C608');

INSERT INTO etl.ref_icd10 (code) VALUES ('C609');

INSERT INTO etl.ref_icd10 (code) VALUES ('C61');

INSERT INTO etl.ref_icd10 (code) VALUES ('C62');

INSERT INTO etl.ref_icd10 (code) VALUES ('C620');

INSERT INTO etl.ref_icd10 (code) VALUES ('C621');

INSERT INTO etl.ref_icd10 (code) VALUES ('C629');

INSERT INTO etl.ref_icd10 (code) VALUES ('C63');

INSERT INTO etl.ref_icd10 (code) VALUES ('C630');

INSERT INTO etl.ref_icd10 (code) VALUES ('C631');

INSERT INTO etl.ref_icd10 (code) VALUES ('C632');

INSERT INTO etl.ref_icd10 (code) VALUES ('C637');

INSERT INTO etl.ref_icd10 (code) VALUES ('C638');

INSERT INTO etl.ref_icd10 (code) VALUES ('C639');

INSERT INTO etl.ref_icd10 (code) VALUES ('C64');

INSERT INTO etl.ref_icd10 (code) VALUES ('C65');

INSERT INTO etl.ref_icd10 (code) VALUES ('C66');

INSERT INTO etl.ref_icd10 (code) VALUES ('C67');

INSERT INTO etl.ref_icd10 (code) VALUES ('C670');

INSERT INTO etl.ref_icd10 (code) VALUES ('C671');

INSERT INTO etl.ref_icd10 (code) VALUES ('C672');

INSERT INTO etl.ref_icd10 (code) VALUES ('C673');

INSERT INTO etl.ref_icd10 (code) VALUES ('C674');

INSERT INTO etl.ref_icd10 (code) VALUES ('C675');

INSERT INTO etl.ref_icd10 (code) VALUES ('C676');

INSERT INTO etl.ref_icd10 (code) VALUES ('C677');

INSERT INTO etl.ref_icd10 (code) VALUES ('C678');

INSERT INTO etl.ref_icd10 (code) VALUES ('C679');

INSERT INTO etl.ref_icd10 (code) VALUES ('C68');

INSERT INTO etl.ref_icd10 (code) VALUES ('C680');

INSERT INTO etl.ref_icd10 (code) VALUES ('C681');

INSERT INTO etl.ref_icd10 (code) VALUES ('C688');

INSERT INTO etl.ref_icd10 (code) VALUES ('C689');

INSERT INTO etl.ref_icd10 (code) VALUES ('C69');

INSERT INTO etl.ref_icd10 (code) VALUES ('C690');

INSERT INTO etl.ref_icd10 (code) VALUES ('C691');

INSERT INTO etl.ref_icd10 (code) VALUES ('C692');

INSERT INTO etl.ref_icd10 (code) VALUES ('C693');

INSERT INTO etl.ref_icd10 (code) VALUES ('C694');

INSERT INTO etl.ref_icd10 (code) VALUES ('C695');

INSERT INTO etl.ref_icd10 (code) VALUES ('C696');

INSERT INTO etl.ref_icd10 (code) VALUES ('C698');

INSERT INTO etl.ref_icd10 (code) VALUES ('C699');

INSERT INTO etl.ref_icd10 (code) VALUES ('C70');

INSERT INTO etl.ref_icd10 (code) VALUES ('C700');

INSERT INTO etl.ref_icd10 (code) VALUES ('C701');

INSERT INTO etl.ref_icd10 (code) VALUES ('C709');

INSERT INTO etl.ref_icd10 (code) VALUES ('C71');

INSERT INTO etl.ref_icd10 (code) VALUES ('C710');

INSERT INTO etl.ref_icd10 (code) VALUES ('C711');

INSERT INTO etl.ref_icd10 (code) VALUES ('C712');

INSERT INTO etl.ref_icd10 (code) VALUES ('C713');

INSERT INTO etl.ref_icd10 (code) VALUES ('C714');

INSERT INTO etl.ref_icd10 (code) VALUES ('C715');

INSERT INTO etl.ref_icd10 (code) VALUES ('C716');

INSERT INTO etl.ref_icd10 (code) VALUES ('C717');

INSERT INTO etl.ref_icd10 (code) VALUES ('C718');

INSERT INTO etl.ref_icd10 (code) VALUES ('C719');

INSERT INTO etl.ref_icd10 (code) VALUES ('C72');

INSERT INTO etl.ref_icd10 (code) VALUES ('C720');

INSERT INTO etl.ref_icd10 (code) VALUES ('C721');

INSERT INTO etl.ref_icd10 (code) VALUES ('C722');

INSERT INTO etl.ref_icd10 (code) VALUES ('C723');

INSERT INTO etl.ref_icd10 (code) VALUES ('C724');

INSERT INTO etl.ref_icd10 (code) VALUES ('C725');

INSERT INTO etl.ref_icd10 (code) VALUES ('C728');

INSERT INTO etl.ref_icd10 (code) VALUES ('C729');

INSERT INTO etl.ref_icd10 (code) VALUES ('C73');

INSERT INTO etl.ref_icd10 (code) VALUES ('C74');

INSERT INTO etl.ref_icd10 (code) VALUES ('C740');

INSERT INTO etl.ref_icd10 (code) VALUES ('C741');

INSERT INTO etl.ref_icd10 (code) VALUES ('C749');

INSERT INTO etl.ref_icd10 (code) VALUES ('C75');

INSERT INTO etl.ref_icd10 (code) VALUES ('C750');

INSERT INTO etl.ref_icd10 (code) VALUES ('C751');

INSERT INTO etl.ref_icd10 (code) VALUES ('C752');

INSERT INTO etl.ref_icd10 (code) VALUES ('C753');

INSERT INTO etl.ref_icd10 (code) VALUES ('C754');

INSERT INTO etl.ref_icd10 (code) VALUES ('C755');

INSERT INTO etl.ref_icd10 (code) VALUES ('C758');

INSERT INTO etl.ref_icd10 (code) VALUES ('C759');

INSERT INTO etl.ref_icd10 (code) VALUES ('C76');

INSERT INTO etl.ref_icd10 (code) VALUES ('C760');

INSERT INTO etl.ref_icd10 (code) VALUES ('C761');

INSERT INTO etl.ref_icd10 (code) VALUES ('C762');

INSERT INTO etl.ref_icd10 (code) VALUES ('C763');

INSERT INTO etl.ref_icd10 (code) VALUES ('C764');

INSERT INTO etl.ref_icd10 (code) VALUES ('C765');

INSERT INTO etl.ref_icd10 (code) VALUES ('C767');

INSERT INTO etl.ref_icd10 (code) VALUES ('C768');

INSERT INTO etl.ref_icd10 (code) VALUES ('C77');

INSERT INTO etl.ref_icd10 (code) VALUES ('C770');

INSERT INTO etl.ref_icd10 (code) VALUES ('C771');

INSERT INTO etl.ref_icd10 (code) VALUES ('C772');

INSERT INTO etl.ref_icd10 (code) VALUES ('C773');

INSERT INTO etl.ref_icd10 (code) VALUES ('C774');

INSERT INTO etl.ref_icd10 (code) VALUES ('C775');

INSERT INTO etl.ref_icd10 (code) VALUES ('C778');

INSERT INTO etl.ref_icd10 (code) VALUES ('C779');

INSERT INTO etl.ref_icd10 (code) VALUES ('C78');

INSERT INTO etl.ref_icd10 (code) VALUES ('C780');

INSERT INTO etl.ref_icd10 (code) VALUES ('C781');

INSERT INTO etl.ref_icd10 (code) VALUES ('C782');

INSERT INTO etl.ref_icd10 (code) VALUES ('C783');

INSERT INTO etl.ref_icd10 (code) VALUES ('C784');

INSERT INTO etl.ref_icd10 (code) VALUES ('C785');

INSERT INTO etl.ref_icd10 (code) VALUES ('C786');

INSERT INTO etl.ref_icd10 (code) VALUES ('C787');

INSERT INTO etl.ref_icd10 (code) VALUES ('C788');

INSERT INTO etl.ref_icd10 (code) VALUES ('C79');

INSERT INTO etl.ref_icd10 (code) VALUES ('C790');

INSERT INTO etl.ref_icd10 (code) VALUES ('C791');

INSERT INTO etl.ref_icd10 (code) VALUES ('C792');

INSERT INTO etl.ref_icd10 (code) VALUES ('C793');

INSERT INTO etl.ref_icd10 (code) VALUES ('C794');

INSERT INTO etl.ref_icd10 (code) VALUES ('C795');

INSERT INTO etl.ref_icd10 (code) VALUES ('C796');

INSERT INTO etl.ref_icd10 (code) VALUES ('C797');

INSERT INTO etl.ref_icd10 (code) VALUES ('C798');

INSERT INTO etl.ref_icd10 (code) VALUES ('C799');

INSERT INTO etl.ref_icd10 (code) VALUES ('C80');

INSERT INTO etl.ref_icd10 (code) VALUES ('C800');

INSERT INTO etl.ref_icd10 (code) VALUES ('C809');

INSERT INTO etl.ref_icd10 (code) VALUES ('C81');

INSERT INTO etl.ref_icd10 (code) VALUES ('C810');

INSERT INTO etl.ref_icd10 (code) VALUES ('C811');

INSERT INTO etl.ref_icd10 (code) VALUES ('C812');

INSERT INTO etl.ref_icd10 (code) VALUES ('C813');

INSERT INTO etl.ref_icd10 (code) VALUES ('C814');

INSERT INTO etl.ref_icd10 (code) VALUES ('C817');

INSERT INTO etl.ref_icd10 (code) VALUES ('C819');

INSERT INTO etl.ref_icd10 (code) VALUES ('C82');

INSERT INTO etl.ref_icd10 (code) VALUES ('C820');

INSERT INTO etl.ref_icd10 (code) VALUES ('C821');

INSERT INTO etl.ref_icd10 (code) VALUES ('C822');

INSERT INTO etl.ref_icd10 (code) VALUES ('C823');

INSERT INTO etl.ref_icd10 (code) VALUES ('C824');

INSERT INTO etl.ref_icd10 (code) VALUES ('C825');

INSERT INTO etl.ref_icd10 (code) VALUES ('C826');

INSERT INTO etl.ref_icd10 (code) VALUES ('C827');

INSERT INTO etl.ref_icd10 (code) VALUES ('C829');

INSERT INTO etl.ref_icd10 (code) VALUES ('C83');

INSERT INTO etl.ref_icd10 (code) VALUES ('C830');

INSERT INTO etl.ref_icd10 (code) VALUES ('C831');

INSERT INTO etl.ref_icd10 (code) VALUES ('C833');

INSERT INTO etl.ref_icd10 (code) VALUES ('C835');

INSERT INTO etl.ref_icd10 (code) VALUES ('C837');

INSERT INTO etl.ref_icd10 (code) VALUES ('C838');

INSERT INTO etl.ref_icd10 (code) VALUES ('C839');

INSERT INTO etl.ref_icd10 (code) VALUES ('C84');

INSERT INTO etl.ref_icd10 (code) VALUES ('C840');

INSERT INTO etl.ref_icd10 (code) VALUES ('C841');

INSERT INTO etl.ref_icd10 (code) VALUES ('C844');

INSERT INTO etl.ref_icd10 (code) VALUES ('C845');

INSERT INTO etl.ref_icd10 (code) VALUES ('C846');

INSERT INTO etl.ref_icd10 (code) VALUES ('C847');

INSERT INTO etl.ref_icd10 (code) VALUES ('C848');

INSERT INTO etl.ref_icd10 (code) VALUES ('C849');

INSERT INTO etl.ref_icd10 (code) VALUES ('C85');

INSERT INTO etl.ref_icd10 (code) VALUES ('C851');

INSERT INTO etl.ref_icd10 (code) VALUES ('C852');

INSERT INTO etl.ref_icd10 (code) VALUES ('C857');

INSERT INTO etl.ref_icd10 (code) VALUES ('C859');

INSERT INTO etl.ref_icd10 (code) VALUES ('C86');

INSERT INTO etl.ref_icd10 (code) VALUES ('C860');

INSERT INTO etl.ref_icd10 (code) VALUES ('C861');

INSERT INTO etl.ref_icd10 (code) VALUES ('C862');

INSERT INTO etl.ref_icd10 (code) VALUES ('C863');

INSERT INTO etl.ref_icd10 (code) VALUES ('C864');

INSERT INTO etl.ref_icd10 (code) VALUES ('C865');

INSERT INTO etl.ref_icd10 (code) VALUES ('C866');

INSERT INTO etl.ref_icd10 (code) VALUES ('C88');

INSERT INTO etl.ref_icd10 (code) VALUES ('C880');

INSERT INTO etl.ref_icd10 (code) VALUES ('C882');

INSERT INTO etl.ref_icd10 (code) VALUES ('C883');

INSERT INTO etl.ref_icd10 (code) VALUES ('C884');

INSERT INTO etl.ref_icd10 (code) VALUES ('C887');

INSERT INTO etl.ref_icd10 (code) VALUES ('C889');

INSERT INTO etl.ref_icd10 (code) VALUES ('C90');

INSERT INTO etl.ref_icd10 (code) VALUES ('C900');

INSERT INTO etl.ref_icd10 (code) VALUES ('C901');

INSERT INTO etl.ref_icd10 (code) VALUES ('C902');

INSERT INTO etl.ref_icd10 (code) VALUES ('C903');

INSERT INTO etl.ref_icd10 (code) VALUES ('C91');

INSERT INTO etl.ref_icd10 (code) VALUES ('C910');

INSERT INTO etl.ref_icd10 (code) VALUES ('C911');

INSERT INTO etl.ref_icd10 (code) VALUES ('C913');

INSERT INTO etl.ref_icd10 (code) VALUES ('C914');

INSERT INTO etl.ref_icd10 (code) VALUES ('C915');

INSERT INTO etl.ref_icd10 (code) VALUES ('C916');

INSERT INTO etl.ref_icd10 (code) VALUES ('C917');

INSERT INTO etl.ref_icd10 (code) VALUES ('C918');

INSERT INTO etl.ref_icd10 (code) VALUES ('C919');

INSERT INTO etl.ref_icd10 (code) VALUES ('C92');

INSERT INTO etl.ref_icd10 (code) VALUES ('C920');

INSERT INTO etl.ref_icd10 (code) VALUES ('C921');

INSERT INTO etl.ref_icd10 (code) VALUES ('C922');

INSERT INTO etl.ref_icd10 (code) VALUES ('C923');

INSERT INTO etl.ref_icd10 (code) VALUES ('C924');

INSERT INTO etl.ref_icd10 (code) VALUES ('C925');

INSERT INTO etl.ref_icd10 (code) VALUES ('C926');

INSERT INTO etl.ref_icd10 (code) VALUES ('C927');

INSERT INTO etl.ref_icd10 (code) VALUES ('C928');

INSERT INTO etl.ref_icd10 (code) VALUES ('C929');

INSERT INTO etl.ref_icd10 (code) VALUES ('C93');

INSERT INTO etl.ref_icd10 (code) VALUES ('C930');

INSERT INTO etl.ref_icd10 (code) VALUES ('C931');

INSERT INTO etl.ref_icd10 (code) VALUES ('C933');

INSERT INTO etl.ref_icd10 (code) VALUES ('C937');

INSERT INTO etl.ref_icd10 (code) VALUES ('C939');

INSERT INTO etl.ref_icd10 (code) VALUES ('C94');

INSERT INTO etl.ref_icd10 (code) VALUES ('C940');

INSERT INTO etl.ref_icd10 (code) VALUES ('C942');

INSERT INTO etl.ref_icd10 (code) VALUES ('C943');

INSERT INTO etl.ref_icd10 (code) VALUES ('C944');

INSERT INTO etl.ref_icd10 (code) VALUES ('C946');

INSERT INTO etl.ref_icd10 (code) VALUES ('C947');

INSERT INTO etl.ref_icd10 (code) VALUES ('C95');

INSERT INTO etl.ref_icd10 (code) VALUES ('C950');

INSERT INTO etl.ref_icd10 (code) VALUES ('C951');

INSERT INTO etl.ref_icd10 (code) VALUES ('C957');

INSERT INTO etl.ref_icd10 (code) VALUES ('C959');

INSERT INTO etl.ref_icd10 (code) VALUES ('C96');

INSERT INTO etl.ref_icd10 (code) VALUES ('C960');

INSERT INTO etl.ref_icd10 (code) VALUES ('C962');

INSERT INTO etl.ref_icd10 (code) VALUES ('C964');

INSERT INTO etl.ref_icd10 (code) VALUES ('C965');

INSERT INTO etl.ref_icd10 (code) VALUES ('C966');

INSERT INTO etl.ref_icd10 (code) VALUES ('C967');

INSERT INTO etl.ref_icd10 (code) VALUES ('C968');

INSERT INTO etl.ref_icd10 (code) VALUES ('C969');

INSERT INTO etl.ref_icd10 (code) VALUES ('C97');

INSERT INTO etl.ref_icd10 (code) VALUES ('D00');

INSERT INTO etl.ref_icd10 (code) VALUES ('D000');

INSERT INTO etl.ref_icd10 (code) VALUES ('D001');

INSERT INTO etl.ref_icd10 (code) VALUES ('D002');

INSERT INTO etl.ref_icd10 (code) VALUES ('D01');

INSERT INTO etl.ref_icd10 (code) VALUES ('D010');

INSERT INTO etl.ref_icd10 (code) VALUES ('D011');

INSERT INTO etl.ref_icd10 (code) VALUES ('D012');

INSERT INTO etl.ref_icd10 (code) VALUES ('D013');

INSERT INTO etl.ref_icd10 (code) VALUES ('D014');

INSERT INTO etl.ref_icd10 (code) VALUES ('D015');

INSERT INTO etl.ref_icd10 (code) VALUES ('D017');

INSERT INTO etl.ref_icd10 (code) VALUES ('D019');

INSERT INTO etl.ref_icd10 (code) VALUES ('D02');

INSERT INTO etl.ref_icd10 (code) VALUES ('D020');

INSERT INTO etl.ref_icd10 (code) VALUES ('D021');

INSERT INTO etl.ref_icd10 (code) VALUES ('D022');

INSERT INTO etl.ref_icd10 (code) VALUES ('D023');

INSERT INTO etl.ref_icd10 (code) VALUES ('D024');

INSERT INTO etl.ref_icd10 (code) VALUES ('D03');

INSERT INTO etl.ref_icd10 (code) VALUES ('D030');

INSERT INTO etl.ref_icd10 (code) VALUES ('D031');

INSERT INTO etl.ref_icd10 (code) VALUES ('D032');

INSERT INTO etl.ref_icd10 (code) VALUES ('D033');

INSERT INTO etl.ref_icd10 (code) VALUES ('D034');

INSERT INTO etl.ref_icd10 (code) VALUES ('D035');

INSERT INTO etl.ref_icd10 (code) VALUES ('D036');

INSERT INTO etl.ref_icd10 (code) VALUES ('D037');

INSERT INTO etl.ref_icd10 (code) VALUES ('D038');

INSERT INTO etl.ref_icd10 (code) VALUES ('D039');

INSERT INTO etl.ref_icd10 (code) VALUES ('D04');

INSERT INTO etl.ref_icd10 (code) VALUES ('D040');

INSERT INTO etl.ref_icd10 (code) VALUES ('D041');

INSERT INTO etl.ref_icd10 (code) VALUES ('D042');

INSERT INTO etl.ref_icd10 (code) VALUES ('D043');

INSERT INTO etl.ref_icd10 (code) VALUES ('D044');

INSERT INTO etl.ref_icd10 (code) VALUES ('D045');

INSERT INTO etl.ref_icd10 (code) VALUES ('D046');

INSERT INTO etl.ref_icd10 (code) VALUES ('D047');

INSERT INTO etl.ref_icd10 (code) VALUES ('D048');

INSERT INTO etl.ref_icd10 (code) VALUES ('D049');

INSERT INTO etl.ref_icd10 (code) VALUES ('D05');

INSERT INTO etl.ref_icd10 (code) VALUES ('D050');

INSERT INTO etl.ref_icd10 (code) VALUES ('D051');

INSERT INTO etl.ref_icd10 (code) VALUES ('D057');

INSERT INTO etl.ref_icd10 (code) VALUES ('D059');

INSERT INTO etl.ref_icd10 (code) VALUES ('D06');

INSERT INTO etl.ref_icd10 (code) VALUES ('D060');

INSERT INTO etl.ref_icd10 (code) VALUES ('D061');

INSERT INTO etl.ref_icd10 (code) VALUES ('D067');

INSERT INTO etl.ref_icd10 (code) VALUES ('D069');

INSERT INTO etl.ref_icd10 (code) VALUES ('D07');

INSERT INTO etl.ref_icd10 (code) VALUES ('D070');

INSERT INTO etl.ref_icd10 (code) VALUES ('D071');

INSERT INTO etl.ref_icd10 (code) VALUES ('D072');

INSERT INTO etl.ref_icd10 (code) VALUES ('D073');

INSERT INTO etl.ref_icd10 (code) VALUES ('D074');

INSERT INTO etl.ref_icd10 (code) VALUES ('D075');

INSERT INTO etl.ref_icd10 (code) VALUES ('D076');

INSERT INTO etl.ref_icd10 (code) VALUES ('D09');

INSERT INTO etl.ref_icd10 (code) VALUES ('D090');

INSERT INTO etl.ref_icd10 (code) VALUES ('D091');

INSERT INTO etl.ref_icd10 (code) VALUES ('D092');

INSERT INTO etl.ref_icd10 (code) VALUES ('D093');

INSERT INTO etl.ref_icd10 (code) VALUES ('D097');

INSERT INTO etl.ref_icd10 (code) VALUES ('D099');

INSERT INTO etl.ref_icd10 (code) VALUES ('D10');

INSERT INTO etl.ref_icd10 (code) VALUES ('D100');

INSERT INTO etl.ref_icd10 (code) VALUES ('D101');

INSERT INTO etl.ref_icd10 (code) VALUES ('D102');

INSERT INTO etl.ref_icd10 (code) VALUES ('D103');

INSERT INTO etl.ref_icd10 (code) VALUES ('D104');

INSERT INTO etl.ref_icd10 (code) VALUES ('D105');

INSERT INTO etl.ref_icd10 (code) VALUES ('D106');

INSERT INTO etl.ref_icd10 (code) VALUES ('D107');

INSERT INTO etl.ref_icd10 (code) VALUES ('D109');

INSERT INTO etl.ref_icd10 (code) VALUES ('D11');

INSERT INTO etl.ref_icd10 (code) VALUES ('D110');

INSERT INTO etl.ref_icd10 (code) VALUES ('D117');

INSERT INTO etl.ref_icd10 (code) VALUES ('D119');

INSERT INTO etl.ref_icd10 (code) VALUES ('D12');

INSERT INTO etl.ref_icd10 (code) VALUES ('D120');

INSERT INTO etl.ref_icd10 (code) VALUES ('D121');

INSERT INTO etl.ref_icd10 (code) VALUES ('D122');

INSERT INTO etl.ref_icd10 (code) VALUES ('D123');

INSERT INTO etl.ref_icd10 (code) VALUES ('D124');

INSERT INTO etl.ref_icd10 (code) VALUES ('D125');

INSERT INTO etl.ref_icd10 (code) VALUES ('D126');

INSERT INTO etl.ref_icd10 (code) VALUES ('D127');

INSERT INTO etl.ref_icd10 (code) VALUES ('D128');

INSERT INTO etl.ref_icd10 (code) VALUES ('D129');

INSERT INTO etl.ref_icd10 (code) VALUES ('D13');

INSERT INTO etl.ref_icd10 (code) VALUES ('D130');

INSERT INTO etl.ref_icd10 (code) VALUES ('D131');

INSERT INTO etl.ref_icd10 (code) VALUES ('D132');

INSERT INTO etl.ref_icd10 (code) VALUES ('D133');

INSERT INTO etl.ref_icd10 (code) VALUES ('D134');

INSERT INTO etl.ref_icd10 (code) VALUES ('D135');

INSERT INTO etl.ref_icd10 (code) VALUES ('D136');

INSERT INTO etl.ref_icd10 (code) VALUES ('D137');

INSERT INTO etl.ref_icd10 (code) VALUES ('D139');

INSERT INTO etl.ref_icd10 (code) VALUES ('D14');

INSERT INTO etl.ref_icd10 (code) VALUES ('D140');

INSERT INTO etl.ref_icd10 (code) VALUES ('D141');

INSERT INTO etl.ref_icd10 (code) VALUES ('D142');

INSERT INTO etl.ref_icd10 (code) VALUES ('D143');

INSERT INTO etl.ref_icd10 (code) VALUES ('D144');

INSERT INTO etl.ref_icd10 (code) VALUES ('D15');

INSERT INTO etl.ref_icd10 (code) VALUES ('D150');

INSERT INTO etl.ref_icd10 (code) VALUES ('D151');

INSERT INTO etl.ref_icd10 (code) VALUES ('D152');

INSERT INTO etl.ref_icd10 (code) VALUES ('D157');

INSERT INTO etl.ref_icd10 (code) VALUES ('D159');

INSERT INTO etl.ref_icd10 (code) VALUES ('D16');

INSERT INTO etl.ref_icd10 (code) VALUES ('D160');

INSERT INTO etl.ref_icd10 (code) VALUES ('D161');

INSERT INTO etl.ref_icd10 (code) VALUES ('D162');

INSERT INTO etl.ref_icd10 (code) VALUES ('D163');

INSERT INTO etl.ref_icd10 (code) VALUES ('D164');

INSERT INTO etl.ref_icd10 (code) VALUES ('D165');

INSERT INTO etl.ref_icd10 (code) VALUES ('D166');

INSERT INTO etl.ref_icd10 (code) VALUES ('D167');

INSERT INTO etl.ref_icd10 (code) VALUES ('D168');

INSERT INTO etl.ref_icd10 (code) VALUES ('D169');

INSERT INTO etl.ref_icd10 (code) VALUES ('D17');

INSERT INTO etl.ref_icd10 (code) VALUES ('D170');

INSERT INTO etl.ref_icd10 (code) VALUES ('D171');

INSERT INTO etl.ref_icd10 (code) VALUES ('D172');

INSERT INTO etl.ref_icd10 (code) VALUES ('D173');

INSERT INTO etl.ref_icd10 (code) VALUES ('D174');

INSERT INTO etl.ref_icd10 (code) VALUES ('D175');

INSERT INTO etl.ref_icd10 (code) VALUES ('D176');

INSERT INTO etl.ref_icd10 (code) VALUES ('D177');

INSERT INTO etl.ref_icd10 (code) VALUES ('D179');

INSERT INTO etl.ref_icd10 (code) VALUES ('D18');

INSERT INTO etl.ref_icd10 (code) VALUES ('D180');

INSERT INTO etl.ref_icd10 (code) VALUES ('D181');

INSERT INTO etl.ref_icd10 (code) VALUES ('D19');

INSERT INTO etl.ref_icd10 (code) VALUES ('D190');

INSERT INTO etl.ref_icd10 (code) VALUES ('D191');

INSERT INTO etl.ref_icd10 (code) VALUES ('D197');

INSERT INTO etl.ref_icd10 (code) VALUES ('D199');

INSERT INTO etl.ref_icd10 (code) VALUES ('D20');

INSERT INTO etl.ref_icd10 (code) VALUES ('D200');

INSERT INTO etl.ref_icd10 (code) VALUES ('D201');

INSERT INTO etl.ref_icd10 (code) VALUES ('D21');

INSERT INTO etl.ref_icd10 (code) VALUES ('D210');

INSERT INTO etl.ref_icd10 (code) VALUES ('D211');

INSERT INTO etl.ref_icd10 (code) VALUES ('D212');

INSERT INTO etl.ref_icd10 (code) VALUES ('D213');

INSERT INTO etl.ref_icd10 (code) VALUES ('D214');

INSERT INTO etl.ref_icd10 (code) VALUES ('D215');

INSERT INTO etl.ref_icd10 (code) VALUES ('D216');

INSERT INTO etl.ref_icd10 (code) VALUES ('D219');

INSERT INTO etl.ref_icd10 (code) VALUES ('D22');

INSERT INTO etl.ref_icd10 (code) VALUES ('D220');

INSERT INTO etl.ref_icd10 (code) VALUES ('D221');

INSERT INTO etl.ref_icd10 (code) VALUES ('D222');

INSERT INTO etl.ref_icd10 (code) VALUES ('D223');

INSERT INTO etl.ref_icd10 (code) VALUES ('D224');

INSERT INTO etl.ref_icd10 (code) VALUES ('D225');

INSERT INTO etl.ref_icd10 (code) VALUES ('D226');

INSERT INTO etl.ref_icd10 (code) VALUES ('D227');

INSERT INTO etl.ref_icd10 (code) VALUES ('D229');

INSERT INTO etl.ref_icd10 (code) VALUES ('D23');

INSERT INTO etl.ref_icd10 (code) VALUES ('D230');

INSERT INTO etl.ref_icd10 (code) VALUES ('D231');

INSERT INTO etl.ref_icd10 (code) VALUES ('D232');

INSERT INTO etl.ref_icd10 (code) VALUES ('D233');

INSERT INTO etl.ref_icd10 (code) VALUES ('D234');

INSERT INTO etl.ref_icd10 (code) VALUES ('D235');

INSERT INTO etl.ref_icd10 (code) VALUES ('D236');

INSERT INTO etl.ref_icd10 (code) VALUES ('D237');

INSERT INTO etl.ref_icd10 (code) VALUES ('D239');

INSERT INTO etl.ref_icd10 (code) VALUES ('D24');

INSERT INTO etl.ref_icd10 (code) VALUES ('D25');

INSERT INTO etl.ref_icd10 (code) VALUES ('D250');

INSERT INTO etl.ref_icd10 (code) VALUES ('D251');

INSERT INTO etl.ref_icd10 (code) VALUES ('D252');

INSERT INTO etl.ref_icd10 (code) VALUES ('D259');

INSERT INTO etl.ref_icd10 (code) VALUES ('D26');

INSERT INTO etl.ref_icd10 (code) VALUES ('D260');

INSERT INTO etl.ref_icd10 (code) VALUES ('D261');

INSERT INTO etl.ref_icd10 (code) VALUES ('D267');

INSERT INTO etl.ref_icd10 (code) VALUES ('D269');

INSERT INTO etl.ref_icd10 (code) VALUES ('D27');

INSERT INTO etl.ref_icd10 (code) VALUES ('D28');

INSERT INTO etl.ref_icd10 (code) VALUES ('D280');

INSERT INTO etl.ref_icd10 (code) VALUES ('D281');

INSERT INTO etl.ref_icd10 (code) VALUES ('D282');

INSERT INTO etl.ref_icd10 (code) VALUES ('D287');

INSERT INTO etl.ref_icd10 (code) VALUES ('D289');

INSERT INTO etl.ref_icd10 (code) VALUES ('D29');

INSERT INTO etl.ref_icd10 (code) VALUES ('D290');

INSERT INTO etl.ref_icd10 (code) VALUES ('D291');

INSERT INTO etl.ref_icd10 (code) VALUES ('D292');

INSERT INTO etl.ref_icd10 (code) VALUES ('D293');

INSERT INTO etl.ref_icd10 (code) VALUES ('D294');

INSERT INTO etl.ref_icd10 (code) VALUES ('D297');

INSERT INTO etl.ref_icd10 (code) VALUES ('D299');

INSERT INTO etl.ref_icd10 (code) VALUES ('D30');

INSERT INTO etl.ref_icd10 (code) VALUES ('D300');

INSERT INTO etl.ref_icd10 (code) VALUES ('D301');

INSERT INTO etl.ref_icd10 (code) VALUES ('D302');

INSERT INTO etl.ref_icd10 (code) VALUES ('D303');

INSERT INTO etl.ref_icd10 (code) VALUES ('D304');

INSERT INTO etl.ref_icd10 (code) VALUES ('D307');

INSERT INTO etl.ref_icd10 (code) VALUES ('D309');

INSERT INTO etl.ref_icd10 (code) VALUES ('D31');

INSERT INTO etl.ref_icd10 (code) VALUES ('D310');

INSERT INTO etl.ref_icd10 (code) VALUES ('D311');

INSERT INTO etl.ref_icd10 (code) VALUES ('D312');

INSERT INTO etl.ref_icd10 (code) VALUES ('D313');

INSERT INTO etl.ref_icd10 (code) VALUES ('D314');

INSERT INTO etl.ref_icd10 (code) VALUES ('D315');

INSERT INTO etl.ref_icd10 (code) VALUES ('D316');

INSERT INTO etl.ref_icd10 (code) VALUES ('D319');

INSERT INTO etl.ref_icd10 (code) VALUES ('D32');

INSERT INTO etl.ref_icd10 (code) VALUES ('D320');

INSERT INTO etl.ref_icd10 (code) VALUES ('D321');

INSERT INTO etl.ref_icd10 (code) VALUES ('D329');

INSERT INTO etl.ref_icd10 (code) VALUES ('D33');

INSERT INTO etl.ref_icd10 (code) VALUES ('D330');

INSERT INTO etl.ref_icd10 (code) VALUES ('D331');

INSERT INTO etl.ref_icd10 (code) VALUES ('D332');

INSERT INTO etl.ref_icd10 (code) VALUES ('D333');

INSERT INTO etl.ref_icd10 (code) VALUES ('D334');

INSERT INTO etl.ref_icd10 (code) VALUES ('D337');

INSERT INTO etl.ref_icd10 (code) VALUES ('D339');

INSERT INTO etl.ref_icd10 (code) VALUES ('D34');

INSERT INTO etl.ref_icd10 (code) VALUES ('D35');

INSERT INTO etl.ref_icd10 (code) VALUES ('D350');

INSERT INTO etl.ref_icd10 (code) VALUES ('D351');

INSERT INTO etl.ref_icd10 (code) VALUES ('D352');

INSERT INTO etl.ref_icd10 (code) VALUES ('D353');

INSERT INTO etl.ref_icd10 (code) VALUES ('D354');

INSERT INTO etl.ref_icd10 (code) VALUES ('D355');

INSERT INTO etl.ref_icd10 (code) VALUES ('D356');

INSERT INTO etl.ref_icd10 (code) VALUES ('D357');

INSERT INTO etl.ref_icd10 (code) VALUES ('D358');

INSERT INTO etl.ref_icd10 (code) VALUES ('D359');

INSERT INTO etl.ref_icd10 (code) VALUES ('D36');

INSERT INTO etl.ref_icd10 (code) VALUES ('D360');

INSERT INTO etl.ref_icd10 (code) VALUES ('D361');

INSERT INTO etl.ref_icd10 (code) VALUES ('D367');

INSERT INTO etl.ref_icd10 (code) VALUES ('D369');

INSERT INTO etl.ref_icd10 (code) VALUES ('D37');

INSERT INTO etl.ref_icd10 (code) VALUES ('D370');

INSERT INTO etl.ref_icd10 (code) VALUES ('D371');

INSERT INTO etl.ref_icd10 (code) VALUES ('D372');

INSERT INTO etl.ref_icd10 (code) VALUES ('D373');

INSERT INTO etl.ref_icd10 (code) VALUES ('D374');

INSERT INTO etl.ref_icd10 (code) VALUES ('D375');

INSERT INTO etl.ref_icd10 (code) VALUES ('D376');

INSERT INTO etl.ref_icd10 (code) VALUES ('D377');

INSERT INTO etl.ref_icd10 (code) VALUES ('D379');

INSERT INTO etl.ref_icd10 (code) VALUES ('D38');

INSERT INTO etl.ref_icd10 (code) VALUES ('D380');

INSERT INTO etl.ref_icd10 (code) VALUES ('D381');

INSERT INTO etl.ref_icd10 (code) VALUES ('D382');

INSERT INTO etl.ref_icd10 (code) VALUES ('D383');

INSERT INTO etl.ref_icd10 (code) VALUES ('D384');

INSERT INTO etl.ref_icd10 (code) VALUES ('D385');

INSERT INTO etl.ref_icd10 (code) VALUES ('D386');

INSERT INTO etl.ref_icd10 (code) VALUES ('D39');

INSERT INTO etl.ref_icd10 (code) VALUES ('D390');

INSERT INTO etl.ref_icd10 (code) VALUES ('D391');

INSERT INTO etl.ref_icd10 (code) VALUES ('D392');

INSERT INTO etl.ref_icd10 (code) VALUES ('D397');

INSERT INTO etl.ref_icd10 (code) VALUES ('D399');

INSERT INTO etl.ref_icd10 (code) VALUES ('D40');

INSERT INTO etl.ref_icd10 (code) VALUES ('D400');

INSERT INTO etl.ref_icd10 (code) VALUES ('D401');

INSERT INTO etl.ref_icd10 (code) VALUES ('D407');

INSERT INTO etl.ref_icd10 (code) VALUES ('D409');

INSERT INTO etl.ref_icd10 (code) VALUES ('D41');

INSERT INTO etl.ref_icd10 (code) VALUES ('D410');

INSERT INTO etl.ref_icd10 (code) VALUES ('D411');

INSERT INTO etl.ref_icd10 (code) VALUES ('D412');

INSERT INTO etl.ref_icd10 (code) VALUES ('D413');

INSERT INTO etl.ref_icd10 (code) VALUES ('D414');

INSERT INTO etl.ref_icd10 (code) VALUES ('D417');

INSERT INTO etl.ref_icd10 (code) VALUES ('D419');

INSERT INTO etl.ref_icd10 (code) VALUES ('D42');

INSERT INTO etl.ref_icd10 (code) VALUES ('D420');

INSERT INTO etl.ref_icd10 (code) VALUES ('D421');

INSERT INTO etl.ref_icd10 (code) VALUES ('D429');

INSERT INTO etl.ref_icd10 (code) VALUES ('D43');

INSERT INTO etl.ref_icd10 (code) VALUES ('D430');

INSERT INTO etl.ref_icd10 (code) VALUES ('D431');

INSERT INTO etl.ref_icd10 (code) VALUES ('D432');

INSERT INTO etl.ref_icd10 (code) VALUES ('D433');

INSERT INTO etl.ref_icd10 (code) VALUES ('D434');

INSERT INTO etl.ref_icd10 (code) VALUES ('D437');

INSERT INTO etl.ref_icd10 (code) VALUES ('D439');

INSERT INTO etl.ref_icd10 (code) VALUES ('D44');

INSERT INTO etl.ref_icd10 (code) VALUES ('D440');

INSERT INTO etl.ref_icd10 (code) VALUES ('D441');

INSERT INTO etl.ref_icd10 (code) VALUES ('D442');

INSERT INTO etl.ref_icd10 (code) VALUES ('D443');

INSERT INTO etl.ref_icd10 (code) VALUES ('D444');

INSERT INTO etl.ref_icd10 (code) VALUES ('D445');

INSERT INTO etl.ref_icd10 (code) VALUES ('D446');

INSERT INTO etl.ref_icd10 (code) VALUES ('D447');

INSERT INTO etl.ref_icd10 (code) VALUES ('D448');

INSERT INTO etl.ref_icd10 (code) VALUES ('D449');

INSERT INTO etl.ref_icd10 (code) VALUES ('D45');

INSERT INTO etl.ref_icd10 (code) VALUES ('D46');

INSERT INTO etl.ref_icd10 (code) VALUES ('D460');

INSERT INTO etl.ref_icd10 (code) VALUES ('D461');

INSERT INTO etl.ref_icd10 (code) VALUES ('D462');

INSERT INTO etl.ref_icd10 (code) VALUES ('D464');

INSERT INTO etl.ref_icd10 (code) VALUES ('D465');

INSERT INTO etl.ref_icd10 (code) VALUES ('D466');

INSERT INTO etl.ref_icd10 (code) VALUES ('D467');

INSERT INTO etl.ref_icd10 (code) VALUES ('D469');

INSERT INTO etl.ref_icd10 (code) VALUES ('D47');

INSERT INTO etl.ref_icd10 (code) VALUES ('D470');

INSERT INTO etl.ref_icd10 (code) VALUES ('D471');

INSERT INTO etl.ref_icd10 (code) VALUES ('D472');

INSERT INTO etl.ref_icd10 (code) VALUES ('D473');

INSERT INTO etl.ref_icd10 (code) VALUES ('D474');

INSERT INTO etl.ref_icd10 (code) VALUES ('D475');

INSERT INTO etl.ref_icd10 (code) VALUES ('D477');

INSERT INTO etl.ref_icd10 (code) VALUES ('D479');

INSERT INTO etl.ref_icd10 (code) VALUES ('D48');

INSERT INTO etl.ref_icd10 (code) VALUES ('D480');

INSERT INTO etl.ref_icd10 (code) VALUES ('D481');

INSERT INTO etl.ref_icd10 (code) VALUES ('D482');

INSERT INTO etl.ref_icd10 (code) VALUES ('D483');

INSERT INTO etl.ref_icd10 (code) VALUES ('D484');

INSERT INTO etl.ref_icd10 (code) VALUES ('D485');

INSERT INTO etl.ref_icd10 (code) VALUES ('D486');

INSERT INTO etl.ref_icd10 (code) VALUES ('D487');

INSERT INTO etl.ref_icd10 (code) VALUES ('D489');

INSERT INTO etl.ref_icd10 (code) VALUES ('D50');

INSERT INTO etl.ref_icd10 (code) VALUES ('D500');

INSERT INTO etl.ref_icd10 (code) VALUES ('D501');

INSERT INTO etl.ref_icd10 (code) VALUES ('D508');

INSERT INTO etl.ref_icd10 (code) VALUES ('D509');

INSERT INTO etl.ref_icd10 (code) VALUES ('D51');

INSERT INTO etl.ref_icd10 (code) VALUES ('D510');

INSERT INTO etl.ref_icd10 (code) VALUES ('D511');

INSERT INTO etl.ref_icd10 (code) VALUES ('D512');

INSERT INTO etl.ref_icd10 (code) VALUES ('D513');

INSERT INTO etl.ref_icd10 (code) VALUES ('D518');

INSERT INTO etl.ref_icd10 (code) VALUES ('D519');

INSERT INTO etl.ref_icd10 (code) VALUES ('D52');

INSERT INTO etl.ref_icd10 (code) VALUES ('D520');

INSERT INTO etl.ref_icd10 (code) VALUES ('D521');

INSERT INTO etl.ref_icd10 (code) VALUES ('D528');

INSERT INTO etl.ref_icd10 (code) VALUES ('D529');

INSERT INTO etl.ref_icd10 (code) VALUES ('D53');

INSERT INTO etl.ref_icd10 (code) VALUES ('D530');

INSERT INTO etl.ref_icd10 (code) VALUES ('D531');

INSERT INTO etl.ref_icd10 (code) VALUES ('D532');

INSERT INTO etl.ref_icd10 (code) VALUES ('D538');

INSERT INTO etl.ref_icd10 (code) VALUES ('D539');

INSERT INTO etl.ref_icd10 (code) VALUES ('D55');

INSERT INTO etl.ref_icd10 (code) VALUES ('D550');

INSERT INTO etl.ref_icd10 (code) VALUES ('D551');

INSERT INTO etl.ref_icd10 (code) VALUES ('D552');

INSERT INTO etl.ref_icd10 (code) VALUES ('D553');

INSERT INTO etl.ref_icd10 (code) VALUES ('D558');

INSERT INTO etl.ref_icd10 (code) VALUES ('D559');

INSERT INTO etl.ref_icd10 (code) VALUES ('D56');

INSERT INTO etl.ref_icd10 (code) VALUES ('D560');

INSERT INTO etl.ref_icd10 (code) VALUES ('D561');

INSERT INTO etl.ref_icd10 (code) VALUES ('D562');

INSERT INTO etl.ref_icd10 (code) VALUES ('D563');

INSERT INTO etl.ref_icd10 (code) VALUES ('D564');

INSERT INTO etl.ref_icd10 (code) VALUES ('D568');

INSERT INTO etl.ref_icd10 (code) VALUES ('D569');

INSERT INTO etl.ref_icd10 (code) VALUES ('D57');

INSERT INTO etl.ref_icd10 (code) VALUES ('D570');

INSERT INTO etl.ref_icd10 (code) VALUES ('D571');

INSERT INTO etl.ref_icd10 (code) VALUES ('D572');

INSERT INTO etl.ref_icd10 (code) VALUES ('D573');

INSERT INTO etl.ref_icd10 (code) VALUES ('D578');

INSERT INTO etl.ref_icd10 (code) VALUES ('D58');

INSERT INTO etl.ref_icd10 (code) VALUES ('D580');

INSERT INTO etl.ref_icd10 (code) VALUES ('D581');

INSERT INTO etl.ref_icd10 (code) VALUES ('D582');

INSERT INTO etl.ref_icd10 (code) VALUES ('D588');

INSERT INTO etl.ref_icd10 (code) VALUES ('D589');

INSERT INTO etl.ref_icd10 (code) VALUES ('D59');

INSERT INTO etl.ref_icd10 (code) VALUES ('D590');

INSERT INTO etl.ref_icd10 (code) VALUES ('D591');

INSERT INTO etl.ref_icd10 (code) VALUES ('D592');

INSERT INTO etl.ref_icd10 (code) VALUES ('D593');

INSERT INTO etl.ref_icd10 (code) VALUES ('D594');

INSERT INTO etl.ref_icd10 (code) VALUES ('D595');

INSERT INTO etl.ref_icd10 (code) VALUES ('D596');

INSERT INTO etl.ref_icd10 (code) VALUES ('D598');

INSERT INTO etl.ref_icd10 (code) VALUES ('D599');

INSERT INTO etl.ref_icd10 (code) VALUES ('D60');

INSERT INTO etl.ref_icd10 (code) VALUES ('D600');

INSERT INTO etl.ref_icd10 (code) VALUES ('D601');

INSERT INTO etl.ref_icd10 (code) VALUES ('D608');

INSERT INTO etl.ref_icd10 (code) VALUES ('D609');

INSERT INTO etl.ref_icd10 (code) VALUES ('D61');

INSERT INTO etl.ref_icd10 (code) VALUES ('D610');

INSERT INTO etl.ref_icd10 (code) VALUES ('D611');

INSERT INTO etl.ref_icd10 (code) VALUES ('D612');

INSERT INTO etl.ref_icd10 (code) VALUES ('D613');

INSERT INTO etl.ref_icd10 (code) VALUES ('D618');

INSERT INTO etl.ref_icd10 (code) VALUES ('D619');

INSERT INTO etl.ref_icd10 (code) VALUES ('D62');

INSERT INTO etl.ref_icd10 (code) VALUES ('D63');

INSERT INTO etl.ref_icd10 (code) VALUES ('D630');

INSERT INTO etl.ref_icd10 (code) VALUES ('D638');

INSERT INTO etl.ref_icd10 (code) VALUES ('D64');

INSERT INTO etl.ref_icd10 (code) VALUES ('D640');

INSERT INTO etl.ref_icd10 (code) VALUES ('D641');

INSERT INTO etl.ref_icd10 (code) VALUES ('D642');

INSERT INTO etl.ref_icd10 (code) VALUES ('D643');

INSERT INTO etl.ref_icd10 (code) VALUES ('D644');

INSERT INTO etl.ref_icd10 (code) VALUES ('D648');

INSERT INTO etl.ref_icd10 (code) VALUES ('D649');

INSERT INTO etl.ref_icd10 (code) VALUES ('D65');

INSERT INTO etl.ref_icd10 (code) VALUES ('D66');

INSERT INTO etl.ref_icd10 (code) VALUES ('D67');

INSERT INTO etl.ref_icd10 (code) VALUES ('D68');

INSERT INTO etl.ref_icd10 (code) VALUES ('D680');

INSERT INTO etl.ref_icd10 (code) VALUES ('D681');

INSERT INTO etl.ref_icd10 (code) VALUES ('D682');

INSERT INTO etl.ref_icd10 (code) VALUES ('D683');

INSERT INTO etl.ref_icd10 (code) VALUES ('D684');

INSERT INTO etl.ref_icd10 (code) VALUES ('D685');

INSERT INTO etl.ref_icd10 (code) VALUES ('D686');

INSERT INTO etl.ref_icd10 (code) VALUES ('D688');

INSERT INTO etl.ref_icd10 (code) VALUES ('D689');

INSERT INTO etl.ref_icd10 (code) VALUES ('D69');

INSERT INTO etl.ref_icd10 (code) VALUES ('D690');

INSERT INTO etl.ref_icd10 (code) VALUES ('D691');

INSERT INTO etl.ref_icd10 (code) VALUES ('D692');

INSERT INTO etl.ref_icd10 (code) VALUES ('D693');

INSERT INTO etl.ref_icd10 (code) VALUES ('D694');

INSERT INTO etl.ref_icd10 (code) VALUES ('D695');

INSERT INTO etl.ref_icd10 (code) VALUES ('D696');

INSERT INTO etl.ref_icd10 (code) VALUES ('D698');

INSERT INTO etl.ref_icd10 (code) VALUES ('D699');

INSERT INTO etl.ref_icd10 (code) VALUES ('D70');

INSERT INTO etl.ref_icd10 (code) VALUES ('D71');

INSERT INTO etl.ref_icd10 (code) VALUES ('D72');

INSERT INTO etl.ref_icd10 (code) VALUES ('D720');

INSERT INTO etl.ref_icd10 (code) VALUES ('D721');

INSERT INTO etl.ref_icd10 (code) VALUES ('D728');

INSERT INTO etl.ref_icd10 (code) VALUES ('D729');

INSERT INTO etl.ref_icd10 (code) VALUES ('D73');

INSERT INTO etl.ref_icd10 (code) VALUES ('D730');

INSERT INTO etl.ref_icd10 (code) VALUES ('D731');

INSERT INTO etl.ref_icd10 (code) VALUES ('D732');

INSERT INTO etl.ref_icd10 (code) VALUES ('D733');

INSERT INTO etl.ref_icd10 (code) VALUES ('D734');

INSERT INTO etl.ref_icd10 (code) VALUES ('D735');

INSERT INTO etl.ref_icd10 (code) VALUES ('D738');

INSERT INTO etl.ref_icd10 (code) VALUES ('D739');

INSERT INTO etl.ref_icd10 (code) VALUES ('D74');

INSERT INTO etl.ref_icd10 (code) VALUES ('D740');

INSERT INTO etl.ref_icd10 (code) VALUES ('D748');

INSERT INTO etl.ref_icd10 (code) VALUES ('D749');

INSERT INTO etl.ref_icd10 (code) VALUES ('D75');

INSERT INTO etl.ref_icd10 (code) VALUES ('D750');

INSERT INTO etl.ref_icd10 (code) VALUES ('D751');

INSERT INTO etl.ref_icd10 (code) VALUES ('D758');

INSERT INTO etl.ref_icd10 (code) VALUES ('D759');

INSERT INTO etl.ref_icd10 (code) VALUES ('D76');

INSERT INTO etl.ref_icd10 (code) VALUES ('D761');

INSERT INTO etl.ref_icd10 (code) VALUES ('D762');

INSERT INTO etl.ref_icd10 (code) VALUES ('D763');

INSERT INTO etl.ref_icd10 (code) VALUES ('D77');

INSERT INTO etl.ref_icd10 (code) VALUES ('D80');

INSERT INTO etl.ref_icd10 (code) VALUES ('D800');

INSERT INTO etl.ref_icd10 (code) VALUES ('D801');

INSERT INTO etl.ref_icd10 (code) VALUES ('D802');

INSERT INTO etl.ref_icd10 (code) VALUES ('D803');

INSERT INTO etl.ref_icd10 (code) VALUES ('D804');

INSERT INTO etl.ref_icd10 (code) VALUES ('D805');

INSERT INTO etl.ref_icd10 (code) VALUES ('D806');

INSERT INTO etl.ref_icd10 (code) VALUES ('D807');

INSERT INTO etl.ref_icd10 (code) VALUES ('D808');

INSERT INTO etl.ref_icd10 (code) VALUES ('D809');

INSERT INTO etl.ref_icd10 (code) VALUES ('D81');

INSERT INTO etl.ref_icd10 (code) VALUES ('D810');

INSERT INTO etl.ref_icd10 (code) VALUES ('D811');

INSERT INTO etl.ref_icd10 (code) VALUES ('D812');

INSERT INTO etl.ref_icd10 (code) VALUES ('D813');

INSERT INTO etl.ref_icd10 (code) VALUES ('D814');

INSERT INTO etl.ref_icd10 (code) VALUES ('D815');

INSERT INTO etl.ref_icd10 (code) VALUES ('D816');

INSERT INTO etl.ref_icd10 (code) VALUES ('D817');

INSERT INTO etl.ref_icd10 (code) VALUES ('D818');

INSERT INTO etl.ref_icd10 (code) VALUES ('D819');

INSERT INTO etl.ref_icd10 (code) VALUES ('D82');

INSERT INTO etl.ref_icd10 (code) VALUES ('D820');

INSERT INTO etl.ref_icd10 (code) VALUES ('D821');

INSERT INTO etl.ref_icd10 (code) VALUES ('D822');

INSERT INTO etl.ref_icd10 (code) VALUES ('D823');

INSERT INTO etl.ref_icd10 (code) VALUES ('D824');

INSERT INTO etl.ref_icd10 (code) VALUES ('D828');

INSERT INTO etl.ref_icd10 (code) VALUES ('D829');

INSERT INTO etl.ref_icd10 (code) VALUES ('D83');

INSERT INTO etl.ref_icd10 (code) VALUES ('D830');

INSERT INTO etl.ref_icd10 (code) VALUES ('D831');

INSERT INTO etl.ref_icd10 (code) VALUES ('D832');

INSERT INTO etl.ref_icd10 (code) VALUES ('D838');

INSERT INTO etl.ref_icd10 (code) VALUES ('D839');

INSERT INTO etl.ref_icd10 (code) VALUES ('D84');

INSERT INTO etl.ref_icd10 (code) VALUES ('D840');

INSERT INTO etl.ref_icd10 (code) VALUES ('D841');

INSERT INTO etl.ref_icd10 (code) VALUES ('D848');

INSERT INTO etl.ref_icd10 (code) VALUES ('D849');

INSERT INTO etl.ref_icd10 (code) VALUES ('D86');

INSERT INTO etl.ref_icd10 (code) VALUES ('D860');

INSERT INTO etl.ref_icd10 (code) VALUES ('D861');

INSERT INTO etl.ref_icd10 (code) VALUES ('D862');

INSERT INTO etl.ref_icd10 (code) VALUES ('D863');

INSERT INTO etl.ref_icd10 (code) VALUES ('D868');

INSERT INTO etl.ref_icd10 (code) VALUES ('D869');

INSERT INTO etl.ref_icd10 (code) VALUES ('D89');

INSERT INTO etl.ref_icd10 (code) VALUES ('D890');

INSERT INTO etl.ref_icd10 (code) VALUES ('D891');

INSERT INTO etl.ref_icd10 (code) VALUES ('D892');

INSERT INTO etl.ref_icd10 (code) VALUES ('D893');

INSERT INTO etl.ref_icd10 (code) VALUES ('D898');

INSERT INTO etl.ref_icd10 (code) VALUES ('D899');

INSERT INTO etl.ref_icd10 (code) VALUES ('E00');

INSERT INTO etl.ref_icd10 (code) VALUES ('E000');

INSERT INTO etl.ref_icd10 (code) VALUES ('E001');

INSERT INTO etl.ref_icd10 (code) VALUES ('E002');

INSERT INTO etl.ref_icd10 (code) VALUES ('E009');

INSERT INTO etl.ref_icd10 (code) VALUES ('E01');

INSERT INTO etl.ref_icd10 (code) VALUES ('E010');

INSERT INTO etl.ref_icd10 (code) VALUES ('E011');

INSERT INTO etl.ref_icd10 (code) VALUES ('E012');

INSERT INTO etl.ref_icd10 (code) VALUES ('E018');

INSERT INTO etl.ref_icd10 (code) VALUES ('E02');

INSERT INTO etl.ref_icd10 (code) VALUES ('E03');

INSERT INTO etl.ref_icd10 (code) VALUES ('E030');

INSERT INTO etl.ref_icd10 (code) VALUES ('E031');

INSERT INTO etl.ref_icd10 (code) VALUES ('E032');

INSERT INTO etl.ref_icd10 (code) VALUES ('E033');

INSERT INTO etl.ref_icd10 (code) VALUES ('E034');

INSERT INTO etl.ref_icd10 (code) VALUES ('E035');

INSERT INTO etl.ref_icd10 (code) VALUES ('E038');

INSERT INTO etl.ref_icd10 (code) VALUES ('E039');

INSERT INTO etl.ref_icd10 (code) VALUES ('E04');

INSERT INTO etl.ref_icd10 (code) VALUES ('E040');

INSERT INTO etl.ref_icd10 (code) VALUES ('E041');

INSERT INTO etl.ref_icd10 (code) VALUES ('E042');

INSERT INTO etl.ref_icd10 (code) VALUES ('E048');

INSERT INTO etl.ref_icd10 (code) VALUES ('E049');

INSERT INTO etl.ref_icd10 (code) VALUES ('E05');

INSERT INTO etl.ref_icd10 (code) VALUES ('E050');

INSERT INTO etl.ref_icd10 (code) VALUES ('E051');

INSERT INTO etl.ref_icd10 (code) VALUES ('E052');

INSERT INTO etl.ref_icd10 (code) VALUES ('E053');

INSERT INTO etl.ref_icd10 (code) VALUES ('E054');

INSERT INTO etl.ref_icd10 (code) VALUES ('E055');

INSERT INTO etl.ref_icd10 (code) VALUES ('E058');

INSERT INTO etl.ref_icd10 (code) VALUES ('E059');

INSERT INTO etl.ref_icd10 (code) VALUES ('E06');

INSERT INTO etl.ref_icd10 (code) VALUES ('E060');

INSERT INTO etl.ref_icd10 (code) VALUES ('E061');

INSERT INTO etl.ref_icd10 (code) VALUES ('E062');

INSERT INTO etl.ref_icd10 (code) VALUES ('E063');

INSERT INTO etl.ref_icd10 (code) VALUES ('E064');

INSERT INTO etl.ref_icd10 (code) VALUES ('E065');

INSERT INTO etl.ref_icd10 (code) VALUES ('E069');

INSERT INTO etl.ref_icd10 (code) VALUES ('E07');

INSERT INTO etl.ref_icd10 (code) VALUES ('E070');

INSERT INTO etl.ref_icd10 (code) VALUES ('E071');

INSERT INTO etl.ref_icd10 (code) VALUES ('E078');

INSERT INTO etl.ref_icd10 (code) VALUES ('E079');

INSERT INTO etl.ref_icd10 (code) VALUES ('E10');

INSERT INTO etl.ref_icd10 (code) VALUES ('E100');

INSERT INTO etl.ref_icd10 (code) VALUES ('E101');

INSERT INTO etl.ref_icd10 (code) VALUES ('E102');

INSERT INTO etl.ref_icd10 (code) VALUES ('E103');

INSERT INTO etl.ref_icd10 (code) VALUES ('E104');

INSERT INTO etl.ref_icd10 (code) VALUES ('E105');

INSERT INTO etl.ref_icd10 (code) VALUES ('E106');

INSERT INTO etl.ref_icd10 (code) VALUES ('E107');

INSERT INTO etl.ref_icd10 (code) VALUES ('E108');

INSERT INTO etl.ref_icd10 (code) VALUES ('E109');

INSERT INTO etl.ref_icd10 (code) VALUES ('E11');

INSERT INTO etl.ref_icd10 (code) VALUES ('E110');

INSERT INTO etl.ref_icd10 (code) VALUES ('E111');

INSERT INTO etl.ref_icd10 (code) VALUES ('E112');

INSERT INTO etl.ref_icd10 (code) VALUES ('E113');

INSERT INTO etl.ref_icd10 (code) VALUES ('E114');

INSERT INTO etl.ref_icd10 (code) VALUES ('E115');

INSERT INTO etl.ref_icd10 (code) VALUES ('E116');

INSERT INTO etl.ref_icd10 (code) VALUES ('E117');

INSERT INTO etl.ref_icd10 (code) VALUES ('E118');

INSERT INTO etl.ref_icd10 (code) VALUES ('E119');

INSERT INTO etl.ref_icd10 (code) VALUES ('E12');

INSERT INTO etl.ref_icd10 (code) VALUES ('E120');

INSERT INTO etl.ref_icd10 (code) VALUES ('E121');

INSERT INTO etl.ref_icd10 (code) VALUES ('E122');

INSERT INTO etl.ref_icd10 (code) VALUES ('E123');

INSERT INTO etl.ref_icd10 (code) VALUES ('E124');

INSERT INTO etl.ref_icd10 (code) VALUES ('E125');

INSERT INTO etl.ref_icd10 (code) VALUES ('E126');

INSERT INTO etl.ref_icd10 (code) VALUES ('E127');

INSERT INTO etl.ref_icd10 (code) VALUES ('E128');

INSERT INTO etl.ref_icd10 (code) VALUES ('E129');

INSERT INTO etl.ref_icd10 (code) VALUES ('E13');

INSERT INTO etl.ref_icd10 (code) VALUES ('E130');

INSERT INTO etl.ref_icd10 (code) VALUES ('E131');

INSERT INTO etl.ref_icd10 (code) VALUES ('E132');

INSERT INTO etl.ref_icd10 (code) VALUES ('E133');

INSERT INTO etl.ref_icd10 (code) VALUES ('E134');

INSERT INTO etl.ref_icd10 (code) VALUES ('E135');

INSERT INTO etl.ref_icd10 (code) VALUES ('E136');

INSERT INTO etl.ref_icd10 (code) VALUES ('E137');

INSERT INTO etl.ref_icd10 (code) VALUES ('E138');

INSERT INTO etl.ref_icd10 (code) VALUES ('E139');

INSERT INTO etl.ref_icd10 (code) VALUES ('E14');

INSERT INTO etl.ref_icd10 (code) VALUES ('E140');

INSERT INTO etl.ref_icd10 (code) VALUES ('E141');

INSERT INTO etl.ref_icd10 (code) VALUES ('E142');

INSERT INTO etl.ref_icd10 (code) VALUES ('E143');

INSERT INTO etl.ref_icd10 (code) VALUES ('E144');

INSERT INTO etl.ref_icd10 (code) VALUES ('E145');

INSERT INTO etl.ref_icd10 (code) VALUES ('E146');

INSERT INTO etl.ref_icd10 (code) VALUES ('E147');

INSERT INTO etl.ref_icd10 (code) VALUES ('E148');

INSERT INTO etl.ref_icd10 (code) VALUES ('E149');

INSERT INTO etl.ref_icd10 (code) VALUES ('E15');

INSERT INTO etl.ref_icd10 (code) VALUES ('E16');

INSERT INTO etl.ref_icd10 (code) VALUES ('E160');

INSERT INTO etl.ref_icd10 (code) VALUES ('E161');

INSERT INTO etl.ref_icd10 (code) VALUES ('E162');

INSERT INTO etl.ref_icd10 (code) VALUES ('E163');

INSERT INTO etl.ref_icd10 (code) VALUES ('E164');

INSERT INTO etl.ref_icd10 (code) VALUES ('E168');

INSERT INTO etl.ref_icd10 (code) VALUES ('E169');

INSERT INTO etl.ref_icd10 (code) VALUES ('E20');

INSERT INTO etl.ref_icd10 (code) VALUES ('E200');

INSERT INTO etl.ref_icd10 (code) VALUES ('E201');

INSERT INTO etl.ref_icd10 (code) VALUES ('E208');

INSERT INTO etl.ref_icd10 (code) VALUES ('E209');

INSERT INTO etl.ref_icd10 (code) VALUES ('E21');

INSERT INTO etl.ref_icd10 (code) VALUES ('E210');

INSERT INTO etl.ref_icd10 (code) VALUES ('E211');

INSERT INTO etl.ref_icd10 (code) VALUES ('E212');

INSERT INTO etl.ref_icd10 (code) VALUES ('E213');

INSERT INTO etl.ref_icd10 (code) VALUES ('E214');

INSERT INTO etl.ref_icd10 (code) VALUES ('E215');

INSERT INTO etl.ref_icd10 (code) VALUES ('E22');

INSERT INTO etl.ref_icd10 (code) VALUES ('E220');

INSERT INTO etl.ref_icd10 (code) VALUES ('E221');

INSERT INTO etl.ref_icd10 (code) VALUES ('E222');

INSERT INTO etl.ref_icd10 (code) VALUES ('E228');

INSERT INTO etl.ref_icd10 (code) VALUES ('E229');

INSERT INTO etl.ref_icd10 (code) VALUES ('E23');

INSERT INTO etl.ref_icd10 (code) VALUES ('E230');

INSERT INTO etl.ref_icd10 (code) VALUES ('E231');

INSERT INTO etl.ref_icd10 (code) VALUES ('E232');

INSERT INTO etl.ref_icd10 (code) VALUES ('E233');

INSERT INTO etl.ref_icd10 (code) VALUES ('E236');

INSERT INTO etl.ref_icd10 (code) VALUES ('E237');

INSERT INTO etl.ref_icd10 (code) VALUES ('E24');

INSERT INTO etl.ref_icd10 (code) VALUES ('E240');

INSERT INTO etl.ref_icd10 (code) VALUES ('E241');

INSERT INTO etl.ref_icd10 (code) VALUES ('E242');

INSERT INTO etl.ref_icd10 (code) VALUES ('E243');

INSERT INTO etl.ref_icd10 (code) VALUES ('E244');

INSERT INTO etl.ref_icd10 (code) VALUES ('E248');

INSERT INTO etl.ref_icd10 (code) VALUES ('E249');

INSERT INTO etl.ref_icd10 (code) VALUES ('E25');

INSERT INTO etl.ref_icd10 (code) VALUES ('E250');

INSERT INTO etl.ref_icd10 (code) VALUES ('E258');

INSERT INTO etl.ref_icd10 (code) VALUES ('E259');

INSERT INTO etl.ref_icd10 (code) VALUES ('E26');

INSERT INTO etl.ref_icd10 (code) VALUES ('E260');

INSERT INTO etl.ref_icd10 (code) VALUES ('E261');

INSERT INTO etl.ref_icd10 (code) VALUES ('E268');

INSERT INTO etl.ref_icd10 (code) VALUES ('E269');

INSERT INTO etl.ref_icd10 (code) VALUES ('E27');

INSERT INTO etl.ref_icd10 (code) VALUES ('E270');

INSERT INTO etl.ref_icd10 (code) VALUES ('E271');

INSERT INTO etl.ref_icd10 (code) VALUES ('E272');

INSERT INTO etl.ref_icd10 (code) VALUES ('E273');

INSERT INTO etl.ref_icd10 (code) VALUES ('E274');

INSERT INTO etl.ref_icd10 (code) VALUES ('E275');

INSERT INTO etl.ref_icd10 (code) VALUES ('E278');

INSERT INTO etl.ref_icd10 (code) VALUES ('E279');

INSERT INTO etl.ref_icd10 (code) VALUES ('E28');

INSERT INTO etl.ref_icd10 (code) VALUES ('E280');

INSERT INTO etl.ref_icd10 (code) VALUES ('E281');

INSERT INTO etl.ref_icd10 (code) VALUES ('E282');

INSERT INTO etl.ref_icd10 (code) VALUES ('E283');

INSERT INTO etl.ref_icd10 (code) VALUES ('E288');

INSERT INTO etl.ref_icd10 (code) VALUES ('E289');

INSERT INTO etl.ref_icd10 (code) VALUES ('E29');

INSERT INTO etl.ref_icd10 (code) VALUES ('E290');

INSERT INTO etl.ref_icd10 (code) VALUES ('E291');

INSERT INTO etl.ref_icd10 (code) VALUES ('E298');

INSERT INTO etl.ref_icd10 (code) VALUES ('E299');

INSERT INTO etl.ref_icd10 (code) VALUES ('E30');

INSERT INTO etl.ref_icd10 (code) VALUES ('E300');

INSERT INTO etl.ref_icd10 (code) VALUES ('E301');

INSERT INTO etl.ref_icd10 (code) VALUES ('E308');

INSERT INTO etl.ref_icd10 (code) VALUES ('E309');

INSERT INTO etl.ref_icd10 (code) VALUES ('E31');

INSERT INTO etl.ref_icd10 (code) VALUES ('E310');

INSERT INTO etl.ref_icd10 (code) VALUES ('E311');

INSERT INTO etl.ref_icd10 (code) VALUES ('E318');

INSERT INTO etl.ref_icd10 (code) VALUES ('E319');

INSERT INTO etl.ref_icd10 (code) VALUES ('E32');

INSERT INTO etl.ref_icd10 (code) VALUES ('E320');

INSERT INTO etl.ref_icd10 (code) VALUES ('E321');

INSERT INTO etl.ref_icd10 (code) VALUES ('E328');

INSERT INTO etl.ref_icd10 (code) VALUES ('E329');

INSERT INTO etl.ref_icd10 (code) VALUES ('E34');

INSERT INTO etl.ref_icd10 (code) VALUES ('E340');

INSERT INTO etl.ref_icd10 (code) VALUES ('E341');

INSERT INTO etl.ref_icd10 (code) VALUES ('E342');

INSERT INTO etl.ref_icd10 (code) VALUES ('E343');

INSERT INTO etl.ref_icd10 (code) VALUES ('E344');

INSERT INTO etl.ref_icd10 (code) VALUES ('E345');

INSERT INTO etl.ref_icd10 (code) VALUES ('E348');

INSERT INTO etl.ref_icd10 (code) VALUES ('E349');

INSERT INTO etl.ref_icd10 (code) VALUES ('E35');

INSERT INTO etl.ref_icd10 (code) VALUES ('E350');

INSERT INTO etl.ref_icd10 (code) VALUES ('E351');

INSERT INTO etl.ref_icd10 (code) VALUES ('E358');

INSERT INTO etl.ref_icd10 (code) VALUES ('E40');

INSERT INTO etl.ref_icd10 (code) VALUES ('E41');

INSERT INTO etl.ref_icd10 (code) VALUES ('E42');

INSERT INTO etl.ref_icd10 (code) VALUES ('E43');

INSERT INTO etl.ref_icd10 (code) VALUES ('E44');

INSERT INTO etl.ref_icd10 (code) VALUES ('E440');

INSERT INTO etl.ref_icd10 (code) VALUES ('E441');

INSERT INTO etl.ref_icd10 (code) VALUES ('E45');

INSERT INTO etl.ref_icd10 (code) VALUES ('E46');

INSERT INTO etl.ref_icd10 (code) VALUES ('E50');

INSERT INTO etl.ref_icd10 (code) VALUES ('E500');

INSERT INTO etl.ref_icd10 (code) VALUES ('E501');

INSERT INTO etl.ref_icd10 (code) VALUES ('E502');

INSERT INTO etl.ref_icd10 (code) VALUES ('E503');

INSERT INTO etl.ref_icd10 (code) VALUES ('E504');

INSERT INTO etl.ref_icd10 (code) VALUES ('E505');

INSERT INTO etl.ref_icd10 (code) VALUES ('E506');

INSERT INTO etl.ref_icd10 (code) VALUES ('E507');

INSERT INTO etl.ref_icd10 (code) VALUES ('E508');

INSERT INTO etl.ref_icd10 (code) VALUES ('E509');

INSERT INTO etl.ref_icd10 (code) VALUES ('E51');

INSERT INTO etl.ref_icd10 (code) VALUES ('E511');

INSERT INTO etl.ref_icd10 (code) VALUES ('E512');

INSERT INTO etl.ref_icd10 (code) VALUES ('E518');

INSERT INTO etl.ref_icd10 (code) VALUES ('E519');

INSERT INTO etl.ref_icd10 (code) VALUES ('E52');

INSERT INTO etl.ref_icd10 (code) VALUES ('E53');

INSERT INTO etl.ref_icd10 (code) VALUES ('E530');

INSERT INTO etl.ref_icd10 (code) VALUES ('E531');

INSERT INTO etl.ref_icd10 (code) VALUES ('E538');

INSERT INTO etl.ref_icd10 (code) VALUES ('E539');

INSERT INTO etl.ref_icd10 (code) VALUES ('E54');

INSERT INTO etl.ref_icd10 (code) VALUES ('E55');

INSERT INTO etl.ref_icd10 (code) VALUES ('E550');

INSERT INTO etl.ref_icd10 (code) VALUES ('E559');

INSERT INTO etl.ref_icd10 (code) VALUES ('E56');

INSERT INTO etl.ref_icd10 (code) VALUES ('E560');

INSERT INTO etl.ref_icd10 (code) VALUES ('E561');

INSERT INTO etl.ref_icd10 (code) VALUES ('E568');

INSERT INTO etl.ref_icd10 (code) VALUES ('E569');

INSERT INTO etl.ref_icd10 (code) VALUES ('E58');

INSERT INTO etl.ref_icd10 (code) VALUES ('E59');

INSERT INTO etl.ref_icd10 (code) VALUES ('E60');

INSERT INTO etl.ref_icd10 (code) VALUES ('E61');

INSERT INTO etl.ref_icd10 (code) VALUES ('E610');

INSERT INTO etl.ref_icd10 (code) VALUES ('E611');

INSERT INTO etl.ref_icd10 (code) VALUES ('E612');

INSERT INTO etl.ref_icd10 (code) VALUES ('E613');

INSERT INTO etl.ref_icd10 (code) VALUES ('E614');

INSERT INTO etl.ref_icd10 (code) VALUES ('E615');

INSERT INTO etl.ref_icd10 (code) VALUES ('E616');

INSERT INTO etl.ref_icd10 (code) VALUES ('E617');

INSERT INTO etl.ref_icd10 (code) VALUES ('E618');

INSERT INTO etl.ref_icd10 (code) VALUES ('E619');

INSERT INTO etl.ref_icd10 (code) VALUES ('E63');

INSERT INTO etl.ref_icd10 (code) VALUES ('E630');

INSERT INTO etl.ref_icd10 (code) VALUES ('E631');

INSERT INTO etl.ref_icd10 (code) VALUES ('E638');

INSERT INTO etl.ref_icd10 (code) VALUES ('E639');

INSERT INTO etl.ref_icd10 (code) VALUES ('E64');

INSERT INTO etl.ref_icd10 (code) VALUES ('E640');

INSERT INTO etl.ref_icd10 (code) VALUES ('E641');

INSERT INTO etl.ref_icd10 (code) VALUES ('E642');

INSERT INTO etl.ref_icd10 (code) VALUES ('E643');

INSERT INTO etl.ref_icd10 (code) VALUES ('E648');

INSERT INTO etl.ref_icd10 (code) VALUES ('E649');

INSERT INTO etl.ref_icd10 (code) VALUES ('E65');

INSERT INTO etl.ref_icd10 (code) VALUES ('E66');

INSERT INTO etl.ref_icd10 (code) VALUES ('E660');

INSERT INTO etl.ref_icd10 (code) VALUES ('E661');

INSERT INTO etl.ref_icd10 (code) VALUES ('E662');

INSERT INTO etl.ref_icd10 (code) VALUES ('E668');

INSERT INTO etl.ref_icd10 (code) VALUES ('E669');

INSERT INTO etl.ref_icd10 (code) VALUES ('E67');

INSERT INTO etl.ref_icd10 (code) VALUES ('E670');

INSERT INTO etl.ref_icd10 (code) VALUES ('E671');

INSERT INTO etl.ref_icd10 (code) VALUES ('E672');

INSERT INTO etl.ref_icd10 (code) VALUES ('E673');

INSERT INTO etl.ref_icd10 (code) VALUES ('E678');

INSERT INTO etl.ref_icd10 (code) VALUES ('E68');

INSERT INTO etl.ref_icd10 (code) VALUES ('E70');

INSERT INTO etl.ref_icd10 (code) VALUES ('E700');

INSERT INTO etl.ref_icd10 (code) VALUES ('E701');

INSERT INTO etl.ref_icd10 (code) VALUES ('E702');

INSERT INTO etl.ref_icd10 (code) VALUES ('E703');

INSERT INTO etl.ref_icd10 (code) VALUES ('E708');

INSERT INTO etl.ref_icd10 (code) VALUES ('E709');

INSERT INTO etl.ref_icd10 (code) VALUES ('E71');

INSERT INTO etl.ref_icd10 (code) VALUES ('E710');

INSERT INTO etl.ref_icd10 (code) VALUES ('E711');

INSERT INTO etl.ref_icd10 (code) VALUES ('E712');

INSERT INTO etl.ref_icd10 (code) VALUES ('E713');

INSERT INTO etl.ref_icd10 (code) VALUES ('E72');

INSERT INTO etl.ref_icd10 (code) VALUES ('E720');

INSERT INTO etl.ref_icd10 (code) VALUES ('E721');

INSERT INTO etl.ref_icd10 (code) VALUES ('E722');

INSERT INTO etl.ref_icd10 (code) VALUES ('E723');

INSERT INTO etl.ref_icd10 (code) VALUES ('E724');

INSERT INTO etl.ref_icd10 (code) VALUES ('E725');

INSERT INTO etl.ref_icd10 (code) VALUES ('E728');

INSERT INTO etl.ref_icd10 (code) VALUES ('E729');

INSERT INTO etl.ref_icd10 (code) VALUES ('E73');

INSERT INTO etl.ref_icd10 (code) VALUES ('E730');

INSERT INTO etl.ref_icd10 (code) VALUES ('E731');

INSERT INTO etl.ref_icd10 (code) VALUES ('E738');

INSERT INTO etl.ref_icd10 (code) VALUES ('E739');

INSERT INTO etl.ref_icd10 (code) VALUES ('E74');

INSERT INTO etl.ref_icd10 (code) VALUES ('E740');

INSERT INTO etl.ref_icd10 (code) VALUES ('E741');

INSERT INTO etl.ref_icd10 (code) VALUES ('E742');

INSERT INTO etl.ref_icd10 (code) VALUES ('E743');

INSERT INTO etl.ref_icd10 (code) VALUES ('E744');

INSERT INTO etl.ref_icd10 (code) VALUES ('E748');

INSERT INTO etl.ref_icd10 (code) VALUES ('E749');

INSERT INTO etl.ref_icd10 (code) VALUES ('E75');

INSERT INTO etl.ref_icd10 (code) VALUES ('E750');

INSERT INTO etl.ref_icd10 (code) VALUES ('E751');

INSERT INTO etl.ref_icd10 (code) VALUES ('E752');

INSERT INTO etl.ref_icd10 (code) VALUES ('E753');

INSERT INTO etl.ref_icd10 (code) VALUES ('E754');

INSERT INTO etl.ref_icd10 (code) VALUES ('E755');

INSERT INTO etl.ref_icd10 (code) VALUES ('E756');

INSERT INTO etl.ref_icd10 (code) VALUES ('E76');

INSERT INTO etl.ref_icd10 (code) VALUES ('E760');

INSERT INTO etl.ref_icd10 (code) VALUES ('E761');

INSERT INTO etl.ref_icd10 (code) VALUES ('E762');

INSERT INTO etl.ref_icd10 (code) VALUES ('E763');

INSERT INTO etl.ref_icd10 (code) VALUES ('E768');

INSERT INTO etl.ref_icd10 (code) VALUES ('E769');

INSERT INTO etl.ref_icd10 (code) VALUES ('E77');

INSERT INTO etl.ref_icd10 (code) VALUES ('E770');

INSERT INTO etl.ref_icd10 (code) VALUES ('E771');

INSERT INTO etl.ref_icd10 (code) VALUES ('E778');

INSERT INTO etl.ref_icd10 (code) VALUES ('E779');

INSERT INTO etl.ref_icd10 (code) VALUES ('E78');

INSERT INTO etl.ref_icd10 (code) VALUES ('E780');

INSERT INTO etl.ref_icd10 (code) VALUES ('E781');

INSERT INTO etl.ref_icd10 (code) VALUES ('E782');

INSERT INTO etl.ref_icd10 (code) VALUES ('E783');

INSERT INTO etl.ref_icd10 (code) VALUES ('E784');

INSERT INTO etl.ref_icd10 (code) VALUES ('E785');

INSERT INTO etl.ref_icd10 (code) VALUES ('E786');

INSERT INTO etl.ref_icd10 (code) VALUES ('E788');

INSERT INTO etl.ref_icd10 (code) VALUES ('E789');

INSERT INTO etl.ref_icd10 (code) VALUES ('E79');

INSERT INTO etl.ref_icd10 (code) VALUES ('E790');

INSERT INTO etl.ref_icd10 (code) VALUES ('E791');

INSERT INTO etl.ref_icd10 (code) VALUES ('E798');

INSERT INTO etl.ref_icd10 (code) VALUES ('E799');

INSERT INTO etl.ref_icd10 (code) VALUES ('E80');

INSERT INTO etl.ref_icd10 (code) VALUES ('E800');

INSERT INTO etl.ref_icd10 (code) VALUES ('E801');

INSERT INTO etl.ref_icd10 (code) VALUES ('E802');

INSERT INTO etl.ref_icd10 (code) VALUES ('E803');

INSERT INTO etl.ref_icd10 (code) VALUES ('E804');

INSERT INTO etl.ref_icd10 (code) VALUES ('E805');

INSERT INTO etl.ref_icd10 (code) VALUES ('E806');

INSERT INTO etl.ref_icd10 (code) VALUES ('E807');

INSERT INTO etl.ref_icd10 (code) VALUES ('E83');

INSERT INTO etl.ref_icd10 (code) VALUES ('E830');

INSERT INTO etl.ref_icd10 (code) VALUES ('E831');

INSERT INTO etl.ref_icd10 (code) VALUES ('E832');

INSERT INTO etl.ref_icd10 (code) VALUES ('E833');

INSERT INTO etl.ref_icd10 (code) VALUES ('E834');

INSERT INTO etl.ref_icd10 (code) VALUES ('E835');

INSERT INTO etl.ref_icd10 (code) VALUES ('E838');

INSERT INTO etl.ref_icd10 (code) VALUES ('E839');

INSERT INTO etl.ref_icd10 (code) VALUES ('E84');

INSERT INTO etl.ref_icd10 (code) VALUES ('E840');

INSERT INTO etl.ref_icd10 (code) VALUES ('E841');

INSERT INTO etl.ref_icd10 (code) VALUES ('E848');

INSERT INTO etl.ref_icd10 (code) VALUES ('E849');

INSERT INTO etl.ref_icd10 (code) VALUES ('E85');

INSERT INTO etl.ref_icd10 (code) VALUES ('E850');

INSERT INTO etl.ref_icd10 (code) VALUES ('E851');

INSERT INTO etl.ref_icd10 (code) VALUES ('E852');

INSERT INTO etl.ref_icd10 (code) VALUES ('E853');

INSERT INTO etl.ref_icd10 (code) VALUES ('E854');

INSERT INTO etl.ref_icd10 (code) VALUES ('E858');

INSERT INTO etl.ref_icd10 (code) VALUES ('E859');

INSERT INTO etl.ref_icd10 (code) VALUES ('E86');

INSERT INTO etl.ref_icd10 (code) VALUES ('E87');

INSERT INTO etl.ref_icd10 (code) VALUES ('E870');

INSERT INTO etl.ref_icd10 (code) VALUES ('E871');

INSERT INTO etl.ref_icd10 (code) VALUES ('E872');

INSERT INTO etl.ref_icd10 (code) VALUES ('E873');

INSERT INTO etl.ref_icd10 (code) VALUES ('E874');

INSERT INTO etl.ref_icd10 (code) VALUES ('E875');

INSERT INTO etl.ref_icd10 (code) VALUES ('E876');

INSERT INTO etl.ref_icd10 (code) VALUES ('E877');

INSERT INTO etl.ref_icd10 (code) VALUES ('E878');

INSERT INTO etl.ref_icd10 (code) VALUES ('E88');

INSERT INTO etl.ref_icd10 (code) VALUES ('E880');

INSERT INTO etl.ref_icd10 (code) VALUES ('E881');

INSERT INTO etl.ref_icd10 (code) VALUES ('E882');

INSERT INTO etl.ref_icd10 (code) VALUES ('E883');

INSERT INTO etl.ref_icd10 (code) VALUES ('E888');

INSERT INTO etl.ref_icd10 (code) VALUES ('E889');

INSERT INTO etl.ref_icd10 (code) VALUES ('E89');

INSERT INTO etl.ref_icd10 (code) VALUES ('E890');

INSERT INTO etl.ref_icd10 (code) VALUES ('E891');

INSERT INTO etl.ref_icd10 (code) VALUES ('E892');

INSERT INTO etl.ref_icd10 (code) VALUES ('E893');

INSERT INTO etl.ref_icd10 (code) VALUES ('E894');

INSERT INTO etl.ref_icd10 (code) VALUES ('E895');

INSERT INTO etl.ref_icd10 (code) VALUES ('E896');

INSERT INTO etl.ref_icd10 (code) VALUES ('E898');

INSERT INTO etl.ref_icd10 (code) VALUES ('E899');

INSERT INTO etl.ref_icd10 (code) VALUES ('E90');

INSERT INTO etl.ref_icd10 (code) VALUES ('F00');

INSERT INTO etl.ref_icd10 (code) VALUES ('F000');

INSERT INTO etl.ref_icd10 (code) VALUES ('F001');

INSERT INTO etl.ref_icd10 (code) VALUES ('F002');

INSERT INTO etl.ref_icd10 (code) VALUES ('F009');

INSERT INTO etl.ref_icd10 (code) VALUES ('F01');

INSERT INTO etl.ref_icd10 (code) VALUES ('F010');

INSERT INTO etl.ref_icd10 (code) VALUES ('F011');

INSERT INTO etl.ref_icd10 (code) VALUES ('F012');

INSERT INTO etl.ref_icd10 (code) VALUES ('F013');

INSERT INTO etl.ref_icd10 (code) VALUES ('F018');

INSERT INTO etl.ref_icd10 (code) VALUES ('F019');

INSERT INTO etl.ref_icd10 (code) VALUES ('F02');

INSERT INTO etl.ref_icd10 (code) VALUES ('F020');

INSERT INTO etl.ref_icd10 (code) VALUES ('F021');

INSERT INTO etl.ref_icd10 (code) VALUES ('F022');

INSERT INTO etl.ref_icd10 (code) VALUES ('F023');

INSERT INTO etl.ref_icd10 (code) VALUES ('F024');

INSERT INTO etl.ref_icd10 (code) VALUES ('F028');

INSERT INTO etl.ref_icd10 (code) VALUES ('F03');

INSERT INTO etl.ref_icd10 (code) VALUES ('F04');

INSERT INTO etl.ref_icd10 (code) VALUES ('F05');

INSERT INTO etl.ref_icd10 (code) VALUES ('F050');

INSERT INTO etl.ref_icd10 (code) VALUES ('F051');

INSERT INTO etl.ref_icd10 (code) VALUES ('F058');

INSERT INTO etl.ref_icd10 (code) VALUES ('F059');

INSERT INTO etl.ref_icd10 (code) VALUES ('F06');

INSERT INTO etl.ref_icd10 (code) VALUES ('F060');

INSERT INTO etl.ref_icd10 (code) VALUES ('F061');

INSERT INTO etl.ref_icd10 (code) VALUES ('F062');

INSERT INTO etl.ref_icd10 (code) VALUES ('F063');

INSERT INTO etl.ref_icd10 (code) VALUES ('F064');

INSERT INTO etl.ref_icd10 (code) VALUES ('F065');

INSERT INTO etl.ref_icd10 (code) VALUES ('F066');

INSERT INTO etl.ref_icd10 (code) VALUES ('F067');

INSERT INTO etl.ref_icd10 (code) VALUES ('F068');

INSERT INTO etl.ref_icd10 (code) VALUES ('F069');

INSERT INTO etl.ref_icd10 (code) VALUES ('F07');

INSERT INTO etl.ref_icd10 (code) VALUES ('F070');

INSERT INTO etl.ref_icd10 (code) VALUES ('F071');

INSERT INTO etl.ref_icd10 (code) VALUES ('F072');

INSERT INTO etl.ref_icd10 (code) VALUES ('F078');

INSERT INTO etl.ref_icd10 (code) VALUES ('F079');

INSERT INTO etl.ref_icd10 (code) VALUES ('F09');

INSERT INTO etl.ref_icd10 (code) VALUES ('F10');

INSERT INTO etl.ref_icd10 (code) VALUES ('F100');

INSERT INTO etl.ref_icd10 (code) VALUES ('F101');

INSERT INTO etl.ref_icd10 (code) VALUES ('F102');

INSERT INTO etl.ref_icd10 (code) VALUES ('F103');

INSERT INTO etl.ref_icd10 (code) VALUES ('F104');

INSERT INTO etl.ref_icd10 (code) VALUES ('F105');

INSERT INTO etl.ref_icd10 (code) VALUES ('F106');

INSERT INTO etl.ref_icd10 (code) VALUES ('F107');

INSERT INTO etl.ref_icd10 (code) VALUES ('F108');

INSERT INTO etl.ref_icd10 (code) VALUES ('F109');

INSERT INTO etl.ref_icd10 (code) VALUES ('F11');

INSERT INTO etl.ref_icd10 (code) VALUES ('F110');

INSERT INTO etl.ref_icd10 (code) VALUES ('F111');

INSERT INTO etl.ref_icd10 (code) VALUES ('F112');

INSERT INTO etl.ref_icd10 (code) VALUES ('F113');

INSERT INTO etl.ref_icd10 (code) VALUES ('F114');

INSERT INTO etl.ref_icd10 (code) VALUES ('F115');

INSERT INTO etl.ref_icd10 (code) VALUES ('F116');

INSERT INTO etl.ref_icd10 (code) VALUES ('F117');

INSERT INTO etl.ref_icd10 (code) VALUES ('F118');

INSERT INTO etl.ref_icd10 (code) VALUES ('F119');

INSERT INTO etl.ref_icd10 (code) VALUES ('F12');

INSERT INTO etl.ref_icd10 (code) VALUES ('F120');

INSERT INTO etl.ref_icd10 (code) VALUES ('F121');

INSERT INTO etl.ref_icd10 (code) VALUES ('F122');

INSERT INTO etl.ref_icd10 (code) VALUES ('F123');

INSERT INTO etl.ref_icd10 (code) VALUES ('F124');

INSERT INTO etl.ref_icd10 (code) VALUES ('F125');

INSERT INTO etl.ref_icd10 (code) VALUES ('F126');

INSERT INTO etl.ref_icd10 (code) VALUES ('F127');

INSERT INTO etl.ref_icd10 (code) VALUES ('F128');

INSERT INTO etl.ref_icd10 (code) VALUES ('F129');

INSERT INTO etl.ref_icd10 (code) VALUES ('F13');

INSERT INTO etl.ref_icd10 (code) VALUES ('F130');

INSERT INTO etl.ref_icd10 (code) VALUES ('F131');

INSERT INTO etl.ref_icd10 (code) VALUES ('F132');

INSERT INTO etl.ref_icd10 (code) VALUES ('F133');

INSERT INTO etl.ref_icd10 (code) VALUES ('F134');

INSERT INTO etl.ref_icd10 (code) VALUES ('F135');

INSERT INTO etl.ref_icd10 (code) VALUES ('F136');

INSERT INTO etl.ref_icd10 (code) VALUES ('F137');

INSERT INTO etl.ref_icd10 (code) VALUES ('F138');

INSERT INTO etl.ref_icd10 (code) VALUES ('F139');

INSERT INTO etl.ref_icd10 (code) VALUES ('F14');

INSERT INTO etl.ref_icd10 (code) VALUES ('F140');

INSERT INTO etl.ref_icd10 (code) VALUES ('F141');

INSERT INTO etl.ref_icd10 (code) VALUES ('F142');

INSERT INTO etl.ref_icd10 (code) VALUES ('F143');

INSERT INTO etl.ref_icd10 (code) VALUES ('F144');

INSERT INTO etl.ref_icd10 (code) VALUES ('F145');

INSERT INTO etl.ref_icd10 (code) VALUES ('F146');

INSERT INTO etl.ref_icd10 (code) VALUES ('F147');

INSERT INTO etl.ref_icd10 (code) VALUES ('F148');

INSERT INTO etl.ref_icd10 (code) VALUES ('F149');

INSERT INTO etl.ref_icd10 (code) VALUES ('F15');

INSERT INTO etl.ref_icd10 (code) VALUES ('F150');

INSERT INTO etl.ref_icd10 (code) VALUES ('F151');

INSERT INTO etl.ref_icd10 (code) VALUES ('F152');

INSERT INTO etl.ref_icd10 (code) VALUES ('F153');

INSERT INTO etl.ref_icd10 (code) VALUES ('F154');

INSERT INTO etl.ref_icd10 (code) VALUES ('F155');

INSERT INTO etl.ref_icd10 (code) VALUES ('F156');

INSERT INTO etl.ref_icd10 (code) VALUES ('F157');

INSERT INTO etl.ref_icd10 (code) VALUES ('F158');

INSERT INTO etl.ref_icd10 (code) VALUES ('F159');

INSERT INTO etl.ref_icd10 (code) VALUES ('F16');

INSERT INTO etl.ref_icd10 (code) VALUES ('F160');

INSERT INTO etl.ref_icd10 (code) VALUES ('F161');

INSERT INTO etl.ref_icd10 (code) VALUES ('F162');

INSERT INTO etl.ref_icd10 (code) VALUES ('F163');

INSERT INTO etl.ref_icd10 (code) VALUES ('F164');

INSERT INTO etl.ref_icd10 (code) VALUES ('F165');

INSERT INTO etl.ref_icd10 (code) VALUES ('F166');

INSERT INTO etl.ref_icd10 (code) VALUES ('F167');

INSERT INTO etl.ref_icd10 (code) VALUES ('F168');

INSERT INTO etl.ref_icd10 (code) VALUES ('F169');

INSERT INTO etl.ref_icd10 (code) VALUES ('F17');

INSERT INTO etl.ref_icd10 (code) VALUES ('F170');

INSERT INTO etl.ref_icd10 (code) VALUES ('F171');

INSERT INTO etl.ref_icd10 (code) VALUES ('F172');

INSERT INTO etl.ref_icd10 (code) VALUES ('F173');

INSERT INTO etl.ref_icd10 (code) VALUES ('F174');

INSERT INTO etl.ref_icd10 (code) VALUES ('F175');

INSERT INTO etl.ref_icd10 (code) VALUES ('F176');

INSERT INTO etl.ref_icd10 (code) VALUES ('F177');

INSERT INTO etl.ref_icd10 (code) VALUES ('F178');

INSERT INTO etl.ref_icd10 (code) VALUES ('F179');

INSERT INTO etl.ref_icd10 (code) VALUES ('F18');

INSERT INTO etl.ref_icd10 (code) VALUES ('F180');

INSERT INTO etl.ref_icd10 (code) VALUES ('F181');

INSERT INTO etl.ref_icd10 (code) VALUES ('F182');

INSERT INTO etl.ref_icd10 (code) VALUES ('F183');

INSERT INTO etl.ref_icd10 (code) VALUES ('F184');

INSERT INTO etl.ref_icd10 (code) VALUES ('F185');

INSERT INTO etl.ref_icd10 (code) VALUES ('F186');

INSERT INTO etl.ref_icd10 (code) VALUES ('F187');

INSERT INTO etl.ref_icd10 (code) VALUES ('F188');

INSERT INTO etl.ref_icd10 (code) VALUES ('F189');

INSERT INTO etl.ref_icd10 (code) VALUES ('F19');

INSERT INTO etl.ref_icd10 (code) VALUES ('F190');

INSERT INTO etl.ref_icd10 (code) VALUES ('F191');

INSERT INTO etl.ref_icd10 (code) VALUES ('F192');

INSERT INTO etl.ref_icd10 (code) VALUES ('F193');

INSERT INTO etl.ref_icd10 (code) VALUES ('F194');

INSERT INTO etl.ref_icd10 (code) VALUES ('F195');

INSERT INTO etl.ref_icd10 (code) VALUES ('F196');

INSERT INTO etl.ref_icd10 (code) VALUES ('F197');

INSERT INTO etl.ref_icd10 (code) VALUES ('F198');

INSERT INTO etl.ref_icd10 (code) VALUES ('F199');

INSERT INTO etl.ref_icd10 (code) VALUES ('F20');

INSERT INTO etl.ref_icd10 (code) VALUES ('F200');

INSERT INTO etl.ref_icd10 (code) VALUES ('F201');

INSERT INTO etl.ref_icd10 (code) VALUES ('F202');

INSERT INTO etl.ref_icd10 (code) VALUES ('F203');

INSERT INTO etl.ref_icd10 (code) VALUES ('F204');

INSERT INTO etl.ref_icd10 (code) VALUES ('F205');

INSERT INTO etl.ref_icd10 (code) VALUES ('F206');

INSERT INTO etl.ref_icd10 (code) VALUES ('F208');

INSERT INTO etl.ref_icd10 (code) VALUES ('F209');

INSERT INTO etl.ref_icd10 (code) VALUES ('F21');

INSERT INTO etl.ref_icd10 (code) VALUES ('F22');

INSERT INTO etl.ref_icd10 (code) VALUES ('F220');

INSERT INTO etl.ref_icd10 (code) VALUES ('F228');

INSERT INTO etl.ref_icd10 (code) VALUES ('F229');

INSERT INTO etl.ref_icd10 (code) VALUES ('F23');

INSERT INTO etl.ref_icd10 (code) VALUES ('F230');

INSERT INTO etl.ref_icd10 (code) VALUES ('F231');

INSERT INTO etl.ref_icd10 (code) VALUES ('F232');

INSERT INTO etl.ref_icd10 (code) VALUES ('F233');

INSERT INTO etl.ref_icd10 (code) VALUES ('F238');

INSERT INTO etl.ref_icd10 (code) VALUES ('F239');

INSERT INTO etl.ref_icd10 (code) VALUES ('F24');

INSERT INTO etl.ref_icd10 (code) VALUES ('F25');

INSERT INTO etl.ref_icd10 (code) VALUES ('F250');

INSERT INTO etl.ref_icd10 (code) VALUES ('F251');

INSERT INTO etl.ref_icd10 (code) VALUES ('F252');

INSERT INTO etl.ref_icd10 (code) VALUES ('F258');

INSERT INTO etl.ref_icd10 (code) VALUES ('F259');

INSERT INTO etl.ref_icd10 (code) VALUES ('F28');

INSERT INTO etl.ref_icd10 (code) VALUES ('F29');

INSERT INTO etl.ref_icd10 (code) VALUES ('F30');

INSERT INTO etl.ref_icd10 (code) VALUES ('F300');

INSERT INTO etl.ref_icd10 (code) VALUES ('F301');

INSERT INTO etl.ref_icd10 (code) VALUES ('F302');

INSERT INTO etl.ref_icd10 (code) VALUES ('F308');

INSERT INTO etl.ref_icd10 (code) VALUES ('F309');

INSERT INTO etl.ref_icd10 (code) VALUES ('F31');

INSERT INTO etl.ref_icd10 (code) VALUES ('F310');

INSERT INTO etl.ref_icd10 (code) VALUES ('F311');

INSERT INTO etl.ref_icd10 (code) VALUES ('F312');

INSERT INTO etl.ref_icd10 (code) VALUES ('F313');

INSERT INTO etl.ref_icd10 (code) VALUES ('F314');

INSERT INTO etl.ref_icd10 (code) VALUES ('F315');

INSERT INTO etl.ref_icd10 (code) VALUES ('F316');

INSERT INTO etl.ref_icd10 (code) VALUES ('F317');

INSERT INTO etl.ref_icd10 (code) VALUES ('F318');

INSERT INTO etl.ref_icd10 (code) VALUES ('F319');

INSERT INTO etl.ref_icd10 (code) VALUES ('F32');

INSERT INTO etl.ref_icd10 (code) VALUES ('F320');

INSERT INTO etl.ref_icd10 (code) VALUES ('F321');

INSERT INTO etl.ref_icd10 (code) VALUES ('F322');

INSERT INTO etl.ref_icd10 (code) VALUES ('F323');

INSERT INTO etl.ref_icd10 (code) VALUES ('F328');

INSERT INTO etl.ref_icd10 (code) VALUES ('F329');

INSERT INTO etl.ref_icd10 (code) VALUES ('F33');

INSERT INTO etl.ref_icd10 (code) VALUES ('F330');

INSERT INTO etl.ref_icd10 (code) VALUES ('F331');

INSERT INTO etl.ref_icd10 (code) VALUES ('F332');

INSERT INTO etl.ref_icd10 (code) VALUES ('F333');

INSERT INTO etl.ref_icd10 (code) VALUES ('F334');

INSERT INTO etl.ref_icd10 (code) VALUES ('F338');

INSERT INTO etl.ref_icd10 (code) VALUES ('F339');

INSERT INTO etl.ref_icd10 (code) VALUES ('F34');

INSERT INTO etl.ref_icd10 (code) VALUES ('F340');

INSERT INTO etl.ref_icd10 (code) VALUES ('F341');

INSERT INTO etl.ref_icd10 (code) VALUES ('F348');

INSERT INTO etl.ref_icd10 (code) VALUES ('F349');

INSERT INTO etl.ref_icd10 (code) VALUES ('F38');

INSERT INTO etl.ref_icd10 (code) VALUES ('F380');

INSERT INTO etl.ref_icd10 (code) VALUES ('F381');

INSERT INTO etl.ref_icd10 (code) VALUES ('F388');

INSERT INTO etl.ref_icd10 (code) VALUES ('F39');

INSERT INTO etl.ref_icd10 (code) VALUES ('F40');

INSERT INTO etl.ref_icd10 (code) VALUES ('F400');

INSERT INTO etl.ref_icd10 (code) VALUES ('F401');

INSERT INTO etl.ref_icd10 (code) VALUES ('F402');

INSERT INTO etl.ref_icd10 (code) VALUES ('F408');

INSERT INTO etl.ref_icd10 (code) VALUES ('F409');

INSERT INTO etl.ref_icd10 (code) VALUES ('F41');

INSERT INTO etl.ref_icd10 (code) VALUES ('F410');

INSERT INTO etl.ref_icd10 (code) VALUES ('F411');

INSERT INTO etl.ref_icd10 (code) VALUES ('F412');

INSERT INTO etl.ref_icd10 (code) VALUES ('F413');

INSERT INTO etl.ref_icd10 (code) VALUES ('F418');

INSERT INTO etl.ref_icd10 (code) VALUES ('F419');

INSERT INTO etl.ref_icd10 (code) VALUES ('F42');

INSERT INTO etl.ref_icd10 (code) VALUES ('F420');

INSERT INTO etl.ref_icd10 (code) VALUES ('F421');

INSERT INTO etl.ref_icd10 (code) VALUES ('F422');

INSERT INTO etl.ref_icd10 (code) VALUES ('F428');

INSERT INTO etl.ref_icd10 (code) VALUES ('F429');

INSERT INTO etl.ref_icd10 (code) VALUES ('F43');

INSERT INTO etl.ref_icd10 (code) VALUES ('F430');

INSERT INTO etl.ref_icd10 (code) VALUES ('F431');

INSERT INTO etl.ref_icd10 (code) VALUES ('F432');

INSERT INTO etl.ref_icd10 (code) VALUES ('F438');

INSERT INTO etl.ref_icd10 (code) VALUES ('F439');

INSERT INTO etl.ref_icd10 (code) VALUES ('F44');

INSERT INTO etl.ref_icd10 (code) VALUES ('F440');

INSERT INTO etl.ref_icd10 (code) VALUES ('F441');

INSERT INTO etl.ref_icd10 (code) VALUES ('F442');

INSERT INTO etl.ref_icd10 (code) VALUES ('F443');

INSERT INTO etl.ref_icd10 (code) VALUES ('F444');

INSERT INTO etl.ref_icd10 (code) VALUES ('F445');

INSERT INTO etl.ref_icd10 (code) VALUES ('F446');

INSERT INTO etl.ref_icd10 (code) VALUES ('F447');

INSERT INTO etl.ref_icd10 (code) VALUES ('F448');

INSERT INTO etl.ref_icd10 (code) VALUES ('F449');

INSERT INTO etl.ref_icd10 (code) VALUES ('F45');

INSERT INTO etl.ref_icd10 (code) VALUES ('F450');

INSERT INTO etl.ref_icd10 (code) VALUES ('F451');

INSERT INTO etl.ref_icd10 (code) VALUES ('F452');

INSERT INTO etl.ref_icd10 (code) VALUES ('F453');

INSERT INTO etl.ref_icd10 (code) VALUES ('F454');

INSERT INTO etl.ref_icd10 (code) VALUES ('F458');

INSERT INTO etl.ref_icd10 (code) VALUES ('F459');

INSERT INTO etl.ref_icd10 (code) VALUES ('F48');

INSERT INTO etl.ref_icd10 (code) VALUES ('F480');

INSERT INTO etl.ref_icd10 (code) VALUES ('F481');

INSERT INTO etl.ref_icd10 (code) VALUES ('F488');

INSERT INTO etl.ref_icd10 (code) VALUES ('F489');

INSERT INTO etl.ref_icd10 (code) VALUES ('F50');

INSERT INTO etl.ref_icd10 (code) VALUES ('F500');

INSERT INTO etl.ref_icd10 (code) VALUES ('F501');

INSERT INTO etl.ref_icd10 (code) VALUES ('F502');

INSERT INTO etl.ref_icd10 (code) VALUES ('F503');

INSERT INTO etl.ref_icd10 (code) VALUES ('F504');

INSERT INTO etl.ref_icd10 (code) VALUES ('F505');

INSERT INTO etl.ref_icd10 (code) VALUES ('F508');

INSERT INTO etl.ref_icd10 (code) VALUES ('F509');

INSERT INTO etl.ref_icd10 (code) VALUES ('F51');

INSERT INTO etl.ref_icd10 (code) VALUES ('F510');

INSERT INTO etl.ref_icd10 (code) VALUES ('F511');

INSERT INTO etl.ref_icd10 (code) VALUES ('F512');

INSERT INTO etl.ref_icd10 (code) VALUES ('F513');

INSERT INTO etl.ref_icd10 (code) VALUES ('F514');

INSERT INTO etl.ref_icd10 (code) VALUES ('F515');

INSERT INTO etl.ref_icd10 (code) VALUES ('F518');

INSERT INTO etl.ref_icd10 (code) VALUES ('F519');

INSERT INTO etl.ref_icd10 (code) VALUES ('F52');

INSERT INTO etl.ref_icd10 (code) VALUES ('F520');

INSERT INTO etl.ref_icd10 (code) VALUES ('F521');

INSERT INTO etl.ref_icd10 (code) VALUES ('F522');

INSERT INTO etl.ref_icd10 (code) VALUES ('F523');

INSERT INTO etl.ref_icd10 (code) VALUES ('F524');

INSERT INTO etl.ref_icd10 (code) VALUES ('F525');

INSERT INTO etl.ref_icd10 (code) VALUES ('F526');

INSERT INTO etl.ref_icd10 (code) VALUES ('F527');

INSERT INTO etl.ref_icd10 (code) VALUES ('F528');

INSERT INTO etl.ref_icd10 (code) VALUES ('F529');

INSERT INTO etl.ref_icd10 (code) VALUES ('F53');

INSERT INTO etl.ref_icd10 (code) VALUES ('F530');

INSERT INTO etl.ref_icd10 (code) VALUES ('F531');

INSERT INTO etl.ref_icd10 (code) VALUES ('F538');

INSERT INTO etl.ref_icd10 (code) VALUES ('F539');

INSERT INTO etl.ref_icd10 (code) VALUES ('F54');

INSERT INTO etl.ref_icd10 (code) VALUES ('F55');

INSERT INTO etl.ref_icd10 (code) VALUES ('F59');

INSERT INTO etl.ref_icd10 (code) VALUES ('F60');

INSERT INTO etl.ref_icd10 (code) VALUES ('F600');

INSERT INTO etl.ref_icd10 (code) VALUES ('F601');

INSERT INTO etl.ref_icd10 (code) VALUES ('F602');

INSERT INTO etl.ref_icd10 (code) VALUES ('F603');

INSERT INTO etl.ref_icd10 (code) VALUES ('F604');

INSERT INTO etl.ref_icd10 (code) VALUES ('F605');

INSERT INTO etl.ref_icd10 (code) VALUES ('F606');

INSERT INTO etl.ref_icd10 (code) VALUES ('F607');

INSERT INTO etl.ref_icd10 (code) VALUES ('F608');

INSERT INTO etl.ref_icd10 (code) VALUES ('F609');

INSERT INTO etl.ref_icd10 (code) VALUES ('F61');

INSERT INTO etl.ref_icd10 (code) VALUES ('F62');

INSERT INTO etl.ref_icd10 (code) VALUES ('F620');

INSERT INTO etl.ref_icd10 (code) VALUES ('F621');

INSERT INTO etl.ref_icd10 (code) VALUES ('F628');

INSERT INTO etl.ref_icd10 (code) VALUES ('F629');

INSERT INTO etl.ref_icd10 (code) VALUES ('F63');

INSERT INTO etl.ref_icd10 (code) VALUES ('F630');

INSERT INTO etl.ref_icd10 (code) VALUES ('F631');

INSERT INTO etl.ref_icd10 (code) VALUES ('F632');

INSERT INTO etl.ref_icd10 (code) VALUES ('F633');

INSERT INTO etl.ref_icd10 (code) VALUES ('F638');

INSERT INTO etl.ref_icd10 (code) VALUES ('F639');

INSERT INTO etl.ref_icd10 (code) VALUES ('F64');

INSERT INTO etl.ref_icd10 (code) VALUES ('F640');

INSERT INTO etl.ref_icd10 (code) VALUES ('F641');

INSERT INTO etl.ref_icd10 (code) VALUES ('F642');

INSERT INTO etl.ref_icd10 (code) VALUES ('F648');

INSERT INTO etl.ref_icd10 (code) VALUES ('F649');

INSERT INTO etl.ref_icd10 (code) VALUES ('F65');

INSERT INTO etl.ref_icd10 (code) VALUES ('F650');

INSERT INTO etl.ref_icd10 (code) VALUES ('F651');

INSERT INTO etl.ref_icd10 (code) VALUES ('F652');

INSERT INTO etl.ref_icd10 (code) VALUES ('F653');

INSERT INTO etl.ref_icd10 (code) VALUES ('F654');

INSERT INTO etl.ref_icd10 (code) VALUES ('F655');

INSERT INTO etl.ref_icd10 (code) VALUES ('F656');

INSERT INTO etl.ref_icd10 (code) VALUES ('F658');

INSERT INTO etl.ref_icd10 (code) VALUES ('F659');

INSERT INTO etl.ref_icd10 (code) VALUES ('F66');

INSERT INTO etl.ref_icd10 (code) VALUES ('F660');

INSERT INTO etl.ref_icd10 (code) VALUES ('F661');

INSERT INTO etl.ref_icd10 (code) VALUES ('F662');

INSERT INTO etl.ref_icd10 (code) VALUES ('F668');

INSERT INTO etl.ref_icd10 (code) VALUES ('F669');

INSERT INTO etl.ref_icd10 (code) VALUES ('F68');

INSERT INTO etl.ref_icd10 (code) VALUES ('F680');

INSERT INTO etl.ref_icd10 (code) VALUES ('F681');

INSERT INTO etl.ref_icd10 (code) VALUES ('F688');

INSERT INTO etl.ref_icd10 (code) VALUES ('F69');

INSERT INTO etl.ref_icd10 (code) VALUES ('F70');

INSERT INTO etl.ref_icd10 (code) VALUES ('F700');

INSERT INTO etl.ref_icd10 (code) VALUES ('F701');

INSERT INTO etl.ref_icd10 (code) VALUES ('F708');

INSERT INTO etl.ref_icd10 (code) VALUES ('F709');

INSERT INTO etl.ref_icd10 (code) VALUES ('F71');

INSERT INTO etl.ref_icd10 (code) VALUES ('F710');

INSERT INTO etl.ref_icd10 (code) VALUES ('F711');

INSERT INTO etl.ref_icd10 (code) VALUES ('F718');

INSERT INTO etl.ref_icd10 (code) VALUES ('F719');

INSERT INTO etl.ref_icd10 (code) VALUES ('F72');

INSERT INTO etl.ref_icd10 (code) VALUES ('F720');

INSERT INTO etl.ref_icd10 (code) VALUES ('F721');

INSERT INTO etl.ref_icd10 (code) VALUES ('F728');

INSERT INTO etl.ref_icd10 (code) VALUES ('F729');

INSERT INTO etl.ref_icd10 (code) VALUES ('F73');

INSERT INTO etl.ref_icd10 (code) VALUES ('F730');

INSERT INTO etl.ref_icd10 (code) VALUES ('F731');

INSERT INTO etl.ref_icd10 (code) VALUES ('F738');

INSERT INTO etl.ref_icd10 (code) VALUES ('F739');

INSERT INTO etl.ref_icd10 (code) VALUES ('F78');

INSERT INTO etl.ref_icd10 (code) VALUES ('F780');

INSERT INTO etl.ref_icd10 (code) VALUES ('F781');

INSERT INTO etl.ref_icd10 (code) VALUES ('F788');

INSERT INTO etl.ref_icd10 (code) VALUES ('F789');

INSERT INTO etl.ref_icd10 (code) VALUES ('F79');

INSERT INTO etl.ref_icd10 (code) VALUES ('F790');

INSERT INTO etl.ref_icd10 (code) VALUES ('F791');

INSERT INTO etl.ref_icd10 (code) VALUES ('F798');

INSERT INTO etl.ref_icd10 (code) VALUES ('F799');

INSERT INTO etl.ref_icd10 (code) VALUES ('F80');

INSERT INTO etl.ref_icd10 (code) VALUES ('F800');

INSERT INTO etl.ref_icd10 (code) VALUES ('F801');

INSERT INTO etl.ref_icd10 (code) VALUES ('F802');

INSERT INTO etl.ref_icd10 (code) VALUES ('F803');

INSERT INTO etl.ref_icd10 (code) VALUES ('F808');

INSERT INTO etl.ref_icd10 (code) VALUES ('F809');

INSERT INTO etl.ref_icd10 (code) VALUES ('F81');

INSERT INTO etl.ref_icd10 (code) VALUES ('F810');

INSERT INTO etl.ref_icd10 (code) VALUES ('F811');

INSERT INTO etl.ref_icd10 (code) VALUES ('F812');

INSERT INTO etl.ref_icd10 (code) VALUES ('F813');

INSERT INTO etl.ref_icd10 (code) VALUES ('F818');

INSERT INTO etl.ref_icd10 (code) VALUES ('F819');

INSERT INTO etl.ref_icd10 (code) VALUES ('F82');

INSERT INTO etl.ref_icd10 (code) VALUES ('F83');

INSERT INTO etl.ref_icd10 (code) VALUES ('F84');

INSERT INTO etl.ref_icd10 (code) VALUES ('F840');

INSERT INTO etl.ref_icd10 (code) VALUES ('F841');

INSERT INTO etl.ref_icd10 (code) VALUES ('F842');

INSERT INTO etl.ref_icd10 (code) VALUES ('F843');

INSERT INTO etl.ref_icd10 (code) VALUES ('F844');

INSERT INTO etl.ref_icd10 (code) VALUES ('F845');

INSERT INTO etl.ref_icd10 (code) VALUES ('F848');

INSERT INTO etl.ref_icd10 (code) VALUES ('F849');

INSERT INTO etl.ref_icd10 (code) VALUES ('F88');

INSERT INTO etl.ref_icd10 (code) VALUES ('F89');

INSERT INTO etl.ref_icd10 (code) VALUES ('F90');

INSERT INTO etl.ref_icd10 (code) VALUES ('F900');

INSERT INTO etl.ref_icd10 (code) VALUES ('F901');

INSERT INTO etl.ref_icd10 (code) VALUES ('F908');

INSERT INTO etl.ref_icd10 (code) VALUES ('F909');

INSERT INTO etl.ref_icd10 (code) VALUES ('F91');

INSERT INTO etl.ref_icd10 (code) VALUES ('F910');

INSERT INTO etl.ref_icd10 (code) VALUES ('F911');

INSERT INTO etl.ref_icd10 (code) VALUES ('F912');

INSERT INTO etl.ref_icd10 (code) VALUES ('F913');

INSERT INTO etl.ref_icd10 (code) VALUES ('F918');

INSERT INTO etl.ref_icd10 (code) VALUES ('F919');

INSERT INTO etl.ref_icd10 (code) VALUES ('F92');

INSERT INTO etl.ref_icd10 (code) VALUES ('F920');

INSERT INTO etl.ref_icd10 (code) VALUES ('F928');

INSERT INTO etl.ref_icd10 (code) VALUES ('F929');

INSERT INTO etl.ref_icd10 (code) VALUES ('F93');

INSERT INTO etl.ref_icd10 (code) VALUES ('F930');

INSERT INTO etl.ref_icd10 (code) VALUES ('F931');

INSERT INTO etl.ref_icd10 (code) VALUES ('F932');

INSERT INTO etl.ref_icd10 (code) VALUES ('F933');

INSERT INTO etl.ref_icd10 (code) VALUES ('F938');

INSERT INTO etl.ref_icd10 (code) VALUES ('F939');

INSERT INTO etl.ref_icd10 (code) VALUES ('F94');

INSERT INTO etl.ref_icd10 (code) VALUES ('F940');

INSERT INTO etl.ref_icd10 (code) VALUES ('F941');

INSERT INTO etl.ref_icd10 (code) VALUES ('F942');

INSERT INTO etl.ref_icd10 (code) VALUES ('F948');

INSERT INTO etl.ref_icd10 (code) VALUES ('F949');

INSERT INTO etl.ref_icd10 (code) VALUES ('F95');

INSERT INTO etl.ref_icd10 (code) VALUES ('F950');

INSERT INTO etl.ref_icd10 (code) VALUES ('F951');

INSERT INTO etl.ref_icd10 (code) VALUES ('F952');

INSERT INTO etl.ref_icd10 (code) VALUES ('F958');

INSERT INTO etl.ref_icd10 (code) VALUES ('F959');

INSERT INTO etl.ref_icd10 (code) VALUES ('F98');

INSERT INTO etl.ref_icd10 (code) VALUES ('F980');

INSERT INTO etl.ref_icd10 (code) VALUES ('F981');

INSERT INTO etl.ref_icd10 (code) VALUES ('F982');

INSERT INTO etl.ref_icd10 (code) VALUES ('F983');

INSERT INTO etl.ref_icd10 (code) VALUES ('F984');

INSERT INTO etl.ref_icd10 (code) VALUES ('F985');

INSERT INTO etl.ref_icd10 (code) VALUES ('F986');

INSERT INTO etl.ref_icd10 (code) VALUES ('F988');

INSERT INTO etl.ref_icd10 (code) VALUES ('F989');

INSERT INTO etl.ref_icd10 (code) VALUES ('F99');

INSERT INTO etl.ref_icd10 (code) VALUES ('G00');

INSERT INTO etl.ref_icd10 (code) VALUES ('G000');

INSERT INTO etl.ref_icd10 (code) VALUES ('G001');

INSERT INTO etl.ref_icd10 (code) VALUES ('G002');

INSERT INTO etl.ref_icd10 (code) VALUES ('G003');

INSERT INTO etl.ref_icd10 (code) VALUES ('G008');

INSERT INTO etl.ref_icd10 (code) VALUES ('G009');

INSERT INTO etl.ref_icd10 (code) VALUES ('G01');

INSERT INTO etl.ref_icd10 (code) VALUES ('G02');

INSERT INTO etl.ref_icd10 (code) VALUES ('G020');

INSERT INTO etl.ref_icd10 (code) VALUES ('G021');

INSERT INTO etl.ref_icd10 (code) VALUES ('G028');

INSERT INTO etl.ref_icd10 (code) VALUES ('G03');

INSERT INTO etl.ref_icd10 (code) VALUES ('G030');

INSERT INTO etl.ref_icd10 (code) VALUES ('G031');

INSERT INTO etl.ref_icd10 (code) VALUES ('G032');

INSERT INTO etl.ref_icd10 (code) VALUES ('G038');

INSERT INTO etl.ref_icd10 (code) VALUES ('G039');

INSERT INTO etl.ref_icd10 (code) VALUES ('G04');

INSERT INTO etl.ref_icd10 (code) VALUES ('G040');

INSERT INTO etl.ref_icd10 (code) VALUES ('G041');

INSERT INTO etl.ref_icd10 (code) VALUES ('G042');

INSERT INTO etl.ref_icd10 (code) VALUES ('G048');

INSERT INTO etl.ref_icd10 (code) VALUES ('G049');

INSERT INTO etl.ref_icd10 (code) VALUES ('G05');

INSERT INTO etl.ref_icd10 (code) VALUES ('G050');

INSERT INTO etl.ref_icd10 (code) VALUES ('G051');

INSERT INTO etl.ref_icd10 (code) VALUES ('G052');

INSERT INTO etl.ref_icd10 (code) VALUES ('G058');

INSERT INTO etl.ref_icd10 (code) VALUES ('G06');

INSERT INTO etl.ref_icd10 (code) VALUES ('G060');

INSERT INTO etl.ref_icd10 (code) VALUES ('G061');

INSERT INTO etl.ref_icd10 (code) VALUES ('G062');

INSERT INTO etl.ref_icd10 (code) VALUES ('G07');

INSERT INTO etl.ref_icd10 (code) VALUES ('G08');

INSERT INTO etl.ref_icd10 (code) VALUES ('G09');

INSERT INTO etl.ref_icd10 (code) VALUES ('G10');

INSERT INTO etl.ref_icd10 (code) VALUES ('G11');

INSERT INTO etl.ref_icd10 (code) VALUES ('G110');

INSERT INTO etl.ref_icd10 (code) VALUES ('G111');

INSERT INTO etl.ref_icd10 (code) VALUES ('G112');

INSERT INTO etl.ref_icd10 (code) VALUES ('G113');

INSERT INTO etl.ref_icd10 (code) VALUES ('G114');

INSERT INTO etl.ref_icd10 (code) VALUES ('G118');

INSERT INTO etl.ref_icd10 (code) VALUES ('G119');

INSERT INTO etl.ref_icd10 (code) VALUES ('G12');

INSERT INTO etl.ref_icd10 (code) VALUES ('G120');

INSERT INTO etl.ref_icd10 (code) VALUES ('G121');

INSERT INTO etl.ref_icd10 (code) VALUES ('G122');

INSERT INTO etl.ref_icd10 (code) VALUES ('G128');

INSERT INTO etl.ref_icd10 (code) VALUES ('G129');

INSERT INTO etl.ref_icd10 (code) VALUES ('G13');

INSERT INTO etl.ref_icd10 (code) VALUES ('G130');

INSERT INTO etl.ref_icd10 (code) VALUES ('G131');

INSERT INTO etl.ref_icd10 (code) VALUES ('G132');

INSERT INTO etl.ref_icd10 (code) VALUES ('G138');

INSERT INTO etl.ref_icd10 (code) VALUES ('G14');

INSERT INTO etl.ref_icd10 (code) VALUES ('G20');

INSERT INTO etl.ref_icd10 (code) VALUES ('G21');

INSERT INTO etl.ref_icd10 (code) VALUES ('G210');

INSERT INTO etl.ref_icd10 (code) VALUES ('G211');

INSERT INTO etl.ref_icd10 (code) VALUES ('G212');

INSERT INTO etl.ref_icd10 (code) VALUES ('G213');

INSERT INTO etl.ref_icd10 (code) VALUES ('G214');

INSERT INTO etl.ref_icd10 (code) VALUES ('G218');

INSERT INTO etl.ref_icd10 (code) VALUES ('G219');

INSERT INTO etl.ref_icd10 (code) VALUES ('G22');

INSERT INTO etl.ref_icd10 (code) VALUES ('G23');

INSERT INTO etl.ref_icd10 (code) VALUES ('G230');

INSERT INTO etl.ref_icd10 (code) VALUES ('G231');

INSERT INTO etl.ref_icd10 (code) VALUES ('G232');

INSERT INTO etl.ref_icd10 (code) VALUES ('G233');

INSERT INTO etl.ref_icd10 (code) VALUES ('G238');

INSERT INTO etl.ref_icd10 (code) VALUES ('G239');

INSERT INTO etl.ref_icd10 (code) VALUES ('G24');

INSERT INTO etl.ref_icd10 (code) VALUES ('G240');

INSERT INTO etl.ref_icd10 (code) VALUES ('G241');

INSERT INTO etl.ref_icd10 (code) VALUES ('G242');

INSERT INTO etl.ref_icd10 (code) VALUES ('G243');

INSERT INTO etl.ref_icd10 (code) VALUES ('G244');

INSERT INTO etl.ref_icd10 (code) VALUES ('G245');

INSERT INTO etl.ref_icd10 (code) VALUES ('G248');

INSERT INTO etl.ref_icd10 (code) VALUES ('G249');

INSERT INTO etl.ref_icd10 (code) VALUES ('G25');

INSERT INTO etl.ref_icd10 (code) VALUES ('G250');

INSERT INTO etl.ref_icd10 (code) VALUES ('G251');

INSERT INTO etl.ref_icd10 (code) VALUES ('G252');

INSERT INTO etl.ref_icd10 (code) VALUES ('G253');

INSERT INTO etl.ref_icd10 (code) VALUES ('G254');

INSERT INTO etl.ref_icd10 (code) VALUES ('G255');

INSERT INTO etl.ref_icd10 (code) VALUES ('G256');

INSERT INTO etl.ref_icd10 (code) VALUES ('G258');

INSERT INTO etl.ref_icd10 (code) VALUES ('G259');

INSERT INTO etl.ref_icd10 (code) VALUES ('G26');

INSERT INTO etl.ref_icd10 (code) VALUES ('G30');

INSERT INTO etl.ref_icd10 (code) VALUES ('G300');

INSERT INTO etl.ref_icd10 (code) VALUES ('G301');

INSERT INTO etl.ref_icd10 (code) VALUES ('G308');

INSERT INTO etl.ref_icd10 (code) VALUES ('G309');

INSERT INTO etl.ref_icd10 (code) VALUES ('G31');

INSERT INTO etl.ref_icd10 (code) VALUES ('G310');

INSERT INTO etl.ref_icd10 (code) VALUES ('G311');

INSERT INTO etl.ref_icd10 (code) VALUES ('G312');

INSERT INTO etl.ref_icd10 (code) VALUES ('G318');

INSERT INTO etl.ref_icd10 (code) VALUES ('G319');

INSERT INTO etl.ref_icd10 (code) VALUES ('G32');

INSERT INTO etl.ref_icd10 (code) VALUES ('G320');

INSERT INTO etl.ref_icd10 (code) VALUES ('G328');

INSERT INTO etl.ref_icd10 (code) VALUES ('G35');

INSERT INTO etl.ref_icd10 (code) VALUES ('G36');

INSERT INTO etl.ref_icd10 (code) VALUES ('G360');

INSERT INTO etl.ref_icd10 (code) VALUES ('G361');

INSERT INTO etl.ref_icd10 (code) VALUES ('G368');

INSERT INTO etl.ref_icd10 (code) VALUES ('G369');

INSERT INTO etl.ref_icd10 (code) VALUES ('G37');

INSERT INTO etl.ref_icd10 (code) VALUES ('G370');

INSERT INTO etl.ref_icd10 (code) VALUES ('G371');

INSERT INTO etl.ref_icd10 (code) VALUES ('G372');

INSERT INTO etl.ref_icd10 (code) VALUES ('G373');

INSERT INTO etl.ref_icd10 (code) VALUES ('G374');

INSERT INTO etl.ref_icd10 (code) VALUES ('G375');

INSERT INTO etl.ref_icd10 (code) VALUES ('G378');

INSERT INTO etl.ref_icd10 (code) VALUES ('G379');

INSERT INTO etl.ref_icd10 (code) VALUES ('G40');

INSERT INTO etl.ref_icd10 (code) VALUES ('G400');

INSERT INTO etl.ref_icd10 (code) VALUES ('G401');

INSERT INTO etl.ref_icd10 (code) VALUES ('G402');

INSERT INTO etl.ref_icd10 (code) VALUES ('G403');

INSERT INTO etl.ref_icd10 (code) VALUES ('G404');

INSERT INTO etl.ref_icd10 (code) VALUES ('G405');

INSERT INTO etl.ref_icd10 (code) VALUES ('G406');

INSERT INTO etl.ref_icd10 (code) VALUES ('G407');

INSERT INTO etl.ref_icd10 (code) VALUES ('G408');

INSERT INTO etl.ref_icd10 (code) VALUES ('G409');

INSERT INTO etl.ref_icd10 (code) VALUES ('G41');

INSERT INTO etl.ref_icd10 (code) VALUES ('G410');

INSERT INTO etl.ref_icd10 (code) VALUES ('G411');

INSERT INTO etl.ref_icd10 (code) VALUES ('G412');

INSERT INTO etl.ref_icd10 (code) VALUES ('G418');

INSERT INTO etl.ref_icd10 (code) VALUES ('G419');

INSERT INTO etl.ref_icd10 (code) VALUES ('G43');

INSERT INTO etl.ref_icd10 (code) VALUES ('G430');

INSERT INTO etl.ref_icd10 (code) VALUES ('G431');

INSERT INTO etl.ref_icd10 (code) VALUES ('G432');

INSERT INTO etl.ref_icd10 (code) VALUES ('G433');

INSERT INTO etl.ref_icd10 (code) VALUES ('G438');

INSERT INTO etl.ref_icd10 (code) VALUES ('G439');

INSERT INTO etl.ref_icd10 (code) VALUES ('G44');

INSERT INTO etl.ref_icd10 (code) VALUES ('G440');

INSERT INTO etl.ref_icd10 (code) VALUES ('G441');

INSERT INTO etl.ref_icd10 (code) VALUES ('G442');

INSERT INTO etl.ref_icd10 (code) VALUES ('G443');

INSERT INTO etl.ref_icd10 (code) VALUES ('G444');

INSERT INTO etl.ref_icd10 (code) VALUES ('G448');

INSERT INTO etl.ref_icd10 (code) VALUES ('G45');

INSERT INTO etl.ref_icd10 (code) VALUES ('G450');

INSERT INTO etl.ref_icd10 (code) VALUES ('G451');

INSERT INTO etl.ref_icd10 (code) VALUES ('G452');

INSERT INTO etl.ref_icd10 (code) VALUES ('G453');

INSERT INTO etl.ref_icd10 (code) VALUES ('G454');

INSERT INTO etl.ref_icd10 (code) VALUES ('G458');

INSERT INTO etl.ref_icd10 (code) VALUES ('G459');

INSERT INTO etl.ref_icd10 (code) VALUES ('G46');

INSERT INTO etl.ref_icd10 (code) VALUES ('G460');

INSERT INTO etl.ref_icd10 (code) VALUES ('G461');

INSERT INTO etl.ref_icd10 (code) VALUES ('G462');

INSERT INTO etl.ref_icd10 (code) VALUES ('G463');

INSERT INTO etl.ref_icd10 (code) VALUES ('G464');

INSERT INTO etl.ref_icd10 (code) VALUES ('G465');

INSERT INTO etl.ref_icd10 (code) VALUES ('G466');

INSERT INTO etl.ref_icd10 (code) VALUES ('G467');

INSERT INTO etl.ref_icd10 (code) VALUES ('G468');

INSERT INTO etl.ref_icd10 (code) VALUES ('G47');

INSERT INTO etl.ref_icd10 (code) VALUES ('G470');

INSERT INTO etl.ref_icd10 (code) VALUES ('G471');

INSERT INTO etl.ref_icd10 (code) VALUES ('G472');

INSERT INTO etl.ref_icd10 (code) VALUES ('G473');

INSERT INTO etl.ref_icd10 (code) VALUES ('G474');

INSERT INTO etl.ref_icd10 (code) VALUES ('G478');

INSERT INTO etl.ref_icd10 (code) VALUES ('G479');

INSERT INTO etl.ref_icd10 (code) VALUES ('G50');

INSERT INTO etl.ref_icd10 (code) VALUES ('G500');

INSERT INTO etl.ref_icd10 (code) VALUES ('G501');

INSERT INTO etl.ref_icd10 (code) VALUES ('G508');

INSERT INTO etl.ref_icd10 (code) VALUES ('G509');

INSERT INTO etl.ref_icd10 (code) VALUES ('G51');

INSERT INTO etl.ref_icd10 (code) VALUES ('G510');

INSERT INTO etl.ref_icd10 (code) VALUES ('G511');

INSERT INTO etl.ref_icd10 (code) VALUES ('G512');

INSERT INTO etl.ref_icd10 (code) VALUES ('G513');

INSERT INTO etl.ref_icd10 (code) VALUES ('G514');

INSERT INTO etl.ref_icd10 (code) VALUES ('G518');

INSERT INTO etl.ref_icd10 (code) VALUES ('G519');

INSERT INTO etl.ref_icd10 (code) VALUES ('G52');

INSERT INTO etl.ref_icd10 (code) VALUES ('G520');

INSERT INTO etl.ref_icd10 (code) VALUES ('G521');

INSERT INTO etl.ref_icd10 (code) VALUES ('G522');

INSERT INTO etl.ref_icd10 (code) VALUES ('G523');

INSERT INTO etl.ref_icd10 (code) VALUES ('G527');

INSERT INTO etl.ref_icd10 (code) VALUES ('G528');

INSERT INTO etl.ref_icd10 (code) VALUES ('G529');

INSERT INTO etl.ref_icd10 (code) VALUES ('G53');

INSERT INTO etl.ref_icd10 (code) VALUES ('G530');

INSERT INTO etl.ref_icd10 (code) VALUES ('G531');

INSERT INTO etl.ref_icd10 (code) VALUES ('G532');

INSERT INTO etl.ref_icd10 (code) VALUES ('G533');

INSERT INTO etl.ref_icd10 (code) VALUES ('G538');

INSERT INTO etl.ref_icd10 (code) VALUES ('G54');

INSERT INTO etl.ref_icd10 (code) VALUES ('G540');

INSERT INTO etl.ref_icd10 (code) VALUES ('G541');

INSERT INTO etl.ref_icd10 (code) VALUES ('G542');

INSERT INTO etl.ref_icd10 (code) VALUES ('G543');

INSERT INTO etl.ref_icd10 (code) VALUES ('G544');

INSERT INTO etl.ref_icd10 (code) VALUES ('G545');

INSERT INTO etl.ref_icd10 (code) VALUES ('G546');

INSERT INTO etl.ref_icd10 (code) VALUES ('G547');

INSERT INTO etl.ref_icd10 (code) VALUES ('G548');

INSERT INTO etl.ref_icd10 (code) VALUES ('G549');

INSERT INTO etl.ref_icd10 (code) VALUES ('G55');

INSERT INTO etl.ref_icd10 (code) VALUES ('G550');

INSERT INTO etl.ref_icd10 (code) VALUES ('G551');

INSERT INTO etl.ref_icd10 (code) VALUES ('G552');

INSERT INTO etl.ref_icd10 (code) VALUES ('G553');

INSERT INTO etl.ref_icd10 (code) VALUES ('G558');

INSERT INTO etl.ref_icd10 (code) VALUES ('G56');

INSERT INTO etl.ref_icd10 (code) VALUES ('G560');

INSERT INTO etl.ref_icd10 (code) VALUES ('G561');

INSERT INTO etl.ref_icd10 (code) VALUES ('G562');

INSERT INTO etl.ref_icd10 (code) VALUES ('G563');

INSERT INTO etl.ref_icd10 (code) VALUES ('G568');

INSERT INTO etl.ref_icd10 (code) VALUES ('G569');

INSERT INTO etl.ref_icd10 (code) VALUES ('G57');

INSERT INTO etl.ref_icd10 (code) VALUES ('G570');

INSERT INTO etl.ref_icd10 (code) VALUES ('G571');

INSERT INTO etl.ref_icd10 (code) VALUES ('G572');

INSERT INTO etl.ref_icd10 (code) VALUES ('G573');

INSERT INTO etl.ref_icd10 (code) VALUES ('G574');

INSERT INTO etl.ref_icd10 (code) VALUES ('G575');

INSERT INTO etl.ref_icd10 (code) VALUES ('G576');

INSERT INTO etl.ref_icd10 (code) VALUES ('G578');

INSERT INTO etl.ref_icd10 (code) VALUES ('G579');

INSERT INTO etl.ref_icd10 (code) VALUES ('G58');

INSERT INTO etl.ref_icd10 (code) VALUES ('G580');

INSERT INTO etl.ref_icd10 (code) VALUES ('G587');

INSERT INTO etl.ref_icd10 (code) VALUES ('G588');

INSERT INTO etl.ref_icd10 (code) VALUES ('G589');

INSERT INTO etl.ref_icd10 (code) VALUES ('G59');

INSERT INTO etl.ref_icd10 (code) VALUES ('G590');

INSERT INTO etl.ref_icd10 (code) VALUES ('G598');

INSERT INTO etl.ref_icd10 (code) VALUES ('G60');

INSERT INTO etl.ref_icd10 (code) VALUES ('G600');

INSERT INTO etl.ref_icd10 (code) VALUES ('G601');

INSERT INTO etl.ref_icd10 (code) VALUES ('G602');

INSERT INTO etl.ref_icd10 (code) VALUES ('G603');

INSERT INTO etl.ref_icd10 (code) VALUES ('G608');

INSERT INTO etl.ref_icd10 (code) VALUES ('G609');

INSERT INTO etl.ref_icd10 (code) VALUES ('G61');

INSERT INTO etl.ref_icd10 (code) VALUES ('G610');

INSERT INTO etl.ref_icd10 (code) VALUES ('G611');

INSERT INTO etl.ref_icd10 (code) VALUES ('G618');

INSERT INTO etl.ref_icd10 (code) VALUES ('G619');

INSERT INTO etl.ref_icd10 (code) VALUES ('G62');

INSERT INTO etl.ref_icd10 (code) VALUES ('G620');

INSERT INTO etl.ref_icd10 (code) VALUES ('G621');

INSERT INTO etl.ref_icd10 (code) VALUES ('G622');

INSERT INTO etl.ref_icd10 (code) VALUES ('G628');

INSERT INTO etl.ref_icd10 (code) VALUES ('G629');

INSERT INTO etl.ref_icd10 (code) VALUES ('G63');

INSERT INTO etl.ref_icd10 (code) VALUES ('G630');

INSERT INTO etl.ref_icd10 (code) VALUES ('G631');

INSERT INTO etl.ref_icd10 (code) VALUES ('G632');

INSERT INTO etl.ref_icd10 (code) VALUES ('G633');

INSERT INTO etl.ref_icd10 (code) VALUES ('G634');

INSERT INTO etl.ref_icd10 (code) VALUES ('G635');

INSERT INTO etl.ref_icd10 (code) VALUES ('G636');

INSERT INTO etl.ref_icd10 (code) VALUES ('G638');

INSERT INTO etl.ref_icd10 (code) VALUES ('G64');

INSERT INTO etl.ref_icd10 (code) VALUES ('G70');

INSERT INTO etl.ref_icd10 (code) VALUES ('G700');

INSERT INTO etl.ref_icd10 (code) VALUES ('G701');

INSERT INTO etl.ref_icd10 (code) VALUES ('G702');

INSERT INTO etl.ref_icd10 (code) VALUES ('G708');

INSERT INTO etl.ref_icd10 (code) VALUES ('G709');

INSERT INTO etl.ref_icd10 (code) VALUES ('G71');

INSERT INTO etl.ref_icd10 (code) VALUES ('G710');

INSERT INTO etl.ref_icd10 (code) VALUES ('G711');

INSERT INTO etl.ref_icd10 (code) VALUES ('G712');

INSERT INTO etl.ref_icd10 (code) VALUES ('G713');

INSERT INTO etl.ref_icd10 (code) VALUES ('G718');

INSERT INTO etl.ref_icd10 (code) VALUES ('G719');

INSERT INTO etl.ref_icd10 (code) VALUES ('G72');

INSERT INTO etl.ref_icd10 (code) VALUES ('G720');

INSERT INTO etl.ref_icd10 (code) VALUES ('G721');

INSERT INTO etl.ref_icd10 (code) VALUES ('G722');

INSERT INTO etl.ref_icd10 (code) VALUES ('G723');

INSERT INTO etl.ref_icd10 (code) VALUES ('G724');

INSERT INTO etl.ref_icd10 (code) VALUES ('G728');

INSERT INTO etl.ref_icd10 (code) VALUES ('G729');

INSERT INTO etl.ref_icd10 (code) VALUES ('G73');

INSERT INTO etl.ref_icd10 (code) VALUES ('G730');

INSERT INTO etl.ref_icd10 (code) VALUES ('G731');

INSERT INTO etl.ref_icd10 (code) VALUES ('G732');

INSERT INTO etl.ref_icd10 (code) VALUES ('G733');

INSERT INTO etl.ref_icd10 (code) VALUES ('G734');

INSERT INTO etl.ref_icd10 (code) VALUES ('G735');

INSERT INTO etl.ref_icd10 (code) VALUES ('G736');

INSERT INTO etl.ref_icd10 (code) VALUES ('G737');

INSERT INTO etl.ref_icd10 (code) VALUES ('G80');

INSERT INTO etl.ref_icd10 (code) VALUES ('G800');

INSERT INTO etl.ref_icd10 (code) VALUES ('G801');

INSERT INTO etl.ref_icd10 (code) VALUES ('G802');

INSERT INTO etl.ref_icd10 (code) VALUES ('G803');

INSERT INTO etl.ref_icd10 (code) VALUES ('G804');

INSERT INTO etl.ref_icd10 (code) VALUES ('G808');

INSERT INTO etl.ref_icd10 (code) VALUES ('G809');

INSERT INTO etl.ref_icd10 (code) VALUES ('G81');

INSERT INTO etl.ref_icd10 (code) VALUES ('G810');

INSERT INTO etl.ref_icd10 (code) VALUES ('G811');

INSERT INTO etl.ref_icd10 (code) VALUES ('G819');

INSERT INTO etl.ref_icd10 (code) VALUES ('G82');

INSERT INTO etl.ref_icd10 (code) VALUES ('G820');

INSERT INTO etl.ref_icd10 (code) VALUES ('G821');

INSERT INTO etl.ref_icd10 (code) VALUES ('G822');

INSERT INTO etl.ref_icd10 (code) VALUES ('G823');

INSERT INTO etl.ref_icd10 (code) VALUES ('G824');

INSERT INTO etl.ref_icd10 (code) VALUES ('G825');

INSERT INTO etl.ref_icd10 (code) VALUES ('G83');

INSERT INTO etl.ref_icd10 (code) VALUES ('G830');

INSERT INTO etl.ref_icd10 (code) VALUES ('G831');

INSERT INTO etl.ref_icd10 (code) VALUES ('G832');

INSERT INTO etl.ref_icd10 (code) VALUES ('G833');

INSERT INTO etl.ref_icd10 (code) VALUES ('G834');

INSERT INTO etl.ref_icd10 (code) VALUES ('G835');

INSERT INTO etl.ref_icd10 (code) VALUES ('G836');

INSERT INTO etl.ref_icd10 (code) VALUES ('G838');

INSERT INTO etl.ref_icd10 (code) VALUES ('G839');

INSERT INTO etl.ref_icd10 (code) VALUES ('G90');

INSERT INTO etl.ref_icd10 (code) VALUES ('G900');

INSERT INTO etl.ref_icd10 (code) VALUES ('G901');

INSERT INTO etl.ref_icd10 (code) VALUES ('G902');

INSERT INTO etl.ref_icd10 (code) VALUES ('G904');

INSERT INTO etl.ref_icd10 (code) VALUES ('G905');

INSERT INTO etl.ref_icd10 (code) VALUES ('G906');

INSERT INTO etl.ref_icd10 (code) VALUES ('G907');

INSERT INTO etl.ref_icd10 (code) VALUES ('G908');

INSERT INTO etl.ref_icd10 (code) VALUES ('G909');

INSERT INTO etl.ref_icd10 (code) VALUES ('G91');

INSERT INTO etl.ref_icd10 (code) VALUES ('G910');

INSERT INTO etl.ref_icd10 (code) VALUES ('G911');

INSERT INTO etl.ref_icd10 (code) VALUES ('G912');

INSERT INTO etl.ref_icd10 (code) VALUES ('G913');

INSERT INTO etl.ref_icd10 (code) VALUES ('G918');

INSERT INTO etl.ref_icd10 (code) VALUES ('G919');

INSERT INTO etl.ref_icd10 (code) VALUES ('G92');

INSERT INTO etl.ref_icd10 (code) VALUES ('G93');

INSERT INTO etl.ref_icd10 (code) VALUES ('G930');

INSERT INTO etl.ref_icd10 (code) VALUES ('G931');

INSERT INTO etl.ref_icd10 (code) VALUES ('G932');

INSERT INTO etl.ref_icd10 (code) VALUES ('G933');

INSERT INTO etl.ref_icd10 (code) VALUES ('G934');

INSERT INTO etl.ref_icd10 (code) VALUES ('G935');

INSERT INTO etl.ref_icd10 (code) VALUES ('G936');

INSERT INTO etl.ref_icd10 (code) VALUES ('G937');

INSERT INTO etl.ref_icd10 (code) VALUES ('G938');

INSERT INTO etl.ref_icd10 (code) VALUES ('G939');

INSERT INTO etl.ref_icd10 (code) VALUES ('G94');

INSERT INTO etl.ref_icd10 (code) VALUES ('G940');

INSERT INTO etl.ref_icd10 (code) VALUES ('G941');

INSERT INTO etl.ref_icd10 (code) VALUES ('G942');

INSERT INTO etl.ref_icd10 (code) VALUES ('G943');

INSERT INTO etl.ref_icd10 (code) VALUES ('G948');

INSERT INTO etl.ref_icd10 (code) VALUES ('G95');

INSERT INTO etl.ref_icd10 (code) VALUES ('G950');

INSERT INTO etl.ref_icd10 (code) VALUES ('G951');

INSERT INTO etl.ref_icd10 (code) VALUES ('G952');

INSERT INTO etl.ref_icd10 (code) VALUES ('G958');

INSERT INTO etl.ref_icd10 (code) VALUES ('G959');

INSERT INTO etl.ref_icd10 (code) VALUES ('G96');

INSERT INTO etl.ref_icd10 (code) VALUES ('G960');

INSERT INTO etl.ref_icd10 (code) VALUES ('G961');

INSERT INTO etl.ref_icd10 (code) VALUES ('G968');

INSERT INTO etl.ref_icd10 (code) VALUES ('G969');

INSERT INTO etl.ref_icd10 (code) VALUES ('G97');

INSERT INTO etl.ref_icd10 (code) VALUES ('G970');

INSERT INTO etl.ref_icd10 (code) VALUES ('G971');

INSERT INTO etl.ref_icd10 (code) VALUES ('G972');

INSERT INTO etl.ref_icd10 (code) VALUES ('G978');

INSERT INTO etl.ref_icd10 (code) VALUES ('G979');

INSERT INTO etl.ref_icd10 (code) VALUES ('G98');

INSERT INTO etl.ref_icd10 (code) VALUES ('G99');

INSERT INTO etl.ref_icd10 (code) VALUES ('G990');

INSERT INTO etl.ref_icd10 (code) VALUES ('G991');

INSERT INTO etl.ref_icd10 (code) VALUES ('G992');

INSERT INTO etl.ref_icd10 (code) VALUES ('G998');

INSERT INTO etl.ref_icd10 (code) VALUES ('H00');

INSERT INTO etl.ref_icd10 (code) VALUES ('H000');

INSERT INTO etl.ref_icd10 (code) VALUES ('H001');

INSERT INTO etl.ref_icd10 (code) VALUES ('H01');

INSERT INTO etl.ref_icd10 (code) VALUES ('H010');

INSERT INTO etl.ref_icd10 (code) VALUES ('H011');

INSERT INTO etl.ref_icd10 (code) VALUES ('H018');

INSERT INTO etl.ref_icd10 (code) VALUES ('H019');

INSERT INTO etl.ref_icd10 (code) VALUES ('H02');

INSERT INTO etl.ref_icd10 (code) VALUES ('H020');

INSERT INTO etl.ref_icd10 (code) VALUES ('H021');

INSERT INTO etl.ref_icd10 (code) VALUES ('H022');

INSERT INTO etl.ref_icd10 (code) VALUES ('H023');

INSERT INTO etl.ref_icd10 (code) VALUES ('H024');

INSERT INTO etl.ref_icd10 (code) VALUES ('H025');

INSERT INTO etl.ref_icd10 (code) VALUES ('H026');

INSERT INTO etl.ref_icd10 (code) VALUES ('H027');

INSERT INTO etl.ref_icd10 (code) VALUES ('H028');

INSERT INTO etl.ref_icd10 (code) VALUES ('H029');

INSERT INTO etl.ref_icd10 (code) VALUES ('H03');

INSERT INTO etl.ref_icd10 (code) VALUES ('H030');

INSERT INTO etl.ref_icd10 (code) VALUES ('H031');

INSERT INTO etl.ref_icd10 (code) VALUES ('H038');

INSERT INTO etl.ref_icd10 (code) VALUES ('H04');

INSERT INTO etl.ref_icd10 (code) VALUES ('H040');

INSERT INTO etl.ref_icd10 (code) VALUES ('H041');

INSERT INTO etl.ref_icd10 (code) VALUES ('H042');

INSERT INTO etl.ref_icd10 (code) VALUES ('H043');

INSERT INTO etl.ref_icd10 (code) VALUES ('H044');

INSERT INTO etl.ref_icd10 (code) VALUES ('H045');

INSERT INTO etl.ref_icd10 (code) VALUES ('H046');

INSERT INTO etl.ref_icd10 (code) VALUES ('H048');

INSERT INTO etl.ref_icd10 (code) VALUES ('H049');

INSERT INTO etl.ref_icd10 (code) VALUES ('H05');

INSERT INTO etl.ref_icd10 (code) VALUES ('H050');

INSERT INTO etl.ref_icd10 (code) VALUES ('H051');

INSERT INTO etl.ref_icd10 (code) VALUES ('H052');

INSERT INTO etl.ref_icd10 (code) VALUES ('H053');

INSERT INTO etl.ref_icd10 (code) VALUES ('H054');

INSERT INTO etl.ref_icd10 (code) VALUES ('H055');

INSERT INTO etl.ref_icd10 (code) VALUES ('H058');

INSERT INTO etl.ref_icd10 (code) VALUES ('H059');

INSERT INTO etl.ref_icd10 (code) VALUES ('H06');

INSERT INTO etl.ref_icd10 (code) VALUES ('H060');

INSERT INTO etl.ref_icd10 (code) VALUES ('H061');

INSERT INTO etl.ref_icd10 (code) VALUES ('H062');

INSERT INTO etl.ref_icd10 (code) VALUES ('H063');

INSERT INTO etl.ref_icd10 (code) VALUES ('H10');

INSERT INTO etl.ref_icd10 (code) VALUES ('H100');

INSERT INTO etl.ref_icd10 (code) VALUES ('H101');

INSERT INTO etl.ref_icd10 (code) VALUES ('H102');

INSERT INTO etl.ref_icd10 (code) VALUES ('H103');

INSERT INTO etl.ref_icd10 (code) VALUES ('H104');

INSERT INTO etl.ref_icd10 (code) VALUES ('H105');

INSERT INTO etl.ref_icd10 (code) VALUES ('H108');

INSERT INTO etl.ref_icd10 (code) VALUES ('H109');

INSERT INTO etl.ref_icd10 (code) VALUES ('H11');

INSERT INTO etl.ref_icd10 (code) VALUES ('H110');

INSERT INTO etl.ref_icd10 (code) VALUES ('H111');

INSERT INTO etl.ref_icd10 (code) VALUES ('H112');

INSERT INTO etl.ref_icd10 (code) VALUES ('H113');

INSERT INTO etl.ref_icd10 (code) VALUES ('H114');

INSERT INTO etl.ref_icd10 (code) VALUES ('H118');

INSERT INTO etl.ref_icd10 (code) VALUES ('H119');

INSERT INTO etl.ref_icd10 (code) VALUES ('H13');

INSERT INTO etl.ref_icd10 (code) VALUES ('H130');

INSERT INTO etl.ref_icd10 (code) VALUES ('H131');

INSERT INTO etl.ref_icd10 (code) VALUES ('H132');

INSERT INTO etl.ref_icd10 (code) VALUES ('H133');

INSERT INTO etl.ref_icd10 (code) VALUES ('H138');

INSERT INTO etl.ref_icd10 (code) VALUES ('H15');

INSERT INTO etl.ref_icd10 (code) VALUES ('H150');

INSERT INTO etl.ref_icd10 (code) VALUES ('H151');

INSERT INTO etl.ref_icd10 (code) VALUES ('H158');

INSERT INTO etl.ref_icd10 (code) VALUES ('H159');

INSERT INTO etl.ref_icd10 (code) VALUES ('H16');

INSERT INTO etl.ref_icd10 (code) VALUES ('H160');

INSERT INTO etl.ref_icd10 (code) VALUES ('H161');

INSERT INTO etl.ref_icd10 (code) VALUES ('H162');

INSERT INTO etl.ref_icd10 (code) VALUES ('H163');

INSERT INTO etl.ref_icd10 (code) VALUES ('H164');

INSERT INTO etl.ref_icd10 (code) VALUES ('H168');

INSERT INTO etl.ref_icd10 (code) VALUES ('H169');

INSERT INTO etl.ref_icd10 (code) VALUES ('H17');

INSERT INTO etl.ref_icd10 (code) VALUES ('H170');

INSERT INTO etl.ref_icd10 (code) VALUES ('H171');

INSERT INTO etl.ref_icd10 (code) VALUES ('H178');

INSERT INTO etl.ref_icd10 (code) VALUES ('H179');

INSERT INTO etl.ref_icd10 (code) VALUES ('H18');

INSERT INTO etl.ref_icd10 (code) VALUES ('H180');

INSERT INTO etl.ref_icd10 (code) VALUES ('H181');

INSERT INTO etl.ref_icd10 (code) VALUES ('H182');

INSERT INTO etl.ref_icd10 (code) VALUES ('H183');

INSERT INTO etl.ref_icd10 (code) VALUES ('H184');

INSERT INTO etl.ref_icd10 (code) VALUES ('H185');

INSERT INTO etl.ref_icd10 (code) VALUES ('H186');

INSERT INTO etl.ref_icd10 (code) VALUES ('H187');

INSERT INTO etl.ref_icd10 (code) VALUES ('H188');

INSERT INTO etl.ref_icd10 (code) VALUES ('H189');

INSERT INTO etl.ref_icd10 (code) VALUES ('H19');

INSERT INTO etl.ref_icd10 (code) VALUES ('H190');

INSERT INTO etl.ref_icd10 (code) VALUES ('H191');

INSERT INTO etl.ref_icd10 (code) VALUES ('H192');

INSERT INTO etl.ref_icd10 (code) VALUES ('H193');

INSERT INTO etl.ref_icd10 (code) VALUES ('H198');

INSERT INTO etl.ref_icd10 (code) VALUES ('H20');

INSERT INTO etl.ref_icd10 (code) VALUES ('H200');

INSERT INTO etl.ref_icd10 (code) VALUES ('H201');

INSERT INTO etl.ref_icd10 (code) VALUES ('H202');

INSERT INTO etl.ref_icd10 (code) VALUES ('H208');

INSERT INTO etl.ref_icd10 (code) VALUES ('H209');

INSERT INTO etl.ref_icd10 (code) VALUES ('H21');

INSERT INTO etl.ref_icd10 (code) VALUES ('H210');

INSERT INTO etl.ref_icd10 (code) VALUES ('H211');

INSERT INTO etl.ref_icd10 (code) VALUES ('H212');

INSERT INTO etl.ref_icd10 (code) VALUES ('H213');

INSERT INTO etl.ref_icd10 (code) VALUES ('H214');

INSERT INTO etl.ref_icd10 (code) VALUES ('H215');

INSERT INTO etl.ref_icd10 (code) VALUES ('H218');

INSERT INTO etl.ref_icd10 (code) VALUES ('H219');

INSERT INTO etl.ref_icd10 (code) VALUES ('H22');

INSERT INTO etl.ref_icd10 (code) VALUES ('H220');

INSERT INTO etl.ref_icd10 (code) VALUES ('H221');

INSERT INTO etl.ref_icd10 (code) VALUES ('H228');

INSERT INTO etl.ref_icd10 (code) VALUES ('H25');

INSERT INTO etl.ref_icd10 (code) VALUES ('H250');

INSERT INTO etl.ref_icd10 (code) VALUES ('H251');

INSERT INTO etl.ref_icd10 (code) VALUES ('H252');

INSERT INTO etl.ref_icd10 (code) VALUES ('H258');

INSERT INTO etl.ref_icd10 (code) VALUES ('H259');

INSERT INTO etl.ref_icd10 (code) VALUES ('H26');

INSERT INTO etl.ref_icd10 (code) VALUES ('H260');

INSERT INTO etl.ref_icd10 (code) VALUES ('H261');

INSERT INTO etl.ref_icd10 (code) VALUES ('H262');

INSERT INTO etl.ref_icd10 (code) VALUES ('H263');

INSERT INTO etl.ref_icd10 (code) VALUES ('H264');

INSERT INTO etl.ref_icd10 (code) VALUES ('H268');

INSERT INTO etl.ref_icd10 (code) VALUES ('H269');

INSERT INTO etl.ref_icd10 (code) VALUES ('H27');

INSERT INTO etl.ref_icd10 (code) VALUES ('H270');

INSERT INTO etl.ref_icd10 (code) VALUES ('H271');

INSERT INTO etl.ref_icd10 (code) VALUES ('H278');

INSERT INTO etl.ref_icd10 (code) VALUES ('H279');

INSERT INTO etl.ref_icd10 (code) VALUES ('H28');

INSERT INTO etl.ref_icd10 (code) VALUES ('H280');

INSERT INTO etl.ref_icd10 (code) VALUES ('H281');

INSERT INTO etl.ref_icd10 (code) VALUES ('H282');

INSERT INTO etl.ref_icd10 (code) VALUES ('H288');

INSERT INTO etl.ref_icd10 (code) VALUES ('H30');

INSERT INTO etl.ref_icd10 (code) VALUES ('H300');

INSERT INTO etl.ref_icd10 (code) VALUES ('H301');

INSERT INTO etl.ref_icd10 (code) VALUES ('H302');

INSERT INTO etl.ref_icd10 (code) VALUES ('H308');

INSERT INTO etl.ref_icd10 (code) VALUES ('H309');

INSERT INTO etl.ref_icd10 (code) VALUES ('H31');

INSERT INTO etl.ref_icd10 (code) VALUES ('H310');

INSERT INTO etl.ref_icd10 (code) VALUES ('H311');

INSERT INTO etl.ref_icd10 (code) VALUES ('H312');

INSERT INTO etl.ref_icd10 (code) VALUES ('H313');

INSERT INTO etl.ref_icd10 (code) VALUES ('H314');

INSERT INTO etl.ref_icd10 (code) VALUES ('H318');

INSERT INTO etl.ref_icd10 (code) VALUES ('H319');

INSERT INTO etl.ref_icd10 (code) VALUES ('H32');

INSERT INTO etl.ref_icd10 (code) VALUES ('H320');

INSERT INTO etl.ref_icd10 (code) VALUES ('H328');

INSERT INTO etl.ref_icd10 (code) VALUES ('H33');

INSERT INTO etl.ref_icd10 (code) VALUES ('H330');

INSERT INTO etl.ref_icd10 (code) VALUES ('H331');

INSERT INTO etl.ref_icd10 (code) VALUES ('H332');

INSERT INTO etl.ref_icd10 (code) VALUES ('H333');

INSERT INTO etl.ref_icd10 (code) VALUES ('H334');

INSERT INTO etl.ref_icd10 (code) VALUES ('H335');

INSERT INTO etl.ref_icd10 (code) VALUES ('H34');

INSERT INTO etl.ref_icd10 (code) VALUES ('H340');

INSERT INTO etl.ref_icd10 (code) VALUES ('H341');

INSERT INTO etl.ref_icd10 (code) VALUES ('H342');

INSERT INTO etl.ref_icd10 (code) VALUES ('H348');

INSERT INTO etl.ref_icd10 (code) VALUES ('H349');

INSERT INTO etl.ref_icd10 (code) VALUES ('H35');

INSERT INTO etl.ref_icd10 (code) VALUES ('H350');

INSERT INTO etl.ref_icd10 (code) VALUES ('H351');

INSERT INTO etl.ref_icd10 (code) VALUES ('H352');

INSERT INTO etl.ref_icd10 (code) VALUES ('H353');

INSERT INTO etl.ref_icd10 (code) VALUES ('H354');

INSERT INTO etl.ref_icd10 (code) VALUES ('H355');

INSERT INTO etl.ref_icd10 (code) VALUES ('H356');

INSERT INTO etl.ref_icd10 (code) VALUES ('H357');

INSERT INTO etl.ref_icd10 (code) VALUES ('H358');

INSERT INTO etl.ref_icd10 (code) VALUES ('H359');

INSERT INTO etl.ref_icd10 (code) VALUES ('H36');

INSERT INTO etl.ref_icd10 (code) VALUES ('H360');

INSERT INTO etl.ref_icd10 (code) VALUES ('H368');

INSERT INTO etl.ref_icd10 (code) VALUES ('H40');

INSERT INTO etl.ref_icd10 (code) VALUES ('H400');

INSERT INTO etl.ref_icd10 (code) VALUES ('H401');

INSERT INTO etl.ref_icd10 (code) VALUES ('H402');

INSERT INTO etl.ref_icd10 (code) VALUES ('H403');

INSERT INTO etl.ref_icd10 (code) VALUES ('H404');

INSERT INTO etl.ref_icd10 (code) VALUES ('H405');

INSERT INTO etl.ref_icd10 (code) VALUES ('H406');

INSERT INTO etl.ref_icd10 (code) VALUES ('H408');

INSERT INTO etl.ref_icd10 (code) VALUES ('H409');

INSERT INTO etl.ref_icd10 (code) VALUES ('H42');

INSERT INTO etl.ref_icd10 (code) VALUES ('H420');

INSERT INTO etl.ref_icd10 (code) VALUES ('H428');

INSERT INTO etl.ref_icd10 (code) VALUES ('H43');

INSERT INTO etl.ref_icd10 (code) VALUES ('H430');

INSERT INTO etl.ref_icd10 (code) VALUES ('H431');

INSERT INTO etl.ref_icd10 (code) VALUES ('H432');

INSERT INTO etl.ref_icd10 (code) VALUES ('H433');

INSERT INTO etl.ref_icd10 (code) VALUES ('H438');

INSERT INTO etl.ref_icd10 (code) VALUES ('H439');

INSERT INTO etl.ref_icd10 (code) VALUES ('H44');

INSERT INTO etl.ref_icd10 (code) VALUES ('H440');

INSERT INTO etl.ref_icd10 (code) VALUES ('H441');

INSERT INTO etl.ref_icd10 (code) VALUES ('H442');

INSERT INTO etl.ref_icd10 (code) VALUES ('H443');

INSERT INTO etl.ref_icd10 (code) VALUES ('H444');

INSERT INTO etl.ref_icd10 (code) VALUES ('H445');

INSERT INTO etl.ref_icd10 (code) VALUES ('H446');

INSERT INTO etl.ref_icd10 (code) VALUES ('H447');

INSERT INTO etl.ref_icd10 (code) VALUES ('H448');

INSERT INTO etl.ref_icd10 (code) VALUES ('H449');

INSERT INTO etl.ref_icd10 (code) VALUES ('H45');

INSERT INTO etl.ref_icd10 (code) VALUES ('H450');

INSERT INTO etl.ref_icd10 (code) VALUES ('H451');

INSERT INTO etl.ref_icd10 (code) VALUES ('H458');

INSERT INTO etl.ref_icd10 (code) VALUES ('H46');

INSERT INTO etl.ref_icd10 (code) VALUES ('H47');

INSERT INTO etl.ref_icd10 (code) VALUES ('H470');

INSERT INTO etl.ref_icd10 (code) VALUES ('H471');

INSERT INTO etl.ref_icd10 (code) VALUES ('H472');

INSERT INTO etl.ref_icd10 (code) VALUES ('H473');

INSERT INTO etl.ref_icd10 (code) VALUES ('H474');

INSERT INTO etl.ref_icd10 (code) VALUES ('H475');

INSERT INTO etl.ref_icd10 (code) VALUES ('H476');

INSERT INTO etl.ref_icd10 (code) VALUES ('H477');

INSERT INTO etl.ref_icd10 (code) VALUES ('H48');

INSERT INTO etl.ref_icd10 (code) VALUES ('H480');

INSERT INTO etl.ref_icd10 (code) VALUES ('H481');

INSERT INTO etl.ref_icd10 (code) VALUES ('H488');

INSERT INTO etl.ref_icd10 (code) VALUES ('H49');

INSERT INTO etl.ref_icd10 (code) VALUES ('H490');

INSERT INTO etl.ref_icd10 (code) VALUES ('H491');

INSERT INTO etl.ref_icd10 (code) VALUES ('H492');

INSERT INTO etl.ref_icd10 (code) VALUES ('H493');

INSERT INTO etl.ref_icd10 (code) VALUES ('H494');

INSERT INTO etl.ref_icd10 (code) VALUES ('H498');

INSERT INTO etl.ref_icd10 (code) VALUES ('H499');

INSERT INTO etl.ref_icd10 (code) VALUES ('H50');

INSERT INTO etl.ref_icd10 (code) VALUES ('H500');

INSERT INTO etl.ref_icd10 (code) VALUES ('H501');

INSERT INTO etl.ref_icd10 (code) VALUES ('H502');

INSERT INTO etl.ref_icd10 (code) VALUES ('H503');

INSERT INTO etl.ref_icd10 (code) VALUES ('H504');

INSERT INTO etl.ref_icd10 (code) VALUES ('H505');

INSERT INTO etl.ref_icd10 (code) VALUES ('H506');

INSERT INTO etl.ref_icd10 (code) VALUES ('H508');

INSERT INTO etl.ref_icd10 (code) VALUES ('H509');

INSERT INTO etl.ref_icd10 (code) VALUES ('H51');

INSERT INTO etl.ref_icd10 (code) VALUES ('H510');

INSERT INTO etl.ref_icd10 (code) VALUES ('H511');

INSERT INTO etl.ref_icd10 (code) VALUES ('H512');

INSERT INTO etl.ref_icd10 (code) VALUES ('H518');

INSERT INTO etl.ref_icd10 (code) VALUES ('H519');

INSERT INTO etl.ref_icd10 (code) VALUES ('H52');

INSERT INTO etl.ref_icd10 (code) VALUES ('H520');

INSERT INTO etl.ref_icd10 (code) VALUES ('H521');

INSERT INTO etl.ref_icd10 (code) VALUES ('H522');

INSERT INTO etl.ref_icd10 (code) VALUES ('H523');

INSERT INTO etl.ref_icd10 (code) VALUES ('H524');

INSERT INTO etl.ref_icd10 (code) VALUES ('H525');

INSERT INTO etl.ref_icd10 (code) VALUES ('H526');

INSERT INTO etl.ref_icd10 (code) VALUES ('H527');

INSERT INTO etl.ref_icd10 (code) VALUES ('H53');

INSERT INTO etl.ref_icd10 (code) VALUES ('H530');

INSERT INTO etl.ref_icd10 (code) VALUES ('H531');

INSERT INTO etl.ref_icd10 (code) VALUES ('H532');

INSERT INTO etl.ref_icd10 (code) VALUES ('H533');

INSERT INTO etl.ref_icd10 (code) VALUES ('H534');

INSERT INTO etl.ref_icd10 (code) VALUES ('H535');

INSERT INTO etl.ref_icd10 (code) VALUES ('H536');

INSERT INTO etl.ref_icd10 (code) VALUES ('H538');

INSERT INTO etl.ref_icd10 (code) VALUES ('H539');

INSERT INTO etl.ref_icd10 (code) VALUES ('H54');

INSERT INTO etl.ref_icd10 (code) VALUES ('H540');

INSERT INTO etl.ref_icd10 (code) VALUES ('H541');

INSERT INTO etl.ref_icd10 (code) VALUES ('H542');

INSERT INTO etl.ref_icd10 (code) VALUES ('H543');

INSERT INTO etl.ref_icd10 (code) VALUES ('H544');

INSERT INTO etl.ref_icd10 (code) VALUES ('H545');

INSERT INTO etl.ref_icd10 (code) VALUES ('H546');

INSERT INTO etl.ref_icd10 (code) VALUES ('H549');

INSERT INTO etl.ref_icd10 (code) VALUES ('H55');

INSERT INTO etl.ref_icd10 (code) VALUES ('H57');

INSERT INTO etl.ref_icd10 (code) VALUES ('H570');

INSERT INTO etl.ref_icd10 (code) VALUES ('H571');

INSERT INTO etl.ref_icd10 (code) VALUES ('H578');

INSERT INTO etl.ref_icd10 (code) VALUES ('H579');

INSERT INTO etl.ref_icd10 (code) VALUES ('H58');

INSERT INTO etl.ref_icd10 (code) VALUES ('H580');

INSERT INTO etl.ref_icd10 (code) VALUES ('H581');

INSERT INTO etl.ref_icd10 (code) VALUES ('H588');

INSERT INTO etl.ref_icd10 (code) VALUES ('H59');

INSERT INTO etl.ref_icd10 (code) VALUES ('H590');

INSERT INTO etl.ref_icd10 (code) VALUES ('H598');

INSERT INTO etl.ref_icd10 (code) VALUES ('H599');

INSERT INTO etl.ref_icd10 (code) VALUES ('H60');

INSERT INTO etl.ref_icd10 (code) VALUES ('H600');

INSERT INTO etl.ref_icd10 (code) VALUES ('H601');

INSERT INTO etl.ref_icd10 (code) VALUES ('H602');

INSERT INTO etl.ref_icd10 (code) VALUES ('H603');

INSERT INTO etl.ref_icd10 (code) VALUES ('H604');

INSERT INTO etl.ref_icd10 (code) VALUES ('H605');

INSERT INTO etl.ref_icd10 (code) VALUES ('H608');

INSERT INTO etl.ref_icd10 (code) VALUES ('H609');

INSERT INTO etl.ref_icd10 (code) VALUES ('H61');

INSERT INTO etl.ref_icd10 (code) VALUES ('H610');

INSERT INTO etl.ref_icd10 (code) VALUES ('H611');

INSERT INTO etl.ref_icd10 (code) VALUES ('H612');

INSERT INTO etl.ref_icd10 (code) VALUES ('H613');

INSERT INTO etl.ref_icd10 (code) VALUES ('H618');

INSERT INTO etl.ref_icd10 (code) VALUES ('H619');

INSERT INTO etl.ref_icd10 (code) VALUES ('H62');

INSERT INTO etl.ref_icd10 (code) VALUES ('H620');

INSERT INTO etl.ref_icd10 (code) VALUES ('H621');

INSERT INTO etl.ref_icd10 (code) VALUES ('H622');

INSERT INTO etl.ref_icd10 (code) VALUES ('H623');

INSERT INTO etl.ref_icd10 (code) VALUES ('H624');

INSERT INTO etl.ref_icd10 (code) VALUES ('H628');

INSERT INTO etl.ref_icd10 (code) VALUES ('H65');

INSERT INTO etl.ref_icd10 (code) VALUES ('H650');

INSERT INTO etl.ref_icd10 (code) VALUES ('H651');

INSERT INTO etl.ref_icd10 (code) VALUES ('H652');

INSERT INTO etl.ref_icd10 (code) VALUES ('H653');

INSERT INTO etl.ref_icd10 (code) VALUES ('H654');

INSERT INTO etl.ref_icd10 (code) VALUES ('H659');

INSERT INTO etl.ref_icd10 (code) VALUES ('H66');

INSERT INTO etl.ref_icd10 (code) VALUES ('H660');

INSERT INTO etl.ref_icd10 (code) VALUES ('H661');

INSERT INTO etl.ref_icd10 (code) VALUES ('H662');

INSERT INTO etl.ref_icd10 (code) VALUES ('H663');

INSERT INTO etl.ref_icd10 (code) VALUES ('H664');

INSERT INTO etl.ref_icd10 (code) VALUES ('H669');

INSERT INTO etl.ref_icd10 (code) VALUES ('H67');

INSERT INTO etl.ref_icd10 (code) VALUES ('H670');

INSERT INTO etl.ref_icd10 (code) VALUES ('H671');

INSERT INTO etl.ref_icd10 (code) VALUES ('H678');

INSERT INTO etl.ref_icd10 (code) VALUES ('H68');

INSERT INTO etl.ref_icd10 (code) VALUES ('H680');

INSERT INTO etl.ref_icd10 (code) VALUES ('H681');

INSERT INTO etl.ref_icd10 (code) VALUES ('H69');

INSERT INTO etl.ref_icd10 (code) VALUES ('H690');

INSERT INTO etl.ref_icd10 (code) VALUES ('H698');

INSERT INTO etl.ref_icd10 (code) VALUES ('H699');

INSERT INTO etl.ref_icd10 (code) VALUES ('H70');

INSERT INTO etl.ref_icd10 (code) VALUES ('H700');

INSERT INTO etl.ref_icd10 (code) VALUES ('H701');

INSERT INTO etl.ref_icd10 (code) VALUES ('H702');

INSERT INTO etl.ref_icd10 (code) VALUES ('H708');

INSERT INTO etl.ref_icd10 (code) VALUES ('H709');

INSERT INTO etl.ref_icd10 (code) VALUES ('H71');

INSERT INTO etl.ref_icd10 (code) VALUES ('H72');

INSERT INTO etl.ref_icd10 (code) VALUES ('H720');

INSERT INTO etl.ref_icd10 (code) VALUES ('H721');

INSERT INTO etl.ref_icd10 (code) VALUES ('H722');

INSERT INTO etl.ref_icd10 (code) VALUES ('H728');

INSERT INTO etl.ref_icd10 (code) VALUES ('H729');

INSERT INTO etl.ref_icd10 (code) VALUES ('H73');

INSERT INTO etl.ref_icd10 (code) VALUES ('H730');

INSERT INTO etl.ref_icd10 (code) VALUES ('H731');

INSERT INTO etl.ref_icd10 (code) VALUES ('H738');

INSERT INTO etl.ref_icd10 (code) VALUES ('H739');

INSERT INTO etl.ref_icd10 (code) VALUES ('H74');

INSERT INTO etl.ref_icd10 (code) VALUES ('H740');

INSERT INTO etl.ref_icd10 (code) VALUES ('H741');

INSERT INTO etl.ref_icd10 (code) VALUES ('H742');

INSERT INTO etl.ref_icd10 (code) VALUES ('H743');

INSERT INTO etl.ref_icd10 (code) VALUES ('H744');

INSERT INTO etl.ref_icd10 (code) VALUES ('H748');

INSERT INTO etl.ref_icd10 (code) VALUES ('H749');

INSERT INTO etl.ref_icd10 (code) VALUES ('H75');

INSERT INTO etl.ref_icd10 (code) VALUES ('H750');

INSERT INTO etl.ref_icd10 (code) VALUES ('H758');

INSERT INTO etl.ref_icd10 (code) VALUES ('H80');

INSERT INTO etl.ref_icd10 (code) VALUES ('H800');

INSERT INTO etl.ref_icd10 (code) VALUES ('H801');

INSERT INTO etl.ref_icd10 (code) VALUES ('H802');

INSERT INTO etl.ref_icd10 (code) VALUES ('H808');

INSERT INTO etl.ref_icd10 (code) VALUES ('H809');

INSERT INTO etl.ref_icd10 (code) VALUES ('H81');

INSERT INTO etl.ref_icd10 (code) VALUES ('H810');

INSERT INTO etl.ref_icd10 (code) VALUES ('H811');

INSERT INTO etl.ref_icd10 (code) VALUES ('H812');

INSERT INTO etl.ref_icd10 (code) VALUES ('H813');

INSERT INTO etl.ref_icd10 (code) VALUES ('H814');

INSERT INTO etl.ref_icd10 (code) VALUES ('H818');

INSERT INTO etl.ref_icd10 (code) VALUES ('H819');

INSERT INTO etl.ref_icd10 (code) VALUES ('H82');

INSERT INTO etl.ref_icd10 (code) VALUES ('H83');

INSERT INTO etl.ref_icd10 (code) VALUES ('H830');

INSERT INTO etl.ref_icd10 (code) VALUES ('H831');

INSERT INTO etl.ref_icd10 (code) VALUES ('H832');

INSERT INTO etl.ref_icd10 (code) VALUES ('H833');

INSERT INTO etl.ref_icd10 (code) VALUES ('H838');

INSERT INTO etl.ref_icd10 (code) VALUES ('H839');

INSERT INTO etl.ref_icd10 (code) VALUES ('H90');

INSERT INTO etl.ref_icd10 (code) VALUES ('H900');

INSERT INTO etl.ref_icd10 (code) VALUES ('H901');

INSERT INTO etl.ref_icd10 (code) VALUES ('H902');

INSERT INTO etl.ref_icd10 (code) VALUES ('H903');

INSERT INTO etl.ref_icd10 (code) VALUES ('H904');

INSERT INTO etl.ref_icd10 (code) VALUES ('H905');

INSERT INTO etl.ref_icd10 (code) VALUES ('H906');

INSERT INTO etl.ref_icd10 (code) VALUES ('H907');

INSERT INTO etl.ref_icd10 (code) VALUES ('H908');

INSERT INTO etl.ref_icd10 (code) VALUES ('H91');

INSERT INTO etl.ref_icd10 (code) VALUES ('H910');

INSERT INTO etl.ref_icd10 (code) VALUES ('H911');

INSERT INTO etl.ref_icd10 (code) VALUES ('H912');

INSERT INTO etl.ref_icd10 (code) VALUES ('H913');

INSERT INTO etl.ref_icd10 (code) VALUES ('H918');

INSERT INTO etl.ref_icd10 (code) VALUES ('H919');

INSERT INTO etl.ref_icd10 (code) VALUES ('H92');

INSERT INTO etl.ref_icd10 (code) VALUES ('H920');

INSERT INTO etl.ref_icd10 (code) VALUES ('H921');

INSERT INTO etl.ref_icd10 (code) VALUES ('H922');

INSERT INTO etl.ref_icd10 (code) VALUES ('H93');

INSERT INTO etl.ref_icd10 (code) VALUES ('H930');

INSERT INTO etl.ref_icd10 (code) VALUES ('H931');

INSERT INTO etl.ref_icd10 (code) VALUES ('H932');

INSERT INTO etl.ref_icd10 (code) VALUES ('H933');

INSERT INTO etl.ref_icd10 (code) VALUES ('H938');

INSERT INTO etl.ref_icd10 (code) VALUES ('H939');

INSERT INTO etl.ref_icd10 (code) VALUES ('H94');

INSERT INTO etl.ref_icd10 (code) VALUES ('H940');

INSERT INTO etl.ref_icd10 (code) VALUES ('H948');

INSERT INTO etl.ref_icd10 (code) VALUES ('H95');

INSERT INTO etl.ref_icd10 (code) VALUES ('H950');

INSERT INTO etl.ref_icd10 (code) VALUES ('H951');

INSERT INTO etl.ref_icd10 (code) VALUES ('H958');

INSERT INTO etl.ref_icd10 (code) VALUES ('H959');

INSERT INTO etl.ref_icd10 (code) VALUES ('I00');

INSERT INTO etl.ref_icd10 (code) VALUES ('I01');

INSERT INTO etl.ref_icd10 (code) VALUES ('I010');

INSERT INTO etl.ref_icd10 (code) VALUES ('I011');

INSERT INTO etl.ref_icd10 (code) VALUES ('I012');

INSERT INTO etl.ref_icd10 (code) VALUES ('I018');

INSERT INTO etl.ref_icd10 (code) VALUES ('I019');

INSERT INTO etl.ref_icd10 (code) VALUES ('I02');

INSERT INTO etl.ref_icd10 (code) VALUES ('I020');

INSERT INTO etl.ref_icd10 (code) VALUES ('I029');

INSERT INTO etl.ref_icd10 (code) VALUES ('I05');

INSERT INTO etl.ref_icd10 (code) VALUES ('I050');

INSERT INTO etl.ref_icd10 (code) VALUES ('I051');

INSERT INTO etl.ref_icd10 (code) VALUES ('I052');

INSERT INTO etl.ref_icd10 (code) VALUES ('I058');

INSERT INTO etl.ref_icd10 (code) VALUES ('I059');

INSERT INTO etl.ref_icd10 (code) VALUES ('I06');

INSERT INTO etl.ref_icd10 (code) VALUES ('I060');

INSERT INTO etl.ref_icd10 (code) VALUES ('I061');

INSERT INTO etl.ref_icd10 (code) VALUES ('I062');

INSERT INTO etl.ref_icd10 (code) VALUES ('I068');

INSERT INTO etl.ref_icd10 (code) VALUES ('I069');

INSERT INTO etl.ref_icd10 (code) VALUES ('I07');

INSERT INTO etl.ref_icd10 (code) VALUES ('I070');

INSERT INTO etl.ref_icd10 (code) VALUES ('I071');

INSERT INTO etl.ref_icd10 (code) VALUES ('I072');

INSERT INTO etl.ref_icd10 (code) VALUES ('I078');

INSERT INTO etl.ref_icd10 (code) VALUES ('I079');

INSERT INTO etl.ref_icd10 (code) VALUES ('I08');

INSERT INTO etl.ref_icd10 (code) VALUES ('I080');

INSERT INTO etl.ref_icd10 (code) VALUES ('I081');

INSERT INTO etl.ref_icd10 (code) VALUES ('I082');

INSERT INTO etl.ref_icd10 (code) VALUES ('I083');

INSERT INTO etl.ref_icd10 (code) VALUES ('I088');

INSERT INTO etl.ref_icd10 (code) VALUES ('I089');

INSERT INTO etl.ref_icd10 (code) VALUES ('I09');

INSERT INTO etl.ref_icd10 (code) VALUES ('I090');

INSERT INTO etl.ref_icd10 (code) VALUES ('I091');

INSERT INTO etl.ref_icd10 (code) VALUES ('I092');

INSERT INTO etl.ref_icd10 (code) VALUES ('I098');

INSERT INTO etl.ref_icd10 (code) VALUES ('I099');

INSERT INTO etl.ref_icd10 (code) VALUES ('I10');

INSERT INTO etl.ref_icd10 (code) VALUES ('I11');

INSERT INTO etl.ref_icd10 (code) VALUES ('I110');

INSERT INTO etl.ref_icd10 (code) VALUES ('I119');

INSERT INTO etl.ref_icd10 (code) VALUES ('I12');

INSERT INTO etl.ref_icd10 (code) VALUES ('I120');

INSERT INTO etl.ref_icd10 (code) VALUES ('I129');

INSERT INTO etl.ref_icd10 (code) VALUES ('I13');

INSERT INTO etl.ref_icd10 (code) VALUES ('I130');

INSERT INTO etl.ref_icd10 (code) VALUES ('I131');

INSERT INTO etl.ref_icd10 (code) VALUES ('I132');

INSERT INTO etl.ref_icd10 (code) VALUES ('I139');

INSERT INTO etl.ref_icd10 (code) VALUES ('I15');

INSERT INTO etl.ref_icd10 (code) VALUES ('I150');

INSERT INTO etl.ref_icd10 (code) VALUES ('I151');

INSERT INTO etl.ref_icd10 (code) VALUES ('I152');

INSERT INTO etl.ref_icd10 (code) VALUES ('I158');

INSERT INTO etl.ref_icd10 (code) VALUES ('I159');

INSERT INTO etl.ref_icd10 (code) VALUES ('I20');

INSERT INTO etl.ref_icd10 (code) VALUES ('I200');

INSERT INTO etl.ref_icd10 (code) VALUES ('I201');

INSERT INTO etl.ref_icd10 (code) VALUES ('I208');

INSERT INTO etl.ref_icd10 (code) VALUES ('I209');

INSERT INTO etl.ref_icd10 (code) VALUES ('I21');

INSERT INTO etl.ref_icd10 (code) VALUES ('I210');

INSERT INTO etl.ref_icd10 (code) VALUES ('I211');

INSERT INTO etl.ref_icd10 (code) VALUES ('I212');

INSERT INTO etl.ref_icd10 (code) VALUES ('I213');

INSERT INTO etl.ref_icd10 (code) VALUES ('I214');

INSERT INTO etl.ref_icd10 (code) VALUES ('I219');

INSERT INTO etl.ref_icd10 (code) VALUES ('I22');

INSERT INTO etl.ref_icd10 (code) VALUES ('I220');

INSERT INTO etl.ref_icd10 (code) VALUES ('I221');

INSERT INTO etl.ref_icd10 (code) VALUES ('I228');

INSERT INTO etl.ref_icd10 (code) VALUES ('I229');

INSERT INTO etl.ref_icd10 (code) VALUES ('I23');

INSERT INTO etl.ref_icd10 (code) VALUES ('I230');

INSERT INTO etl.ref_icd10 (code) VALUES ('I231');

INSERT INTO etl.ref_icd10 (code) VALUES ('I232');

INSERT INTO etl.ref_icd10 (code) VALUES ('I233');

INSERT INTO etl.ref_icd10 (code) VALUES ('I234');

INSERT INTO etl.ref_icd10 (code) VALUES ('I235');

INSERT INTO etl.ref_icd10 (code) VALUES ('I236');

INSERT INTO etl.ref_icd10 (code) VALUES ('I238');

INSERT INTO etl.ref_icd10 (code) VALUES ('I24');

INSERT INTO etl.ref_icd10 (code) VALUES ('I240');

INSERT INTO etl.ref_icd10 (code) VALUES ('I241');

INSERT INTO etl.ref_icd10 (code) VALUES ('I248');

INSERT INTO etl.ref_icd10 (code) VALUES ('I249');

INSERT INTO etl.ref_icd10 (code) VALUES ('I25');

INSERT INTO etl.ref_icd10 (code) VALUES ('I250');

INSERT INTO etl.ref_icd10 (code) VALUES ('I251');

INSERT INTO etl.ref_icd10 (code) VALUES ('I252');

INSERT INTO etl.ref_icd10 (code) VALUES ('I253');

INSERT INTO etl.ref_icd10 (code) VALUES ('I254');

INSERT INTO etl.ref_icd10 (code) VALUES ('I255');

INSERT INTO etl.ref_icd10 (code) VALUES ('I256');

INSERT INTO etl.ref_icd10 (code) VALUES ('I258');

INSERT INTO etl.ref_icd10 (code) VALUES ('I259');

INSERT INTO etl.ref_icd10 (code) VALUES ('I26');

INSERT INTO etl.ref_icd10 (code) VALUES ('I260');

INSERT INTO etl.ref_icd10 (code) VALUES ('I269');

INSERT INTO etl.ref_icd10 (code) VALUES ('I27');

INSERT INTO etl.ref_icd10 (code) VALUES ('I270');

INSERT INTO etl.ref_icd10 (code) VALUES ('I271');

INSERT INTO etl.ref_icd10 (code) VALUES ('I272');

INSERT INTO etl.ref_icd10 (code) VALUES ('I278');

INSERT INTO etl.ref_icd10 (code) VALUES ('I279');

INSERT INTO etl.ref_icd10 (code) VALUES ('I28');

INSERT INTO etl.ref_icd10 (code) VALUES ('I280');

INSERT INTO etl.ref_icd10 (code) VALUES ('I281');

INSERT INTO etl.ref_icd10 (code) VALUES ('I288');

INSERT INTO etl.ref_icd10 (code) VALUES ('I289');

INSERT INTO etl.ref_icd10 (code) VALUES ('I30');

INSERT INTO etl.ref_icd10 (code) VALUES ('I300');

INSERT INTO etl.ref_icd10 (code) VALUES ('I301');

INSERT INTO etl.ref_icd10 (code) VALUES ('I308');

INSERT INTO etl.ref_icd10 (code) VALUES ('I309');

INSERT INTO etl.ref_icd10 (code) VALUES ('I31');

INSERT INTO etl.ref_icd10 (code) VALUES ('I310');

INSERT INTO etl.ref_icd10 (code) VALUES ('I311');

INSERT INTO etl.ref_icd10 (code) VALUES ('I312');

INSERT INTO etl.ref_icd10 (code) VALUES ('I313');

INSERT INTO etl.ref_icd10 (code) VALUES ('I318');

INSERT INTO etl.ref_icd10 (code) VALUES ('I319');

INSERT INTO etl.ref_icd10 (code) VALUES ('I32');

INSERT INTO etl.ref_icd10 (code) VALUES ('I320');

INSERT INTO etl.ref_icd10 (code) VALUES ('I321');

INSERT INTO etl.ref_icd10 (code) VALUES ('I328');

INSERT INTO etl.ref_icd10 (code) VALUES ('I33');

INSERT INTO etl.ref_icd10 (code) VALUES ('I330');

INSERT INTO etl.ref_icd10 (code) VALUES ('I339');

INSERT INTO etl.ref_icd10 (code) VALUES ('I34');

INSERT INTO etl.ref_icd10 (code) VALUES ('I340');

INSERT INTO etl.ref_icd10 (code) VALUES ('I341');

INSERT INTO etl.ref_icd10 (code) VALUES ('I342');

INSERT INTO etl.ref_icd10 (code) VALUES ('I348');

INSERT INTO etl.ref_icd10 (code) VALUES ('I349');

INSERT INTO etl.ref_icd10 (code) VALUES ('I35');

INSERT INTO etl.ref_icd10 (code) VALUES ('I350');

INSERT INTO etl.ref_icd10 (code) VALUES ('I351');

INSERT INTO etl.ref_icd10 (code) VALUES ('I352');

INSERT INTO etl.ref_icd10 (code) VALUES ('I358');

INSERT INTO etl.ref_icd10 (code) VALUES ('I359');

INSERT INTO etl.ref_icd10 (code) VALUES ('I36');

INSERT INTO etl.ref_icd10 (code) VALUES ('I360');

INSERT INTO etl.ref_icd10 (code) VALUES ('I361');

INSERT INTO etl.ref_icd10 (code) VALUES ('I362');

INSERT INTO etl.ref_icd10 (code) VALUES ('I368');

INSERT INTO etl.ref_icd10 (code) VALUES ('I369');

INSERT INTO etl.ref_icd10 (code) VALUES ('I37');

INSERT INTO etl.ref_icd10 (code) VALUES ('I370');

INSERT INTO etl.ref_icd10 (code) VALUES ('I371');

INSERT INTO etl.ref_icd10 (code) VALUES ('I372');

INSERT INTO etl.ref_icd10 (code) VALUES ('I378');

INSERT INTO etl.ref_icd10 (code) VALUES ('I379');

INSERT INTO etl.ref_icd10 (code) VALUES ('I38');

INSERT INTO etl.ref_icd10 (code) VALUES ('I39');

INSERT INTO etl.ref_icd10 (code) VALUES ('I390');

INSERT INTO etl.ref_icd10 (code) VALUES ('I391');

INSERT INTO etl.ref_icd10 (code) VALUES ('I392');

INSERT INTO etl.ref_icd10 (code) VALUES ('I393');

INSERT INTO etl.ref_icd10 (code) VALUES ('I394');

INSERT INTO etl.ref_icd10 (code) VALUES ('I398');

INSERT INTO etl.ref_icd10 (code) VALUES ('I40');

INSERT INTO etl.ref_icd10 (code) VALUES ('I400');

INSERT INTO etl.ref_icd10 (code) VALUES ('I401');

INSERT INTO etl.ref_icd10 (code) VALUES ('I408');

INSERT INTO etl.ref_icd10 (code) VALUES ('I409');

INSERT INTO etl.ref_icd10 (code) VALUES ('I41');

INSERT INTO etl.ref_icd10 (code) VALUES ('I410');

INSERT INTO etl.ref_icd10 (code) VALUES ('I411');

INSERT INTO etl.ref_icd10 (code) VALUES ('I412');

INSERT INTO etl.ref_icd10 (code) VALUES ('I418');

INSERT INTO etl.ref_icd10 (code) VALUES ('I42');

INSERT INTO etl.ref_icd10 (code) VALUES ('I420');

INSERT INTO etl.ref_icd10 (code) VALUES ('I421');

INSERT INTO etl.ref_icd10 (code) VALUES ('I422');

INSERT INTO etl.ref_icd10 (code) VALUES ('I423');

INSERT INTO etl.ref_icd10 (code) VALUES ('I424');

INSERT INTO etl.ref_icd10 (code) VALUES ('I425');

INSERT INTO etl.ref_icd10 (code) VALUES ('I426');

INSERT INTO etl.ref_icd10 (code) VALUES ('I427');

INSERT INTO etl.ref_icd10 (code) VALUES ('I428');

INSERT INTO etl.ref_icd10 (code) VALUES ('I429');

INSERT INTO etl.ref_icd10 (code) VALUES ('I43');

INSERT INTO etl.ref_icd10 (code) VALUES ('I430');

INSERT INTO etl.ref_icd10 (code) VALUES ('I431');

INSERT INTO etl.ref_icd10 (code) VALUES ('I432');

INSERT INTO etl.ref_icd10 (code) VALUES ('I438');

INSERT INTO etl.ref_icd10 (code) VALUES ('I44');

INSERT INTO etl.ref_icd10 (code) VALUES ('I440');

INSERT INTO etl.ref_icd10 (code) VALUES ('I441');

INSERT INTO etl.ref_icd10 (code) VALUES ('I442');

INSERT INTO etl.ref_icd10 (code) VALUES ('I443');

INSERT INTO etl.ref_icd10 (code) VALUES ('I444');

INSERT INTO etl.ref_icd10 (code) VALUES ('I445');

INSERT INTO etl.ref_icd10 (code) VALUES ('I446');

INSERT INTO etl.ref_icd10 (code) VALUES ('I447');

INSERT INTO etl.ref_icd10 (code) VALUES ('I45');

INSERT INTO etl.ref_icd10 (code) VALUES ('I450');

INSERT INTO etl.ref_icd10 (code) VALUES ('I451');

INSERT INTO etl.ref_icd10 (code) VALUES ('I452');

INSERT INTO etl.ref_icd10 (code) VALUES ('I453');

INSERT INTO etl.ref_icd10 (code) VALUES ('I454');

INSERT INTO etl.ref_icd10 (code) VALUES ('I455');

INSERT INTO etl.ref_icd10 (code) VALUES ('I456');

INSERT INTO etl.ref_icd10 (code) VALUES ('I458');

INSERT INTO etl.ref_icd10 (code) VALUES ('I459');

INSERT INTO etl.ref_icd10 (code) VALUES ('I46');

INSERT INTO etl.ref_icd10 (code) VALUES ('I460');

INSERT INTO etl.ref_icd10 (code) VALUES ('I461');

INSERT INTO etl.ref_icd10 (code) VALUES ('I469');

INSERT INTO etl.ref_icd10 (code) VALUES ('I47');

INSERT INTO etl.ref_icd10 (code) VALUES ('I470');

INSERT INTO etl.ref_icd10 (code) VALUES ('I471');

INSERT INTO etl.ref_icd10 (code) VALUES ('I472');

INSERT INTO etl.ref_icd10 (code) VALUES ('I479');

INSERT INTO etl.ref_icd10 (code) VALUES ('I48');

INSERT INTO etl.ref_icd10 (code) VALUES ('I480');

INSERT INTO etl.ref_icd10 (code) VALUES ('I481');

INSERT INTO etl.ref_icd10 (code) VALUES ('I482');

INSERT INTO etl.ref_icd10 (code) VALUES ('I483');

INSERT INTO etl.ref_icd10 (code) VALUES ('I484');

INSERT INTO etl.ref_icd10 (code) VALUES ('I489');

INSERT INTO etl.ref_icd10 (code) VALUES ('I49');

INSERT INTO etl.ref_icd10 (code) VALUES ('I490');

INSERT INTO etl.ref_icd10 (code) VALUES ('I491');

INSERT INTO etl.ref_icd10 (code) VALUES ('I492');

INSERT INTO etl.ref_icd10 (code) VALUES ('I493');

INSERT INTO etl.ref_icd10 (code) VALUES ('I494');

INSERT INTO etl.ref_icd10 (code) VALUES ('I495');

INSERT INTO etl.ref_icd10 (code) VALUES ('I498');

INSERT INTO etl.ref_icd10 (code) VALUES ('I499');

INSERT INTO etl.ref_icd10 (code) VALUES ('I50');

INSERT INTO etl.ref_icd10 (code) VALUES ('I500');

INSERT INTO etl.ref_icd10 (code) VALUES ('I501');

INSERT INTO etl.ref_icd10 (code) VALUES ('I509');

INSERT INTO etl.ref_icd10 (code) VALUES ('I51');

INSERT INTO etl.ref_icd10 (code) VALUES ('I510');

INSERT INTO etl.ref_icd10 (code) VALUES ('I511');

INSERT INTO etl.ref_icd10 (code) VALUES ('I512');

INSERT INTO etl.ref_icd10 (code) VALUES ('I513');

INSERT INTO etl.ref_icd10 (code) VALUES ('I514');

INSERT INTO etl.ref_icd10 (code) VALUES ('I515');

INSERT INTO etl.ref_icd10 (code) VALUES ('I516');

INSERT INTO etl.ref_icd10 (code) VALUES ('I517');

INSERT INTO etl.ref_icd10 (code) VALUES ('I518');

INSERT INTO etl.ref_icd10 (code) VALUES ('I519');

INSERT INTO etl.ref_icd10 (code) VALUES ('I52');

INSERT INTO etl.ref_icd10 (code) VALUES ('I520');

INSERT INTO etl.ref_icd10 (code) VALUES ('I521');

INSERT INTO etl.ref_icd10 (code) VALUES ('I528');

INSERT INTO etl.ref_icd10 (code) VALUES ('I60');

INSERT INTO etl.ref_icd10 (code) VALUES ('I600');

INSERT INTO etl.ref_icd10 (code) VALUES ('I601');

INSERT INTO etl.ref_icd10 (code) VALUES ('I602');

INSERT INTO etl.ref_icd10 (code) VALUES ('I603');

INSERT INTO etl.ref_icd10 (code) VALUES ('I604');

INSERT INTO etl.ref_icd10 (code) VALUES ('I605');

INSERT INTO etl.ref_icd10 (code) VALUES ('I606');

INSERT INTO etl.ref_icd10 (code) VALUES ('I607');

INSERT INTO etl.ref_icd10 (code) VALUES ('I608');

INSERT INTO etl.ref_icd10 (code) VALUES ('I609');

INSERT INTO etl.ref_icd10 (code) VALUES ('I61');

INSERT INTO etl.ref_icd10 (code) VALUES ('I610');

INSERT INTO etl.ref_icd10 (code) VALUES ('I611');

INSERT INTO etl.ref_icd10 (code) VALUES ('I612');

INSERT INTO etl.ref_icd10 (code) VALUES ('I613');

INSERT INTO etl.ref_icd10 (code) VALUES ('I614');

INSERT INTO etl.ref_icd10 (code) VALUES ('I615');

INSERT INTO etl.ref_icd10 (code) VALUES ('I616');

INSERT INTO etl.ref_icd10 (code) VALUES ('I618');

INSERT INTO etl.ref_icd10 (code) VALUES ('I619');

INSERT INTO etl.ref_icd10 (code) VALUES ('I62');

INSERT INTO etl.ref_icd10 (code) VALUES ('I620');

INSERT INTO etl.ref_icd10 (code) VALUES ('I621');

INSERT INTO etl.ref_icd10 (code) VALUES ('I629');

INSERT INTO etl.ref_icd10 (code) VALUES ('I63');

INSERT INTO etl.ref_icd10 (code) VALUES ('I630');

INSERT INTO etl.ref_icd10 (code) VALUES ('I631');

INSERT INTO etl.ref_icd10 (code) VALUES ('I632');

INSERT INTO etl.ref_icd10 (code) VALUES ('I633');

INSERT INTO etl.ref_icd10 (code) VALUES ('I634');

INSERT INTO etl.ref_icd10 (code) VALUES ('I635');

INSERT INTO etl.ref_icd10 (code) VALUES ('I636');

INSERT INTO etl.ref_icd10 (code) VALUES ('I638');

INSERT INTO etl.ref_icd10 (code) VALUES ('I639');

INSERT INTO etl.ref_icd10 (code) VALUES ('I64');

INSERT INTO etl.ref_icd10 (code) VALUES ('I65');

INSERT INTO etl.ref_icd10 (code) VALUES ('I650');

INSERT INTO etl.ref_icd10 (code) VALUES ('I651');

INSERT INTO etl.ref_icd10 (code) VALUES ('I652');

INSERT INTO etl.ref_icd10 (code) VALUES ('I653');

INSERT INTO etl.ref_icd10 (code) VALUES ('I658');

INSERT INTO etl.ref_icd10 (code) VALUES ('I659');

INSERT INTO etl.ref_icd10 (code) VALUES ('I66');

INSERT INTO etl.ref_icd10 (code) VALUES ('I660');

INSERT INTO etl.ref_icd10 (code) VALUES ('I661');

INSERT INTO etl.ref_icd10 (code) VALUES ('I662');

INSERT INTO etl.ref_icd10 (code) VALUES ('I663');

INSERT INTO etl.ref_icd10 (code) VALUES ('I664');

INSERT INTO etl.ref_icd10 (code) VALUES ('I668');

INSERT INTO etl.ref_icd10 (code) VALUES ('I669');

INSERT INTO etl.ref_icd10 (code) VALUES ('I67');

INSERT INTO etl.ref_icd10 (code) VALUES ('I670');

INSERT INTO etl.ref_icd10 (code) VALUES ('I671');

INSERT INTO etl.ref_icd10 (code) VALUES ('I672');

INSERT INTO etl.ref_icd10 (code) VALUES ('I673');

INSERT INTO etl.ref_icd10 (code) VALUES ('I674');

INSERT INTO etl.ref_icd10 (code) VALUES ('I675');

INSERT INTO etl.ref_icd10 (code) VALUES ('I676');

INSERT INTO etl.ref_icd10 (code) VALUES ('I677');

INSERT INTO etl.ref_icd10 (code) VALUES ('I678');

INSERT INTO etl.ref_icd10 (code) VALUES ('I679');

INSERT INTO etl.ref_icd10 (code) VALUES ('I68');

INSERT INTO etl.ref_icd10 (code) VALUES ('I680');

INSERT INTO etl.ref_icd10 (code) VALUES ('I681');

INSERT INTO etl.ref_icd10 (code) VALUES ('I682');

INSERT INTO etl.ref_icd10 (code) VALUES ('I688');

INSERT INTO etl.ref_icd10 (code) VALUES ('I69');

INSERT INTO etl.ref_icd10 (code) VALUES ('I690');

INSERT INTO etl.ref_icd10 (code) VALUES ('I691');

INSERT INTO etl.ref_icd10 (code) VALUES ('I692');

INSERT INTO etl.ref_icd10 (code) VALUES ('I693');

INSERT INTO etl.ref_icd10 (code) VALUES ('I694');

INSERT INTO etl.ref_icd10 (code) VALUES ('I698');

INSERT INTO etl.ref_icd10 (code) VALUES ('I70');

INSERT INTO etl.ref_icd10 (code) VALUES ('I700');

INSERT INTO etl.ref_icd10 (code) VALUES ('I701');

INSERT INTO etl.ref_icd10 (code) VALUES ('I702');

INSERT INTO etl.ref_icd10 (code) VALUES ('I708');

INSERT INTO etl.ref_icd10 (code) VALUES ('I709');

INSERT INTO etl.ref_icd10 (code) VALUES ('I71');

INSERT INTO etl.ref_icd10 (code) VALUES ('I710');

INSERT INTO etl.ref_icd10 (code) VALUES ('I711');

INSERT INTO etl.ref_icd10 (code) VALUES ('I712');

INSERT INTO etl.ref_icd10 (code) VALUES ('I713');

INSERT INTO etl.ref_icd10 (code) VALUES ('I714');

INSERT INTO etl.ref_icd10 (code) VALUES ('I715');

INSERT INTO etl.ref_icd10 (code) VALUES ('I716');

INSERT INTO etl.ref_icd10 (code) VALUES ('I718');

INSERT INTO etl.ref_icd10 (code) VALUES ('I719');

INSERT INTO etl.ref_icd10 (code) VALUES ('I72');

INSERT INTO etl.ref_icd10 (code) VALUES ('I720');

INSERT INTO etl.ref_icd10 (code) VALUES ('I721');

INSERT INTO etl.ref_icd10 (code) VALUES ('I722');

INSERT INTO etl.ref_icd10 (code) VALUES ('I723');

INSERT INTO etl.ref_icd10 (code) VALUES ('I724');

INSERT INTO etl.ref_icd10 (code) VALUES ('I725');

INSERT INTO etl.ref_icd10 (code) VALUES ('I726');

INSERT INTO etl.ref_icd10 (code) VALUES ('I728');

INSERT INTO etl.ref_icd10 (code) VALUES ('I729');

INSERT INTO etl.ref_icd10 (code) VALUES ('I73');

INSERT INTO etl.ref_icd10 (code) VALUES ('I730');

INSERT INTO etl.ref_icd10 (code) VALUES ('I731');

INSERT INTO etl.ref_icd10 (code) VALUES ('I738');

INSERT INTO etl.ref_icd10 (code) VALUES ('I739');

INSERT INTO etl.ref_icd10 (code) VALUES ('I74');

INSERT INTO etl.ref_icd10 (code) VALUES ('I740');

INSERT INTO etl.ref_icd10 (code) VALUES ('I741');

INSERT INTO etl.ref_icd10 (code) VALUES ('I742');

INSERT INTO etl.ref_icd10 (code) VALUES ('I743');

INSERT INTO etl.ref_icd10 (code) VALUES ('I744');

INSERT INTO etl.ref_icd10 (code) VALUES ('I745');

INSERT INTO etl.ref_icd10 (code) VALUES ('I748');

INSERT INTO etl.ref_icd10 (code) VALUES ('I749');

INSERT INTO etl.ref_icd10 (code) VALUES ('I77');

INSERT INTO etl.ref_icd10 (code) VALUES ('I770');

INSERT INTO etl.ref_icd10 (code) VALUES ('I771');

INSERT INTO etl.ref_icd10 (code) VALUES ('I772');

INSERT INTO etl.ref_icd10 (code) VALUES ('I773');

INSERT INTO etl.ref_icd10 (code) VALUES ('I774');

INSERT INTO etl.ref_icd10 (code) VALUES ('I775');

INSERT INTO etl.ref_icd10 (code) VALUES ('I776');

INSERT INTO etl.ref_icd10 (code) VALUES ('I778');

INSERT INTO etl.ref_icd10 (code) VALUES ('I779');

INSERT INTO etl.ref_icd10 (code) VALUES ('I78');

INSERT INTO etl.ref_icd10 (code) VALUES ('I780');

INSERT INTO etl.ref_icd10 (code) VALUES ('I781');

INSERT INTO etl.ref_icd10 (code) VALUES ('I788');

INSERT INTO etl.ref_icd10 (code) VALUES ('I789');

INSERT INTO etl.ref_icd10 (code) VALUES ('I79');

INSERT INTO etl.ref_icd10 (code) VALUES ('I790');

INSERT INTO etl.ref_icd10 (code) VALUES ('I791');

INSERT INTO etl.ref_icd10 (code) VALUES ('I792');

INSERT INTO etl.ref_icd10 (code) VALUES ('I798');

INSERT INTO etl.ref_icd10 (code) VALUES ('I80');

INSERT INTO etl.ref_icd10 (code) VALUES ('I800');

INSERT INTO etl.ref_icd10 (code) VALUES ('I801');

INSERT INTO etl.ref_icd10 (code) VALUES ('I802');

INSERT INTO etl.ref_icd10 (code) VALUES ('I803');

INSERT INTO etl.ref_icd10 (code) VALUES ('I808');

INSERT INTO etl.ref_icd10 (code) VALUES ('I809');

INSERT INTO etl.ref_icd10 (code) VALUES ('I81');

INSERT INTO etl.ref_icd10 (code) VALUES ('I82');

INSERT INTO etl.ref_icd10 (code) VALUES ('I820');

INSERT INTO etl.ref_icd10 (code) VALUES ('I821');

INSERT INTO etl.ref_icd10 (code) VALUES ('I822');

INSERT INTO etl.ref_icd10 (code) VALUES ('I823');

INSERT INTO etl.ref_icd10 (code) VALUES ('I828');

INSERT INTO etl.ref_icd10 (code) VALUES ('I829');

INSERT INTO etl.ref_icd10 (code) VALUES ('I83');

INSERT INTO etl.ref_icd10 (code) VALUES ('I830');

INSERT INTO etl.ref_icd10 (code) VALUES ('I831');

INSERT INTO etl.ref_icd10 (code) VALUES ('I832');

INSERT INTO etl.ref_icd10 (code) VALUES ('I839');

INSERT INTO etl.ref_icd10 (code) VALUES ('I85');

INSERT INTO etl.ref_icd10 (code) VALUES ('I850');

INSERT INTO etl.ref_icd10 (code) VALUES ('I859');

INSERT INTO etl.ref_icd10 (code) VALUES ('I86');

INSERT INTO etl.ref_icd10 (code) VALUES ('I860');

INSERT INTO etl.ref_icd10 (code) VALUES ('I861');

INSERT INTO etl.ref_icd10 (code) VALUES ('I862');

INSERT INTO etl.ref_icd10 (code) VALUES ('I863');

INSERT INTO etl.ref_icd10 (code) VALUES ('I864');

INSERT INTO etl.ref_icd10 (code) VALUES ('I868');

INSERT INTO etl.ref_icd10 (code) VALUES ('I87');

INSERT INTO etl.ref_icd10 (code) VALUES ('I870');

INSERT INTO etl.ref_icd10 (code) VALUES ('I871');

INSERT INTO etl.ref_icd10 (code) VALUES ('I872');

INSERT INTO etl.ref_icd10 (code) VALUES ('I878');

INSERT INTO etl.ref_icd10 (code) VALUES ('I879');

INSERT INTO etl.ref_icd10 (code) VALUES ('I88');

INSERT INTO etl.ref_icd10 (code) VALUES ('I880');

INSERT INTO etl.ref_icd10 (code) VALUES ('I881');

INSERT INTO etl.ref_icd10 (code) VALUES ('I888');

INSERT INTO etl.ref_icd10 (code) VALUES ('I889');

INSERT INTO etl.ref_icd10 (code) VALUES ('I89');

INSERT INTO etl.ref_icd10 (code) VALUES ('I890');

INSERT INTO etl.ref_icd10 (code) VALUES ('I891');

INSERT INTO etl.ref_icd10 (code) VALUES ('I898');

INSERT INTO etl.ref_icd10 (code) VALUES ('I899');

INSERT INTO etl.ref_icd10 (code) VALUES ('I95');

INSERT INTO etl.ref_icd10 (code) VALUES ('I950');

INSERT INTO etl.ref_icd10 (code) VALUES ('I951');

INSERT INTO etl.ref_icd10 (code) VALUES ('I952');

INSERT INTO etl.ref_icd10 (code) VALUES ('I958');

INSERT INTO etl.ref_icd10 (code) VALUES ('I959');

INSERT INTO etl.ref_icd10 (code) VALUES ('I97');

INSERT INTO etl.ref_icd10 (code) VALUES ('I970');

INSERT INTO etl.ref_icd10 (code) VALUES ('I971');

INSERT INTO etl.ref_icd10 (code) VALUES ('I972');

INSERT INTO etl.ref_icd10 (code) VALUES ('I978');

INSERT INTO etl.ref_icd10 (code) VALUES ('I979');

INSERT INTO etl.ref_icd10 (code) VALUES ('I98');

INSERT INTO etl.ref_icd10 (code) VALUES ('I980');

INSERT INTO etl.ref_icd10 (code) VALUES ('I981');

INSERT INTO etl.ref_icd10 (code) VALUES ('I982');

INSERT INTO etl.ref_icd10 (code) VALUES ('I983');

INSERT INTO etl.ref_icd10 (code) VALUES ('I988');

INSERT INTO etl.ref_icd10 (code) VALUES ('I99');

INSERT INTO etl.ref_icd10 (code) VALUES ('J00');

INSERT INTO etl.ref_icd10 (code) VALUES ('J01');

INSERT INTO etl.ref_icd10 (code) VALUES ('J010');

INSERT INTO etl.ref_icd10 (code) VALUES ('J011');

INSERT INTO etl.ref_icd10 (code) VALUES ('J012');

INSERT INTO etl.ref_icd10 (code) VALUES ('J013');

INSERT INTO etl.ref_icd10 (code) VALUES ('J014');

INSERT INTO etl.ref_icd10 (code) VALUES ('J018');

INSERT INTO etl.ref_icd10 (code) VALUES ('J019');

INSERT INTO etl.ref_icd10 (code) VALUES ('J02');

INSERT INTO etl.ref_icd10 (code) VALUES ('J020');

INSERT INTO etl.ref_icd10 (code) VALUES ('J028');

INSERT INTO etl.ref_icd10 (code) VALUES ('J029');

INSERT INTO etl.ref_icd10 (code) VALUES ('J03');

INSERT INTO etl.ref_icd10 (code) VALUES ('J030');

INSERT INTO etl.ref_icd10 (code) VALUES ('J038');

INSERT INTO etl.ref_icd10 (code) VALUES ('J039');

INSERT INTO etl.ref_icd10 (code) VALUES ('J04');

INSERT INTO etl.ref_icd10 (code) VALUES ('J040');

INSERT INTO etl.ref_icd10 (code) VALUES ('J041');

INSERT INTO etl.ref_icd10 (code) VALUES ('J042');

INSERT INTO etl.ref_icd10 (code) VALUES ('J05');

INSERT INTO etl.ref_icd10 (code) VALUES ('J050');

INSERT INTO etl.ref_icd10 (code) VALUES ('J051');

INSERT INTO etl.ref_icd10 (code) VALUES ('J06');

INSERT INTO etl.ref_icd10 (code) VALUES ('J060');

INSERT INTO etl.ref_icd10 (code) VALUES ('J068');

INSERT INTO etl.ref_icd10 (code) VALUES ('J069');

INSERT INTO etl.ref_icd10 (code) VALUES ('J09');

INSERT INTO etl.ref_icd10 (code) VALUES ('J10');

INSERT INTO etl.ref_icd10 (code) VALUES ('J100');

INSERT INTO etl.ref_icd10 (code) VALUES ('J101');

INSERT INTO etl.ref_icd10 (code) VALUES ('J108');

INSERT INTO etl.ref_icd10 (code) VALUES ('J11');

INSERT INTO etl.ref_icd10 (code) VALUES ('J110');

INSERT INTO etl.ref_icd10 (code) VALUES ('J111');

INSERT INTO etl.ref_icd10 (code) VALUES ('J118');

INSERT INTO etl.ref_icd10 (code) VALUES ('J12');

INSERT INTO etl.ref_icd10 (code) VALUES ('J120');

INSERT INTO etl.ref_icd10 (code) VALUES ('J121');

INSERT INTO etl.ref_icd10 (code) VALUES ('J122');

INSERT INTO etl.ref_icd10 (code) VALUES ('J123');

INSERT INTO etl.ref_icd10 (code) VALUES ('J128');

INSERT INTO etl.ref_icd10 (code) VALUES ('J129');

INSERT INTO etl.ref_icd10 (code) VALUES ('J13');

INSERT INTO etl.ref_icd10 (code) VALUES ('J14');

INSERT INTO etl.ref_icd10 (code) VALUES ('J15');

INSERT INTO etl.ref_icd10 (code) VALUES ('J150');

INSERT INTO etl.ref_icd10 (code) VALUES ('J151');

INSERT INTO etl.ref_icd10 (code) VALUES ('J152');

INSERT INTO etl.ref_icd10 (code) VALUES ('J153');

INSERT INTO etl.ref_icd10 (code) VALUES ('J154');

INSERT INTO etl.ref_icd10 (code) VALUES ('J155');

INSERT INTO etl.ref_icd10 (code) VALUES ('J156');

INSERT INTO etl.ref_icd10 (code) VALUES ('J157');

INSERT INTO etl.ref_icd10 (code) VALUES ('J158');

INSERT INTO etl.ref_icd10 (code) VALUES ('J159');

INSERT INTO etl.ref_icd10 (code) VALUES ('J16');

INSERT INTO etl.ref_icd10 (code) VALUES ('J160');

INSERT INTO etl.ref_icd10 (code) VALUES ('J168');

INSERT INTO etl.ref_icd10 (code) VALUES ('J17');

INSERT INTO etl.ref_icd10 (code) VALUES ('J170');

INSERT INTO etl.ref_icd10 (code) VALUES ('J171');

INSERT INTO etl.ref_icd10 (code) VALUES ('J172');

INSERT INTO etl.ref_icd10 (code) VALUES ('J173');

INSERT INTO etl.ref_icd10 (code) VALUES ('J178');

INSERT INTO etl.ref_icd10 (code) VALUES ('J18');

INSERT INTO etl.ref_icd10 (code) VALUES ('J180');

INSERT INTO etl.ref_icd10 (code) VALUES ('J181');

INSERT INTO etl.ref_icd10 (code) VALUES ('J182');

INSERT INTO etl.ref_icd10 (code) VALUES ('J188');

INSERT INTO etl.ref_icd10 (code) VALUES ('J189');

INSERT INTO etl.ref_icd10 (code) VALUES ('J20');

INSERT INTO etl.ref_icd10 (code) VALUES ('J200');

INSERT INTO etl.ref_icd10 (code) VALUES ('J201');

INSERT INTO etl.ref_icd10 (code) VALUES ('J202');

INSERT INTO etl.ref_icd10 (code) VALUES ('J203');

INSERT INTO etl.ref_icd10 (code) VALUES ('J204');

INSERT INTO etl.ref_icd10 (code) VALUES ('J205');

INSERT INTO etl.ref_icd10 (code) VALUES ('J206');

INSERT INTO etl.ref_icd10 (code) VALUES ('J207');

INSERT INTO etl.ref_icd10 (code) VALUES ('J208');

INSERT INTO etl.ref_icd10 (code) VALUES ('J209');

INSERT INTO etl.ref_icd10 (code) VALUES ('J21');

INSERT INTO etl.ref_icd10 (code) VALUES ('J210');

INSERT INTO etl.ref_icd10 (code) VALUES ('J211');

INSERT INTO etl.ref_icd10 (code) VALUES ('J218');

INSERT INTO etl.ref_icd10 (code) VALUES ('J219');

INSERT INTO etl.ref_icd10 (code) VALUES ('J22');

INSERT INTO etl.ref_icd10 (code) VALUES ('J30');

INSERT INTO etl.ref_icd10 (code) VALUES ('J300');

INSERT INTO etl.ref_icd10 (code) VALUES ('J301');

INSERT INTO etl.ref_icd10 (code) VALUES ('J302');

INSERT INTO etl.ref_icd10 (code) VALUES ('J303');

INSERT INTO etl.ref_icd10 (code) VALUES ('J304');

INSERT INTO etl.ref_icd10 (code) VALUES ('J31');

INSERT INTO etl.ref_icd10 (code) VALUES ('J310');

INSERT INTO etl.ref_icd10 (code) VALUES ('J311');

INSERT INTO etl.ref_icd10 (code) VALUES ('J312');

INSERT INTO etl.ref_icd10 (code) VALUES ('J32');

INSERT INTO etl.ref_icd10 (code) VALUES ('J320');

INSERT INTO etl.ref_icd10 (code) VALUES ('J321');

INSERT INTO etl.ref_icd10 (code) VALUES ('J322');

INSERT INTO etl.ref_icd10 (code) VALUES ('J323');

INSERT INTO etl.ref_icd10 (code) VALUES ('J324');

INSERT INTO etl.ref_icd10 (code) VALUES ('J328');

INSERT INTO etl.ref_icd10 (code) VALUES ('J329');

INSERT INTO etl.ref_icd10 (code) VALUES ('J33');

INSERT INTO etl.ref_icd10 (code) VALUES ('J330');

INSERT INTO etl.ref_icd10 (code) VALUES ('J331');

INSERT INTO etl.ref_icd10 (code) VALUES ('J338');

INSERT INTO etl.ref_icd10 (code) VALUES ('J339');

INSERT INTO etl.ref_icd10 (code) VALUES ('J34');

INSERT INTO etl.ref_icd10 (code) VALUES ('J340');

INSERT INTO etl.ref_icd10 (code) VALUES ('J341');

INSERT INTO etl.ref_icd10 (code) VALUES ('J342');

INSERT INTO etl.ref_icd10 (code) VALUES ('J343');

INSERT INTO etl.ref_icd10 (code) VALUES ('J348');

INSERT INTO etl.ref_icd10 (code) VALUES ('J35');

INSERT INTO etl.ref_icd10 (code) VALUES ('J350');

INSERT INTO etl.ref_icd10 (code) VALUES ('J351');

INSERT INTO etl.ref_icd10 (code) VALUES ('J352');

INSERT INTO etl.ref_icd10 (code) VALUES ('J353');

INSERT INTO etl.ref_icd10 (code) VALUES ('J358');

INSERT INTO etl.ref_icd10 (code) VALUES ('J359');

INSERT INTO etl.ref_icd10 (code) VALUES ('J36');

INSERT INTO etl.ref_icd10 (code) VALUES ('J37');

INSERT INTO etl.ref_icd10 (code) VALUES ('J370');

INSERT INTO etl.ref_icd10 (code) VALUES ('J371');

INSERT INTO etl.ref_icd10 (code) VALUES ('J38');

INSERT INTO etl.ref_icd10 (code) VALUES ('J380');

INSERT INTO etl.ref_icd10 (code) VALUES ('J381');

INSERT INTO etl.ref_icd10 (code) VALUES ('J382');

INSERT INTO etl.ref_icd10 (code) VALUES ('J383');

INSERT INTO etl.ref_icd10 (code) VALUES ('J384');

INSERT INTO etl.ref_icd10 (code) VALUES ('J385');

INSERT INTO etl.ref_icd10 (code) VALUES ('J386');

INSERT INTO etl.ref_icd10 (code) VALUES ('J387');

INSERT INTO etl.ref_icd10 (code) VALUES ('J39');

INSERT INTO etl.ref_icd10 (code) VALUES ('J390');

INSERT INTO etl.ref_icd10 (code) VALUES ('J391');

INSERT INTO etl.ref_icd10 (code) VALUES ('J392');

INSERT INTO etl.ref_icd10 (code) VALUES ('J393');

INSERT INTO etl.ref_icd10 (code) VALUES ('J398');

INSERT INTO etl.ref_icd10 (code) VALUES ('J399');

INSERT INTO etl.ref_icd10 (code) VALUES ('J40');

INSERT INTO etl.ref_icd10 (code) VALUES ('J41');

INSERT INTO etl.ref_icd10 (code) VALUES ('J410');

INSERT INTO etl.ref_icd10 (code) VALUES ('J411');

INSERT INTO etl.ref_icd10 (code) VALUES ('J418');

INSERT INTO etl.ref_icd10 (code) VALUES ('J42');

INSERT INTO etl.ref_icd10 (code) VALUES ('J43');

INSERT INTO etl.ref_icd10 (code) VALUES ('J430');

INSERT INTO etl.ref_icd10 (code) VALUES ('J431');

INSERT INTO etl.ref_icd10 (code) VALUES ('J432');

INSERT INTO etl.ref_icd10 (code) VALUES ('J438');

INSERT INTO etl.ref_icd10 (code) VALUES ('J439');

INSERT INTO etl.ref_icd10 (code) VALUES ('J44');

INSERT INTO etl.ref_icd10 (code) VALUES ('J440');

INSERT INTO etl.ref_icd10 (code) VALUES ('J441');

INSERT INTO etl.ref_icd10 (code) VALUES ('J448');

INSERT INTO etl.ref_icd10 (code) VALUES ('J449');

INSERT INTO etl.ref_icd10 (code) VALUES ('J45');

INSERT INTO etl.ref_icd10 (code) VALUES ('J450');

INSERT INTO etl.ref_icd10 (code) VALUES ('J451');

INSERT INTO etl.ref_icd10 (code) VALUES ('J458');

INSERT INTO etl.ref_icd10 (code) VALUES ('J459');

INSERT INTO etl.ref_icd10 (code) VALUES ('J46');

INSERT INTO etl.ref_icd10 (code) VALUES ('J47');

INSERT INTO etl.ref_icd10 (code) VALUES ('J60');

INSERT INTO etl.ref_icd10 (code) VALUES ('J61');

INSERT INTO etl.ref_icd10 (code) VALUES ('J62');

INSERT INTO etl.ref_icd10 (code) VALUES ('J620');

INSERT INTO etl.ref_icd10 (code) VALUES ('J628');

INSERT INTO etl.ref_icd10 (code) VALUES ('J63');

INSERT INTO etl.ref_icd10 (code) VALUES ('J630');

INSERT INTO etl.ref_icd10 (code) VALUES ('J631');

INSERT INTO etl.ref_icd10 (code) VALUES ('J632');

INSERT INTO etl.ref_icd10 (code) VALUES ('J633');

INSERT INTO etl.ref_icd10 (code) VALUES ('J634');

INSERT INTO etl.ref_icd10 (code) VALUES ('J635');

INSERT INTO etl.ref_icd10 (code) VALUES ('J638');

INSERT INTO etl.ref_icd10 (code) VALUES ('J64');

INSERT INTO etl.ref_icd10 (code) VALUES ('J65');

INSERT INTO etl.ref_icd10 (code) VALUES ('J66');

INSERT INTO etl.ref_icd10 (code) VALUES ('J660');

INSERT INTO etl.ref_icd10 (code) VALUES ('J661');

INSERT INTO etl.ref_icd10 (code) VALUES ('J662');

INSERT INTO etl.ref_icd10 (code) VALUES ('J668');

INSERT INTO etl.ref_icd10 (code) VALUES ('J67');

INSERT INTO etl.ref_icd10 (code) VALUES ('J670');

INSERT INTO etl.ref_icd10 (code) VALUES ('J671');

INSERT INTO etl.ref_icd10 (code) VALUES ('J672');

INSERT INTO etl.ref_icd10 (code) VALUES ('J673');

INSERT INTO etl.ref_icd10 (code) VALUES ('J674');

INSERT INTO etl.ref_icd10 (code) VALUES ('J675');

INSERT INTO etl.ref_icd10 (code) VALUES ('J676');

INSERT INTO etl.ref_icd10 (code) VALUES ('J677');

INSERT INTO etl.ref_icd10 (code) VALUES ('J678');

INSERT INTO etl.ref_icd10 (code) VALUES ('J679');

INSERT INTO etl.ref_icd10 (code) VALUES ('J68');

INSERT INTO etl.ref_icd10 (code) VALUES ('J680');

INSERT INTO etl.ref_icd10 (code) VALUES ('J681');

INSERT INTO etl.ref_icd10 (code) VALUES ('J682');

INSERT INTO etl.ref_icd10 (code) VALUES ('J683');

INSERT INTO etl.ref_icd10 (code) VALUES ('J684');

INSERT INTO etl.ref_icd10 (code) VALUES ('J688');

INSERT INTO etl.ref_icd10 (code) VALUES ('J689');

INSERT INTO etl.ref_icd10 (code) VALUES ('J69');

INSERT INTO etl.ref_icd10 (code) VALUES ('J690');

INSERT INTO etl.ref_icd10 (code) VALUES ('J691');

INSERT INTO etl.ref_icd10 (code) VALUES ('J698');

INSERT INTO etl.ref_icd10 (code) VALUES ('J70');

INSERT INTO etl.ref_icd10 (code) VALUES ('J700');

INSERT INTO etl.ref_icd10 (code) VALUES ('J701');

INSERT INTO etl.ref_icd10 (code) VALUES ('J702');

INSERT INTO etl.ref_icd10 (code) VALUES ('J703');

INSERT INTO etl.ref_icd10 (code) VALUES ('J704');

INSERT INTO etl.ref_icd10 (code) VALUES ('J708');

INSERT INTO etl.ref_icd10 (code) VALUES ('J709');

INSERT INTO etl.ref_icd10 (code) VALUES ('J80');

INSERT INTO etl.ref_icd10 (code) VALUES ('J81');

INSERT INTO etl.ref_icd10 (code) VALUES ('J82');

INSERT INTO etl.ref_icd10 (code) VALUES ('J84');

INSERT INTO etl.ref_icd10 (code) VALUES ('J840');

INSERT INTO etl.ref_icd10 (code) VALUES ('J841');

INSERT INTO etl.ref_icd10 (code) VALUES ('J848');

INSERT INTO etl.ref_icd10 (code) VALUES ('J849');

INSERT INTO etl.ref_icd10 (code) VALUES ('J85');

INSERT INTO etl.ref_icd10 (code) VALUES ('J850');

INSERT INTO etl.ref_icd10 (code) VALUES ('J851');

INSERT INTO etl.ref_icd10 (code) VALUES ('J852');

INSERT INTO etl.ref_icd10 (code) VALUES ('J853');

INSERT INTO etl.ref_icd10 (code) VALUES ('J86');

INSERT INTO etl.ref_icd10 (code) VALUES ('J860');

INSERT INTO etl.ref_icd10 (code) VALUES ('J869');

INSERT INTO etl.ref_icd10 (code) VALUES ('J90');

INSERT INTO etl.ref_icd10 (code) VALUES ('J91');

INSERT INTO etl.ref_icd10 (code) VALUES ('J92');

INSERT INTO etl.ref_icd10 (code) VALUES ('J920');

INSERT INTO etl.ref_icd10 (code) VALUES ('J929');

INSERT INTO etl.ref_icd10 (code) VALUES ('J93');

INSERT INTO etl.ref_icd10 (code) VALUES ('J930');

INSERT INTO etl.ref_icd10 (code) VALUES ('J931');

INSERT INTO etl.ref_icd10 (code) VALUES ('J938');

INSERT INTO etl.ref_icd10 (code) VALUES ('J939');

INSERT INTO etl.ref_icd10 (code) VALUES ('J94');

INSERT INTO etl.ref_icd10 (code) VALUES ('J940');

INSERT INTO etl.ref_icd10 (code) VALUES ('J941');

INSERT INTO etl.ref_icd10 (code) VALUES ('J942');

INSERT INTO etl.ref_icd10 (code) VALUES ('J948');

INSERT INTO etl.ref_icd10 (code) VALUES ('J949');

INSERT INTO etl.ref_icd10 (code) VALUES ('J95');

INSERT INTO etl.ref_icd10 (code) VALUES ('J950');

INSERT INTO etl.ref_icd10 (code) VALUES ('J951');

INSERT INTO etl.ref_icd10 (code) VALUES ('J952');

INSERT INTO etl.ref_icd10 (code) VALUES ('J953');

INSERT INTO etl.ref_icd10 (code) VALUES ('J954');

INSERT INTO etl.ref_icd10 (code) VALUES ('J955');

INSERT INTO etl.ref_icd10 (code) VALUES ('J958');

INSERT INTO etl.ref_icd10 (code) VALUES ('J959');

INSERT INTO etl.ref_icd10 (code) VALUES ('J96');

INSERT INTO etl.ref_icd10 (code) VALUES ('J960');

INSERT INTO etl.ref_icd10 (code) VALUES ('J961');

INSERT INTO etl.ref_icd10 (code) VALUES ('J969');

INSERT INTO etl.ref_icd10 (code) VALUES ('J98');

INSERT INTO etl.ref_icd10 (code) VALUES ('J980');

INSERT INTO etl.ref_icd10 (code) VALUES ('J981');

INSERT INTO etl.ref_icd10 (code) VALUES ('J982');

INSERT INTO etl.ref_icd10 (code) VALUES ('J983');

INSERT INTO etl.ref_icd10 (code) VALUES ('J984');

INSERT INTO etl.ref_icd10 (code) VALUES ('J985');

INSERT INTO etl.ref_icd10 (code) VALUES ('J986');

INSERT INTO etl.ref_icd10 (code) VALUES ('J987');

INSERT INTO etl.ref_icd10 (code) VALUES ('J988');

INSERT INTO etl.ref_icd10 (code) VALUES ('J989');

INSERT INTO etl.ref_icd10 (code) VALUES ('J99');

INSERT INTO etl.ref_icd10 (code) VALUES ('J990');

INSERT INTO etl.ref_icd10 (code) VALUES ('J991');

INSERT INTO etl.ref_icd10 (code) VALUES ('J998');

INSERT INTO etl.ref_icd10 (code) VALUES ('K00');

INSERT INTO etl.ref_icd10 (code) VALUES ('K000');

INSERT INTO etl.ref_icd10 (code) VALUES ('K001');

INSERT INTO etl.ref_icd10 (code) VALUES ('K002');

INSERT INTO etl.ref_icd10 (code) VALUES ('K003');

INSERT INTO etl.ref_icd10 (code) VALUES ('K004');

INSERT INTO etl.ref_icd10 (code) VALUES ('K005');

INSERT INTO etl.ref_icd10 (code) VALUES ('K006');

INSERT INTO etl.ref_icd10 (code) VALUES ('K007');

INSERT INTO etl.ref_icd10 (code) VALUES ('K008');

INSERT INTO etl.ref_icd10 (code) VALUES ('K009');

INSERT INTO etl.ref_icd10 (code) VALUES ('K01');

INSERT INTO etl.ref_icd10 (code) VALUES ('K010');

INSERT INTO etl.ref_icd10 (code) VALUES ('K011');

INSERT INTO etl.ref_icd10 (code) VALUES ('K02');

INSERT INTO etl.ref_icd10 (code) VALUES ('K020');

INSERT INTO etl.ref_icd10 (code) VALUES ('K021');

INSERT INTO etl.ref_icd10 (code) VALUES ('K022');

INSERT INTO etl.ref_icd10 (code) VALUES ('K023');

INSERT INTO etl.ref_icd10 (code) VALUES ('K024');

INSERT INTO etl.ref_icd10 (code) VALUES ('K025');

INSERT INTO etl.ref_icd10 (code) VALUES ('K028');

INSERT INTO etl.ref_icd10 (code) VALUES ('K029');

INSERT INTO etl.ref_icd10 (code) VALUES ('K03');

INSERT INTO etl.ref_icd10 (code) VALUES ('K030');

INSERT INTO etl.ref_icd10 (code) VALUES ('K031');

INSERT INTO etl.ref_icd10 (code) VALUES ('K032');

INSERT INTO etl.ref_icd10 (code) VALUES ('K033');

INSERT INTO etl.ref_icd10 (code) VALUES ('K034');

INSERT INTO etl.ref_icd10 (code) VALUES ('K035');

INSERT INTO etl.ref_icd10 (code) VALUES ('K036');

INSERT INTO etl.ref_icd10 (code) VALUES ('K037');

INSERT INTO etl.ref_icd10 (code) VALUES ('K038');

INSERT INTO etl.ref_icd10 (code) VALUES ('K039');

INSERT INTO etl.ref_icd10 (code) VALUES ('K04');

INSERT INTO etl.ref_icd10 (code) VALUES ('K040');

INSERT INTO etl.ref_icd10 (code) VALUES ('K041');

INSERT INTO etl.ref_icd10 (code) VALUES ('K042');

INSERT INTO etl.ref_icd10 (code) VALUES ('K043');

INSERT INTO etl.ref_icd10 (code) VALUES ('K044');

INSERT INTO etl.ref_icd10 (code) VALUES ('K045');

INSERT INTO etl.ref_icd10 (code) VALUES ('K046');

INSERT INTO etl.ref_icd10 (code) VALUES ('K047');

INSERT INTO etl.ref_icd10 (code) VALUES ('K048');

INSERT INTO etl.ref_icd10 (code) VALUES ('K049');

INSERT INTO etl.ref_icd10 (code) VALUES ('K05');

INSERT INTO etl.ref_icd10 (code) VALUES ('K050');

INSERT INTO etl.ref_icd10 (code) VALUES ('K051');

INSERT INTO etl.ref_icd10 (code) VALUES ('K052');

INSERT INTO etl.ref_icd10 (code) VALUES ('K053');

INSERT INTO etl.ref_icd10 (code) VALUES ('K054');

INSERT INTO etl.ref_icd10 (code) VALUES ('K055');

INSERT INTO etl.ref_icd10 (code) VALUES ('K056');

INSERT INTO etl.ref_icd10 (code) VALUES ('K06');

INSERT INTO etl.ref_icd10 (code) VALUES ('K060');

INSERT INTO etl.ref_icd10 (code) VALUES ('K061');

INSERT INTO etl.ref_icd10 (code) VALUES ('K062');

INSERT INTO etl.ref_icd10 (code) VALUES ('K068');

INSERT INTO etl.ref_icd10 (code) VALUES ('K069');

INSERT INTO etl.ref_icd10 (code) VALUES ('K07');

INSERT INTO etl.ref_icd10 (code) VALUES ('K070');

INSERT INTO etl.ref_icd10 (code) VALUES ('K071');

INSERT INTO etl.ref_icd10 (code) VALUES ('K072');

INSERT INTO etl.ref_icd10 (code) VALUES ('K073');

INSERT INTO etl.ref_icd10 (code) VALUES ('K074');

INSERT INTO etl.ref_icd10 (code) VALUES ('K075');

INSERT INTO etl.ref_icd10 (code) VALUES ('K076');

INSERT INTO etl.ref_icd10 (code) VALUES ('K078');

INSERT INTO etl.ref_icd10 (code) VALUES ('K079');

INSERT INTO etl.ref_icd10 (code) VALUES ('K08');

INSERT INTO etl.ref_icd10 (code) VALUES ('K080');

INSERT INTO etl.ref_icd10 (code) VALUES ('K081');

INSERT INTO etl.ref_icd10 (code) VALUES ('K082');

INSERT INTO etl.ref_icd10 (code) VALUES ('K083');

INSERT INTO etl.ref_icd10 (code) VALUES ('K088');

INSERT INTO etl.ref_icd10 (code) VALUES ('K089');

INSERT INTO etl.ref_icd10 (code) VALUES ('K09');

INSERT INTO etl.ref_icd10 (code) VALUES ('K090');

INSERT INTO etl.ref_icd10 (code) VALUES ('K091');

INSERT INTO etl.ref_icd10 (code) VALUES ('K092');

INSERT INTO etl.ref_icd10 (code) VALUES ('K098');

INSERT INTO etl.ref_icd10 (code) VALUES ('K099');

INSERT INTO etl.ref_icd10 (code) VALUES ('K10');

INSERT INTO etl.ref_icd10 (code) VALUES ('K100');

INSERT INTO etl.ref_icd10 (code) VALUES ('K101');

INSERT INTO etl.ref_icd10 (code) VALUES ('K102');

INSERT INTO etl.ref_icd10 (code) VALUES ('K103');

INSERT INTO etl.ref_icd10 (code) VALUES ('K108');

INSERT INTO etl.ref_icd10 (code) VALUES ('K109');

INSERT INTO etl.ref_icd10 (code) VALUES ('K11');

INSERT INTO etl.ref_icd10 (code) VALUES ('K110');

INSERT INTO etl.ref_icd10 (code) VALUES ('K111');

INSERT INTO etl.ref_icd10 (code) VALUES ('K112');

INSERT INTO etl.ref_icd10 (code) VALUES ('K113');

INSERT INTO etl.ref_icd10 (code) VALUES ('K114');

INSERT INTO etl.ref_icd10 (code) VALUES ('K115');

INSERT INTO etl.ref_icd10 (code) VALUES ('K116');

INSERT INTO etl.ref_icd10 (code) VALUES ('K117');

INSERT INTO etl.ref_icd10 (code) VALUES ('K118');

INSERT INTO etl.ref_icd10 (code) VALUES ('K119');

INSERT INTO etl.ref_icd10 (code) VALUES ('K12');

INSERT INTO etl.ref_icd10 (code) VALUES ('K120');

INSERT INTO etl.ref_icd10 (code) VALUES ('K121');

INSERT INTO etl.ref_icd10 (code) VALUES ('K122');

INSERT INTO etl.ref_icd10 (code) VALUES ('K123');

INSERT INTO etl.ref_icd10 (code) VALUES ('K13');

INSERT INTO etl.ref_icd10 (code) VALUES ('K130');

INSERT INTO etl.ref_icd10 (code) VALUES ('K131');

INSERT INTO etl.ref_icd10 (code) VALUES ('K132');

INSERT INTO etl.ref_icd10 (code) VALUES ('K133');

INSERT INTO etl.ref_icd10 (code) VALUES ('K134');

INSERT INTO etl.ref_icd10 (code) VALUES ('K135');

INSERT INTO etl.ref_icd10 (code) VALUES ('K136');

INSERT INTO etl.ref_icd10 (code) VALUES ('K137');

INSERT INTO etl.ref_icd10 (code) VALUES ('K14');

INSERT INTO etl.ref_icd10 (code) VALUES ('K140');

INSERT INTO etl.ref_icd10 (code) VALUES ('K141');

INSERT INTO etl.ref_icd10 (code) VALUES ('K142');

INSERT INTO etl.ref_icd10 (code) VALUES ('K143');

INSERT INTO etl.ref_icd10 (code) VALUES ('K144');

INSERT INTO etl.ref_icd10 (code) VALUES ('K145');

INSERT INTO etl.ref_icd10 (code) VALUES ('K146');

INSERT INTO etl.ref_icd10 (code) VALUES ('K148');

INSERT INTO etl.ref_icd10 (code) VALUES ('K149');

INSERT INTO etl.ref_icd10 (code) VALUES ('K20');

INSERT INTO etl.ref_icd10 (code) VALUES ('K21');

INSERT INTO etl.ref_icd10 (code) VALUES ('K210');

INSERT INTO etl.ref_icd10 (code) VALUES ('K219');

INSERT INTO etl.ref_icd10 (code) VALUES ('K22');

INSERT INTO etl.ref_icd10 (code) VALUES ('K220');

INSERT INTO etl.ref_icd10 (code) VALUES ('K221');

INSERT INTO etl.ref_icd10 (code) VALUES ('K222');

INSERT INTO etl.ref_icd10 (code) VALUES ('K223');

INSERT INTO etl.ref_icd10 (code) VALUES ('K224');

INSERT INTO etl.ref_icd10 (code) VALUES ('K225');

INSERT INTO etl.ref_icd10 (code) VALUES ('K226');

INSERT INTO etl.ref_icd10 (code) VALUES ('K227');

INSERT INTO etl.ref_icd10 (code) VALUES ('K228');

INSERT INTO etl.ref_icd10 (code) VALUES ('K229');

INSERT INTO etl.ref_icd10 (code) VALUES ('K23');

INSERT INTO etl.ref_icd10 (code) VALUES ('K230');

INSERT INTO etl.ref_icd10 (code) VALUES ('K231');

INSERT INTO etl.ref_icd10 (code) VALUES ('K238');

INSERT INTO etl.ref_icd10 (code) VALUES ('K25');

INSERT INTO etl.ref_icd10 (code) VALUES ('K250');

INSERT INTO etl.ref_icd10 (code) VALUES ('K251');

INSERT INTO etl.ref_icd10 (code) VALUES ('K252');

INSERT INTO etl.ref_icd10 (code) VALUES ('K253');

INSERT INTO etl.ref_icd10 (code) VALUES ('K254');

INSERT INTO etl.ref_icd10 (code) VALUES ('K255');

INSERT INTO etl.ref_icd10 (code) VALUES ('K256');

INSERT INTO etl.ref_icd10 (code) VALUES ('K257');

INSERT INTO etl.ref_icd10 (code) VALUES ('K259');

INSERT INTO etl.ref_icd10 (code) VALUES ('K26');

INSERT INTO etl.ref_icd10 (code) VALUES ('K260');

INSERT INTO etl.ref_icd10 (code) VALUES ('K261');

INSERT INTO etl.ref_icd10 (code) VALUES ('K262');

INSERT INTO etl.ref_icd10 (code) VALUES ('K263');

INSERT INTO etl.ref_icd10 (code) VALUES ('K264');

INSERT INTO etl.ref_icd10 (code) VALUES ('K265');

INSERT INTO etl.ref_icd10 (code) VALUES ('K266');

INSERT INTO etl.ref_icd10 (code) VALUES ('K267');

INSERT INTO etl.ref_icd10 (code) VALUES ('K269');

INSERT INTO etl.ref_icd10 (code) VALUES ('K27');

INSERT INTO etl.ref_icd10 (code) VALUES ('K270');

INSERT INTO etl.ref_icd10 (code) VALUES ('K271');

INSERT INTO etl.ref_icd10 (code) VALUES ('K272');

INSERT INTO etl.ref_icd10 (code) VALUES ('K273');

INSERT INTO etl.ref_icd10 (code) VALUES ('K274');

INSERT INTO etl.ref_icd10 (code) VALUES ('K275');

INSERT INTO etl.ref_icd10 (code) VALUES ('K276');

INSERT INTO etl.ref_icd10 (code) VALUES ('K277');

INSERT INTO etl.ref_icd10 (code) VALUES ('K279');

INSERT INTO etl.ref_icd10 (code) VALUES ('K28');

INSERT INTO etl.ref_icd10 (code) VALUES ('K280');

INSERT INTO etl.ref_icd10 (code) VALUES ('K281');

INSERT INTO etl.ref_icd10 (code) VALUES ('K282');

INSERT INTO etl.ref_icd10 (code) VALUES ('K283');

INSERT INTO etl.ref_icd10 (code) VALUES ('K284');

INSERT INTO etl.ref_icd10 (code) VALUES ('K285');

INSERT INTO etl.ref_icd10 (code) VALUES ('K286');

INSERT INTO etl.ref_icd10 (code) VALUES ('K287');

INSERT INTO etl.ref_icd10 (code) VALUES ('K289');

INSERT INTO etl.ref_icd10 (code) VALUES ('K29');

INSERT INTO etl.ref_icd10 (code) VALUES ('K290');

INSERT INTO etl.ref_icd10 (code) VALUES ('K291');

INSERT INTO etl.ref_icd10 (code) VALUES ('K292');

INSERT INTO etl.ref_icd10 (code) VALUES ('K293');

INSERT INTO etl.ref_icd10 (code) VALUES ('K294');

INSERT INTO etl.ref_icd10 (code) VALUES ('K295');

INSERT INTO etl.ref_icd10 (code) VALUES ('K296');

INSERT INTO etl.ref_icd10 (code) VALUES ('K297');

INSERT INTO etl.ref_icd10 (code) VALUES ('K298');

INSERT INTO etl.ref_icd10 (code) VALUES ('K299');

INSERT INTO etl.ref_icd10 (code) VALUES ('K30');

INSERT INTO etl.ref_icd10 (code) VALUES ('K31');

INSERT INTO etl.ref_icd10 (code) VALUES ('K310');

INSERT INTO etl.ref_icd10 (code) VALUES ('K311');

INSERT INTO etl.ref_icd10 (code) VALUES ('K312');

INSERT INTO etl.ref_icd10 (code) VALUES ('K313');

INSERT INTO etl.ref_icd10 (code) VALUES ('K314');

INSERT INTO etl.ref_icd10 (code) VALUES ('K315');

INSERT INTO etl.ref_icd10 (code) VALUES ('K316');

INSERT INTO etl.ref_icd10 (code) VALUES ('K317');

INSERT INTO etl.ref_icd10 (code) VALUES ('K318');

INSERT INTO etl.ref_icd10 (code) VALUES ('K319');

INSERT INTO etl.ref_icd10 (code) VALUES ('K35');

INSERT INTO etl.ref_icd10 (code) VALUES ('K352');

INSERT INTO etl.ref_icd10 (code) VALUES ('K353');

INSERT INTO etl.ref_icd10 (code) VALUES ('K358');

INSERT INTO etl.ref_icd10 (code) VALUES ('K36');

INSERT INTO etl.ref_icd10 (code) VALUES ('K37');

INSERT INTO etl.ref_icd10 (code) VALUES ('K38');

INSERT INTO etl.ref_icd10 (code) VALUES ('K380');

INSERT INTO etl.ref_icd10 (code) VALUES ('K381');

INSERT INTO etl.ref_icd10 (code) VALUES ('K382');

INSERT INTO etl.ref_icd10 (code) VALUES ('K383');

INSERT INTO etl.ref_icd10 (code) VALUES ('K388');

INSERT INTO etl.ref_icd10 (code) VALUES ('K389');

INSERT INTO etl.ref_icd10 (code) VALUES ('K40');

INSERT INTO etl.ref_icd10 (code) VALUES ('K400');

INSERT INTO etl.ref_icd10 (code) VALUES ('K401');

INSERT INTO etl.ref_icd10 (code) VALUES ('K402');

INSERT INTO etl.ref_icd10 (code) VALUES ('K403');

INSERT INTO etl.ref_icd10 (code) VALUES ('K404');

INSERT INTO etl.ref_icd10 (code) VALUES ('K409');

INSERT INTO etl.ref_icd10 (code) VALUES ('K41');

INSERT INTO etl.ref_icd10 (code) VALUES ('K410');

INSERT INTO etl.ref_icd10 (code) VALUES ('K411');

INSERT INTO etl.ref_icd10 (code) VALUES ('K412');

INSERT INTO etl.ref_icd10 (code) VALUES ('K413');

INSERT INTO etl.ref_icd10 (code) VALUES ('K414');

INSERT INTO etl.ref_icd10 (code) VALUES ('K419');

INSERT INTO etl.ref_icd10 (code) VALUES ('K42');

INSERT INTO etl.ref_icd10 (code) VALUES ('K420');

INSERT INTO etl.ref_icd10 (code) VALUES ('K421');

INSERT INTO etl.ref_icd10 (code) VALUES ('K429');

INSERT INTO etl.ref_icd10 (code) VALUES ('K43');

INSERT INTO etl.ref_icd10 (code) VALUES ('K430');

INSERT INTO etl.ref_icd10 (code) VALUES ('K431');

INSERT INTO etl.ref_icd10 (code) VALUES ('K432');

INSERT INTO etl.ref_icd10 (code) VALUES ('K433');

INSERT INTO etl.ref_icd10 (code) VALUES ('K434');

INSERT INTO etl.ref_icd10 (code) VALUES ('K435');

INSERT INTO etl.ref_icd10 (code) VALUES ('K436');

INSERT INTO etl.ref_icd10 (code) VALUES ('K437');

INSERT INTO etl.ref_icd10 (code) VALUES ('K439');

INSERT INTO etl.ref_icd10 (code) VALUES ('K44');

INSERT INTO etl.ref_icd10 (code) VALUES ('K440');

INSERT INTO etl.ref_icd10 (code) VALUES ('K441');

INSERT INTO etl.ref_icd10 (code) VALUES ('K449');

INSERT INTO etl.ref_icd10 (code) VALUES ('K45');

INSERT INTO etl.ref_icd10 (code) VALUES ('K450');

INSERT INTO etl.ref_icd10 (code) VALUES ('K451');

INSERT INTO etl.ref_icd10 (code) VALUES ('K458');

INSERT INTO etl.ref_icd10 (code) VALUES ('K46');

INSERT INTO etl.ref_icd10 (code) VALUES ('K460');

INSERT INTO etl.ref_icd10 (code) VALUES ('K461');

INSERT INTO etl.ref_icd10 (code) VALUES ('K469');

INSERT INTO etl.ref_icd10 (code) VALUES ('K50');

INSERT INTO etl.ref_icd10 (code) VALUES ('K500');

INSERT INTO etl.ref_icd10 (code) VALUES ('K501');

INSERT INTO etl.ref_icd10 (code) VALUES ('K508');

INSERT INTO etl.ref_icd10 (code) VALUES ('K509');

INSERT INTO etl.ref_icd10 (code) VALUES ('K51');

INSERT INTO etl.ref_icd10 (code) VALUES ('K510');

INSERT INTO etl.ref_icd10 (code) VALUES ('K512');

INSERT INTO etl.ref_icd10 (code) VALUES ('K513');

INSERT INTO etl.ref_icd10 (code) VALUES ('K514');

INSERT INTO etl.ref_icd10 (code) VALUES ('K515');

INSERT INTO etl.ref_icd10 (code) VALUES ('K518');

INSERT INTO etl.ref_icd10 (code) VALUES ('K519');

INSERT INTO etl.ref_icd10 (code) VALUES ('K52');

INSERT INTO etl.ref_icd10 (code) VALUES ('K520');

INSERT INTO etl.ref_icd10 (code) VALUES ('K521');

INSERT INTO etl.ref_icd10 (code) VALUES ('K522');

INSERT INTO etl.ref_icd10 (code) VALUES ('K523');

INSERT INTO etl.ref_icd10 (code) VALUES ('K528');

INSERT INTO etl.ref_icd10 (code) VALUES ('K529');

INSERT INTO etl.ref_icd10 (code) VALUES ('K55');

INSERT INTO etl.ref_icd10 (code) VALUES ('K550');

INSERT INTO etl.ref_icd10 (code) VALUES ('K551');

INSERT INTO etl.ref_icd10 (code) VALUES ('K552');

INSERT INTO etl.ref_icd10 (code) VALUES ('K553');

INSERT INTO etl.ref_icd10 (code) VALUES ('K558');

INSERT INTO etl.ref_icd10 (code) VALUES ('K559');

INSERT INTO etl.ref_icd10 (code) VALUES ('K56');

INSERT INTO etl.ref_icd10 (code) VALUES ('K560');

INSERT INTO etl.ref_icd10 (code) VALUES ('K561');

INSERT INTO etl.ref_icd10 (code) VALUES ('K562');

INSERT INTO etl.ref_icd10 (code) VALUES ('K563');

INSERT INTO etl.ref_icd10 (code) VALUES ('K564');

INSERT INTO etl.ref_icd10 (code) VALUES ('K565');

INSERT INTO etl.ref_icd10 (code) VALUES ('K566');

INSERT INTO etl.ref_icd10 (code) VALUES ('K567');

INSERT INTO etl.ref_icd10 (code) VALUES ('K57');

INSERT INTO etl.ref_icd10 (code) VALUES ('K570');

INSERT INTO etl.ref_icd10 (code) VALUES ('K571');

INSERT INTO etl.ref_icd10 (code) VALUES ('K572');

INSERT INTO etl.ref_icd10 (code) VALUES ('K573');

INSERT INTO etl.ref_icd10 (code) VALUES ('K574');

INSERT INTO etl.ref_icd10 (code) VALUES ('K575');

INSERT INTO etl.ref_icd10 (code) VALUES ('K578');

INSERT INTO etl.ref_icd10 (code) VALUES ('K579');

INSERT INTO etl.ref_icd10 (code) VALUES ('K58');

INSERT INTO etl.ref_icd10 (code) VALUES ('K581');

INSERT INTO etl.ref_icd10 (code) VALUES ('K582');

INSERT INTO etl.ref_icd10 (code) VALUES ('K583');

INSERT INTO etl.ref_icd10 (code) VALUES ('K588');

INSERT INTO etl.ref_icd10 (code) VALUES ('K59');

INSERT INTO etl.ref_icd10 (code) VALUES ('K590');

INSERT INTO etl.ref_icd10 (code) VALUES ('K591');

INSERT INTO etl.ref_icd10 (code) VALUES ('K592');

INSERT INTO etl.ref_icd10 (code) VALUES ('K593');

INSERT INTO etl.ref_icd10 (code) VALUES ('K594');

INSERT INTO etl.ref_icd10 (code) VALUES ('K598');

INSERT INTO etl.ref_icd10 (code) VALUES ('K599');

INSERT INTO etl.ref_icd10 (code) VALUES ('K60');

INSERT INTO etl.ref_icd10 (code) VALUES ('K600');

INSERT INTO etl.ref_icd10 (code) VALUES ('K601');

INSERT INTO etl.ref_icd10 (code) VALUES ('K602');

INSERT INTO etl.ref_icd10 (code) VALUES ('K603');

INSERT INTO etl.ref_icd10 (code) VALUES ('K604');

INSERT INTO etl.ref_icd10 (code) VALUES ('K605');

INSERT INTO etl.ref_icd10 (code) VALUES ('K61');

INSERT INTO etl.ref_icd10 (code) VALUES ('K610');

INSERT INTO etl.ref_icd10 (code) VALUES ('K611');

INSERT INTO etl.ref_icd10 (code) VALUES ('K612');

INSERT INTO etl.ref_icd10 (code) VALUES ('K613');

INSERT INTO etl.ref_icd10 (code) VALUES ('K614');

INSERT INTO etl.ref_icd10 (code) VALUES ('K62');

INSERT INTO etl.ref_icd10 (code) VALUES ('K620');

INSERT INTO etl.ref_icd10 (code) VALUES ('K621');

INSERT INTO etl.ref_icd10 (code) VALUES ('K622');

INSERT INTO etl.ref_icd10 (code) VALUES ('K623');

INSERT INTO etl.ref_icd10 (code) VALUES ('K624');

INSERT INTO etl.ref_icd10 (code) VALUES ('K625');

INSERT INTO etl.ref_icd10 (code) VALUES ('K626');

INSERT INTO etl.ref_icd10 (code) VALUES ('K627');

INSERT INTO etl.ref_icd10 (code) VALUES ('K628');

INSERT INTO etl.ref_icd10 (code) VALUES ('K629');

INSERT INTO etl.ref_icd10 (code) VALUES ('K63');

INSERT INTO etl.ref_icd10 (code) VALUES ('K630');

INSERT INTO etl.ref_icd10 (code) VALUES ('K631');

INSERT INTO etl.ref_icd10 (code) VALUES ('K632');

INSERT INTO etl.ref_icd10 (code) VALUES ('K633');

INSERT INTO etl.ref_icd10 (code) VALUES ('K634');

INSERT INTO etl.ref_icd10 (code) VALUES ('K635');

INSERT INTO etl.ref_icd10 (code) VALUES ('K638');

INSERT INTO etl.ref_icd10 (code) VALUES ('K639');

INSERT INTO etl.ref_icd10 (code) VALUES ('K64');

INSERT INTO etl.ref_icd10 (code) VALUES ('K640');

INSERT INTO etl.ref_icd10 (code) VALUES ('K641');

INSERT INTO etl.ref_icd10 (code) VALUES ('K642');

INSERT INTO etl.ref_icd10 (code) VALUES ('K643');

INSERT INTO etl.ref_icd10 (code) VALUES ('K644');

INSERT INTO etl.ref_icd10 (code) VALUES ('K645');

INSERT INTO etl.ref_icd10 (code) VALUES ('K648');

INSERT INTO etl.ref_icd10 (code) VALUES ('K649');

INSERT INTO etl.ref_icd10 (code) VALUES ('K65');

INSERT INTO etl.ref_icd10 (code) VALUES ('K650');

INSERT INTO etl.ref_icd10 (code) VALUES ('K658');

INSERT INTO etl.ref_icd10 (code) VALUES ('K659');

INSERT INTO etl.ref_icd10 (code) VALUES ('K66');

INSERT INTO etl.ref_icd10 (code) VALUES ('K660');

INSERT INTO etl.ref_icd10 (code) VALUES ('K661');

INSERT INTO etl.ref_icd10 (code) VALUES ('K662');

INSERT INTO etl.ref_icd10 (code) VALUES ('K668');

INSERT INTO etl.ref_icd10 (code) VALUES ('K669');

INSERT INTO etl.ref_icd10 (code) VALUES ('K67');

INSERT INTO etl.ref_icd10 (code) VALUES ('K670');

INSERT INTO etl.ref_icd10 (code) VALUES ('K671');

INSERT INTO etl.ref_icd10 (code) VALUES ('K672');

INSERT INTO etl.ref_icd10 (code) VALUES ('K673');

INSERT INTO etl.ref_icd10 (code) VALUES ('K678');

INSERT INTO etl.ref_icd10 (code) VALUES ('K70');

INSERT INTO etl.ref_icd10 (code) VALUES ('K700');

INSERT INTO etl.ref_icd10 (code) VALUES ('K701');

INSERT INTO etl.ref_icd10 (code) VALUES ('K702');

INSERT INTO etl.ref_icd10 (code) VALUES ('K703');

INSERT INTO etl.ref_icd10 (code) VALUES ('K704');

INSERT INTO etl.ref_icd10 (code) VALUES ('K709');

INSERT INTO etl.ref_icd10 (code) VALUES ('K71');

INSERT INTO etl.ref_icd10 (code) VALUES ('K710');

INSERT INTO etl.ref_icd10 (code) VALUES ('K711');

INSERT INTO etl.ref_icd10 (code) VALUES ('K712');

INSERT INTO etl.ref_icd10 (code) VALUES ('K713');

INSERT INTO etl.ref_icd10 (code) VALUES ('K714');

INSERT INTO etl.ref_icd10 (code) VALUES ('K715');

INSERT INTO etl.ref_icd10 (code) VALUES ('K716');

INSERT INTO etl.ref_icd10 (code) VALUES ('K717');

INSERT INTO etl.ref_icd10 (code) VALUES ('K718');

INSERT INTO etl.ref_icd10 (code) VALUES ('K719');

INSERT INTO etl.ref_icd10 (code) VALUES ('K72');

INSERT INTO etl.ref_icd10 (code) VALUES ('K720');

INSERT INTO etl.ref_icd10 (code) VALUES ('K721');

INSERT INTO etl.ref_icd10 (code) VALUES ('K729');

INSERT INTO etl.ref_icd10 (code) VALUES ('K73');

INSERT INTO etl.ref_icd10 (code) VALUES ('K730');

INSERT INTO etl.ref_icd10 (code) VALUES ('K731');

INSERT INTO etl.ref_icd10 (code) VALUES ('K732');

INSERT INTO etl.ref_icd10 (code) VALUES ('K738');

INSERT INTO etl.ref_icd10 (code) VALUES ('K739');

INSERT INTO etl.ref_icd10 (code) VALUES ('K74');

INSERT INTO etl.ref_icd10 (code) VALUES ('K740');

INSERT INTO etl.ref_icd10 (code) VALUES ('K741');

INSERT INTO etl.ref_icd10 (code) VALUES ('K742');

INSERT INTO etl.ref_icd10 (code) VALUES ('K743');

INSERT INTO etl.ref_icd10 (code) VALUES ('K744');

INSERT INTO etl.ref_icd10 (code) VALUES ('K745');

INSERT INTO etl.ref_icd10 (code) VALUES ('K746');

INSERT INTO etl.ref_icd10 (code) VALUES ('K75');

INSERT INTO etl.ref_icd10 (code) VALUES ('K750');

INSERT INTO etl.ref_icd10 (code) VALUES ('K751');

INSERT INTO etl.ref_icd10 (code) VALUES ('K752');

INSERT INTO etl.ref_icd10 (code) VALUES ('K753');

INSERT INTO etl.ref_icd10 (code) VALUES ('K754');

INSERT INTO etl.ref_icd10 (code) VALUES ('K758');

INSERT INTO etl.ref_icd10 (code) VALUES ('K759');

INSERT INTO etl.ref_icd10 (code) VALUES ('K76');

INSERT INTO etl.ref_icd10 (code) VALUES ('K760');

INSERT INTO etl.ref_icd10 (code) VALUES ('K761');

INSERT INTO etl.ref_icd10 (code) VALUES ('K762');

INSERT INTO etl.ref_icd10 (code) VALUES ('K763');

INSERT INTO etl.ref_icd10 (code) VALUES ('K764');

INSERT INTO etl.ref_icd10 (code) VALUES ('K765');

INSERT INTO etl.ref_icd10 (code) VALUES ('K766');

INSERT INTO etl.ref_icd10 (code) VALUES ('K767');

INSERT INTO etl.ref_icd10 (code) VALUES ('K768');

INSERT INTO etl.ref_icd10 (code) VALUES ('K769');

INSERT INTO etl.ref_icd10 (code) VALUES ('K77');

INSERT INTO etl.ref_icd10 (code) VALUES ('K770');

INSERT INTO etl.ref_icd10 (code) VALUES ('K778');

INSERT INTO etl.ref_icd10 (code) VALUES ('K80');

INSERT INTO etl.ref_icd10 (code) VALUES ('K800');

INSERT INTO etl.ref_icd10 (code) VALUES ('K801');

INSERT INTO etl.ref_icd10 (code) VALUES ('K802');

INSERT INTO etl.ref_icd10 (code) VALUES ('K803');

INSERT INTO etl.ref_icd10 (code) VALUES ('K804');

INSERT INTO etl.ref_icd10 (code) VALUES ('K805');

INSERT INTO etl.ref_icd10 (code) VALUES ('K808');

INSERT INTO etl.ref_icd10 (code) VALUES ('K81');

INSERT INTO etl.ref_icd10 (code) VALUES ('K810');

INSERT INTO etl.ref_icd10 (code) VALUES ('K811');

INSERT INTO etl.ref_icd10 (code) VALUES ('K818');

INSERT INTO etl.ref_icd10 (code) VALUES ('K819');

INSERT INTO etl.ref_icd10 (code) VALUES ('K82');

INSERT INTO etl.ref_icd10 (code) VALUES ('K820');

INSERT INTO etl.ref_icd10 (code) VALUES ('K821');

INSERT INTO etl.ref_icd10 (code) VALUES ('K822');

INSERT INTO etl.ref_icd10 (code) VALUES ('K823');

INSERT INTO etl.ref_icd10 (code) VALUES ('K824');

INSERT INTO etl.ref_icd10 (code) VALUES ('K828');

INSERT INTO etl.ref_icd10 (code) VALUES ('K829');

INSERT INTO etl.ref_icd10 (code) VALUES ('K83');

INSERT INTO etl.ref_icd10 (code) VALUES ('K830');

INSERT INTO etl.ref_icd10 (code) VALUES ('K831');

INSERT INTO etl.ref_icd10 (code) VALUES ('K832');

INSERT INTO etl.ref_icd10 (code) VALUES ('K833');

INSERT INTO etl.ref_icd10 (code) VALUES ('K834');

INSERT INTO etl.ref_icd10 (code) VALUES ('K835');

INSERT INTO etl.ref_icd10 (code) VALUES ('K838');

INSERT INTO etl.ref_icd10 (code) VALUES ('K839');

INSERT INTO etl.ref_icd10 (code) VALUES ('K85');

INSERT INTO etl.ref_icd10 (code) VALUES ('K850');

INSERT INTO etl.ref_icd10 (code) VALUES ('K851');

INSERT INTO etl.ref_icd10 (code) VALUES ('K852');

INSERT INTO etl.ref_icd10 (code) VALUES ('K853');

INSERT INTO etl.ref_icd10 (code) VALUES ('K858');

INSERT INTO etl.ref_icd10 (code) VALUES ('K859');

INSERT INTO etl.ref_icd10 (code) VALUES ('K86');

INSERT INTO etl.ref_icd10 (code) VALUES ('K860');

INSERT INTO etl.ref_icd10 (code) VALUES ('K861');

INSERT INTO etl.ref_icd10 (code) VALUES ('K862');

INSERT INTO etl.ref_icd10 (code) VALUES ('K863');

INSERT INTO etl.ref_icd10 (code) VALUES ('K868');

INSERT INTO etl.ref_icd10 (code) VALUES ('K869');

INSERT INTO etl.ref_icd10 (code) VALUES ('K87');

INSERT INTO etl.ref_icd10 (code) VALUES ('K870');

INSERT INTO etl.ref_icd10 (code) VALUES ('K871');

INSERT INTO etl.ref_icd10 (code) VALUES ('K90');

INSERT INTO etl.ref_icd10 (code) VALUES ('K900');

INSERT INTO etl.ref_icd10 (code) VALUES ('K901');

INSERT INTO etl.ref_icd10 (code) VALUES ('K902');

INSERT INTO etl.ref_icd10 (code) VALUES ('K903');

INSERT INTO etl.ref_icd10 (code) VALUES ('K904');

INSERT INTO etl.ref_icd10 (code) VALUES ('K908');

INSERT INTO etl.ref_icd10 (code) VALUES ('K909');

INSERT INTO etl.ref_icd10 (code) VALUES ('K91');

INSERT INTO etl.ref_icd10 (code) VALUES ('K910');

INSERT INTO etl.ref_icd10 (code) VALUES ('K911');

INSERT INTO etl.ref_icd10 (code) VALUES ('K912');

INSERT INTO etl.ref_icd10 (code) VALUES ('K913');

INSERT INTO etl.ref_icd10 (code) VALUES ('K914');

INSERT INTO etl.ref_icd10 (code) VALUES ('K915');

INSERT INTO etl.ref_icd10 (code) VALUES ('K918');

INSERT INTO etl.ref_icd10 (code) VALUES ('K919');

INSERT INTO etl.ref_icd10 (code) VALUES ('K92');

INSERT INTO etl.ref_icd10 (code) VALUES ('K920');

INSERT INTO etl.ref_icd10 (code) VALUES ('K921');

INSERT INTO etl.ref_icd10 (code) VALUES ('K922');

INSERT INTO etl.ref_icd10 (code) VALUES ('K928');

INSERT INTO etl.ref_icd10 (code) VALUES ('K929');

INSERT INTO etl.ref_icd10 (code) VALUES ('K93');

INSERT INTO etl.ref_icd10 (code) VALUES ('K930');

INSERT INTO etl.ref_icd10 (code) VALUES ('K931');

INSERT INTO etl.ref_icd10 (code) VALUES ('K938');

INSERT INTO etl.ref_icd10 (code) VALUES ('L00');

INSERT INTO etl.ref_icd10 (code) VALUES ('L01');

INSERT INTO etl.ref_icd10 (code) VALUES ('L010');

INSERT INTO etl.ref_icd10 (code) VALUES ('L011');

INSERT INTO etl.ref_icd10 (code) VALUES ('L02');

INSERT INTO etl.ref_icd10 (code) VALUES ('L020');

INSERT INTO etl.ref_icd10 (code) VALUES ('L021');

INSERT INTO etl.ref_icd10 (code) VALUES ('L022');

INSERT INTO etl.ref_icd10 (code) VALUES ('L023');

INSERT INTO etl.ref_icd10 (code) VALUES ('L024');

INSERT INTO etl.ref_icd10 (code) VALUES ('L028');

INSERT INTO etl.ref_icd10 (code) VALUES ('L029');

INSERT INTO etl.ref_icd10 (code) VALUES ('L03');

INSERT INTO etl.ref_icd10 (code) VALUES ('L030');

INSERT INTO etl.ref_icd10 (code) VALUES ('L031');

INSERT INTO etl.ref_icd10 (code) VALUES ('L032');

INSERT INTO etl.ref_icd10 (code) VALUES ('L033');

INSERT INTO etl.ref_icd10 (code) VALUES ('L038');

INSERT INTO etl.ref_icd10 (code) VALUES ('L039');

INSERT INTO etl.ref_icd10 (code) VALUES ('L04');

INSERT INTO etl.ref_icd10 (code) VALUES ('L040');

INSERT INTO etl.ref_icd10 (code) VALUES ('L041');

INSERT INTO etl.ref_icd10 (code) VALUES ('L042');

INSERT INTO etl.ref_icd10 (code) VALUES ('L043');

INSERT INTO etl.ref_icd10 (code) VALUES ('L048');

INSERT INTO etl.ref_icd10 (code) VALUES ('L049');

INSERT INTO etl.ref_icd10 (code) VALUES ('L05');

INSERT INTO etl.ref_icd10 (code) VALUES ('L050');

INSERT INTO etl.ref_icd10 (code) VALUES ('L059');

INSERT INTO etl.ref_icd10 (code) VALUES ('L08');

INSERT INTO etl.ref_icd10 (code) VALUES ('L080');

INSERT INTO etl.ref_icd10 (code) VALUES ('L081');

INSERT INTO etl.ref_icd10 (code) VALUES ('L088');

INSERT INTO etl.ref_icd10 (code) VALUES ('L089');

INSERT INTO etl.ref_icd10 (code) VALUES ('L10');

INSERT INTO etl.ref_icd10 (code) VALUES ('L100');

INSERT INTO etl.ref_icd10 (code) VALUES ('L101');

INSERT INTO etl.ref_icd10 (code) VALUES ('L102');

INSERT INTO etl.ref_icd10 (code) VALUES ('L103');

INSERT INTO etl.ref_icd10 (code) VALUES ('L104');

INSERT INTO etl.ref_icd10 (code) VALUES ('L105');

INSERT INTO etl.ref_icd10 (code) VALUES ('L108');

INSERT INTO etl.ref_icd10 (code) VALUES ('L109');

INSERT INTO etl.ref_icd10 (code) VALUES ('L11');

INSERT INTO etl.ref_icd10 (code) VALUES ('L110');

INSERT INTO etl.ref_icd10 (code) VALUES ('L111');

INSERT INTO etl.ref_icd10 (code) VALUES ('L118');

INSERT INTO etl.ref_icd10 (code) VALUES ('L119');

INSERT INTO etl.ref_icd10 (code) VALUES ('L12');

INSERT INTO etl.ref_icd10 (code) VALUES ('L120');

INSERT INTO etl.ref_icd10 (code) VALUES ('L121');

INSERT INTO etl.ref_icd10 (code) VALUES ('L122');

INSERT INTO etl.ref_icd10 (code) VALUES ('L123');

INSERT INTO etl.ref_icd10 (code) VALUES ('L128');

INSERT INTO etl.ref_icd10 (code) VALUES ('L129');

INSERT INTO etl.ref_icd10 (code) VALUES ('L13');

INSERT INTO etl.ref_icd10 (code) VALUES ('L130');

INSERT INTO etl.ref_icd10 (code) VALUES ('L131');

INSERT INTO etl.ref_icd10 (code) VALUES ('L138');

INSERT INTO etl.ref_icd10 (code) VALUES ('L139');

INSERT INTO etl.ref_icd10 (code) VALUES ('L14');

INSERT INTO etl.ref_icd10 (code) VALUES ('L20');

INSERT INTO etl.ref_icd10 (code) VALUES ('L200');

INSERT INTO etl.ref_icd10 (code) VALUES ('L208');

INSERT INTO etl.ref_icd10 (code) VALUES ('L209');

INSERT INTO etl.ref_icd10 (code) VALUES ('L21');

INSERT INTO etl.ref_icd10 (code) VALUES ('L210');

INSERT INTO etl.ref_icd10 (code) VALUES ('L211');

INSERT INTO etl.ref_icd10 (code) VALUES ('L218');

INSERT INTO etl.ref_icd10 (code) VALUES ('L219');

INSERT INTO etl.ref_icd10 (code) VALUES ('L22');

INSERT INTO etl.ref_icd10 (code) VALUES ('L23');

INSERT INTO etl.ref_icd10 (code) VALUES ('L230');

INSERT INTO etl.ref_icd10 (code) VALUES ('L231');

INSERT INTO etl.ref_icd10 (code) VALUES ('L232');

INSERT INTO etl.ref_icd10 (code) VALUES ('L233');

INSERT INTO etl.ref_icd10 (code) VALUES ('L234');

INSERT INTO etl.ref_icd10 (code) VALUES ('L235');

INSERT INTO etl.ref_icd10 (code) VALUES ('L236');

INSERT INTO etl.ref_icd10 (code) VALUES ('L237');

INSERT INTO etl.ref_icd10 (code) VALUES ('L238');

INSERT INTO etl.ref_icd10 (code) VALUES ('L239');

INSERT INTO etl.ref_icd10 (code) VALUES ('L24');

INSERT INTO etl.ref_icd10 (code) VALUES ('L240');

INSERT INTO etl.ref_icd10 (code) VALUES ('L241');

INSERT INTO etl.ref_icd10 (code) VALUES ('L242');

INSERT INTO etl.ref_icd10 (code) VALUES ('L243');

INSERT INTO etl.ref_icd10 (code) VALUES ('L244');

INSERT INTO etl.ref_icd10 (code) VALUES ('L245');

INSERT INTO etl.ref_icd10 (code) VALUES ('L246');

INSERT INTO etl.ref_icd10 (code) VALUES ('L247');

INSERT INTO etl.ref_icd10 (code) VALUES ('L248');

INSERT INTO etl.ref_icd10 (code) VALUES ('L249');

INSERT INTO etl.ref_icd10 (code) VALUES ('L25');

INSERT INTO etl.ref_icd10 (code) VALUES ('L250');

INSERT INTO etl.ref_icd10 (code) VALUES ('L251');

INSERT INTO etl.ref_icd10 (code) VALUES ('L252');

INSERT INTO etl.ref_icd10 (code) VALUES ('L253');

INSERT INTO etl.ref_icd10 (code) VALUES ('L254');

INSERT INTO etl.ref_icd10 (code) VALUES ('L255');

INSERT INTO etl.ref_icd10 (code) VALUES ('L258');

INSERT INTO etl.ref_icd10 (code) VALUES ('L259');

INSERT INTO etl.ref_icd10 (code) VALUES ('L26');

INSERT INTO etl.ref_icd10 (code) VALUES ('L27');

INSERT INTO etl.ref_icd10 (code) VALUES ('L270');

INSERT INTO etl.ref_icd10 (code) VALUES ('L271');

INSERT INTO etl.ref_icd10 (code) VALUES ('L272');

INSERT INTO etl.ref_icd10 (code) VALUES ('L278');

INSERT INTO etl.ref_icd10 (code) VALUES ('L279');

INSERT INTO etl.ref_icd10 (code) VALUES ('L28');

INSERT INTO etl.ref_icd10 (code) VALUES ('L280');

INSERT INTO etl.ref_icd10 (code) VALUES ('L281');

INSERT INTO etl.ref_icd10 (code) VALUES ('L282');

INSERT INTO etl.ref_icd10 (code) VALUES ('L29');

INSERT INTO etl.ref_icd10 (code) VALUES ('L290');

INSERT INTO etl.ref_icd10 (code) VALUES ('L291');

INSERT INTO etl.ref_icd10 (code) VALUES ('L292');

INSERT INTO etl.ref_icd10 (code) VALUES ('L293');

INSERT INTO etl.ref_icd10 (code) VALUES ('L298');

INSERT INTO etl.ref_icd10 (code) VALUES ('L299');

INSERT INTO etl.ref_icd10 (code) VALUES ('L30');

INSERT INTO etl.ref_icd10 (code) VALUES ('L300');

INSERT INTO etl.ref_icd10 (code) VALUES ('L301');

INSERT INTO etl.ref_icd10 (code) VALUES ('L302');

INSERT INTO etl.ref_icd10 (code) VALUES ('L303');

INSERT INTO etl.ref_icd10 (code) VALUES ('L304');

INSERT INTO etl.ref_icd10 (code) VALUES ('L305');

INSERT INTO etl.ref_icd10 (code) VALUES ('L308');

INSERT INTO etl.ref_icd10 (code) VALUES ('L309');

INSERT INTO etl.ref_icd10 (code) VALUES ('L40');

INSERT INTO etl.ref_icd10 (code) VALUES ('L400');

INSERT INTO etl.ref_icd10 (code) VALUES ('L401');

INSERT INTO etl.ref_icd10 (code) VALUES ('L402');

INSERT INTO etl.ref_icd10 (code) VALUES ('L403');

INSERT INTO etl.ref_icd10 (code) VALUES ('L404');

INSERT INTO etl.ref_icd10 (code) VALUES ('L405');

INSERT INTO etl.ref_icd10 (code) VALUES ('L408');

INSERT INTO etl.ref_icd10 (code) VALUES ('L409');

INSERT INTO etl.ref_icd10 (code) VALUES ('L41');

INSERT INTO etl.ref_icd10 (code) VALUES ('L410');

INSERT INTO etl.ref_icd10 (code) VALUES ('L411');

INSERT INTO etl.ref_icd10 (code) VALUES ('L413');

INSERT INTO etl.ref_icd10 (code) VALUES ('L414');

INSERT INTO etl.ref_icd10 (code) VALUES ('L415');

INSERT INTO etl.ref_icd10 (code) VALUES ('L418');

INSERT INTO etl.ref_icd10 (code) VALUES ('L419');

INSERT INTO etl.ref_icd10 (code) VALUES ('L42');

INSERT INTO etl.ref_icd10 (code) VALUES ('L43');

INSERT INTO etl.ref_icd10 (code) VALUES ('L430');

INSERT INTO etl.ref_icd10 (code) VALUES ('L431');

INSERT INTO etl.ref_icd10 (code) VALUES ('L432');

INSERT INTO etl.ref_icd10 (code) VALUES ('L433');

INSERT INTO etl.ref_icd10 (code) VALUES ('L438');

INSERT INTO etl.ref_icd10 (code) VALUES ('L439');

INSERT INTO etl.ref_icd10 (code) VALUES ('L44');

INSERT INTO etl.ref_icd10 (code) VALUES ('L440');

INSERT INTO etl.ref_icd10 (code) VALUES ('L441');

INSERT INTO etl.ref_icd10 (code) VALUES ('L442');

INSERT INTO etl.ref_icd10 (code) VALUES ('L443');

INSERT INTO etl.ref_icd10 (code) VALUES ('L444');

INSERT INTO etl.ref_icd10 (code) VALUES ('L448');

INSERT INTO etl.ref_icd10 (code) VALUES ('L449');

INSERT INTO etl.ref_icd10 (code) VALUES ('L45');

INSERT INTO etl.ref_icd10 (code) VALUES ('L50');

INSERT INTO etl.ref_icd10 (code) VALUES ('L500');

INSERT INTO etl.ref_icd10 (code) VALUES ('L501');

INSERT INTO etl.ref_icd10 (code) VALUES ('L502');

INSERT INTO etl.ref_icd10 (code) VALUES ('L503');

INSERT INTO etl.ref_icd10 (code) VALUES ('L504');

INSERT INTO etl.ref_icd10 (code) VALUES ('L505');

INSERT INTO etl.ref_icd10 (code) VALUES ('L506');

INSERT INTO etl.ref_icd10 (code) VALUES ('L508');

INSERT INTO etl.ref_icd10 (code) VALUES ('L509');

INSERT INTO etl.ref_icd10 (code) VALUES ('L51');

INSERT INTO etl.ref_icd10 (code) VALUES ('L510');

INSERT INTO etl.ref_icd10 (code) VALUES ('L511');

INSERT INTO etl.ref_icd10 (code) VALUES ('L512');

INSERT INTO etl.ref_icd10 (code) VALUES ('L518');

INSERT INTO etl.ref_icd10 (code) VALUES ('L519');

INSERT INTO etl.ref_icd10 (code) VALUES ('L52');

INSERT INTO etl.ref_icd10 (code) VALUES ('L53');

INSERT INTO etl.ref_icd10 (code) VALUES ('L530');

INSERT INTO etl.ref_icd10 (code) VALUES ('L531');

INSERT INTO etl.ref_icd10 (code) VALUES ('L532');

INSERT INTO etl.ref_icd10 (code) VALUES ('L533');

INSERT INTO etl.ref_icd10 (code) VALUES ('L538');

INSERT INTO etl.ref_icd10 (code) VALUES ('L539');

INSERT INTO etl.ref_icd10 (code) VALUES ('L54');

INSERT INTO etl.ref_icd10 (code) VALUES ('L540');

INSERT INTO etl.ref_icd10 (code) VALUES ('L548');

INSERT INTO etl.ref_icd10 (code) VALUES ('L55');

INSERT INTO etl.ref_icd10 (code) VALUES ('L550');

INSERT INTO etl.ref_icd10 (code) VALUES ('L551');

INSERT INTO etl.ref_icd10 (code) VALUES ('L552');

INSERT INTO etl.ref_icd10 (code) VALUES ('L558');

INSERT INTO etl.ref_icd10 (code) VALUES ('L559');

INSERT INTO etl.ref_icd10 (code) VALUES ('L56');

INSERT INTO etl.ref_icd10 (code) VALUES ('L560');

INSERT INTO etl.ref_icd10 (code) VALUES ('L561');

INSERT INTO etl.ref_icd10 (code) VALUES ('L562');

INSERT INTO etl.ref_icd10 (code) VALUES ('L563');

INSERT INTO etl.ref_icd10 (code) VALUES ('L564');

INSERT INTO etl.ref_icd10 (code) VALUES ('L568');

INSERT INTO etl.ref_icd10 (code) VALUES ('L569');

INSERT INTO etl.ref_icd10 (code) VALUES ('L57');

INSERT INTO etl.ref_icd10 (code) VALUES ('L570');

INSERT INTO etl.ref_icd10 (code) VALUES ('L571');

INSERT INTO etl.ref_icd10 (code) VALUES ('L572');

INSERT INTO etl.ref_icd10 (code) VALUES ('L573');

INSERT INTO etl.ref_icd10 (code) VALUES ('L574');

INSERT INTO etl.ref_icd10 (code) VALUES ('L575');

INSERT INTO etl.ref_icd10 (code) VALUES ('L578');

INSERT INTO etl.ref_icd10 (code) VALUES ('L579');

INSERT INTO etl.ref_icd10 (code) VALUES ('L58');

INSERT INTO etl.ref_icd10 (code) VALUES ('L580');

INSERT INTO etl.ref_icd10 (code) VALUES ('L581');

INSERT INTO etl.ref_icd10 (code) VALUES ('L589');

INSERT INTO etl.ref_icd10 (code) VALUES ('L59');

INSERT INTO etl.ref_icd10 (code) VALUES ('L590');

INSERT INTO etl.ref_icd10 (code) VALUES ('L598');

INSERT INTO etl.ref_icd10 (code) VALUES ('L599');

INSERT INTO etl.ref_icd10 (code) VALUES ('L60');

INSERT INTO etl.ref_icd10 (code) VALUES ('L600');

INSERT INTO etl.ref_icd10 (code) VALUES ('L601');

INSERT INTO etl.ref_icd10 (code) VALUES ('L602');

INSERT INTO etl.ref_icd10 (code) VALUES ('L603');

INSERT INTO etl.ref_icd10 (code) VALUES ('L604');

INSERT INTO etl.ref_icd10 (code) VALUES ('L605');

INSERT INTO etl.ref_icd10 (code) VALUES ('L608');

INSERT INTO etl.ref_icd10 (code) VALUES ('L609');

INSERT INTO etl.ref_icd10 (code) VALUES ('L62');

INSERT INTO etl.ref_icd10 (code) VALUES ('L620');

INSERT INTO etl.ref_icd10 (code) VALUES ('L628');

INSERT INTO etl.ref_icd10 (code) VALUES ('L63');

INSERT INTO etl.ref_icd10 (code) VALUES ('L630');

INSERT INTO etl.ref_icd10 (code) VALUES ('L631');

INSERT INTO etl.ref_icd10 (code) VALUES ('L632');

INSERT INTO etl.ref_icd10 (code) VALUES ('L638');

INSERT INTO etl.ref_icd10 (code) VALUES ('L639');

INSERT INTO etl.ref_icd10 (code) VALUES ('L64');

INSERT INTO etl.ref_icd10 (code) VALUES ('L640');

INSERT INTO etl.ref_icd10 (code) VALUES ('L648');

INSERT INTO etl.ref_icd10 (code) VALUES ('L649');

INSERT INTO etl.ref_icd10 (code) VALUES ('L65');

INSERT INTO etl.ref_icd10 (code) VALUES ('L650');

INSERT INTO etl.ref_icd10 (code) VALUES ('L651');

INSERT INTO etl.ref_icd10 (code) VALUES ('L652');

INSERT INTO etl.ref_icd10 (code) VALUES ('L658');

INSERT INTO etl.ref_icd10 (code) VALUES ('L659');

INSERT INTO etl.ref_icd10 (code) VALUES ('L66');

INSERT INTO etl.ref_icd10 (code) VALUES ('L660');

INSERT INTO etl.ref_icd10 (code) VALUES ('L661');

INSERT INTO etl.ref_icd10 (code) VALUES ('L662');

INSERT INTO etl.ref_icd10 (code) VALUES ('L663');

INSERT INTO etl.ref_icd10 (code) VALUES ('L664');

INSERT INTO etl.ref_icd10 (code) VALUES ('L668');

INSERT INTO etl.ref_icd10 (code) VALUES ('L669');

INSERT INTO etl.ref_icd10 (code) VALUES ('L67');

INSERT INTO etl.ref_icd10 (code) VALUES ('L670');

INSERT INTO etl.ref_icd10 (code) VALUES ('L671');

INSERT INTO etl.ref_icd10 (code) VALUES ('L678');

INSERT INTO etl.ref_icd10 (code) VALUES ('L679');

INSERT INTO etl.ref_icd10 (code) VALUES ('L68');

INSERT INTO etl.ref_icd10 (code) VALUES ('L680');

INSERT INTO etl.ref_icd10 (code) VALUES ('L681');

INSERT INTO etl.ref_icd10 (code) VALUES ('L682');

INSERT INTO etl.ref_icd10 (code) VALUES ('L683');

INSERT INTO etl.ref_icd10 (code) VALUES ('L688');

INSERT INTO etl.ref_icd10 (code) VALUES ('L689');

INSERT INTO etl.ref_icd10 (code) VALUES ('L70');

INSERT INTO etl.ref_icd10 (code) VALUES ('L700');

INSERT INTO etl.ref_icd10 (code) VALUES ('L701');

INSERT INTO etl.ref_icd10 (code) VALUES ('L702');

INSERT INTO etl.ref_icd10 (code) VALUES ('L703');

INSERT INTO etl.ref_icd10 (code) VALUES ('L704');

INSERT INTO etl.ref_icd10 (code) VALUES ('L705');

INSERT INTO etl.ref_icd10 (code) VALUES ('L708');

INSERT INTO etl.ref_icd10 (code) VALUES ('L709');

INSERT INTO etl.ref_icd10 (code) VALUES ('L71');

INSERT INTO etl.ref_icd10 (code) VALUES ('L710');

INSERT INTO etl.ref_icd10 (code) VALUES ('L711');

INSERT INTO etl.ref_icd10 (code) VALUES ('L718');

INSERT INTO etl.ref_icd10 (code) VALUES ('L719');

INSERT INTO etl.ref_icd10 (code) VALUES ('L72');

INSERT INTO etl.ref_icd10 (code) VALUES ('L720');

INSERT INTO etl.ref_icd10 (code) VALUES ('L721');

INSERT INTO etl.ref_icd10 (code) VALUES ('L722');

INSERT INTO etl.ref_icd10 (code) VALUES ('L728');

INSERT INTO etl.ref_icd10 (code) VALUES ('L729');

INSERT INTO etl.ref_icd10 (code) VALUES ('L73');

INSERT INTO etl.ref_icd10 (code) VALUES ('L730');

INSERT INTO etl.ref_icd10 (code) VALUES ('L731');

INSERT INTO etl.ref_icd10 (code) VALUES ('L732');

INSERT INTO etl.ref_icd10 (code) VALUES ('L738');

INSERT INTO etl.ref_icd10 (code) VALUES ('L739');

INSERT INTO etl.ref_icd10 (code) VALUES ('L74');

INSERT INTO etl.ref_icd10 (code) VALUES ('L740');

INSERT INTO etl.ref_icd10 (code) VALUES ('L741');

INSERT INTO etl.ref_icd10 (code) VALUES ('L742');

INSERT INTO etl.ref_icd10 (code) VALUES ('L743');

INSERT INTO etl.ref_icd10 (code) VALUES ('L744');

INSERT INTO etl.ref_icd10 (code) VALUES ('L748');

INSERT INTO etl.ref_icd10 (code) VALUES ('L749');

INSERT INTO etl.ref_icd10 (code) VALUES ('L75');

INSERT INTO etl.ref_icd10 (code) VALUES ('L750');

INSERT INTO etl.ref_icd10 (code) VALUES ('L751');

INSERT INTO etl.ref_icd10 (code) VALUES ('L752');

INSERT INTO etl.ref_icd10 (code) VALUES ('L758');

INSERT INTO etl.ref_icd10 (code) VALUES ('L759');

INSERT INTO etl.ref_icd10 (code) VALUES ('L80');

INSERT INTO etl.ref_icd10 (code) VALUES ('L81');

INSERT INTO etl.ref_icd10 (code) VALUES ('L810');

INSERT INTO etl.ref_icd10 (code) VALUES ('L811');

INSERT INTO etl.ref_icd10 (code) VALUES ('L812');

INSERT INTO etl.ref_icd10 (code) VALUES ('L813');

INSERT INTO etl.ref_icd10 (code) VALUES ('L814');

INSERT INTO etl.ref_icd10 (code) VALUES ('L815');

INSERT INTO etl.ref_icd10 (code) VALUES ('L816');

INSERT INTO etl.ref_icd10 (code) VALUES ('L817');

INSERT INTO etl.ref_icd10 (code) VALUES ('L818');

INSERT INTO etl.ref_icd10 (code) VALUES ('L819');

INSERT INTO etl.ref_icd10 (code) VALUES ('L82');

INSERT INTO etl.ref_icd10 (code) VALUES ('L83');

INSERT INTO etl.ref_icd10 (code) VALUES ('L84');

INSERT INTO etl.ref_icd10 (code) VALUES ('L85');

INSERT INTO etl.ref_icd10 (code) VALUES ('L850');

INSERT INTO etl.ref_icd10 (code) VALUES ('L851');

INSERT INTO etl.ref_icd10 (code) VALUES ('L852');

INSERT INTO etl.ref_icd10 (code) VALUES ('L853');

INSERT INTO etl.ref_icd10 (code) VALUES ('L858');

INSERT INTO etl.ref_icd10 (code) VALUES ('L859');

INSERT INTO etl.ref_icd10 (code) VALUES ('L86');

INSERT INTO etl.ref_icd10 (code) VALUES ('L87');

INSERT INTO etl.ref_icd10 (code) VALUES ('L870');

INSERT INTO etl.ref_icd10 (code) VALUES ('L871');

INSERT INTO etl.ref_icd10 (code) VALUES ('L872');

INSERT INTO etl.ref_icd10 (code) VALUES ('L878');

INSERT INTO etl.ref_icd10 (code) VALUES ('L879');

INSERT INTO etl.ref_icd10 (code) VALUES ('L88');

INSERT INTO etl.ref_icd10 (code) VALUES ('L89');

INSERT INTO etl.ref_icd10 (code) VALUES ('L890');

INSERT INTO etl.ref_icd10 (code) VALUES ('L891');

INSERT INTO etl.ref_icd10 (code) VALUES ('L892');

INSERT INTO etl.ref_icd10 (code) VALUES ('L893');

INSERT INTO etl.ref_icd10 (code) VALUES ('L899');

INSERT INTO etl.ref_icd10 (code) VALUES ('L90');

INSERT INTO etl.ref_icd10 (code) VALUES ('L900');

INSERT INTO etl.ref_icd10 (code) VALUES ('L901');

INSERT INTO etl.ref_icd10 (code) VALUES ('L902');

INSERT INTO etl.ref_icd10 (code) VALUES ('L903');

INSERT INTO etl.ref_icd10 (code) VALUES ('L904');

INSERT INTO etl.ref_icd10 (code) VALUES ('L905');

INSERT INTO etl.ref_icd10 (code) VALUES ('L906');

INSERT INTO etl.ref_icd10 (code) VALUES ('L908');

INSERT INTO etl.ref_icd10 (code) VALUES ('L909');

INSERT INTO etl.ref_icd10 (code) VALUES ('L91');

INSERT INTO etl.ref_icd10 (code) VALUES ('L910');

INSERT INTO etl.ref_icd10 (code) VALUES ('L918');

INSERT INTO etl.ref_icd10 (code) VALUES ('L919');

INSERT INTO etl.ref_icd10 (code) VALUES ('L92');

INSERT INTO etl.ref_icd10 (code) VALUES ('L920');

INSERT INTO etl.ref_icd10 (code) VALUES ('L921');

INSERT INTO etl.ref_icd10 (code) VALUES ('L922');

INSERT INTO etl.ref_icd10 (code) VALUES ('L923');

INSERT INTO etl.ref_icd10 (code) VALUES ('L928');

INSERT INTO etl.ref_icd10 (code) VALUES ('L929');

INSERT INTO etl.ref_icd10 (code) VALUES ('L93');

INSERT INTO etl.ref_icd10 (code) VALUES ('L930');

INSERT INTO etl.ref_icd10 (code) VALUES ('L931');

INSERT INTO etl.ref_icd10 (code) VALUES ('L932');

INSERT INTO etl.ref_icd10 (code) VALUES ('L94');

INSERT INTO etl.ref_icd10 (code) VALUES ('L940');

INSERT INTO etl.ref_icd10 (code) VALUES ('L941');

INSERT INTO etl.ref_icd10 (code) VALUES ('L942');

INSERT INTO etl.ref_icd10 (code) VALUES ('L943');

INSERT INTO etl.ref_icd10 (code) VALUES ('L944');

INSERT INTO etl.ref_icd10 (code) VALUES ('L945');

INSERT INTO etl.ref_icd10 (code) VALUES ('L946');

INSERT INTO etl.ref_icd10 (code) VALUES ('L948');

INSERT INTO etl.ref_icd10 (code) VALUES ('L949');

INSERT INTO etl.ref_icd10 (code) VALUES ('L95');

INSERT INTO etl.ref_icd10 (code) VALUES ('L950');

INSERT INTO etl.ref_icd10 (code) VALUES ('L951');

INSERT INTO etl.ref_icd10 (code) VALUES ('L958');

INSERT INTO etl.ref_icd10 (code) VALUES ('L959');

INSERT INTO etl.ref_icd10 (code) VALUES ('L97');

INSERT INTO etl.ref_icd10 (code) VALUES ('L98');

INSERT INTO etl.ref_icd10 (code) VALUES ('L980');

INSERT INTO etl.ref_icd10 (code) VALUES ('L981');

INSERT INTO etl.ref_icd10 (code) VALUES ('L982');

INSERT INTO etl.ref_icd10 (code) VALUES ('L983');

INSERT INTO etl.ref_icd10 (code) VALUES ('L984');

INSERT INTO etl.ref_icd10 (code) VALUES ('L985');

INSERT INTO etl.ref_icd10 (code) VALUES ('L986');

INSERT INTO etl.ref_icd10 (code) VALUES ('L987');

INSERT INTO etl.ref_icd10 (code) VALUES ('L988');

INSERT INTO etl.ref_icd10 (code) VALUES ('L989');

INSERT INTO etl.ref_icd10 (code) VALUES ('L99');

INSERT INTO etl.ref_icd10 (code) VALUES ('L990');

INSERT INTO etl.ref_icd10 (code) VALUES ('L998');

INSERT INTO etl.ref_icd10 (code) VALUES ('M00');

INSERT INTO etl.ref_icd10 (code) VALUES ('M000');

INSERT INTO etl.ref_icd10 (code) VALUES ('M001');

INSERT INTO etl.ref_icd10 (code) VALUES ('M002');

INSERT INTO etl.ref_icd10 (code) VALUES ('M008');

INSERT INTO etl.ref_icd10 (code) VALUES ('M009');

INSERT INTO etl.ref_icd10 (code) VALUES ('M01');

INSERT INTO etl.ref_icd10 (code) VALUES ('M010');

INSERT INTO etl.ref_icd10 (code) VALUES ('M011');

INSERT INTO etl.ref_icd10 (code) VALUES ('M012');

INSERT INTO etl.ref_icd10 (code) VALUES ('M013');

INSERT INTO etl.ref_icd10 (code) VALUES ('M014');

INSERT INTO etl.ref_icd10 (code) VALUES ('M015');

INSERT INTO etl.ref_icd10 (code) VALUES ('M016');

INSERT INTO etl.ref_icd10 (code) VALUES ('M018');

INSERT INTO etl.ref_icd10 (code) VALUES ('M02');

INSERT INTO etl.ref_icd10 (code) VALUES ('M020');

INSERT INTO etl.ref_icd10 (code) VALUES ('M021');

INSERT INTO etl.ref_icd10 (code) VALUES ('M022');

INSERT INTO etl.ref_icd10 (code) VALUES ('M023');

INSERT INTO etl.ref_icd10 (code) VALUES ('M028');

INSERT INTO etl.ref_icd10 (code) VALUES ('M029');

INSERT INTO etl.ref_icd10 (code) VALUES ('M03');

INSERT INTO etl.ref_icd10 (code) VALUES ('M030');

INSERT INTO etl.ref_icd10 (code) VALUES ('M031');

INSERT INTO etl.ref_icd10 (code) VALUES ('M032');

INSERT INTO etl.ref_icd10 (code) VALUES ('M036');

INSERT INTO etl.ref_icd10 (code) VALUES ('M05');

INSERT INTO etl.ref_icd10 (code) VALUES ('M050');

INSERT INTO etl.ref_icd10 (code) VALUES ('M051');

INSERT INTO etl.ref_icd10 (code) VALUES ('M052');

INSERT INTO etl.ref_icd10 (code) VALUES ('M053');

INSERT INTO etl.ref_icd10 (code) VALUES ('M058');

INSERT INTO etl.ref_icd10 (code) VALUES ('M059');

INSERT INTO etl.ref_icd10 (code) VALUES ('M06');

INSERT INTO etl.ref_icd10 (code) VALUES ('M060');

INSERT INTO etl.ref_icd10 (code) VALUES ('M061');

INSERT INTO etl.ref_icd10 (code) VALUES ('M062');

INSERT INTO etl.ref_icd10 (code) VALUES ('M063');

INSERT INTO etl.ref_icd10 (code) VALUES ('M064');

INSERT INTO etl.ref_icd10 (code) VALUES ('M068');

INSERT INTO etl.ref_icd10 (code) VALUES ('M069');

INSERT INTO etl.ref_icd10 (code) VALUES ('M07');

INSERT INTO etl.ref_icd10 (code) VALUES ('M070');

INSERT INTO etl.ref_icd10 (code) VALUES ('M071');

INSERT INTO etl.ref_icd10 (code) VALUES ('M072');

INSERT INTO etl.ref_icd10 (code) VALUES ('M073');

INSERT INTO etl.ref_icd10 (code) VALUES ('M074');

INSERT INTO etl.ref_icd10 (code) VALUES ('M075');

INSERT INTO etl.ref_icd10 (code) VALUES ('M076');

INSERT INTO etl.ref_icd10 (code) VALUES ('M08');

INSERT INTO etl.ref_icd10 (code) VALUES ('M080');

INSERT INTO etl.ref_icd10 (code) VALUES ('M081');

INSERT INTO etl.ref_icd10 (code) VALUES ('M082');

INSERT INTO etl.ref_icd10 (code) VALUES ('M083');

INSERT INTO etl.ref_icd10 (code) VALUES ('M084');

INSERT INTO etl.ref_icd10 (code) VALUES ('M088');

INSERT INTO etl.ref_icd10 (code) VALUES ('M089');

INSERT INTO etl.ref_icd10 (code) VALUES ('M09');

INSERT INTO etl.ref_icd10 (code) VALUES ('M090');

INSERT INTO etl.ref_icd10 (code) VALUES ('M091');

INSERT INTO etl.ref_icd10 (code) VALUES ('M092');

INSERT INTO etl.ref_icd10 (code) VALUES ('M098');

INSERT INTO etl.ref_icd10 (code) VALUES ('M10');

INSERT INTO etl.ref_icd10 (code) VALUES ('M100');

INSERT INTO etl.ref_icd10 (code) VALUES ('M101');

INSERT INTO etl.ref_icd10 (code) VALUES ('M102');

INSERT INTO etl.ref_icd10 (code) VALUES ('M103');

INSERT INTO etl.ref_icd10 (code) VALUES ('M104');

INSERT INTO etl.ref_icd10 (code) VALUES ('M109');

INSERT INTO etl.ref_icd10 (code) VALUES ('M11');

INSERT INTO etl.ref_icd10 (code) VALUES ('M110');

INSERT INTO etl.ref_icd10 (code) VALUES ('M111');

INSERT INTO etl.ref_icd10 (code) VALUES ('M112');

INSERT INTO etl.ref_icd10 (code) VALUES ('M118');

INSERT INTO etl.ref_icd10 (code) VALUES ('M119');

INSERT INTO etl.ref_icd10 (code) VALUES ('M12');

INSERT INTO etl.ref_icd10 (code) VALUES ('M120');

INSERT INTO etl.ref_icd10 (code) VALUES ('M121');

INSERT INTO etl.ref_icd10 (code) VALUES ('M122');

INSERT INTO etl.ref_icd10 (code) VALUES ('M123');

INSERT INTO etl.ref_icd10 (code) VALUES ('M124');

INSERT INTO etl.ref_icd10 (code) VALUES ('M125');

INSERT INTO etl.ref_icd10 (code) VALUES ('M128');

INSERT INTO etl.ref_icd10 (code) VALUES ('M13');

INSERT INTO etl.ref_icd10 (code) VALUES ('M130');

INSERT INTO etl.ref_icd10 (code) VALUES ('M131');

INSERT INTO etl.ref_icd10 (code) VALUES ('M138');

INSERT INTO etl.ref_icd10 (code) VALUES ('M139');

INSERT INTO etl.ref_icd10 (code) VALUES ('M14');

INSERT INTO etl.ref_icd10 (code) VALUES ('M140');

INSERT INTO etl.ref_icd10 (code) VALUES ('M141');

INSERT INTO etl.ref_icd10 (code) VALUES ('M142');

INSERT INTO etl.ref_icd10 (code) VALUES ('M143');

INSERT INTO etl.ref_icd10 (code) VALUES ('M144');

INSERT INTO etl.ref_icd10 (code) VALUES ('M145');

INSERT INTO etl.ref_icd10 (code) VALUES ('M146');

INSERT INTO etl.ref_icd10 (code) VALUES ('M148');

INSERT INTO etl.ref_icd10 (code) VALUES ('M15');

INSERT INTO etl.ref_icd10 (code) VALUES ('M150');

INSERT INTO etl.ref_icd10 (code) VALUES ('M151');

INSERT INTO etl.ref_icd10 (code) VALUES ('M152');

INSERT INTO etl.ref_icd10 (code) VALUES ('M153');

INSERT INTO etl.ref_icd10 (code) VALUES ('M154');

INSERT INTO etl.ref_icd10 (code) VALUES ('M158');

INSERT INTO etl.ref_icd10 (code) VALUES ('M159');

INSERT INTO etl.ref_icd10 (code) VALUES ('M16');

INSERT INTO etl.ref_icd10 (code) VALUES ('M160');

INSERT INTO etl.ref_icd10 (code) VALUES ('M161');

INSERT INTO etl.ref_icd10 (code) VALUES ('M162');

INSERT INTO etl.ref_icd10 (code) VALUES ('M163');

INSERT INTO etl.ref_icd10 (code) VALUES ('M164');

INSERT INTO etl.ref_icd10 (code) VALUES ('M165');

INSERT INTO etl.ref_icd10 (code) VALUES ('M166');

INSERT INTO etl.ref_icd10 (code) VALUES ('M167');

INSERT INTO etl.ref_icd10 (code) VALUES ('M169');

INSERT INTO etl.ref_icd10 (code) VALUES ('M17');

INSERT INTO etl.ref_icd10 (code) VALUES ('M170');

INSERT INTO etl.ref_icd10 (code) VALUES ('M171');

INSERT INTO etl.ref_icd10 (code) VALUES ('M172');

INSERT INTO etl.ref_icd10 (code) VALUES ('M173');

INSERT INTO etl.ref_icd10 (code) VALUES ('M174');

INSERT INTO etl.ref_icd10 (code) VALUES ('M175');

INSERT INTO etl.ref_icd10 (code) VALUES ('M179');

INSERT INTO etl.ref_icd10 (code) VALUES ('M18');

INSERT INTO etl.ref_icd10 (code) VALUES ('M180');

INSERT INTO etl.ref_icd10 (code) VALUES ('M181');

INSERT INTO etl.ref_icd10 (code) VALUES ('M182');

INSERT INTO etl.ref_icd10 (code) VALUES ('M183');

INSERT INTO etl.ref_icd10 (code) VALUES ('M184');

INSERT INTO etl.ref_icd10 (code) VALUES ('M185');

INSERT INTO etl.ref_icd10 (code) VALUES ('M189');

INSERT INTO etl.ref_icd10 (code) VALUES ('M19');

INSERT INTO etl.ref_icd10 (code) VALUES ('M190');

INSERT INTO etl.ref_icd10 (code) VALUES ('M191');

INSERT INTO etl.ref_icd10 (code) VALUES ('M192');

INSERT INTO etl.ref_icd10 (code) VALUES ('M198');

INSERT INTO etl.ref_icd10 (code) VALUES ('M199');

INSERT INTO etl.ref_icd10 (code) VALUES ('M20');

INSERT INTO etl.ref_icd10 (code) VALUES ('M200');

INSERT INTO etl.ref_icd10 (code) VALUES ('M201');

INSERT INTO etl.ref_icd10 (code) VALUES ('M202');

INSERT INTO etl.ref_icd10 (code) VALUES ('M203');

INSERT INTO etl.ref_icd10 (code) VALUES ('M204');

INSERT INTO etl.ref_icd10 (code) VALUES ('M205');

INSERT INTO etl.ref_icd10 (code) VALUES ('M206');

INSERT INTO etl.ref_icd10 (code) VALUES ('M21');

INSERT INTO etl.ref_icd10 (code) VALUES ('M210');

INSERT INTO etl.ref_icd10 (code) VALUES ('M211');

INSERT INTO etl.ref_icd10 (code) VALUES ('M212');

INSERT INTO etl.ref_icd10 (code) VALUES ('M213');

INSERT INTO etl.ref_icd10 (code) VALUES ('M214');

INSERT INTO etl.ref_icd10 (code) VALUES ('M215');

INSERT INTO etl.ref_icd10 (code) VALUES ('M216');

INSERT INTO etl.ref_icd10 (code) VALUES ('M217');

INSERT INTO etl.ref_icd10 (code) VALUES ('M218');

INSERT INTO etl.ref_icd10 (code) VALUES ('M219');

INSERT INTO etl.ref_icd10 (code) VALUES ('M22');

INSERT INTO etl.ref_icd10 (code) VALUES ('M220');

INSERT INTO etl.ref_icd10 (code) VALUES ('M221');

INSERT INTO etl.ref_icd10 (code) VALUES ('M222');

INSERT INTO etl.ref_icd10 (code) VALUES ('M223');

INSERT INTO etl.ref_icd10 (code) VALUES ('M224');

INSERT INTO etl.ref_icd10 (code) VALUES ('M228');

INSERT INTO etl.ref_icd10 (code) VALUES ('M229');

INSERT INTO etl.ref_icd10 (code) VALUES ('M23');

INSERT INTO etl.ref_icd10 (code) VALUES ('M230');

INSERT INTO etl.ref_icd10 (code) VALUES ('M231');

INSERT INTO etl.ref_icd10 (code) VALUES ('M232');

INSERT INTO etl.ref_icd10 (code) VALUES ('M233');

INSERT INTO etl.ref_icd10 (code) VALUES ('M234');

INSERT INTO etl.ref_icd10 (code) VALUES ('M235');

INSERT INTO etl.ref_icd10 (code) VALUES ('M236');

INSERT INTO etl.ref_icd10 (code) VALUES ('M238');

INSERT INTO etl.ref_icd10 (code) VALUES ('M239');

INSERT INTO etl.ref_icd10 (code) VALUES ('M24');

INSERT INTO etl.ref_icd10 (code) VALUES ('M240');

INSERT INTO etl.ref_icd10 (code) VALUES ('M241');

INSERT INTO etl.ref_icd10 (code) VALUES ('M242');

INSERT INTO etl.ref_icd10 (code) VALUES ('M243');

INSERT INTO etl.ref_icd10 (code) VALUES ('M244');

INSERT INTO etl.ref_icd10 (code) VALUES ('M245');

INSERT INTO etl.ref_icd10 (code) VALUES ('M246');

INSERT INTO etl.ref_icd10 (code) VALUES ('M247');

INSERT INTO etl.ref_icd10 (code) VALUES ('M248');

INSERT INTO etl.ref_icd10 (code) VALUES ('M249');

INSERT INTO etl.ref_icd10 (code) VALUES ('M25');

INSERT INTO etl.ref_icd10 (code) VALUES ('M250');

INSERT INTO etl.ref_icd10 (code) VALUES ('M251');

INSERT INTO etl.ref_icd10 (code) VALUES ('M252');

INSERT INTO etl.ref_icd10 (code) VALUES ('M253');

INSERT INTO etl.ref_icd10 (code) VALUES ('M254');

INSERT INTO etl.ref_icd10 (code) VALUES ('M255');

INSERT INTO etl.ref_icd10 (code) VALUES ('M256');

INSERT INTO etl.ref_icd10 (code) VALUES ('M257');

INSERT INTO etl.ref_icd10 (code) VALUES ('M258');

INSERT INTO etl.ref_icd10 (code) VALUES ('M259');

INSERT INTO etl.ref_icd10 (code) VALUES ('M30');

INSERT INTO etl.ref_icd10 (code) VALUES ('M300');

INSERT INTO etl.ref_icd10 (code) VALUES ('M301');

INSERT INTO etl.ref_icd10 (code) VALUES ('M302');

INSERT INTO etl.ref_icd10 (code) VALUES ('M303');

INSERT INTO etl.ref_icd10 (code) VALUES ('M308');

INSERT INTO etl.ref_icd10 (code) VALUES ('M31');

INSERT INTO etl.ref_icd10 (code) VALUES ('M310');

INSERT INTO etl.ref_icd10 (code) VALUES ('M311');

INSERT INTO etl.ref_icd10 (code) VALUES ('M313');

INSERT INTO etl.ref_icd10 (code) VALUES ('M314');

INSERT INTO etl.ref_icd10 (code) VALUES ('M315');

INSERT INTO etl.ref_icd10 (code) VALUES ('M316');

INSERT INTO etl.ref_icd10 (code) VALUES ('M317');

INSERT INTO etl.ref_icd10 (code) VALUES ('M318');

INSERT INTO etl.ref_icd10 (code) VALUES ('M319');

INSERT INTO etl.ref_icd10 (code) VALUES ('M32');

INSERT INTO etl.ref_icd10 (code) VALUES ('M320');

INSERT INTO etl.ref_icd10 (code) VALUES ('M321');

INSERT INTO etl.ref_icd10 (code) VALUES ('M328');

INSERT INTO etl.ref_icd10 (code) VALUES ('M329');

INSERT INTO etl.ref_icd10 (code) VALUES ('M33');

INSERT INTO etl.ref_icd10 (code) VALUES ('M330');

INSERT INTO etl.ref_icd10 (code) VALUES ('M331');

INSERT INTO etl.ref_icd10 (code) VALUES ('M332');

INSERT INTO etl.ref_icd10 (code) VALUES ('M339');

INSERT INTO etl.ref_icd10 (code) VALUES ('M34');

INSERT INTO etl.ref_icd10 (code) VALUES ('M340');

INSERT INTO etl.ref_icd10 (code) VALUES ('M341');

INSERT INTO etl.ref_icd10 (code) VALUES ('M342');

INSERT INTO etl.ref_icd10 (code) VALUES ('M348');

INSERT INTO etl.ref_icd10 (code) VALUES ('M349');

INSERT INTO etl.ref_icd10 (code) VALUES ('M35');

INSERT INTO etl.ref_icd10 (code) VALUES ('M350');

INSERT INTO etl.ref_icd10 (code) VALUES ('M351');

INSERT INTO etl.ref_icd10 (code) VALUES ('M352');

INSERT INTO etl.ref_icd10 (code) VALUES ('M353');

INSERT INTO etl.ref_icd10 (code) VALUES ('M354');

INSERT INTO etl.ref_icd10 (code) VALUES ('M355');

INSERT INTO etl.ref_icd10 (code) VALUES ('M356');

INSERT INTO etl.ref_icd10 (code) VALUES ('M357');

INSERT INTO etl.ref_icd10 (code) VALUES ('M358');

INSERT INTO etl.ref_icd10 (code) VALUES ('M359');

INSERT INTO etl.ref_icd10 (code) VALUES ('M36');

INSERT INTO etl.ref_icd10 (code) VALUES ('M360');

INSERT INTO etl.ref_icd10 (code) VALUES ('M361');

INSERT INTO etl.ref_icd10 (code) VALUES ('M362');

INSERT INTO etl.ref_icd10 (code) VALUES ('M363');

INSERT INTO etl.ref_icd10 (code) VALUES ('M364');

INSERT INTO etl.ref_icd10 (code) VALUES ('M368');

INSERT INTO etl.ref_icd10 (code) VALUES ('M40');

INSERT INTO etl.ref_icd10 (code) VALUES ('M400');

INSERT INTO etl.ref_icd10 (code) VALUES ('M401');

INSERT INTO etl.ref_icd10 (code) VALUES ('M402');

INSERT INTO etl.ref_icd10 (code) VALUES ('M403');

INSERT INTO etl.ref_icd10 (code) VALUES ('M404');

INSERT INTO etl.ref_icd10 (code) VALUES ('M405');

INSERT INTO etl.ref_icd10 (code) VALUES ('M41');

INSERT INTO etl.ref_icd10 (code) VALUES ('M410');

INSERT INTO etl.ref_icd10 (code) VALUES ('M411');

INSERT INTO etl.ref_icd10 (code) VALUES ('M412');

INSERT INTO etl.ref_icd10 (code) VALUES ('M413');

INSERT INTO etl.ref_icd10 (code) VALUES ('M414');

INSERT INTO etl.ref_icd10 (code) VALUES ('M415');

INSERT INTO etl.ref_icd10 (code) VALUES ('M418');

INSERT INTO etl.ref_icd10 (code) VALUES ('M419');

INSERT INTO etl.ref_icd10 (code) VALUES ('M42');

INSERT INTO etl.ref_icd10 (code) VALUES ('M420');

INSERT INTO etl.ref_icd10 (code) VALUES ('M421');

INSERT INTO etl.ref_icd10 (code) VALUES ('M429');

INSERT INTO etl.ref_icd10 (code) VALUES ('M43');

INSERT INTO etl.ref_icd10 (code) VALUES ('M430');

INSERT INTO etl.ref_icd10 (code) VALUES ('M431');

INSERT INTO etl.ref_icd10 (code) VALUES ('M432');

INSERT INTO etl.ref_icd10 (code) VALUES ('M433');

INSERT INTO etl.ref_icd10 (code) VALUES ('M434');

INSERT INTO etl.ref_icd10 (code) VALUES ('M435');

INSERT INTO etl.ref_icd10 (code) VALUES ('M436');

INSERT INTO etl.ref_icd10 (code) VALUES ('M438');

INSERT INTO etl.ref_icd10 (code) VALUES ('M439');

INSERT INTO etl.ref_icd10 (code) VALUES ('M45');

INSERT INTO etl.ref_icd10 (code) VALUES ('M46');

INSERT INTO etl.ref_icd10 (code) VALUES ('M460');

INSERT INTO etl.ref_icd10 (code) VALUES ('M461');

INSERT INTO etl.ref_icd10 (code) VALUES ('M462');

INSERT INTO etl.ref_icd10 (code) VALUES ('M463');

INSERT INTO etl.ref_icd10 (code) VALUES ('M464');

INSERT INTO etl.ref_icd10 (code) VALUES ('M465');

INSERT INTO etl.ref_icd10 (code) VALUES ('M468');

INSERT INTO etl.ref_icd10 (code) VALUES ('M469');

INSERT INTO etl.ref_icd10 (code) VALUES ('M47');

INSERT INTO etl.ref_icd10 (code) VALUES ('M470');

INSERT INTO etl.ref_icd10 (code) VALUES ('M471');

INSERT INTO etl.ref_icd10 (code) VALUES ('M472');

INSERT INTO etl.ref_icd10 (code) VALUES ('M478');

INSERT INTO etl.ref_icd10 (code) VALUES ('M479');

INSERT INTO etl.ref_icd10 (code) VALUES ('M48');

INSERT INTO etl.ref_icd10 (code) VALUES ('M480');

INSERT INTO etl.ref_icd10 (code) VALUES ('M481');

INSERT INTO etl.ref_icd10 (code) VALUES ('M482');

INSERT INTO etl.ref_icd10 (code) VALUES ('M483');

INSERT INTO etl.ref_icd10 (code) VALUES ('M484');

INSERT INTO etl.ref_icd10 (code) VALUES ('M485');

INSERT INTO etl.ref_icd10 (code) VALUES ('M488');

INSERT INTO etl.ref_icd10 (code) VALUES ('M489');

INSERT INTO etl.ref_icd10 (code) VALUES ('M49');

INSERT INTO etl.ref_icd10 (code) VALUES ('M490');

INSERT INTO etl.ref_icd10 (code) VALUES ('M491');

INSERT INTO etl.ref_icd10 (code) VALUES ('M492');

INSERT INTO etl.ref_icd10 (code) VALUES ('M493');

INSERT INTO etl.ref_icd10 (code) VALUES ('M494');

INSERT INTO etl.ref_icd10 (code) VALUES ('M495');

INSERT INTO etl.ref_icd10 (code) VALUES ('M498');

INSERT INTO etl.ref_icd10 (code) VALUES ('M50');

INSERT INTO etl.ref_icd10 (code) VALUES ('M500');

INSERT INTO etl.ref_icd10 (code) VALUES ('M501');

INSERT INTO etl.ref_icd10 (code) VALUES ('M502');

INSERT INTO etl.ref_icd10 (code) VALUES ('M503');

INSERT INTO etl.ref_icd10 (code) VALUES ('M508');

INSERT INTO etl.ref_icd10 (code) VALUES ('M509');

INSERT INTO etl.ref_icd10 (code) VALUES ('M51');

INSERT INTO etl.ref_icd10 (code) VALUES ('M510');

INSERT INTO etl.ref_icd10 (code) VALUES ('M511');

INSERT INTO etl.ref_icd10 (code) VALUES ('M512');

INSERT INTO etl.ref_icd10 (code) VALUES ('M513');

INSERT INTO etl.ref_icd10 (code) VALUES ('M514');

INSERT INTO etl.ref_icd10 (code) VALUES ('M518');

INSERT INTO etl.ref_icd10 (code) VALUES ('M519');

INSERT INTO etl.ref_icd10 (code) VALUES ('M53');

INSERT INTO etl.ref_icd10 (code) VALUES ('M530');

INSERT INTO etl.ref_icd10 (code) VALUES ('M531');

INSERT INTO etl.ref_icd10 (code) VALUES ('M532');

INSERT INTO etl.ref_icd10 (code) VALUES ('M533');

INSERT INTO etl.ref_icd10 (code) VALUES ('M538');

INSERT INTO etl.ref_icd10 (code) VALUES ('M539');

INSERT INTO etl.ref_icd10 (code) VALUES ('M54');

INSERT INTO etl.ref_icd10 (code) VALUES ('M540');

INSERT INTO etl.ref_icd10 (code) VALUES ('M541');

INSERT INTO etl.ref_icd10 (code) VALUES ('M542');

INSERT INTO etl.ref_icd10 (code) VALUES ('M543');

INSERT INTO etl.ref_icd10 (code) VALUES ('M544');

INSERT INTO etl.ref_icd10 (code) VALUES ('M545');

INSERT INTO etl.ref_icd10 (code) VALUES ('M546');

INSERT INTO etl.ref_icd10 (code) VALUES ('M548');

INSERT INTO etl.ref_icd10 (code) VALUES ('M549');

INSERT INTO etl.ref_icd10 (code) VALUES ('M60');

INSERT INTO etl.ref_icd10 (code) VALUES ('M600');

INSERT INTO etl.ref_icd10 (code) VALUES ('M601');

INSERT INTO etl.ref_icd10 (code) VALUES ('M602');

INSERT INTO etl.ref_icd10 (code) VALUES ('M608');

INSERT INTO etl.ref_icd10 (code) VALUES ('M609');

INSERT INTO etl.ref_icd10 (code) VALUES ('M61');

INSERT INTO etl.ref_icd10 (code) VALUES ('M610');

INSERT INTO etl.ref_icd10 (code) VALUES ('M611');

INSERT INTO etl.ref_icd10 (code) VALUES ('M612');

INSERT INTO etl.ref_icd10 (code) VALUES ('M613');

INSERT INTO etl.ref_icd10 (code) VALUES ('M614');

INSERT INTO etl.ref_icd10 (code) VALUES ('M615');

INSERT INTO etl.ref_icd10 (code) VALUES ('M619');

INSERT INTO etl.ref_icd10 (code) VALUES ('M62');

INSERT INTO etl.ref_icd10 (code) VALUES ('M620');

INSERT INTO etl.ref_icd10 (code) VALUES ('M621');

INSERT INTO etl.ref_icd10 (code) VALUES ('M622');

INSERT INTO etl.ref_icd10 (code) VALUES ('M623');

INSERT INTO etl.ref_icd10 (code) VALUES ('M624');

INSERT INTO etl.ref_icd10 (code) VALUES ('M625');

INSERT INTO etl.ref_icd10 (code) VALUES ('M626');

INSERT INTO etl.ref_icd10 (code) VALUES ('M628');

INSERT INTO etl.ref_icd10 (code) VALUES ('M629');

INSERT INTO etl.ref_icd10 (code) VALUES ('M63');

INSERT INTO etl.ref_icd10 (code) VALUES ('M630');

INSERT INTO etl.ref_icd10 (code) VALUES ('M631');

INSERT INTO etl.ref_icd10 (code) VALUES ('M632');

INSERT INTO etl.ref_icd10 (code) VALUES ('M633');

INSERT INTO etl.ref_icd10 (code) VALUES ('M638');

INSERT INTO etl.ref_icd10 (code) VALUES ('M65');

INSERT INTO etl.ref_icd10 (code) VALUES ('M650');

INSERT INTO etl.ref_icd10 (code) VALUES ('M651');

INSERT INTO etl.ref_icd10 (code) VALUES ('M652');

INSERT INTO etl.ref_icd10 (code) VALUES ('M653');

INSERT INTO etl.ref_icd10 (code) VALUES ('M654');

INSERT INTO etl.ref_icd10 (code) VALUES ('M658');

INSERT INTO etl.ref_icd10 (code) VALUES ('M659');

INSERT INTO etl.ref_icd10 (code) VALUES ('M66');

INSERT INTO etl.ref_icd10 (code) VALUES ('M660');

INSERT INTO etl.ref_icd10 (code) VALUES ('M661');

INSERT INTO etl.ref_icd10 (code) VALUES ('M662');

INSERT INTO etl.ref_icd10 (code) VALUES ('M663');

INSERT INTO etl.ref_icd10 (code) VALUES ('M664');

INSERT INTO etl.ref_icd10 (code) VALUES ('M665');

INSERT INTO etl.ref_icd10 (code) VALUES ('M67');

INSERT INTO etl.ref_icd10 (code) VALUES ('M670');

INSERT INTO etl.ref_icd10 (code) VALUES ('M671');

INSERT INTO etl.ref_icd10 (code) VALUES ('M672');

INSERT INTO etl.ref_icd10 (code) VALUES ('M673');

INSERT INTO etl.ref_icd10 (code) VALUES ('M674');

INSERT INTO etl.ref_icd10 (code) VALUES ('M678');

INSERT INTO etl.ref_icd10 (code) VALUES ('M679');

INSERT INTO etl.ref_icd10 (code) VALUES ('M68');

INSERT INTO etl.ref_icd10 (code) VALUES ('M680');

INSERT INTO etl.ref_icd10 (code) VALUES ('M688');

INSERT INTO etl.ref_icd10 (code) VALUES ('M70');

INSERT INTO etl.ref_icd10 (code) VALUES ('M700');

INSERT INTO etl.ref_icd10 (code) VALUES ('M701');

INSERT INTO etl.ref_icd10 (code) VALUES ('M702');

INSERT INTO etl.ref_icd10 (code) VALUES ('M703');

INSERT INTO etl.ref_icd10 (code) VALUES ('M704');

INSERT INTO etl.ref_icd10 (code) VALUES ('M705');

INSERT INTO etl.ref_icd10 (code) VALUES ('M706');

INSERT INTO etl.ref_icd10 (code) VALUES ('M707');

INSERT INTO etl.ref_icd10 (code) VALUES ('M708');

INSERT INTO etl.ref_icd10 (code) VALUES ('M709');

INSERT INTO etl.ref_icd10 (code) VALUES ('M71');

INSERT INTO etl.ref_icd10 (code) VALUES ('M710');

INSERT INTO etl.ref_icd10 (code) VALUES ('M711');

INSERT INTO etl.ref_icd10 (code) VALUES ('M712');

INSERT INTO etl.ref_icd10 (code) VALUES ('M713');

INSERT INTO etl.ref_icd10 (code) VALUES ('M714');

INSERT INTO etl.ref_icd10 (code) VALUES ('M715');

INSERT INTO etl.ref_icd10 (code) VALUES ('M718');

INSERT INTO etl.ref_icd10 (code) VALUES ('M719');

INSERT INTO etl.ref_icd10 (code) VALUES ('M72');

INSERT INTO etl.ref_icd10 (code) VALUES ('M720');

INSERT INTO etl.ref_icd10 (code) VALUES ('M721');

INSERT INTO etl.ref_icd10 (code) VALUES ('M722');

INSERT INTO etl.ref_icd10 (code) VALUES ('M724');

INSERT INTO etl.ref_icd10 (code) VALUES ('M726');

INSERT INTO etl.ref_icd10 (code) VALUES ('M728');

INSERT INTO etl.ref_icd10 (code) VALUES ('M729');

INSERT INTO etl.ref_icd10 (code) VALUES ('M73');

INSERT INTO etl.ref_icd10 (code) VALUES ('M730');

INSERT INTO etl.ref_icd10 (code) VALUES ('M731');

INSERT INTO etl.ref_icd10 (code) VALUES ('M738');

INSERT INTO etl.ref_icd10 (code) VALUES ('M75');

INSERT INTO etl.ref_icd10 (code) VALUES ('M750');

INSERT INTO etl.ref_icd10 (code) VALUES ('M751');

INSERT INTO etl.ref_icd10 (code) VALUES ('M752');

INSERT INTO etl.ref_icd10 (code) VALUES ('M753');

INSERT INTO etl.ref_icd10 (code) VALUES ('M754');

INSERT INTO etl.ref_icd10 (code) VALUES ('M755');

INSERT INTO etl.ref_icd10 (code) VALUES ('M756');

INSERT INTO etl.ref_icd10 (code) VALUES ('M758');

INSERT INTO etl.ref_icd10 (code) VALUES ('M759');

INSERT INTO etl.ref_icd10 (code) VALUES ('M76');

INSERT INTO etl.ref_icd10 (code) VALUES ('M760');

INSERT INTO etl.ref_icd10 (code) VALUES ('M761');

INSERT INTO etl.ref_icd10 (code) VALUES ('M762');

INSERT INTO etl.ref_icd10 (code) VALUES ('M763');

INSERT INTO etl.ref_icd10 (code) VALUES ('M764');

INSERT INTO etl.ref_icd10 (code) VALUES ('M765');

INSERT INTO etl.ref_icd10 (code) VALUES ('M766');

INSERT INTO etl.ref_icd10 (code) VALUES ('M767');

INSERT INTO etl.ref_icd10 (code) VALUES ('M768');

INSERT INTO etl.ref_icd10 (code) VALUES ('M769');

INSERT INTO etl.ref_icd10 (code) VALUES ('M77');

INSERT INTO etl.ref_icd10 (code) VALUES ('M770');

INSERT INTO etl.ref_icd10 (code) VALUES ('M771');

INSERT INTO etl.ref_icd10 (code) VALUES ('M772');

INSERT INTO etl.ref_icd10 (code) VALUES ('M773');

INSERT INTO etl.ref_icd10 (code) VALUES ('M774');

INSERT INTO etl.ref_icd10 (code) VALUES ('M775');

INSERT INTO etl.ref_icd10 (code) VALUES ('M778');

INSERT INTO etl.ref_icd10 (code) VALUES ('M779');

INSERT INTO etl.ref_icd10 (code) VALUES ('M79');

INSERT INTO etl.ref_icd10 (code) VALUES ('M790');

INSERT INTO etl.ref_icd10 (code) VALUES ('M791');

INSERT INTO etl.ref_icd10 (code) VALUES ('M792');

INSERT INTO etl.ref_icd10 (code) VALUES ('M793');

INSERT INTO etl.ref_icd10 (code) VALUES ('M794');

INSERT INTO etl.ref_icd10 (code) VALUES ('M795');

INSERT INTO etl.ref_icd10 (code) VALUES ('M796');

INSERT INTO etl.ref_icd10 (code) VALUES ('M797');

INSERT INTO etl.ref_icd10 (code) VALUES ('M798');

INSERT INTO etl.ref_icd10 (code) VALUES ('M799');

INSERT INTO etl.ref_icd10 (code) VALUES ('M80');

INSERT INTO etl.ref_icd10 (code) VALUES ('M800');

INSERT INTO etl.ref_icd10 (code) VALUES ('M801');

INSERT INTO etl.ref_icd10 (code) VALUES ('M802');

INSERT INTO etl.ref_icd10 (code) VALUES ('M803');

INSERT INTO etl.ref_icd10 (code) VALUES ('M804');

INSERT INTO etl.ref_icd10 (code) VALUES ('M805');

INSERT INTO etl.ref_icd10 (code) VALUES ('M808');

INSERT INTO etl.ref_icd10 (code) VALUES ('M809');

INSERT INTO etl.ref_icd10 (code) VALUES ('M81');

INSERT INTO etl.ref_icd10 (code) VALUES ('M810');

INSERT INTO etl.ref_icd10 (code) VALUES ('M811');

INSERT INTO etl.ref_icd10 (code) VALUES ('M812');

INSERT INTO etl.ref_icd10 (code) VALUES ('M813');

INSERT INTO etl.ref_icd10 (code) VALUES ('M814');

INSERT INTO etl.ref_icd10 (code) VALUES ('M815');

INSERT INTO etl.ref_icd10 (code) VALUES ('M816');

INSERT INTO etl.ref_icd10 (code) VALUES ('M818');

INSERT INTO etl.ref_icd10 (code) VALUES ('M819');

INSERT INTO etl.ref_icd10 (code) VALUES ('M82');

INSERT INTO etl.ref_icd10 (code) VALUES ('M820');

INSERT INTO etl.ref_icd10 (code) VALUES ('M821');

INSERT INTO etl.ref_icd10 (code) VALUES ('M828');

INSERT INTO etl.ref_icd10 (code) VALUES ('M83');

INSERT INTO etl.ref_icd10 (code) VALUES ('M830');

INSERT INTO etl.ref_icd10 (code) VALUES ('M831');

INSERT INTO etl.ref_icd10 (code) VALUES ('M832');

INSERT INTO etl.ref_icd10 (code) VALUES ('M833');

INSERT INTO etl.ref_icd10 (code) VALUES ('M834');

INSERT INTO etl.ref_icd10 (code) VALUES ('M835');

INSERT INTO etl.ref_icd10 (code) VALUES ('M838');

INSERT INTO etl.ref_icd10 (code) VALUES ('M839');

INSERT INTO etl.ref_icd10 (code) VALUES ('M84');

INSERT INTO etl.ref_icd10 (code) VALUES ('M840');

INSERT INTO etl.ref_icd10 (code) VALUES ('M841');

INSERT INTO etl.ref_icd10 (code) VALUES ('M842');

INSERT INTO etl.ref_icd10 (code) VALUES ('M843');

INSERT INTO etl.ref_icd10 (code) VALUES ('M844');

INSERT INTO etl.ref_icd10 (code) VALUES ('M848');

INSERT INTO etl.ref_icd10 (code) VALUES ('M849');

INSERT INTO etl.ref_icd10 (code) VALUES ('M85');

INSERT INTO etl.ref_icd10 (code) VALUES ('M850');

INSERT INTO etl.ref_icd10 (code) VALUES ('M851');

INSERT INTO etl.ref_icd10 (code) VALUES ('M852');

INSERT INTO etl.ref_icd10 (code) VALUES ('M853');

INSERT INTO etl.ref_icd10 (code) VALUES ('M854');

INSERT INTO etl.ref_icd10 (code) VALUES ('M855');

INSERT INTO etl.ref_icd10 (code) VALUES ('M856');

INSERT INTO etl.ref_icd10 (code) VALUES ('M858');

INSERT INTO etl.ref_icd10 (code) VALUES ('M859');

INSERT INTO etl.ref_icd10 (code) VALUES ('M86');

INSERT INTO etl.ref_icd10 (code) VALUES ('M860');

INSERT INTO etl.ref_icd10 (code) VALUES ('M861');

INSERT INTO etl.ref_icd10 (code) VALUES ('M862');

INSERT INTO etl.ref_icd10 (code) VALUES ('M863');

INSERT INTO etl.ref_icd10 (code) VALUES ('M864');

INSERT INTO etl.ref_icd10 (code) VALUES ('M865');

INSERT INTO etl.ref_icd10 (code) VALUES ('M866');

INSERT INTO etl.ref_icd10 (code) VALUES ('M868');

INSERT INTO etl.ref_icd10 (code) VALUES ('M869');

INSERT INTO etl.ref_icd10 (code) VALUES ('M87');

INSERT INTO etl.ref_icd10 (code) VALUES ('M870');

INSERT INTO etl.ref_icd10 (code) VALUES ('M871');

INSERT INTO etl.ref_icd10 (code) VALUES ('M872');

INSERT INTO etl.ref_icd10 (code) VALUES ('M873');

INSERT INTO etl.ref_icd10 (code) VALUES ('M878');

INSERT INTO etl.ref_icd10 (code) VALUES ('M879');

INSERT INTO etl.ref_icd10 (code) VALUES ('M88');

INSERT INTO etl.ref_icd10 (code) VALUES ('M880');

INSERT INTO etl.ref_icd10 (code) VALUES ('M888');

INSERT INTO etl.ref_icd10 (code) VALUES ('M889');

INSERT INTO etl.ref_icd10 (code) VALUES ('M89');

INSERT INTO etl.ref_icd10 (code) VALUES ('M890');

INSERT INTO etl.ref_icd10 (code) VALUES ('M891');

INSERT INTO etl.ref_icd10 (code) VALUES ('M892');

INSERT INTO etl.ref_icd10 (code) VALUES ('M893');

INSERT INTO etl.ref_icd10 (code) VALUES ('M894');

INSERT INTO etl.ref_icd10 (code) VALUES ('M895');

INSERT INTO etl.ref_icd10 (code) VALUES ('M896');

INSERT INTO etl.ref_icd10 (code) VALUES ('M898');

INSERT INTO etl.ref_icd10 (code) VALUES ('M899');

INSERT INTO etl.ref_icd10 (code) VALUES ('M90');

INSERT INTO etl.ref_icd10 (code) VALUES ('M900');

INSERT INTO etl.ref_icd10 (code) VALUES ('M901');

INSERT INTO etl.ref_icd10 (code) VALUES ('M902');

INSERT INTO etl.ref_icd10 (code) VALUES ('M903');

INSERT INTO etl.ref_icd10 (code) VALUES ('M904');

INSERT INTO etl.ref_icd10 (code) VALUES ('M905');

INSERT INTO etl.ref_icd10 (code) VALUES ('M906');

INSERT INTO etl.ref_icd10 (code) VALUES ('M907');

INSERT INTO etl.ref_icd10 (code) VALUES ('M908');

INSERT INTO etl.ref_icd10 (code) VALUES ('M91');

INSERT INTO etl.ref_icd10 (code) VALUES ('M910');

INSERT INTO etl.ref_icd10 (code) VALUES ('M911');

INSERT INTO etl.ref_icd10 (code) VALUES ('M912');

INSERT INTO etl.ref_icd10 (code) VALUES ('M913');

INSERT INTO etl.ref_icd10 (code) VALUES ('M918');

INSERT INTO etl.ref_icd10 (code) VALUES ('M919');

INSERT INTO etl.ref_icd10 (code) VALUES ('M92');

INSERT INTO etl.ref_icd10 (code) VALUES ('M920');

INSERT INTO etl.ref_icd10 (code) VALUES ('M921');

INSERT INTO etl.ref_icd10 (code) VALUES ('M922');

INSERT INTO etl.ref_icd10 (code) VALUES ('M923');

INSERT INTO etl.ref_icd10 (code) VALUES ('M924');

INSERT INTO etl.ref_icd10 (code) VALUES ('M925');

INSERT INTO etl.ref_icd10 (code) VALUES ('M926');

INSERT INTO etl.ref_icd10 (code) VALUES ('M927');

INSERT INTO etl.ref_icd10 (code) VALUES ('M928');

INSERT INTO etl.ref_icd10 (code) VALUES ('M929');

INSERT INTO etl.ref_icd10 (code) VALUES ('M93');

INSERT INTO etl.ref_icd10 (code) VALUES ('M930');

INSERT INTO etl.ref_icd10 (code) VALUES ('M931');

INSERT INTO etl.ref_icd10 (code) VALUES ('M932');

INSERT INTO etl.ref_icd10 (code) VALUES ('M938');

INSERT INTO etl.ref_icd10 (code) VALUES ('M939');

INSERT INTO etl.ref_icd10 (code) VALUES ('M94');

INSERT INTO etl.ref_icd10 (code) VALUES ('M940');

INSERT INTO etl.ref_icd10 (code) VALUES ('M941');

INSERT INTO etl.ref_icd10 (code) VALUES ('M942');

INSERT INTO etl.ref_icd10 (code) VALUES ('M943');

INSERT INTO etl.ref_icd10 (code) VALUES ('M948');

INSERT INTO etl.ref_icd10 (code) VALUES ('M949');

INSERT INTO etl.ref_icd10 (code) VALUES ('M95');

INSERT INTO etl.ref_icd10 (code) VALUES ('M950');

INSERT INTO etl.ref_icd10 (code) VALUES ('M951');

INSERT INTO etl.ref_icd10 (code) VALUES ('M952');

INSERT INTO etl.ref_icd10 (code) VALUES ('M953');

INSERT INTO etl.ref_icd10 (code) VALUES ('M954');

INSERT INTO etl.ref_icd10 (code) VALUES ('M955');

INSERT INTO etl.ref_icd10 (code) VALUES ('M958');

INSERT INTO etl.ref_icd10 (code) VALUES ('M959');

INSERT INTO etl.ref_icd10 (code) VALUES ('M96');

INSERT INTO etl.ref_icd10 (code) VALUES ('M960');

INSERT INTO etl.ref_icd10 (code) VALUES ('M961');

INSERT INTO etl.ref_icd10 (code) VALUES ('M962');

INSERT INTO etl.ref_icd10 (code) VALUES ('M963');

INSERT INTO etl.ref_icd10 (code) VALUES ('M964');

INSERT INTO etl.ref_icd10 (code) VALUES ('M965');

INSERT INTO etl.ref_icd10 (code) VALUES ('M966');

INSERT INTO etl.ref_icd10 (code) VALUES ('M968');

INSERT INTO etl.ref_icd10 (code) VALUES ('M969');

INSERT INTO etl.ref_icd10 (code) VALUES ('M99');

INSERT INTO etl.ref_icd10 (code) VALUES ('M990');

INSERT INTO etl.ref_icd10 (code) VALUES ('M991');

INSERT INTO etl.ref_icd10 (code) VALUES ('M992');

INSERT INTO etl.ref_icd10 (code) VALUES ('M993');

INSERT INTO etl.ref_icd10 (code) VALUES ('M994');

INSERT INTO etl.ref_icd10 (code) VALUES ('M995');

INSERT INTO etl.ref_icd10 (code) VALUES ('M996');

INSERT INTO etl.ref_icd10 (code) VALUES ('M997');

INSERT INTO etl.ref_icd10 (code) VALUES ('M998');

INSERT INTO etl.ref_icd10 (code) VALUES ('M999');

INSERT INTO etl.ref_icd10 (code) VALUES ('N00');

INSERT INTO etl.ref_icd10 (code) VALUES ('N000');

INSERT INTO etl.ref_icd10 (code) VALUES ('N001');

INSERT INTO etl.ref_icd10 (code) VALUES ('N002');

INSERT INTO etl.ref_icd10 (code) VALUES ('N003');

INSERT INTO etl.ref_icd10 (code) VALUES ('N004');

INSERT INTO etl.ref_icd10 (code) VALUES ('N005');

INSERT INTO etl.ref_icd10 (code) VALUES ('N006');

INSERT INTO etl.ref_icd10 (code) VALUES ('N007');

INSERT INTO etl.ref_icd10 (code) VALUES ('N008');

INSERT INTO etl.ref_icd10 (code) VALUES ('N009');

INSERT INTO etl.ref_icd10 (code) VALUES ('N01');

INSERT INTO etl.ref_icd10 (code) VALUES ('N010');

INSERT INTO etl.ref_icd10 (code) VALUES ('N011');

INSERT INTO etl.ref_icd10 (code) VALUES ('N012');

INSERT INTO etl.ref_icd10 (code) VALUES ('N013');

INSERT INTO etl.ref_icd10 (code) VALUES ('N014');

INSERT INTO etl.ref_icd10 (code) VALUES ('N015');

INSERT INTO etl.ref_icd10 (code) VALUES ('N016');

INSERT INTO etl.ref_icd10 (code) VALUES ('N017');

INSERT INTO etl.ref_icd10 (code) VALUES ('N018');

INSERT INTO etl.ref_icd10 (code) VALUES ('N019');

INSERT INTO etl.ref_icd10 (code) VALUES ('N02');

INSERT INTO etl.ref_icd10 (code) VALUES ('N020');

INSERT INTO etl.ref_icd10 (code) VALUES ('N021');

INSERT INTO etl.ref_icd10 (code) VALUES ('N022');

INSERT INTO etl.ref_icd10 (code) VALUES ('N023');

INSERT INTO etl.ref_icd10 (code) VALUES ('N024');

INSERT INTO etl.ref_icd10 (code) VALUES ('N025');

INSERT INTO etl.ref_icd10 (code) VALUES ('N026');

INSERT INTO etl.ref_icd10 (code) VALUES ('N027');

INSERT INTO etl.ref_icd10 (code) VALUES ('N028');

INSERT INTO etl.ref_icd10 (code) VALUES ('N029');

INSERT INTO etl.ref_icd10 (code) VALUES ('N03');

INSERT INTO etl.ref_icd10 (code) VALUES ('N030');

INSERT INTO etl.ref_icd10 (code) VALUES ('N031');

INSERT INTO etl.ref_icd10 (code) VALUES ('N032');

INSERT INTO etl.ref_icd10 (code) VALUES ('N033');

INSERT INTO etl.ref_icd10 (code) VALUES ('N034');

INSERT INTO etl.ref_icd10 (code) VALUES ('N035');

INSERT INTO etl.ref_icd10 (code) VALUES ('N036');

INSERT INTO etl.ref_icd10 (code) VALUES ('N037');

INSERT INTO etl.ref_icd10 (code) VALUES ('N038');

INSERT INTO etl.ref_icd10 (code) VALUES ('N039');

INSERT INTO etl.ref_icd10 (code) VALUES ('N04');

INSERT INTO etl.ref_icd10 (code) VALUES ('N040');

INSERT INTO etl.ref_icd10 (code) VALUES ('N041');

INSERT INTO etl.ref_icd10 (code) VALUES ('N042');

INSERT INTO etl.ref_icd10 (code) VALUES ('N043');

INSERT INTO etl.ref_icd10 (code) VALUES ('N044');

INSERT INTO etl.ref_icd10 (code) VALUES ('N045');

INSERT INTO etl.ref_icd10 (code) VALUES ('N046');

INSERT INTO etl.ref_icd10 (code) VALUES ('N047');

INSERT INTO etl.ref_icd10 (code) VALUES ('N048');

INSERT INTO etl.ref_icd10 (code) VALUES ('N049');

INSERT INTO etl.ref_icd10 (code) VALUES ('N05');

INSERT INTO etl.ref_icd10 (code) VALUES ('N050');

INSERT INTO etl.ref_icd10 (code) VALUES ('N051');

INSERT INTO etl.ref_icd10 (code) VALUES ('N052');

INSERT INTO etl.ref_icd10 (code) VALUES ('N053');

INSERT INTO etl.ref_icd10 (code) VALUES ('N054');

INSERT INTO etl.ref_icd10 (code) VALUES ('N055');

INSERT INTO etl.ref_icd10 (code) VALUES ('N056');

INSERT INTO etl.ref_icd10 (code) VALUES ('N057');

INSERT INTO etl.ref_icd10 (code) VALUES ('N058');

INSERT INTO etl.ref_icd10 (code) VALUES ('N059');

INSERT INTO etl.ref_icd10 (code) VALUES ('N06');

INSERT INTO etl.ref_icd10 (code) VALUES ('N060');

INSERT INTO etl.ref_icd10 (code) VALUES ('N061');

INSERT INTO etl.ref_icd10 (code) VALUES ('N062');

INSERT INTO etl.ref_icd10 (code) VALUES ('N063');

INSERT INTO etl.ref_icd10 (code) VALUES ('N064');

INSERT INTO etl.ref_icd10 (code) VALUES ('N065');

INSERT INTO etl.ref_icd10 (code) VALUES ('N066');

INSERT INTO etl.ref_icd10 (code) VALUES ('N067');

INSERT INTO etl.ref_icd10 (code) VALUES ('N068');

INSERT INTO etl.ref_icd10 (code) VALUES ('N069');

INSERT INTO etl.ref_icd10 (code) VALUES ('N07');

INSERT INTO etl.ref_icd10 (code) VALUES ('N070');

INSERT INTO etl.ref_icd10 (code) VALUES ('N071');

INSERT INTO etl.ref_icd10 (code) VALUES ('N072');

INSERT INTO etl.ref_icd10 (code) VALUES ('N073');

INSERT INTO etl.ref_icd10 (code) VALUES ('N074');

INSERT INTO etl.ref_icd10 (code) VALUES ('N075');

INSERT INTO etl.ref_icd10 (code) VALUES ('N076');

INSERT INTO etl.ref_icd10 (code) VALUES ('N077');

INSERT INTO etl.ref_icd10 (code) VALUES ('N078');

INSERT INTO etl.ref_icd10 (code) VALUES ('N079');

INSERT INTO etl.ref_icd10 (code) VALUES ('N08');

INSERT INTO etl.ref_icd10 (code) VALUES ('N080');

INSERT INTO etl.ref_icd10 (code) VALUES ('N081');

INSERT INTO etl.ref_icd10 (code) VALUES ('N082');

INSERT INTO etl.ref_icd10 (code) VALUES ('N083');

INSERT INTO etl.ref_icd10 (code) VALUES ('N084');

INSERT INTO etl.ref_icd10 (code) VALUES ('N085');

INSERT INTO etl.ref_icd10 (code) VALUES ('N088');

INSERT INTO etl.ref_icd10 (code) VALUES ('N10');

INSERT INTO etl.ref_icd10 (code) VALUES ('N11');

INSERT INTO etl.ref_icd10 (code) VALUES ('N110');

INSERT INTO etl.ref_icd10 (code) VALUES ('N111');

INSERT INTO etl.ref_icd10 (code) VALUES ('N118');

INSERT INTO etl.ref_icd10 (code) VALUES ('N119');

INSERT INTO etl.ref_icd10 (code) VALUES ('N12');

INSERT INTO etl.ref_icd10 (code) VALUES ('N13');

INSERT INTO etl.ref_icd10 (code) VALUES ('N130');

INSERT INTO etl.ref_icd10 (code) VALUES ('N131');

INSERT INTO etl.ref_icd10 (code) VALUES ('N132');

INSERT INTO etl.ref_icd10 (code) VALUES ('N133');

INSERT INTO etl.ref_icd10 (code) VALUES ('N134');

INSERT INTO etl.ref_icd10 (code) VALUES ('N135');

INSERT INTO etl.ref_icd10 (code) VALUES ('N136');

INSERT INTO etl.ref_icd10 (code) VALUES ('N137');

INSERT INTO etl.ref_icd10 (code) VALUES ('N138');

INSERT INTO etl.ref_icd10 (code) VALUES ('N139');

INSERT INTO etl.ref_icd10 (code) VALUES ('N14');

INSERT INTO etl.ref_icd10 (code) VALUES ('N140');

INSERT INTO etl.ref_icd10 (code) VALUES ('N141');

INSERT INTO etl.ref_icd10 (code) VALUES ('N142');

INSERT INTO etl.ref_icd10 (code) VALUES ('N143');

INSERT INTO etl.ref_icd10 (code) VALUES ('N144');

INSERT INTO etl.ref_icd10 (code) VALUES ('N15');

INSERT INTO etl.ref_icd10 (code) VALUES ('N150');

INSERT INTO etl.ref_icd10 (code) VALUES ('N151');

INSERT INTO etl.ref_icd10 (code) VALUES ('N158');

INSERT INTO etl.ref_icd10 (code) VALUES ('N159');

INSERT INTO etl.ref_icd10 (code) VALUES ('N16');

INSERT INTO etl.ref_icd10 (code) VALUES ('N160');

INSERT INTO etl.ref_icd10 (code) VALUES ('N161');

INSERT INTO etl.ref_icd10 (code) VALUES ('N162');

INSERT INTO etl.ref_icd10 (code) VALUES ('N163');

INSERT INTO etl.ref_icd10 (code) VALUES ('N164');

INSERT INTO etl.ref_icd10 (code) VALUES ('N165');

INSERT INTO etl.ref_icd10 (code) VALUES ('N168');

INSERT INTO etl.ref_icd10 (code) VALUES ('N17');

INSERT INTO etl.ref_icd10 (code) VALUES ('N170');

INSERT INTO etl.ref_icd10 (code) VALUES ('N171');

INSERT INTO etl.ref_icd10 (code) VALUES ('N172');

INSERT INTO etl.ref_icd10 (code) VALUES ('N178');

INSERT INTO etl.ref_icd10 (code) VALUES ('N179');

INSERT INTO etl.ref_icd10 (code) VALUES ('N18');

INSERT INTO etl.ref_icd10 (code) VALUES ('N181');

INSERT INTO etl.ref_icd10 (code) VALUES ('N182');

INSERT INTO etl.ref_icd10 (code) VALUES ('N183');

INSERT INTO etl.ref_icd10 (code) VALUES ('N184');

INSERT INTO etl.ref_icd10 (code) VALUES ('N185');

INSERT INTO etl.ref_icd10 (code) VALUES ('N189');

INSERT INTO etl.ref_icd10 (code) VALUES ('N19');

INSERT INTO etl.ref_icd10 (code) VALUES ('N20');

INSERT INTO etl.ref_icd10 (code) VALUES ('N200');

INSERT INTO etl.ref_icd10 (code) VALUES ('N201');

INSERT INTO etl.ref_icd10 (code) VALUES ('N202');

INSERT INTO etl.ref_icd10 (code) VALUES ('N209');

INSERT INTO etl.ref_icd10 (code) VALUES ('N21');

INSERT INTO etl.ref_icd10 (code) VALUES ('N210');

INSERT INTO etl.ref_icd10 (code) VALUES ('N211');

INSERT INTO etl.ref_icd10 (code) VALUES ('N218');

INSERT INTO etl.ref_icd10 (code) VALUES ('N219');

INSERT INTO etl.ref_icd10 (code) VALUES ('N22');

INSERT INTO etl.ref_icd10 (code) VALUES ('N220');

INSERT INTO etl.ref_icd10 (code) VALUES ('N228');

INSERT INTO etl.ref_icd10 (code) VALUES ('N23');

INSERT INTO etl.ref_icd10 (code) VALUES ('N25');

INSERT INTO etl.ref_icd10 (code) VALUES ('N250');

INSERT INTO etl.ref_icd10 (code) VALUES ('N251');

INSERT INTO etl.ref_icd10 (code) VALUES ('N258');

INSERT INTO etl.ref_icd10 (code) VALUES ('N259');

INSERT INTO etl.ref_icd10 (code) VALUES ('N26');

INSERT INTO etl.ref_icd10 (code) VALUES ('N27');

INSERT INTO etl.ref_icd10 (code) VALUES ('N270');

INSERT INTO etl.ref_icd10 (code) VALUES ('N271');

INSERT INTO etl.ref_icd10 (code) VALUES ('N279');

INSERT INTO etl.ref_icd10 (code) VALUES ('N28');

INSERT INTO etl.ref_icd10 (code) VALUES ('N280');

INSERT INTO etl.ref_icd10 (code) VALUES ('N281');

INSERT INTO etl.ref_icd10 (code) VALUES ('N288');

INSERT INTO etl.ref_icd10 (code) VALUES ('N289');

INSERT INTO etl.ref_icd10 (code) VALUES ('N29');

INSERT INTO etl.ref_icd10 (code) VALUES ('N290');

INSERT INTO etl.ref_icd10 (code) VALUES ('N291');

INSERT INTO etl.ref_icd10 (code) VALUES ('N298');

INSERT INTO etl.ref_icd10 (code) VALUES ('N30');

INSERT INTO etl.ref_icd10 (code) VALUES ('N300');

INSERT INTO etl.ref_icd10 (code) VALUES ('N301');

INSERT INTO etl.ref_icd10 (code) VALUES ('N302');

INSERT INTO etl.ref_icd10 (code) VALUES ('N303');

INSERT INTO etl.ref_icd10 (code) VALUES ('N304');

INSERT INTO etl.ref_icd10 (code) VALUES ('N308');

INSERT INTO etl.ref_icd10 (code) VALUES ('N309');

INSERT INTO etl.ref_icd10 (code) VALUES ('N31');

INSERT INTO etl.ref_icd10 (code) VALUES ('N310');

INSERT INTO etl.ref_icd10 (code) VALUES ('N311');

INSERT INTO etl.ref_icd10 (code) VALUES ('N312');

INSERT INTO etl.ref_icd10 (code) VALUES ('N318');

INSERT INTO etl.ref_icd10 (code) VALUES ('N319');

INSERT INTO etl.ref_icd10 (code) VALUES ('N32');

INSERT INTO etl.ref_icd10 (code) VALUES ('N320');

INSERT INTO etl.ref_icd10 (code) VALUES ('N321');

INSERT INTO etl.ref_icd10 (code) VALUES ('N322');

INSERT INTO etl.ref_icd10 (code) VALUES ('N323');

INSERT INTO etl.ref_icd10 (code) VALUES ('N324');

INSERT INTO etl.ref_icd10 (code) VALUES ('N328');

INSERT INTO etl.ref_icd10 (code) VALUES ('N329');

INSERT INTO etl.ref_icd10 (code) VALUES ('N33');

INSERT INTO etl.ref_icd10 (code) VALUES ('N330');

INSERT INTO etl.ref_icd10 (code) VALUES ('N338');

INSERT INTO etl.ref_icd10 (code) VALUES ('N34');

INSERT INTO etl.ref_icd10 (code) VALUES ('N340');

INSERT INTO etl.ref_icd10 (code) VALUES ('N341');

INSERT INTO etl.ref_icd10 (code) VALUES ('N342');

INSERT INTO etl.ref_icd10 (code) VALUES ('N343');

INSERT INTO etl.ref_icd10 (code) VALUES ('N35');

INSERT INTO etl.ref_icd10 (code) VALUES ('N350');

INSERT INTO etl.ref_icd10 (code) VALUES ('N351');

INSERT INTO etl.ref_icd10 (code) VALUES ('N358');

INSERT INTO etl.ref_icd10 (code) VALUES ('N359');

INSERT INTO etl.ref_icd10 (code) VALUES ('N36');

INSERT INTO etl.ref_icd10 (code) VALUES ('N360');

INSERT INTO etl.ref_icd10 (code) VALUES ('N361');

INSERT INTO etl.ref_icd10 (code) VALUES ('N362');

INSERT INTO etl.ref_icd10 (code) VALUES ('N363');

INSERT INTO etl.ref_icd10 (code) VALUES ('N368');

INSERT INTO etl.ref_icd10 (code) VALUES ('N369');

INSERT INTO etl.ref_icd10 (code) VALUES ('N37');

INSERT INTO etl.ref_icd10 (code) VALUES ('N370');

INSERT INTO etl.ref_icd10 (code) VALUES ('N378');

INSERT INTO etl.ref_icd10 (code) VALUES ('N39');

INSERT INTO etl.ref_icd10 (code) VALUES ('N390');

INSERT INTO etl.ref_icd10 (code) VALUES ('N391');

INSERT INTO etl.ref_icd10 (code) VALUES ('N392');

INSERT INTO etl.ref_icd10 (code) VALUES ('N393');

INSERT INTO etl.ref_icd10 (code) VALUES ('N394');

INSERT INTO etl.ref_icd10 (code) VALUES ('N398');

INSERT INTO etl.ref_icd10 (code) VALUES ('N399');

INSERT INTO etl.ref_icd10 (code) VALUES ('N40');

INSERT INTO etl.ref_icd10 (code) VALUES ('N41');

INSERT INTO etl.ref_icd10 (code) VALUES ('N410');

INSERT INTO etl.ref_icd10 (code) VALUES ('N411');

INSERT INTO etl.ref_icd10 (code) VALUES ('N412');

INSERT INTO etl.ref_icd10 (code) VALUES ('N413');

INSERT INTO etl.ref_icd10 (code) VALUES ('N418');

INSERT INTO etl.ref_icd10 (code) VALUES ('N419');

INSERT INTO etl.ref_icd10 (code) VALUES ('N42');

INSERT INTO etl.ref_icd10 (code) VALUES ('N420');

INSERT INTO etl.ref_icd10 (code) VALUES ('N421');

INSERT INTO etl.ref_icd10 (code) VALUES ('N422');

INSERT INTO etl.ref_icd10 (code) VALUES ('N423');

INSERT INTO etl.ref_icd10 (code) VALUES ('N428');

INSERT INTO etl.ref_icd10 (code) VALUES ('N429');

INSERT INTO etl.ref_icd10 (code) VALUES ('N43');

INSERT INTO etl.ref_icd10 (code) VALUES ('N430');

INSERT INTO etl.ref_icd10 (code) VALUES ('N431');

INSERT INTO etl.ref_icd10 (code) VALUES ('N432');

INSERT INTO etl.ref_icd10 (code) VALUES ('N433');

INSERT INTO etl.ref_icd10 (code) VALUES ('N434');

INSERT INTO etl.ref_icd10 (code) VALUES ('N44');

INSERT INTO etl.ref_icd10 (code) VALUES ('N45');

INSERT INTO etl.ref_icd10 (code) VALUES ('N450');

INSERT INTO etl.ref_icd10 (code) VALUES ('N459');

INSERT INTO etl.ref_icd10 (code) VALUES ('N46');

INSERT INTO etl.ref_icd10 (code) VALUES ('N47');

INSERT INTO etl.ref_icd10 (code) VALUES ('N48');

INSERT INTO etl.ref_icd10 (code) VALUES ('N480');

INSERT INTO etl.ref_icd10 (code) VALUES ('N481');

INSERT INTO etl.ref_icd10 (code) VALUES ('N482');

INSERT INTO etl.ref_icd10 (code) VALUES ('N483');

INSERT INTO etl.ref_icd10 (code) VALUES ('N484');

INSERT INTO etl.ref_icd10 (code) VALUES ('N485');

INSERT INTO etl.ref_icd10 (code) VALUES ('N486');

INSERT INTO etl.ref_icd10 (code) VALUES ('N488');

INSERT INTO etl.ref_icd10 (code) VALUES ('N489');

INSERT INTO etl.ref_icd10 (code) VALUES ('N49');

INSERT INTO etl.ref_icd10 (code) VALUES ('N490');

INSERT INTO etl.ref_icd10 (code) VALUES ('N491');

INSERT INTO etl.ref_icd10 (code) VALUES ('N492');

INSERT INTO etl.ref_icd10 (code) VALUES ('N498');

INSERT INTO etl.ref_icd10 (code) VALUES ('N499');

INSERT INTO etl.ref_icd10 (code) VALUES ('N50');

INSERT INTO etl.ref_icd10 (code) VALUES ('N500');

INSERT INTO etl.ref_icd10 (code) VALUES ('N501');

INSERT INTO etl.ref_icd10 (code) VALUES ('N508');

INSERT INTO etl.ref_icd10 (code) VALUES ('N509');

INSERT INTO etl.ref_icd10 (code) VALUES ('N51');

INSERT INTO etl.ref_icd10 (code) VALUES ('N510');

INSERT INTO etl.ref_icd10 (code) VALUES ('N511');

INSERT INTO etl.ref_icd10 (code) VALUES ('N512');

INSERT INTO etl.ref_icd10 (code) VALUES ('N518');

INSERT INTO etl.ref_icd10 (code) VALUES ('N60');

INSERT INTO etl.ref_icd10 (code) VALUES ('N600');

INSERT INTO etl.ref_icd10 (code) VALUES ('N601');

INSERT INTO etl.ref_icd10 (code) VALUES ('N602');

INSERT INTO etl.ref_icd10 (code) VALUES ('N603');

INSERT INTO etl.ref_icd10 (code) VALUES ('N604');

INSERT INTO etl.ref_icd10 (code) VALUES ('N608');

INSERT INTO etl.ref_icd10 (code) VALUES ('N609');

INSERT INTO etl.ref_icd10 (code) VALUES ('N61');

INSERT INTO etl.ref_icd10 (code) VALUES ('N62');

INSERT INTO etl.ref_icd10 (code) VALUES ('N63');

INSERT INTO etl.ref_icd10 (code) VALUES ('N64');

INSERT INTO etl.ref_icd10 (code) VALUES ('N640');

INSERT INTO etl.ref_icd10 (code) VALUES ('N641');

INSERT INTO etl.ref_icd10 (code) VALUES ('N642');

INSERT INTO etl.ref_icd10 (code) VALUES ('N643');

INSERT INTO etl.ref_icd10 (code) VALUES ('N644');

INSERT INTO etl.ref_icd10 (code) VALUES ('N645');

INSERT INTO etl.ref_icd10 (code) VALUES ('N648');

INSERT INTO etl.ref_icd10 (code) VALUES ('N649');

INSERT INTO etl.ref_icd10 (code) VALUES ('N70');

INSERT INTO etl.ref_icd10 (code) VALUES ('N700');

INSERT INTO etl.ref_icd10 (code) VALUES ('N701');

INSERT INTO etl.ref_icd10 (code) VALUES ('N709');

INSERT INTO etl.ref_icd10 (code) VALUES ('N71');

INSERT INTO etl.ref_icd10 (code) VALUES ('N710');

INSERT INTO etl.ref_icd10 (code) VALUES ('N711');

INSERT INTO etl.ref_icd10 (code) VALUES ('N719');

INSERT INTO etl.ref_icd10 (code) VALUES ('N72');

INSERT INTO etl.ref_icd10 (code) VALUES ('N73');

INSERT INTO etl.ref_icd10 (code) VALUES ('N730');

INSERT INTO etl.ref_icd10 (code) VALUES ('N731');

INSERT INTO etl.ref_icd10 (code) VALUES ('N732');

INSERT INTO etl.ref_icd10 (code) VALUES ('N733');

INSERT INTO etl.ref_icd10 (code) VALUES ('N734');

INSERT INTO etl.ref_icd10 (code) VALUES ('N735');

INSERT INTO etl.ref_icd10 (code) VALUES ('N736');

INSERT INTO etl.ref_icd10 (code) VALUES ('N738');

INSERT INTO etl.ref_icd10 (code) VALUES ('N739');

INSERT INTO etl.ref_icd10 (code) VALUES ('N74');

INSERT INTO etl.ref_icd10 (code) VALUES ('N740');

INSERT INTO etl.ref_icd10 (code) VALUES ('N741');

INSERT INTO etl.ref_icd10 (code) VALUES ('N742');

INSERT INTO etl.ref_icd10 (code) VALUES ('N743');

INSERT INTO etl.ref_icd10 (code) VALUES ('N744');

INSERT INTO etl.ref_icd10 (code) VALUES ('N748');

INSERT INTO etl.ref_icd10 (code) VALUES ('N75');

INSERT INTO etl.ref_icd10 (code) VALUES ('N750');

INSERT INTO etl.ref_icd10 (code) VALUES ('N751');

INSERT INTO etl.ref_icd10 (code) VALUES ('N758');

INSERT INTO etl.ref_icd10 (code) VALUES ('N759');

INSERT INTO etl.ref_icd10 (code) VALUES ('N76');

INSERT INTO etl.ref_icd10 (code) VALUES ('N760');

INSERT INTO etl.ref_icd10 (code) VALUES ('N761');

INSERT INTO etl.ref_icd10 (code) VALUES ('N762');

INSERT INTO etl.ref_icd10 (code) VALUES ('N763');

INSERT INTO etl.ref_icd10 (code) VALUES ('N764');

INSERT INTO etl.ref_icd10 (code) VALUES ('N765');

INSERT INTO etl.ref_icd10 (code) VALUES ('N766');

INSERT INTO etl.ref_icd10 (code) VALUES ('N768');

INSERT INTO etl.ref_icd10 (code) VALUES ('N77');

INSERT INTO etl.ref_icd10 (code) VALUES ('N770');

INSERT INTO etl.ref_icd10 (code) VALUES ('N771');

INSERT INTO etl.ref_icd10 (code) VALUES ('N778');

INSERT INTO etl.ref_icd10 (code) VALUES ('N80');

INSERT INTO etl.ref_icd10 (code) VALUES ('N800');

INSERT INTO etl.ref_icd10 (code) VALUES ('N801');

INSERT INTO etl.ref_icd10 (code) VALUES ('N802');

INSERT INTO etl.ref_icd10 (code) VALUES ('N803');

INSERT INTO etl.ref_icd10 (code) VALUES ('N804');

INSERT INTO etl.ref_icd10 (code) VALUES ('N805');

INSERT INTO etl.ref_icd10 (code) VALUES ('N806');

INSERT INTO etl.ref_icd10 (code) VALUES ('N808');

INSERT INTO etl.ref_icd10 (code) VALUES ('N809');

INSERT INTO etl.ref_icd10 (code) VALUES ('N81');

INSERT INTO etl.ref_icd10 (code) VALUES ('N810');

INSERT INTO etl.ref_icd10 (code) VALUES ('N811');

INSERT INTO etl.ref_icd10 (code) VALUES ('N812');

INSERT INTO etl.ref_icd10 (code) VALUES ('N813');

INSERT INTO etl.ref_icd10 (code) VALUES ('N814');

INSERT INTO etl.ref_icd10 (code) VALUES ('N815');

INSERT INTO etl.ref_icd10 (code) VALUES ('N816');

INSERT INTO etl.ref_icd10 (code) VALUES ('N818');

INSERT INTO etl.ref_icd10 (code) VALUES ('N819');

INSERT INTO etl.ref_icd10 (code) VALUES ('N82');

INSERT INTO etl.ref_icd10 (code) VALUES ('N820');

INSERT INTO etl.ref_icd10 (code) VALUES ('N821');

INSERT INTO etl.ref_icd10 (code) VALUES ('N822');

INSERT INTO etl.ref_icd10 (code) VALUES ('N823');

INSERT INTO etl.ref_icd10 (code) VALUES ('N824');

INSERT INTO etl.ref_icd10 (code) VALUES ('N825');

INSERT INTO etl.ref_icd10 (code) VALUES ('N828');

INSERT INTO etl.ref_icd10 (code) VALUES ('N829');

INSERT INTO etl.ref_icd10 (code) VALUES ('N83');

INSERT INTO etl.ref_icd10 (code) VALUES ('N830');

INSERT INTO etl.ref_icd10 (code) VALUES ('N831');

INSERT INTO etl.ref_icd10 (code) VALUES ('N832');

INSERT INTO etl.ref_icd10 (code) VALUES ('N833');

INSERT INTO etl.ref_icd10 (code) VALUES ('N834');

INSERT INTO etl.ref_icd10 (code) VALUES ('N835');

INSERT INTO etl.ref_icd10 (code) VALUES ('N836');

INSERT INTO etl.ref_icd10 (code) VALUES ('N837');

INSERT INTO etl.ref_icd10 (code) VALUES ('N838');

INSERT INTO etl.ref_icd10 (code) VALUES ('N839');

INSERT INTO etl.ref_icd10 (code) VALUES ('N84');

INSERT INTO etl.ref_icd10 (code) VALUES ('N840');

INSERT INTO etl.ref_icd10 (code) VALUES ('N841');

INSERT INTO etl.ref_icd10 (code) VALUES ('N842');

INSERT INTO etl.ref_icd10 (code) VALUES ('N843');

INSERT INTO etl.ref_icd10 (code) VALUES ('N848');

INSERT INTO etl.ref_icd10 (code) VALUES ('N849');

INSERT INTO etl.ref_icd10 (code) VALUES ('N85');

INSERT INTO etl.ref_icd10 (code) VALUES ('N850');

INSERT INTO etl.ref_icd10 (code) VALUES ('N851');

INSERT INTO etl.ref_icd10 (code) VALUES ('N852');

INSERT INTO etl.ref_icd10 (code) VALUES ('N853');

INSERT INTO etl.ref_icd10 (code) VALUES ('N854');

INSERT INTO etl.ref_icd10 (code) VALUES ('N855');

INSERT INTO etl.ref_icd10 (code) VALUES ('N856');

INSERT INTO etl.ref_icd10 (code) VALUES ('N857');

INSERT INTO etl.ref_icd10 (code) VALUES ('N858');

INSERT INTO etl.ref_icd10 (code) VALUES ('N859');

INSERT INTO etl.ref_icd10 (code) VALUES ('N86');

INSERT INTO etl.ref_icd10 (code) VALUES ('N87');

INSERT INTO etl.ref_icd10 (code) VALUES ('N870');

INSERT INTO etl.ref_icd10 (code) VALUES ('N871');

INSERT INTO etl.ref_icd10 (code) VALUES ('N872');

INSERT INTO etl.ref_icd10 (code) VALUES ('N879');

INSERT INTO etl.ref_icd10 (code) VALUES ('N88');

INSERT INTO etl.ref_icd10 (code) VALUES ('N880');

INSERT INTO etl.ref_icd10 (code) VALUES ('N881');

INSERT INTO etl.ref_icd10 (code) VALUES ('N882');

INSERT INTO etl.ref_icd10 (code) VALUES ('N883');

INSERT INTO etl.ref_icd10 (code) VALUES ('N884');

INSERT INTO etl.ref_icd10 (code) VALUES ('N888');

INSERT INTO etl.ref_icd10 (code) VALUES ('N889');

INSERT INTO etl.ref_icd10 (code) VALUES ('N89');

INSERT INTO etl.ref_icd10 (code) VALUES ('N890');

INSERT INTO etl.ref_icd10 (code) VALUES ('N891');

INSERT INTO etl.ref_icd10 (code) VALUES ('N892');

INSERT INTO etl.ref_icd10 (code) VALUES ('N893');

INSERT INTO etl.ref_icd10 (code) VALUES ('N894');

INSERT INTO etl.ref_icd10 (code) VALUES ('N895');

INSERT INTO etl.ref_icd10 (code) VALUES ('N896');

INSERT INTO etl.ref_icd10 (code) VALUES ('N897');

INSERT INTO etl.ref_icd10 (code) VALUES ('N898');

INSERT INTO etl.ref_icd10 (code) VALUES ('N899');

INSERT INTO etl.ref_icd10 (code) VALUES ('N90');

INSERT INTO etl.ref_icd10 (code) VALUES ('N900');

INSERT INTO etl.ref_icd10 (code) VALUES ('N901');

INSERT INTO etl.ref_icd10 (code) VALUES ('N902');

INSERT INTO etl.ref_icd10 (code) VALUES ('N903');

INSERT INTO etl.ref_icd10 (code) VALUES ('N904');

INSERT INTO etl.ref_icd10 (code) VALUES ('N905');

INSERT INTO etl.ref_icd10 (code) VALUES ('N906');

INSERT INTO etl.ref_icd10 (code) VALUES ('N907');

INSERT INTO etl.ref_icd10 (code) VALUES ('N908');

INSERT INTO etl.ref_icd10 (code) VALUES ('N909');

INSERT INTO etl.ref_icd10 (code) VALUES ('N91');

INSERT INTO etl.ref_icd10 (code) VALUES ('N910');

INSERT INTO etl.ref_icd10 (code) VALUES ('N911');

INSERT INTO etl.ref_icd10 (code) VALUES ('N912');

INSERT INTO etl.ref_icd10 (code) VALUES ('N913');

INSERT INTO etl.ref_icd10 (code) VALUES ('N914');

INSERT INTO etl.ref_icd10 (code) VALUES ('N915');

INSERT INTO etl.ref_icd10 (code) VALUES ('N92');

INSERT INTO etl.ref_icd10 (code) VALUES ('N920');

INSERT INTO etl.ref_icd10 (code) VALUES ('N921');

INSERT INTO etl.ref_icd10 (code) VALUES ('N922');

INSERT INTO etl.ref_icd10 (code) VALUES ('N923');

INSERT INTO etl.ref_icd10 (code) VALUES ('N924');

INSERT INTO etl.ref_icd10 (code) VALUES ('N925');

INSERT INTO etl.ref_icd10 (code) VALUES ('N926');

INSERT INTO etl.ref_icd10 (code) VALUES ('N93');

INSERT INTO etl.ref_icd10 (code) VALUES ('N930');

INSERT INTO etl.ref_icd10 (code) VALUES ('N938');

INSERT INTO etl.ref_icd10 (code) VALUES ('N939');

INSERT INTO etl.ref_icd10 (code) VALUES ('N94');

INSERT INTO etl.ref_icd10 (code) VALUES ('N940');

INSERT INTO etl.ref_icd10 (code) VALUES ('N941');

INSERT INTO etl.ref_icd10 (code) VALUES ('N942');

INSERT INTO etl.ref_icd10 (code) VALUES ('N943');

INSERT INTO etl.ref_icd10 (code) VALUES ('N944');

INSERT INTO etl.ref_icd10 (code) VALUES ('N945');

INSERT INTO etl.ref_icd10 (code) VALUES ('N946');

INSERT INTO etl.ref_icd10 (code) VALUES ('N948');

INSERT INTO etl.ref_icd10 (code) VALUES ('N949');

INSERT INTO etl.ref_icd10 (code) VALUES ('N95');

INSERT INTO etl.ref_icd10 (code) VALUES ('N950');

INSERT INTO etl.ref_icd10 (code) VALUES ('N951');

INSERT INTO etl.ref_icd10 (code) VALUES ('N952');

INSERT INTO etl.ref_icd10 (code) VALUES ('N953');

INSERT INTO etl.ref_icd10 (code) VALUES ('N958');

INSERT INTO etl.ref_icd10 (code) VALUES ('N959');

INSERT INTO etl.ref_icd10 (code) VALUES ('N96');

INSERT INTO etl.ref_icd10 (code) VALUES ('N97');

INSERT INTO etl.ref_icd10 (code) VALUES ('N970');

INSERT INTO etl.ref_icd10 (code) VALUES ('N971');

INSERT INTO etl.ref_icd10 (code) VALUES ('N972');

INSERT INTO etl.ref_icd10 (code) VALUES ('N973');

INSERT INTO etl.ref_icd10 (code) VALUES ('N974');

INSERT INTO etl.ref_icd10 (code) VALUES ('N978');

INSERT INTO etl.ref_icd10 (code) VALUES ('N979');

INSERT INTO etl.ref_icd10 (code) VALUES ('N98');

INSERT INTO etl.ref_icd10 (code) VALUES ('N980');

INSERT INTO etl.ref_icd10 (code) VALUES ('N981');

INSERT INTO etl.ref_icd10 (code) VALUES ('N982');

INSERT INTO etl.ref_icd10 (code) VALUES ('N983');

INSERT INTO etl.ref_icd10 (code) VALUES ('N988');

INSERT INTO etl.ref_icd10 (code) VALUES ('N989');

INSERT INTO etl.ref_icd10 (code) VALUES ('N99');

INSERT INTO etl.ref_icd10 (code) VALUES ('N990');

INSERT INTO etl.ref_icd10 (code) VALUES ('N991');

INSERT INTO etl.ref_icd10 (code) VALUES ('N992');

INSERT INTO etl.ref_icd10 (code) VALUES ('N993');

INSERT INTO etl.ref_icd10 (code) VALUES ('N994');

INSERT INTO etl.ref_icd10 (code) VALUES ('N995');

INSERT INTO etl.ref_icd10 (code) VALUES ('N998');

INSERT INTO etl.ref_icd10 (code) VALUES ('N999');

INSERT INTO etl.ref_icd10 (code) VALUES ('O00');

INSERT INTO etl.ref_icd10 (code) VALUES ('O000');

INSERT INTO etl.ref_icd10 (code) VALUES ('O001');

INSERT INTO etl.ref_icd10 (code) VALUES ('O002');

INSERT INTO etl.ref_icd10 (code) VALUES ('O008');

INSERT INTO etl.ref_icd10 (code) VALUES ('O009');

INSERT INTO etl.ref_icd10 (code) VALUES ('O01');

INSERT INTO etl.ref_icd10 (code) VALUES ('O010');

INSERT INTO etl.ref_icd10 (code) VALUES ('O011');

INSERT INTO etl.ref_icd10 (code) VALUES ('O019');

INSERT INTO etl.ref_icd10 (code) VALUES ('O02');

INSERT INTO etl.ref_icd10 (code) VALUES ('O020');

INSERT INTO etl.ref_icd10 (code) VALUES ('O021');

INSERT INTO etl.ref_icd10 (code) VALUES ('O028');

INSERT INTO etl.ref_icd10 (code) VALUES ('O029');

INSERT INTO etl.ref_icd10 (code) VALUES ('O03');

INSERT INTO etl.ref_icd10 (code) VALUES ('O030');

INSERT INTO etl.ref_icd10 (code) VALUES ('O031');

INSERT INTO etl.ref_icd10 (code) VALUES ('O032');

INSERT INTO etl.ref_icd10 (code) VALUES ('O033');

INSERT INTO etl.ref_icd10 (code) VALUES ('O034');

INSERT INTO etl.ref_icd10 (code) VALUES ('O035');

INSERT INTO etl.ref_icd10 (code) VALUES ('O036');

INSERT INTO etl.ref_icd10 (code) VALUES ('O037');

INSERT INTO etl.ref_icd10 (code) VALUES ('O038');

INSERT INTO etl.ref_icd10 (code) VALUES ('O039');

INSERT INTO etl.ref_icd10 (code) VALUES ('O04');

INSERT INTO etl.ref_icd10 (code) VALUES ('O040');

INSERT INTO etl.ref_icd10 (code) VALUES ('O041');

INSERT INTO etl.ref_icd10 (code) VALUES ('O042');

INSERT INTO etl.ref_icd10 (code) VALUES ('O043');

INSERT INTO etl.ref_icd10 (code) VALUES ('O044');

INSERT INTO etl.ref_icd10 (code) VALUES ('O045');

INSERT INTO etl.ref_icd10 (code) VALUES ('O046');

INSERT INTO etl.ref_icd10 (code) VALUES ('O047');

INSERT INTO etl.ref_icd10 (code) VALUES ('O048');

INSERT INTO etl.ref_icd10 (code) VALUES ('O049');

INSERT INTO etl.ref_icd10 (code) VALUES ('O05');

INSERT INTO etl.ref_icd10 (code) VALUES ('O050');

INSERT INTO etl.ref_icd10 (code) VALUES ('O051');

INSERT INTO etl.ref_icd10 (code) VALUES ('O052');

INSERT INTO etl.ref_icd10 (code) VALUES ('O053');

INSERT INTO etl.ref_icd10 (code) VALUES ('O054');

INSERT INTO etl.ref_icd10 (code) VALUES ('O055');

INSERT INTO etl.ref_icd10 (code) VALUES ('O056');

INSERT INTO etl.ref_icd10 (code) VALUES ('O057');

INSERT INTO etl.ref_icd10 (code) VALUES ('O058');

INSERT INTO etl.ref_icd10 (code) VALUES ('O059');

INSERT INTO etl.ref_icd10 (code) VALUES ('O06');

INSERT INTO etl.ref_icd10 (code) VALUES ('O060');

INSERT INTO etl.ref_icd10 (code) VALUES ('O061');

INSERT INTO etl.ref_icd10 (code) VALUES ('O062');

INSERT INTO etl.ref_icd10 (code) VALUES ('O063');

INSERT INTO etl.ref_icd10 (code) VALUES ('O064');

INSERT INTO etl.ref_icd10 (code) VALUES ('O065');

INSERT INTO etl.ref_icd10 (code) VALUES ('O066');

INSERT INTO etl.ref_icd10 (code) VALUES ('O067');

INSERT INTO etl.ref_icd10 (code) VALUES ('O068');

INSERT INTO etl.ref_icd10 (code) VALUES ('O069');

INSERT INTO etl.ref_icd10 (code) VALUES ('O07');

INSERT INTO etl.ref_icd10 (code) VALUES ('O070');

INSERT INTO etl.ref_icd10 (code) VALUES ('O071');

INSERT INTO etl.ref_icd10 (code) VALUES ('O072');

INSERT INTO etl.ref_icd10 (code) VALUES ('O073');

INSERT INTO etl.ref_icd10 (code) VALUES ('O074');

INSERT INTO etl.ref_icd10 (code) VALUES ('O075');

INSERT INTO etl.ref_icd10 (code) VALUES ('O076');

INSERT INTO etl.ref_icd10 (code) VALUES ('O077');

INSERT INTO etl.ref_icd10 (code) VALUES ('O078');

INSERT INTO etl.ref_icd10 (code) VALUES ('O079');

INSERT INTO etl.ref_icd10 (code) VALUES ('O08');

INSERT INTO etl.ref_icd10 (code) VALUES ('O080');

INSERT INTO etl.ref_icd10 (code) VALUES ('O081');

INSERT INTO etl.ref_icd10 (code) VALUES ('O082');

INSERT INTO etl.ref_icd10 (code) VALUES ('O083');

INSERT INTO etl.ref_icd10 (code) VALUES ('O084');

INSERT INTO etl.ref_icd10 (code) VALUES ('O085');

INSERT INTO etl.ref_icd10 (code) VALUES ('O086');

INSERT INTO etl.ref_icd10 (code) VALUES ('O087');

INSERT INTO etl.ref_icd10 (code) VALUES ('O088');

INSERT INTO etl.ref_icd10 (code) VALUES ('O089');

INSERT INTO etl.ref_icd10 (code) VALUES ('O10');

INSERT INTO etl.ref_icd10 (code) VALUES ('O100');

INSERT INTO etl.ref_icd10 (code) VALUES ('O101');

INSERT INTO etl.ref_icd10 (code) VALUES ('O102');

INSERT INTO etl.ref_icd10 (code) VALUES ('O103');

INSERT INTO etl.ref_icd10 (code) VALUES ('O104');

INSERT INTO etl.ref_icd10 (code) VALUES ('O109');

INSERT INTO etl.ref_icd10 (code) VALUES ('O11');

INSERT INTO etl.ref_icd10 (code) VALUES ('O12');

INSERT INTO etl.ref_icd10 (code) VALUES ('O120');

INSERT INTO etl.ref_icd10 (code) VALUES ('O121');

INSERT INTO etl.ref_icd10 (code) VALUES ('O122');

INSERT INTO etl.ref_icd10 (code) VALUES ('O13');

INSERT INTO etl.ref_icd10 (code) VALUES ('O14');

INSERT INTO etl.ref_icd10 (code) VALUES ('O140');

INSERT INTO etl.ref_icd10 (code) VALUES ('O141');

INSERT INTO etl.ref_icd10 (code) VALUES ('O142');

INSERT INTO etl.ref_icd10 (code) VALUES ('O149');

INSERT INTO etl.ref_icd10 (code) VALUES ('O15');

INSERT INTO etl.ref_icd10 (code) VALUES ('O150');

INSERT INTO etl.ref_icd10 (code) VALUES ('O151');

INSERT INTO etl.ref_icd10 (code) VALUES ('O152');

INSERT INTO etl.ref_icd10 (code) VALUES ('O159');

INSERT INTO etl.ref_icd10 (code) VALUES ('O16');

INSERT INTO etl.ref_icd10 (code) VALUES ('O20');

INSERT INTO etl.ref_icd10 (code) VALUES ('O200');

INSERT INTO etl.ref_icd10 (code) VALUES ('O208');

INSERT INTO etl.ref_icd10 (code) VALUES ('O209');

INSERT INTO etl.ref_icd10 (code) VALUES ('O21');

INSERT INTO etl.ref_icd10 (code) VALUES ('O210');

INSERT INTO etl.ref_icd10 (code) VALUES ('O211');

INSERT INTO etl.ref_icd10 (code) VALUES ('O212');

INSERT INTO etl.ref_icd10 (code) VALUES ('O218');

INSERT INTO etl.ref_icd10 (code) VALUES ('O219');

INSERT INTO etl.ref_icd10 (code) VALUES ('O22');

INSERT INTO etl.ref_icd10 (code) VALUES ('O220');

INSERT INTO etl.ref_icd10 (code) VALUES ('O221');

INSERT INTO etl.ref_icd10 (code) VALUES ('O222');

INSERT INTO etl.ref_icd10 (code) VALUES ('O223');

INSERT INTO etl.ref_icd10 (code) VALUES ('O224');

INSERT INTO etl.ref_icd10 (code) VALUES ('O225');

INSERT INTO etl.ref_icd10 (code) VALUES ('O228');

INSERT INTO etl.ref_icd10 (code) VALUES ('O229');

INSERT INTO etl.ref_icd10 (code) VALUES ('O23');

INSERT INTO etl.ref_icd10 (code) VALUES ('O230');

INSERT INTO etl.ref_icd10 (code) VALUES ('O231');

INSERT INTO etl.ref_icd10 (code) VALUES ('O232');

INSERT INTO etl.ref_icd10 (code) VALUES ('O233');

INSERT INTO etl.ref_icd10 (code) VALUES ('O234');

INSERT INTO etl.ref_icd10 (code) VALUES ('O235');

INSERT INTO etl.ref_icd10 (code) VALUES ('O239');

INSERT INTO etl.ref_icd10 (code) VALUES ('O24');

INSERT INTO etl.ref_icd10 (code) VALUES ('O240');

INSERT INTO etl.ref_icd10 (code) VALUES ('O241');

INSERT INTO etl.ref_icd10 (code) VALUES ('O242');

INSERT INTO etl.ref_icd10 (code) VALUES ('O243');

INSERT INTO etl.ref_icd10 (code) VALUES ('O244');

INSERT INTO etl.ref_icd10 (code) VALUES ('O249');

INSERT INTO etl.ref_icd10 (code) VALUES ('O25');

INSERT INTO etl.ref_icd10 (code) VALUES ('O26');

INSERT INTO etl.ref_icd10 (code) VALUES ('O260');

INSERT INTO etl.ref_icd10 (code) VALUES ('O261');

INSERT INTO etl.ref_icd10 (code) VALUES ('O262');

INSERT INTO etl.ref_icd10 (code) VALUES ('O263');

INSERT INTO etl.ref_icd10 (code) VALUES ('O264');

INSERT INTO etl.ref_icd10 (code) VALUES ('O265');

INSERT INTO etl.ref_icd10 (code) VALUES ('O266');

INSERT INTO etl.ref_icd10 (code) VALUES ('O267');

INSERT INTO etl.ref_icd10 (code) VALUES ('O268');

INSERT INTO etl.ref_icd10 (code) VALUES ('O269');

INSERT INTO etl.ref_icd10 (code) VALUES ('O28');

INSERT INTO etl.ref_icd10 (code) VALUES ('O280');

INSERT INTO etl.ref_icd10 (code) VALUES ('O281');

INSERT INTO etl.ref_icd10 (code) VALUES ('O282');

INSERT INTO etl.ref_icd10 (code) VALUES ('O283');

INSERT INTO etl.ref_icd10 (code) VALUES ('O284');

INSERT INTO etl.ref_icd10 (code) VALUES ('O285');

INSERT INTO etl.ref_icd10 (code) VALUES ('O288');

INSERT INTO etl.ref_icd10 (code) VALUES ('O289');

INSERT INTO etl.ref_icd10 (code) VALUES ('O29');

INSERT INTO etl.ref_icd10 (code) VALUES ('O290');

INSERT INTO etl.ref_icd10 (code) VALUES ('O291');

INSERT INTO etl.ref_icd10 (code) VALUES ('O292');

INSERT INTO etl.ref_icd10 (code) VALUES ('O293');

INSERT INTO etl.ref_icd10 (code) VALUES ('O294');

INSERT INTO etl.ref_icd10 (code) VALUES ('O295');

INSERT INTO etl.ref_icd10 (code) VALUES ('O296');

INSERT INTO etl.ref_icd10 (code) VALUES ('O298');

INSERT INTO etl.ref_icd10 (code) VALUES ('O299');

INSERT INTO etl.ref_icd10 (code) VALUES ('O30');

INSERT INTO etl.ref_icd10 (code) VALUES ('O300');

INSERT INTO etl.ref_icd10 (code) VALUES ('O301');

INSERT INTO etl.ref_icd10 (code) VALUES ('O302');

INSERT INTO etl.ref_icd10 (code) VALUES ('O308');

INSERT INTO etl.ref_icd10 (code) VALUES ('O309');

INSERT INTO etl.ref_icd10 (code) VALUES ('O31');

INSERT INTO etl.ref_icd10 (code) VALUES ('O310');

INSERT INTO etl.ref_icd10 (code) VALUES ('O311');

INSERT INTO etl.ref_icd10 (code) VALUES ('O312');

INSERT INTO etl.ref_icd10 (code) VALUES ('O318');

INSERT INTO etl.ref_icd10 (code) VALUES ('O32');

INSERT INTO etl.ref_icd10 (code) VALUES ('O320');

INSERT INTO etl.ref_icd10 (code) VALUES ('O321');

INSERT INTO etl.ref_icd10 (code) VALUES ('O322');

INSERT INTO etl.ref_icd10 (code) VALUES ('O323');

INSERT INTO etl.ref_icd10 (code) VALUES ('O324');

INSERT INTO etl.ref_icd10 (code) VALUES ('O325');

INSERT INTO etl.ref_icd10 (code) VALUES ('O326');

INSERT INTO etl.ref_icd10 (code) VALUES ('O328');

INSERT INTO etl.ref_icd10 (code) VALUES ('O329');

INSERT INTO etl.ref_icd10 (code) VALUES ('O33');

INSERT INTO etl.ref_icd10 (code) VALUES ('O330');

INSERT INTO etl.ref_icd10 (code) VALUES ('O331');

INSERT INTO etl.ref_icd10 (code) VALUES ('O332');

INSERT INTO etl.ref_icd10 (code) VALUES ('O333');

INSERT INTO etl.ref_icd10 (code) VALUES ('O334');

INSERT INTO etl.ref_icd10 (code) VALUES ('O335');

INSERT INTO etl.ref_icd10 (code) VALUES ('O336');

INSERT INTO etl.ref_icd10 (code) VALUES ('O337');

INSERT INTO etl.ref_icd10 (code) VALUES ('O338');

INSERT INTO etl.ref_icd10 (code) VALUES ('O339');

INSERT INTO etl.ref_icd10 (code) VALUES ('O34');

INSERT INTO etl.ref_icd10 (code) VALUES ('O340');

INSERT INTO etl.ref_icd10 (code) VALUES ('O341');

INSERT INTO etl.ref_icd10 (code) VALUES ('O342');

INSERT INTO etl.ref_icd10 (code) VALUES ('O343');

INSERT INTO etl.ref_icd10 (code) VALUES ('O344');

INSERT INTO etl.ref_icd10 (code) VALUES ('O345');

INSERT INTO etl.ref_icd10 (code) VALUES ('O346');

INSERT INTO etl.ref_icd10 (code) VALUES ('O347');

INSERT INTO etl.ref_icd10 (code) VALUES ('O348');

INSERT INTO etl.ref_icd10 (code) VALUES ('O349');

INSERT INTO etl.ref_icd10 (code) VALUES ('O35');

INSERT INTO etl.ref_icd10 (code) VALUES ('O350');

INSERT INTO etl.ref_icd10 (code) VALUES ('O351');

INSERT INTO etl.ref_icd10 (code) VALUES ('O352');

INSERT INTO etl.ref_icd10 (code) VALUES ('O353');

INSERT INTO etl.ref_icd10 (code) VALUES ('O354');

INSERT INTO etl.ref_icd10 (code) VALUES ('O355');

INSERT INTO etl.ref_icd10 (code) VALUES ('O356');

INSERT INTO etl.ref_icd10 (code) VALUES ('O357');

INSERT INTO etl.ref_icd10 (code) VALUES ('O358');

INSERT INTO etl.ref_icd10 (code) VALUES ('O359');

INSERT INTO etl.ref_icd10 (code) VALUES ('O36');

INSERT INTO etl.ref_icd10 (code) VALUES ('O360');

INSERT INTO etl.ref_icd10 (code) VALUES ('O361');

INSERT INTO etl.ref_icd10 (code) VALUES ('O362');

INSERT INTO etl.ref_icd10 (code) VALUES ('O363');

INSERT INTO etl.ref_icd10 (code) VALUES ('O364');

INSERT INTO etl.ref_icd10 (code) VALUES ('O365');

INSERT INTO etl.ref_icd10 (code) VALUES ('O366');

INSERT INTO etl.ref_icd10 (code) VALUES ('O367');

INSERT INTO etl.ref_icd10 (code) VALUES ('O368');

INSERT INTO etl.ref_icd10 (code) VALUES ('O369');

INSERT INTO etl.ref_icd10 (code) VALUES ('O40');

INSERT INTO etl.ref_icd10 (code) VALUES ('O41');

INSERT INTO etl.ref_icd10 (code) VALUES ('O410');

INSERT INTO etl.ref_icd10 (code) VALUES ('O411');

INSERT INTO etl.ref_icd10 (code) VALUES ('O418');

INSERT INTO etl.ref_icd10 (code) VALUES ('O419');

INSERT INTO etl.ref_icd10 (code) VALUES ('O42');

INSERT INTO etl.ref_icd10 (code) VALUES ('O420');

INSERT INTO etl.ref_icd10 (code) VALUES ('O421');

INSERT INTO etl.ref_icd10 (code) VALUES ('O422');

INSERT INTO etl.ref_icd10 (code) VALUES ('O429');

INSERT INTO etl.ref_icd10 (code) VALUES ('O43');

INSERT INTO etl.ref_icd10 (code) VALUES ('O430');

INSERT INTO etl.ref_icd10 (code) VALUES ('O431');

INSERT INTO etl.ref_icd10 (code) VALUES ('O432');

INSERT INTO etl.ref_icd10 (code) VALUES ('O438');

INSERT INTO etl.ref_icd10 (code) VALUES ('O439');

INSERT INTO etl.ref_icd10 (code) VALUES ('O44');

INSERT INTO etl.ref_icd10 (code) VALUES ('O440');

INSERT INTO etl.ref_icd10 (code) VALUES ('O441');

INSERT INTO etl.ref_icd10 (code) VALUES ('O45');

INSERT INTO etl.ref_icd10 (code) VALUES ('O450');

INSERT INTO etl.ref_icd10 (code) VALUES ('O458');

INSERT INTO etl.ref_icd10 (code) VALUES ('O459');

INSERT INTO etl.ref_icd10 (code) VALUES ('O46');

INSERT INTO etl.ref_icd10 (code) VALUES ('O460');

INSERT INTO etl.ref_icd10 (code) VALUES ('O468');

INSERT INTO etl.ref_icd10 (code) VALUES ('O469');

INSERT INTO etl.ref_icd10 (code) VALUES ('O47');

INSERT INTO etl.ref_icd10 (code) VALUES ('O470');

INSERT INTO etl.ref_icd10 (code) VALUES ('O471');

INSERT INTO etl.ref_icd10 (code) VALUES ('O479');

INSERT INTO etl.ref_icd10 (code) VALUES ('O48');

INSERT INTO etl.ref_icd10 (code) VALUES ('O60');

INSERT INTO etl.ref_icd10 (code) VALUES ('O600');

INSERT INTO etl.ref_icd10 (code) VALUES ('O601');

INSERT INTO etl.ref_icd10 (code) VALUES ('O602');

INSERT INTO etl.ref_icd10 (code) VALUES ('O603');

INSERT INTO etl.ref_icd10 (code) VALUES ('O61');

INSERT INTO etl.ref_icd10 (code) VALUES ('O610');

INSERT INTO etl.ref_icd10 (code) VALUES ('O611');

INSERT INTO etl.ref_icd10 (code) VALUES ('O618');

INSERT INTO etl.ref_icd10 (code) VALUES ('O619');

INSERT INTO etl.ref_icd10 (code) VALUES ('O62');

INSERT INTO etl.ref_icd10 (code) VALUES ('O620');

INSERT INTO etl.ref_icd10 (code) VALUES ('O621');

INSERT INTO etl.ref_icd10 (code) VALUES ('O622');

INSERT INTO etl.ref_icd10 (code) VALUES ('O623');

INSERT INTO etl.ref_icd10 (code) VALUES ('O624');

INSERT INTO etl.ref_icd10 (code) VALUES ('O628');

INSERT INTO etl.ref_icd10 (code) VALUES ('O629');

INSERT INTO etl.ref_icd10 (code) VALUES ('O63');

INSERT INTO etl.ref_icd10 (code) VALUES ('O630');

INSERT INTO etl.ref_icd10 (code) VALUES ('O631');

INSERT INTO etl.ref_icd10 (code) VALUES ('O632');

INSERT INTO etl.ref_icd10 (code) VALUES ('O639');

INSERT INTO etl.ref_icd10 (code) VALUES ('O64');

INSERT INTO etl.ref_icd10 (code) VALUES ('O640');

INSERT INTO etl.ref_icd10 (code) VALUES ('O641');

INSERT INTO etl.ref_icd10 (code) VALUES ('O642');

INSERT INTO etl.ref_icd10 (code) VALUES ('O643');

INSERT INTO etl.ref_icd10 (code) VALUES ('O644');

INSERT INTO etl.ref_icd10 (code) VALUES ('O645');

INSERT INTO etl.ref_icd10 (code) VALUES ('O648');

INSERT INTO etl.ref_icd10 (code) VALUES ('O649');

INSERT INTO etl.ref_icd10 (code) VALUES ('O65');

INSERT INTO etl.ref_icd10 (code) VALUES ('O650');

INSERT INTO etl.ref_icd10 (code) VALUES ('O651');

INSERT INTO etl.ref_icd10 (code) VALUES ('O652');

INSERT INTO etl.ref_icd10 (code) VALUES ('O653');

INSERT INTO etl.ref_icd10 (code) VALUES ('O654');

INSERT INTO etl.ref_icd10 (code) VALUES ('O655');

INSERT INTO etl.ref_icd10 (code) VALUES ('O658');

INSERT INTO etl.ref_icd10 (code) VALUES ('O659');

INSERT INTO etl.ref_icd10 (code) VALUES ('O66');

INSERT INTO etl.ref_icd10 (code) VALUES ('O660');

INSERT INTO etl.ref_icd10 (code) VALUES ('O661');

INSERT INTO etl.ref_icd10 (code) VALUES ('O662');

INSERT INTO etl.ref_icd10 (code) VALUES ('O663');

INSERT INTO etl.ref_icd10 (code) VALUES ('O664');

INSERT INTO etl.ref_icd10 (code) VALUES ('O665');

INSERT INTO etl.ref_icd10 (code) VALUES ('O668');

INSERT INTO etl.ref_icd10 (code) VALUES ('O669');

INSERT INTO etl.ref_icd10 (code) VALUES ('O67');

INSERT INTO etl.ref_icd10 (code) VALUES ('O670');

INSERT INTO etl.ref_icd10 (code) VALUES ('O678');

INSERT INTO etl.ref_icd10 (code) VALUES ('O679');

INSERT INTO etl.ref_icd10 (code) VALUES ('O68');

INSERT INTO etl.ref_icd10 (code) VALUES ('O680');

INSERT INTO etl.ref_icd10 (code) VALUES ('O681');

INSERT INTO etl.ref_icd10 (code) VALUES ('O682');

INSERT INTO etl.ref_icd10 (code) VALUES ('O683');

INSERT INTO etl.ref_icd10 (code) VALUES ('O688');

INSERT INTO etl.ref_icd10 (code) VALUES ('O689');

INSERT INTO etl.ref_icd10 (code) VALUES ('O69');

INSERT INTO etl.ref_icd10 (code) VALUES ('O690');

INSERT INTO etl.ref_icd10 (code) VALUES ('O691');

INSERT INTO etl.ref_icd10 (code) VALUES ('O692');

INSERT INTO etl.ref_icd10 (code) VALUES ('O693');

INSERT INTO etl.ref_icd10 (code) VALUES ('O694');

INSERT INTO etl.ref_icd10 (code) VALUES ('O695');

INSERT INTO etl.ref_icd10 (code) VALUES ('O698');

INSERT INTO etl.ref_icd10 (code) VALUES ('O699');

INSERT INTO etl.ref_icd10 (code) VALUES ('O70');

INSERT INTO etl.ref_icd10 (code) VALUES ('O700');

INSERT INTO etl.ref_icd10 (code) VALUES ('O701');

INSERT INTO etl.ref_icd10 (code) VALUES ('O702');

INSERT INTO etl.ref_icd10 (code) VALUES ('O703');

INSERT INTO etl.ref_icd10 (code) VALUES ('O709');

INSERT INTO etl.ref_icd10 (code) VALUES ('O71');

INSERT INTO etl.ref_icd10 (code) VALUES ('O710');

INSERT INTO etl.ref_icd10 (code) VALUES ('O711');

INSERT INTO etl.ref_icd10 (code) VALUES ('O712');

INSERT INTO etl.ref_icd10 (code) VALUES ('O713');

INSERT INTO etl.ref_icd10 (code) VALUES ('O714');

INSERT INTO etl.ref_icd10 (code) VALUES ('O715');

INSERT INTO etl.ref_icd10 (code) VALUES ('O716');

INSERT INTO etl.ref_icd10 (code) VALUES ('O717');

INSERT INTO etl.ref_icd10 (code) VALUES ('O718');

INSERT INTO etl.ref_icd10 (code) VALUES ('O719');

INSERT INTO etl.ref_icd10 (code) VALUES ('O72');

INSERT INTO etl.ref_icd10 (code) VALUES ('O720');

INSERT INTO etl.ref_icd10 (code) VALUES ('O721');

INSERT INTO etl.ref_icd10 (code) VALUES ('O722');

INSERT INTO etl.ref_icd10 (code) VALUES ('O723');

INSERT INTO etl.ref_icd10 (code) VALUES ('O73');

INSERT INTO etl.ref_icd10 (code) VALUES ('O730');

INSERT INTO etl.ref_icd10 (code) VALUES ('O731');

INSERT INTO etl.ref_icd10 (code) VALUES ('O74');

INSERT INTO etl.ref_icd10 (code) VALUES ('O740');

INSERT INTO etl.ref_icd10 (code) VALUES ('O741');

INSERT INTO etl.ref_icd10 (code) VALUES ('O742');

INSERT INTO etl.ref_icd10 (code) VALUES ('O743');

INSERT INTO etl.ref_icd10 (code) VALUES ('O744');

INSERT INTO etl.ref_icd10 (code) VALUES ('O745');

INSERT INTO etl.ref_icd10 (code) VALUES ('O746');

INSERT INTO etl.ref_icd10 (code) VALUES ('O747');

INSERT INTO etl.ref_icd10 (code) VALUES ('O748');

INSERT INTO etl.ref_icd10 (code) VALUES ('O749');

INSERT INTO etl.ref_icd10 (code) VALUES ('O75');

INSERT INTO etl.ref_icd10 (code) VALUES ('O750');

INSERT INTO etl.ref_icd10 (code) VALUES ('O751');

INSERT INTO etl.ref_icd10 (code) VALUES ('O752');

INSERT INTO etl.ref_icd10 (code) VALUES ('O753');

INSERT INTO etl.ref_icd10 (code) VALUES ('O754');

INSERT INTO etl.ref_icd10 (code) VALUES ('O755');

INSERT INTO etl.ref_icd10 (code) VALUES ('O756');

INSERT INTO etl.ref_icd10 (code) VALUES ('O757');

INSERT INTO etl.ref_icd10 (code) VALUES ('O758');

INSERT INTO etl.ref_icd10 (code) VALUES ('O759');

INSERT INTO etl.ref_icd10 (code) VALUES ('O80');

INSERT INTO etl.ref_icd10 (code) VALUES ('O800');

INSERT INTO etl.ref_icd10 (code) VALUES ('O801');

INSERT INTO etl.ref_icd10 (code) VALUES ('O808');

INSERT INTO etl.ref_icd10 (code) VALUES ('O809');

INSERT INTO etl.ref_icd10 (code) VALUES ('O81');

INSERT INTO etl.ref_icd10 (code) VALUES ('O810');

INSERT INTO etl.ref_icd10 (code) VALUES ('O811');

INSERT INTO etl.ref_icd10 (code) VALUES ('O812');

INSERT INTO etl.ref_icd10 (code) VALUES ('O813');

INSERT INTO etl.ref_icd10 (code) VALUES ('O814');

INSERT INTO etl.ref_icd10 (code) VALUES ('O815');

INSERT INTO etl.ref_icd10 (code) VALUES ('O82');

INSERT INTO etl.ref_icd10 (code) VALUES ('O820');

INSERT INTO etl.ref_icd10 (code) VALUES ('O821');

INSERT INTO etl.ref_icd10 (code) VALUES ('O822');

INSERT INTO etl.ref_icd10 (code) VALUES ('O828');

INSERT INTO etl.ref_icd10 (code) VALUES ('O829');

INSERT INTO etl.ref_icd10 (code) VALUES ('O83');

INSERT INTO etl.ref_icd10 (code) VALUES ('O830');

INSERT INTO etl.ref_icd10 (code) VALUES ('O831');

INSERT INTO etl.ref_icd10 (code) VALUES ('O832');

INSERT INTO etl.ref_icd10 (code) VALUES ('O833');

INSERT INTO etl.ref_icd10 (code) VALUES ('O834');

INSERT INTO etl.ref_icd10 (code) VALUES ('O838');

INSERT INTO etl.ref_icd10 (code) VALUES ('O839');

INSERT INTO etl.ref_icd10 (code) VALUES ('O84');

INSERT INTO etl.ref_icd10 (code) VALUES ('O840');

INSERT INTO etl.ref_icd10 (code) VALUES ('O841');

INSERT INTO etl.ref_icd10 (code) VALUES ('O842');

INSERT INTO etl.ref_icd10 (code) VALUES ('O848');

INSERT INTO etl.ref_icd10 (code) VALUES ('O849');

INSERT INTO etl.ref_icd10 (code) VALUES ('O85');

INSERT INTO etl.ref_icd10 (code) VALUES ('O86');

INSERT INTO etl.ref_icd10 (code) VALUES ('O860');

INSERT INTO etl.ref_icd10 (code) VALUES ('O861');

INSERT INTO etl.ref_icd10 (code) VALUES ('O862');

INSERT INTO etl.ref_icd10 (code) VALUES ('O863');

INSERT INTO etl.ref_icd10 (code) VALUES ('O864');

INSERT INTO etl.ref_icd10 (code) VALUES ('O868');

INSERT INTO etl.ref_icd10 (code) VALUES ('O87');

INSERT INTO etl.ref_icd10 (code) VALUES ('O870');

INSERT INTO etl.ref_icd10 (code) VALUES ('O871');

INSERT INTO etl.ref_icd10 (code) VALUES ('O872');

INSERT INTO etl.ref_icd10 (code) VALUES ('O873');

INSERT INTO etl.ref_icd10 (code) VALUES ('O878');

INSERT INTO etl.ref_icd10 (code) VALUES ('O879');

INSERT INTO etl.ref_icd10 (code) VALUES ('O88');

INSERT INTO etl.ref_icd10 (code) VALUES ('O880');

INSERT INTO etl.ref_icd10 (code) VALUES ('O881');

INSERT INTO etl.ref_icd10 (code) VALUES ('O882');

INSERT INTO etl.ref_icd10 (code) VALUES ('O883');

INSERT INTO etl.ref_icd10 (code) VALUES ('O888');

INSERT INTO etl.ref_icd10 (code) VALUES ('O89');

INSERT INTO etl.ref_icd10 (code) VALUES ('O890');

INSERT INTO etl.ref_icd10 (code) VALUES ('O891');

INSERT INTO etl.ref_icd10 (code) VALUES ('O892');

INSERT INTO etl.ref_icd10 (code) VALUES ('O893');

INSERT INTO etl.ref_icd10 (code) VALUES ('O894');

INSERT INTO etl.ref_icd10 (code) VALUES ('O895');

INSERT INTO etl.ref_icd10 (code) VALUES ('O896');

INSERT INTO etl.ref_icd10 (code) VALUES ('O898');

INSERT INTO etl.ref_icd10 (code) VALUES ('O899');

INSERT INTO etl.ref_icd10 (code) VALUES ('O90');

INSERT INTO etl.ref_icd10 (code) VALUES ('O900');

INSERT INTO etl.ref_icd10 (code) VALUES ('O901');

INSERT INTO etl.ref_icd10 (code) VALUES ('O902');

INSERT INTO etl.ref_icd10 (code) VALUES ('O903');

INSERT INTO etl.ref_icd10 (code) VALUES ('O904');

INSERT INTO etl.ref_icd10 (code) VALUES ('O905');

INSERT INTO etl.ref_icd10 (code) VALUES ('O908');

INSERT INTO etl.ref_icd10 (code) VALUES ('O909');

INSERT INTO etl.ref_icd10 (code) VALUES ('O91');

INSERT INTO etl.ref_icd10 (code) VALUES ('O910');

INSERT INTO etl.ref_icd10 (code) VALUES ('O911');

INSERT INTO etl.ref_icd10 (code) VALUES ('O912');

INSERT INTO etl.ref_icd10 (code) VALUES ('O92');

INSERT INTO etl.ref_icd10 (code) VALUES ('O920');

INSERT INTO etl.ref_icd10 (code) VALUES ('O921');

INSERT INTO etl.ref_icd10 (code) VALUES ('O922');

INSERT INTO etl.ref_icd10 (code) VALUES ('O923');

INSERT INTO etl.ref_icd10 (code) VALUES ('O924');

INSERT INTO etl.ref_icd10 (code) VALUES ('O925');

INSERT INTO etl.ref_icd10 (code) VALUES ('O926');

INSERT INTO etl.ref_icd10 (code) VALUES ('O927');

INSERT INTO etl.ref_icd10 (code) VALUES ('O94');

INSERT INTO etl.ref_icd10 (code) VALUES ('O95');

INSERT INTO etl.ref_icd10 (code) VALUES ('O96');

INSERT INTO etl.ref_icd10 (code) VALUES ('O960');

INSERT INTO etl.ref_icd10 (code) VALUES ('O961');

INSERT INTO etl.ref_icd10 (code) VALUES ('O969');

INSERT INTO etl.ref_icd10 (code) VALUES ('O97');

INSERT INTO etl.ref_icd10 (code) VALUES ('O970');

INSERT INTO etl.ref_icd10 (code) VALUES ('O971');

INSERT INTO etl.ref_icd10 (code) VALUES ('O979');

INSERT INTO etl.ref_icd10 (code) VALUES ('O98');

INSERT INTO etl.ref_icd10 (code) VALUES ('O980');

INSERT INTO etl.ref_icd10 (code) VALUES ('O981');

INSERT INTO etl.ref_icd10 (code) VALUES ('O982');

INSERT INTO etl.ref_icd10 (code) VALUES ('O983');

INSERT INTO etl.ref_icd10 (code) VALUES ('O984');

INSERT INTO etl.ref_icd10 (code) VALUES ('O985');

INSERT INTO etl.ref_icd10 (code) VALUES ('O986');

INSERT INTO etl.ref_icd10 (code) VALUES ('O987');

INSERT INTO etl.ref_icd10 (code) VALUES ('O988');

INSERT INTO etl.ref_icd10 (code) VALUES ('O989');

INSERT INTO etl.ref_icd10 (code) VALUES ('O99');

INSERT INTO etl.ref_icd10 (code) VALUES ('O990');

INSERT INTO etl.ref_icd10 (code) VALUES ('O991');

INSERT INTO etl.ref_icd10 (code) VALUES ('O992');

INSERT INTO etl.ref_icd10 (code) VALUES ('O993');

INSERT INTO etl.ref_icd10 (code) VALUES ('O994');

INSERT INTO etl.ref_icd10 (code) VALUES ('O995');

INSERT INTO etl.ref_icd10 (code) VALUES ('O996');

INSERT INTO etl.ref_icd10 (code) VALUES ('O997');

INSERT INTO etl.ref_icd10 (code) VALUES ('O998');

INSERT INTO etl.ref_icd10 (code) VALUES ('P00');

INSERT INTO etl.ref_icd10 (code) VALUES ('P000');

INSERT INTO etl.ref_icd10 (code) VALUES ('P001');

INSERT INTO etl.ref_icd10 (code) VALUES ('P002');

INSERT INTO etl.ref_icd10 (code) VALUES ('P003');

INSERT INTO etl.ref_icd10 (code) VALUES ('P004');

INSERT INTO etl.ref_icd10 (code) VALUES ('P005');

INSERT INTO etl.ref_icd10 (code) VALUES ('P006');

INSERT INTO etl.ref_icd10 (code) VALUES ('P007');

INSERT INTO etl.ref_icd10 (code) VALUES ('P008');

INSERT INTO etl.ref_icd10 (code) VALUES ('P009');

INSERT INTO etl.ref_icd10 (code) VALUES ('P01');

INSERT INTO etl.ref_icd10 (code) VALUES ('P010');

INSERT INTO etl.ref_icd10 (code) VALUES ('P011');

INSERT INTO etl.ref_icd10 (code) VALUES ('P012');

INSERT INTO etl.ref_icd10 (code) VALUES ('P013');

INSERT INTO etl.ref_icd10 (code) VALUES ('P014');

INSERT INTO etl.ref_icd10 (code) VALUES ('P015');

INSERT INTO etl.ref_icd10 (code) VALUES ('P016');

INSERT INTO etl.ref_icd10 (code) VALUES ('P017');

INSERT INTO etl.ref_icd10 (code) VALUES ('P018');

INSERT INTO etl.ref_icd10 (code) VALUES ('P019');

INSERT INTO etl.ref_icd10 (code) VALUES ('P02');

INSERT INTO etl.ref_icd10 (code) VALUES ('P020');

INSERT INTO etl.ref_icd10 (code) VALUES ('P021');

INSERT INTO etl.ref_icd10 (code) VALUES ('P022');

INSERT INTO etl.ref_icd10 (code) VALUES ('P023');

INSERT INTO etl.ref_icd10 (code) VALUES ('P024');

INSERT INTO etl.ref_icd10 (code) VALUES ('P025');

INSERT INTO etl.ref_icd10 (code) VALUES ('P026');

INSERT INTO etl.ref_icd10 (code) VALUES ('P027');

INSERT INTO etl.ref_icd10 (code) VALUES ('P028');

INSERT INTO etl.ref_icd10 (code) VALUES ('P029');

INSERT INTO etl.ref_icd10 (code) VALUES ('P03');

INSERT INTO etl.ref_icd10 (code) VALUES ('P030');

INSERT INTO etl.ref_icd10 (code) VALUES ('P031');

INSERT INTO etl.ref_icd10 (code) VALUES ('P032');

INSERT INTO etl.ref_icd10 (code) VALUES ('P033');

INSERT INTO etl.ref_icd10 (code) VALUES ('P034');

INSERT INTO etl.ref_icd10 (code) VALUES ('P035');

INSERT INTO etl.ref_icd10 (code) VALUES ('P036');

INSERT INTO etl.ref_icd10 (code) VALUES ('P038');

INSERT INTO etl.ref_icd10 (code) VALUES ('P039');

INSERT INTO etl.ref_icd10 (code) VALUES ('P04');

INSERT INTO etl.ref_icd10 (code) VALUES ('P040');

INSERT INTO etl.ref_icd10 (code) VALUES ('P041');

INSERT INTO etl.ref_icd10 (code) VALUES ('P042');

INSERT INTO etl.ref_icd10 (code) VALUES ('P043');

INSERT INTO etl.ref_icd10 (code) VALUES ('P044');

INSERT INTO etl.ref_icd10 (code) VALUES ('P045');

INSERT INTO etl.ref_icd10 (code) VALUES ('P046');

INSERT INTO etl.ref_icd10 (code) VALUES ('P048');

INSERT INTO etl.ref_icd10 (code) VALUES ('P049');

INSERT INTO etl.ref_icd10 (code) VALUES ('P05');

INSERT INTO etl.ref_icd10 (code) VALUES ('P050');

INSERT INTO etl.ref_icd10 (code) VALUES ('P051');

INSERT INTO etl.ref_icd10 (code) VALUES ('P052');

INSERT INTO etl.ref_icd10 (code) VALUES ('P059');

INSERT INTO etl.ref_icd10 (code) VALUES ('P07');

INSERT INTO etl.ref_icd10 (code) VALUES ('P070');

INSERT INTO etl.ref_icd10 (code) VALUES ('P071');

INSERT INTO etl.ref_icd10 (code) VALUES ('P072');

INSERT INTO etl.ref_icd10 (code) VALUES ('P073');

INSERT INTO etl.ref_icd10 (code) VALUES ('P08');

INSERT INTO etl.ref_icd10 (code) VALUES ('P080');

INSERT INTO etl.ref_icd10 (code) VALUES ('P081');

INSERT INTO etl.ref_icd10 (code) VALUES ('P082');

INSERT INTO etl.ref_icd10 (code) VALUES ('P10');

INSERT INTO etl.ref_icd10 (code) VALUES ('P100');

INSERT INTO etl.ref_icd10 (code) VALUES ('P101');

INSERT INTO etl.ref_icd10 (code) VALUES ('P102');

INSERT INTO etl.ref_icd10 (code) VALUES ('P103');

INSERT INTO etl.ref_icd10 (code) VALUES ('P104');

INSERT INTO etl.ref_icd10 (code) VALUES ('P108');

INSERT INTO etl.ref_icd10 (code) VALUES ('P109');

INSERT INTO etl.ref_icd10 (code) VALUES ('P11');

INSERT INTO etl.ref_icd10 (code) VALUES ('P110');

INSERT INTO etl.ref_icd10 (code) VALUES ('P111');

INSERT INTO etl.ref_icd10 (code) VALUES ('P112');

INSERT INTO etl.ref_icd10 (code) VALUES ('P113');

INSERT INTO etl.ref_icd10 (code) VALUES ('P114');

INSERT INTO etl.ref_icd10 (code) VALUES ('P115');

INSERT INTO etl.ref_icd10 (code) VALUES ('P119');

INSERT INTO etl.ref_icd10 (code) VALUES ('P12');

INSERT INTO etl.ref_icd10 (code) VALUES ('P120');

INSERT INTO etl.ref_icd10 (code) VALUES ('P121');

INSERT INTO etl.ref_icd10 (code) VALUES ('P122');

INSERT INTO etl.ref_icd10 (code) VALUES ('P123');

INSERT INTO etl.ref_icd10 (code) VALUES ('P124');

INSERT INTO etl.ref_icd10 (code) VALUES ('P128');

INSERT INTO etl.ref_icd10 (code) VALUES ('P129');

INSERT INTO etl.ref_icd10 (code) VALUES ('P13');

INSERT INTO etl.ref_icd10 (code) VALUES ('P130');

INSERT INTO etl.ref_icd10 (code) VALUES ('P131');

INSERT INTO etl.ref_icd10 (code) VALUES ('P132');

INSERT INTO etl.ref_icd10 (code) VALUES ('P133');

INSERT INTO etl.ref_icd10 (code) VALUES ('P134');

INSERT INTO etl.ref_icd10 (code) VALUES ('P138');

INSERT INTO etl.ref_icd10 (code) VALUES ('P139');

INSERT INTO etl.ref_icd10 (code) VALUES ('P14');

INSERT INTO etl.ref_icd10 (code) VALUES ('P140');

INSERT INTO etl.ref_icd10 (code) VALUES ('P141');

INSERT INTO etl.ref_icd10 (code) VALUES ('P142');

INSERT INTO etl.ref_icd10 (code) VALUES ('P143');

INSERT INTO etl.ref_icd10 (code) VALUES ('P148');

INSERT INTO etl.ref_icd10 (code) VALUES ('P149');

INSERT INTO etl.ref_icd10 (code) VALUES ('P15');

INSERT INTO etl.ref_icd10 (code) VALUES ('P150');

INSERT INTO etl.ref_icd10 (code) VALUES ('P151');

INSERT INTO etl.ref_icd10 (code) VALUES ('P152');

INSERT INTO etl.ref_icd10 (code) VALUES ('P153');

INSERT INTO etl.ref_icd10 (code) VALUES ('P154');

INSERT INTO etl.ref_icd10 (code) VALUES ('P155');

INSERT INTO etl.ref_icd10 (code) VALUES ('P156');

INSERT INTO etl.ref_icd10 (code) VALUES ('P158');

INSERT INTO etl.ref_icd10 (code) VALUES ('P159');

INSERT INTO etl.ref_icd10 (code) VALUES ('P20');

INSERT INTO etl.ref_icd10 (code) VALUES ('P200');

INSERT INTO etl.ref_icd10 (code) VALUES ('P201');

INSERT INTO etl.ref_icd10 (code) VALUES ('P209');

INSERT INTO etl.ref_icd10 (code) VALUES ('P21');

INSERT INTO etl.ref_icd10 (code) VALUES ('P210');

INSERT INTO etl.ref_icd10 (code) VALUES ('P211');

INSERT INTO etl.ref_icd10 (code) VALUES ('P219');

INSERT INTO etl.ref_icd10 (code) VALUES ('P22');

INSERT INTO etl.ref_icd10 (code) VALUES ('P220');

INSERT INTO etl.ref_icd10 (code) VALUES ('P221');

INSERT INTO etl.ref_icd10 (code) VALUES ('P228');

INSERT INTO etl.ref_icd10 (code) VALUES ('P229');

INSERT INTO etl.ref_icd10 (code) VALUES ('P23');

INSERT INTO etl.ref_icd10 (code) VALUES ('P230');

INSERT INTO etl.ref_icd10 (code) VALUES ('P231');

INSERT INTO etl.ref_icd10 (code) VALUES ('P232');

INSERT INTO etl.ref_icd10 (code) VALUES ('P233');

INSERT INTO etl.ref_icd10 (code) VALUES ('P234');

INSERT INTO etl.ref_icd10 (code) VALUES ('P235');

INSERT INTO etl.ref_icd10 (code) VALUES ('P236');

INSERT INTO etl.ref_icd10 (code) VALUES ('P238');

INSERT INTO etl.ref_icd10 (code) VALUES ('P239');

INSERT INTO etl.ref_icd10 (code) VALUES ('P24');

INSERT INTO etl.ref_icd10 (code) VALUES ('P240');

INSERT INTO etl.ref_icd10 (code) VALUES ('P241');

INSERT INTO etl.ref_icd10 (code) VALUES ('P242');

INSERT INTO etl.ref_icd10 (code) VALUES ('P243');

INSERT INTO etl.ref_icd10 (code) VALUES ('P248');

INSERT INTO etl.ref_icd10 (code) VALUES ('P249');

INSERT INTO etl.ref_icd10 (code) VALUES ('P25');

INSERT INTO etl.ref_icd10 (code) VALUES ('P250');

INSERT INTO etl.ref_icd10 (code) VALUES ('P251');

INSERT INTO etl.ref_icd10 (code) VALUES ('P252');

INSERT INTO etl.ref_icd10 (code) VALUES ('P253');

INSERT INTO etl.ref_icd10 (code) VALUES ('P258');

INSERT INTO etl.ref_icd10 (code) VALUES ('P26');

INSERT INTO etl.ref_icd10 (code) VALUES ('P260');

INSERT INTO etl.ref_icd10 (code) VALUES ('P261');

INSERT INTO etl.ref_icd10 (code) VALUES ('P268');

INSERT INTO etl.ref_icd10 (code) VALUES ('P269');

INSERT INTO etl.ref_icd10 (code) VALUES ('P27');

INSERT INTO etl.ref_icd10 (code) VALUES ('P270');

INSERT INTO etl.ref_icd10 (code) VALUES ('P271');

INSERT INTO etl.ref_icd10 (code) VALUES ('P278');

INSERT INTO etl.ref_icd10 (code) VALUES ('P279');

INSERT INTO etl.ref_icd10 (code) VALUES ('P28');

INSERT INTO etl.ref_icd10 (code) VALUES ('P280');

INSERT INTO etl.ref_icd10 (code) VALUES ('P281');

INSERT INTO etl.ref_icd10 (code) VALUES ('P282');

INSERT INTO etl.ref_icd10 (code) VALUES ('P283');

INSERT INTO etl.ref_icd10 (code) VALUES ('P284');

INSERT INTO etl.ref_icd10 (code) VALUES ('P285');

INSERT INTO etl.ref_icd10 (code) VALUES ('P288');

INSERT INTO etl.ref_icd10 (code) VALUES ('P289');

INSERT INTO etl.ref_icd10 (code) VALUES ('P29');

INSERT INTO etl.ref_icd10 (code) VALUES ('P290');

INSERT INTO etl.ref_icd10 (code) VALUES ('P291');

INSERT INTO etl.ref_icd10 (code) VALUES ('P292');

INSERT INTO etl.ref_icd10 (code) VALUES ('P293');

INSERT INTO etl.ref_icd10 (code) VALUES ('P294');

INSERT INTO etl.ref_icd10 (code) VALUES ('P298');

INSERT INTO etl.ref_icd10 (code) VALUES ('P299');

INSERT INTO etl.ref_icd10 (code) VALUES ('P35');

INSERT INTO etl.ref_icd10 (code) VALUES ('P350');

INSERT INTO etl.ref_icd10 (code) VALUES ('P351');

INSERT INTO etl.ref_icd10 (code) VALUES ('P352');

INSERT INTO etl.ref_icd10 (code) VALUES ('P353');

INSERT INTO etl.ref_icd10 (code) VALUES ('P354');

INSERT INTO etl.ref_icd10 (code) VALUES ('P358');

INSERT INTO etl.ref_icd10 (code) VALUES ('P359');

INSERT INTO etl.ref_icd10 (code) VALUES ('P36');

INSERT INTO etl.ref_icd10 (code) VALUES ('P360');

INSERT INTO etl.ref_icd10 (code) VALUES ('P361');

INSERT INTO etl.ref_icd10 (code) VALUES ('P362');

INSERT INTO etl.ref_icd10 (code) VALUES ('P363');

INSERT INTO etl.ref_icd10 (code) VALUES ('P364');

INSERT INTO etl.ref_icd10 (code) VALUES ('P365');

INSERT INTO etl.ref_icd10 (code) VALUES ('P368');

INSERT INTO etl.ref_icd10 (code) VALUES ('P369');

INSERT INTO etl.ref_icd10 (code) VALUES ('P37');

INSERT INTO etl.ref_icd10 (code) VALUES ('P370');

INSERT INTO etl.ref_icd10 (code) VALUES ('P371');

INSERT INTO etl.ref_icd10 (code) VALUES ('P372');

INSERT INTO etl.ref_icd10 (code) VALUES ('P373');

INSERT INTO etl.ref_icd10 (code) VALUES ('P374');

INSERT INTO etl.ref_icd10 (code) VALUES ('P375');

INSERT INTO etl.ref_icd10 (code) VALUES ('P378');

INSERT INTO etl.ref_icd10 (code) VALUES ('P379');

INSERT INTO etl.ref_icd10 (code) VALUES ('P38');

INSERT INTO etl.ref_icd10 (code) VALUES ('P39');

INSERT INTO etl.ref_icd10 (code) VALUES ('P390');

INSERT INTO etl.ref_icd10 (code) VALUES ('P391');

INSERT INTO etl.ref_icd10 (code) VALUES ('P392');

INSERT INTO etl.ref_icd10 (code) VALUES ('P393');

INSERT INTO etl.ref_icd10 (code) VALUES ('P394');

INSERT INTO etl.ref_icd10 (code) VALUES ('P398');

INSERT INTO etl.ref_icd10 (code) VALUES ('P399');

INSERT INTO etl.ref_icd10 (code) VALUES ('P50');

INSERT INTO etl.ref_icd10 (code) VALUES ('P500');

INSERT INTO etl.ref_icd10 (code) VALUES ('P501');

INSERT INTO etl.ref_icd10 (code) VALUES ('P502');

INSERT INTO etl.ref_icd10 (code) VALUES ('P503');

INSERT INTO etl.ref_icd10 (code) VALUES ('P504');

INSERT INTO etl.ref_icd10 (code) VALUES ('P505');

INSERT INTO etl.ref_icd10 (code) VALUES ('P508');

INSERT INTO etl.ref_icd10 (code) VALUES ('P509');

INSERT INTO etl.ref_icd10 (code) VALUES ('P51');

INSERT INTO etl.ref_icd10 (code) VALUES ('P510');

INSERT INTO etl.ref_icd10 (code) VALUES ('P518');

INSERT INTO etl.ref_icd10 (code) VALUES ('P519');

INSERT INTO etl.ref_icd10 (code) VALUES ('P52');

INSERT INTO etl.ref_icd10 (code) VALUES ('P520');

INSERT INTO etl.ref_icd10 (code) VALUES ('P521');

INSERT INTO etl.ref_icd10 (code) VALUES ('P522');

INSERT INTO etl.ref_icd10 (code) VALUES ('P523');

INSERT INTO etl.ref_icd10 (code) VALUES ('P524');

INSERT INTO etl.ref_icd10 (code) VALUES ('P525');

INSERT INTO etl.ref_icd10 (code) VALUES ('P526');

INSERT INTO etl.ref_icd10 (code) VALUES ('P528');

INSERT INTO etl.ref_icd10 (code) VALUES ('P529');

INSERT INTO etl.ref_icd10 (code) VALUES ('P53');

INSERT INTO etl.ref_icd10 (code) VALUES ('P54');

INSERT INTO etl.ref_icd10 (code) VALUES ('P540');

INSERT INTO etl.ref_icd10 (code) VALUES ('P541');

INSERT INTO etl.ref_icd10 (code) VALUES ('P542');

INSERT INTO etl.ref_icd10 (code) VALUES ('P543');

INSERT INTO etl.ref_icd10 (code) VALUES ('P544');

INSERT INTO etl.ref_icd10 (code) VALUES ('P545');

INSERT INTO etl.ref_icd10 (code) VALUES ('P546');

INSERT INTO etl.ref_icd10 (code) VALUES ('P548');

INSERT INTO etl.ref_icd10 (code) VALUES ('P549');

INSERT INTO etl.ref_icd10 (code) VALUES ('P55');

INSERT INTO etl.ref_icd10 (code) VALUES ('P550');

INSERT INTO etl.ref_icd10 (code) VALUES ('P551');

INSERT INTO etl.ref_icd10 (code) VALUES ('P558');

INSERT INTO etl.ref_icd10 (code) VALUES ('P559');

INSERT INTO etl.ref_icd10 (code) VALUES ('P56');

INSERT INTO etl.ref_icd10 (code) VALUES ('P560');

INSERT INTO etl.ref_icd10 (code) VALUES ('P569');

INSERT INTO etl.ref_icd10 (code) VALUES ('P57');

INSERT INTO etl.ref_icd10 (code) VALUES ('P570');

INSERT INTO etl.ref_icd10 (code) VALUES ('P578');

INSERT INTO etl.ref_icd10 (code) VALUES ('P579');

INSERT INTO etl.ref_icd10 (code) VALUES ('P58');

INSERT INTO etl.ref_icd10 (code) VALUES ('P580');

INSERT INTO etl.ref_icd10 (code) VALUES ('P581');

INSERT INTO etl.ref_icd10 (code) VALUES ('P582');

INSERT INTO etl.ref_icd10 (code) VALUES ('P583');

INSERT INTO etl.ref_icd10 (code) VALUES ('P584');

INSERT INTO etl.ref_icd10 (code) VALUES ('P585');

INSERT INTO etl.ref_icd10 (code) VALUES ('P588');

INSERT INTO etl.ref_icd10 (code) VALUES ('P589');

INSERT INTO etl.ref_icd10 (code) VALUES ('P59');

INSERT INTO etl.ref_icd10 (code) VALUES ('P590');

INSERT INTO etl.ref_icd10 (code) VALUES ('P591');

INSERT INTO etl.ref_icd10 (code) VALUES ('P592');

INSERT INTO etl.ref_icd10 (code) VALUES ('P593');

INSERT INTO etl.ref_icd10 (code) VALUES ('P598');

INSERT INTO etl.ref_icd10 (code) VALUES ('P599');

INSERT INTO etl.ref_icd10 (code) VALUES ('P60');

INSERT INTO etl.ref_icd10 (code) VALUES ('P61');

INSERT INTO etl.ref_icd10 (code) VALUES ('P610');

INSERT INTO etl.ref_icd10 (code) VALUES ('P611');

INSERT INTO etl.ref_icd10 (code) VALUES ('P612');

INSERT INTO etl.ref_icd10 (code) VALUES ('P613');

INSERT INTO etl.ref_icd10 (code) VALUES ('P614');

INSERT INTO etl.ref_icd10 (code) VALUES ('P615');

INSERT INTO etl.ref_icd10 (code) VALUES ('P616');

INSERT INTO etl.ref_icd10 (code) VALUES ('P618');

INSERT INTO etl.ref_icd10 (code) VALUES ('P619');

INSERT INTO etl.ref_icd10 (code) VALUES ('P70');

INSERT INTO etl.ref_icd10 (code) VALUES ('P700');

INSERT INTO etl.ref_icd10 (code) VALUES ('P701');

INSERT INTO etl.ref_icd10 (code) VALUES ('P702');

INSERT INTO etl.ref_icd10 (code) VALUES ('P703');

INSERT INTO etl.ref_icd10 (code) VALUES ('P704');

INSERT INTO etl.ref_icd10 (code) VALUES ('P708');

INSERT INTO etl.ref_icd10 (code) VALUES ('P709');

INSERT INTO etl.ref_icd10 (code) VALUES ('P71');

INSERT INTO etl.ref_icd10 (code) VALUES ('P710');

INSERT INTO etl.ref_icd10 (code) VALUES ('P711');

INSERT INTO etl.ref_icd10 (code) VALUES ('P712');

INSERT INTO etl.ref_icd10 (code) VALUES ('P713');

INSERT INTO etl.ref_icd10 (code) VALUES ('P714');

INSERT INTO etl.ref_icd10 (code) VALUES ('P718');

INSERT INTO etl.ref_icd10 (code) VALUES ('P719');

INSERT INTO etl.ref_icd10 (code) VALUES ('P72');

INSERT INTO etl.ref_icd10 (code) VALUES ('P720');

INSERT INTO etl.ref_icd10 (code) VALUES ('P721');

INSERT INTO etl.ref_icd10 (code) VALUES ('P722');

INSERT INTO etl.ref_icd10 (code) VALUES ('P728');

INSERT INTO etl.ref_icd10 (code) VALUES ('P729');

INSERT INTO etl.ref_icd10 (code) VALUES ('P74');

INSERT INTO etl.ref_icd10 (code) VALUES ('P740');

INSERT INTO etl.ref_icd10 (code) VALUES ('P741');

INSERT INTO etl.ref_icd10 (code) VALUES ('P742');

INSERT INTO etl.ref_icd10 (code) VALUES ('P743');

INSERT INTO etl.ref_icd10 (code) VALUES ('P744');

INSERT INTO etl.ref_icd10 (code) VALUES ('P745');

INSERT INTO etl.ref_icd10 (code) VALUES ('P748');

INSERT INTO etl.ref_icd10 (code) VALUES ('P749');

INSERT INTO etl.ref_icd10 (code) VALUES ('P75');

INSERT INTO etl.ref_icd10 (code) VALUES ('P76');

INSERT INTO etl.ref_icd10 (code) VALUES ('P760');

INSERT INTO etl.ref_icd10 (code) VALUES ('P761');

INSERT INTO etl.ref_icd10 (code) VALUES ('P762');

INSERT INTO etl.ref_icd10 (code) VALUES ('P768');

INSERT INTO etl.ref_icd10 (code) VALUES ('P769');

INSERT INTO etl.ref_icd10 (code) VALUES ('P77');

INSERT INTO etl.ref_icd10 (code) VALUES ('P78');

INSERT INTO etl.ref_icd10 (code) VALUES ('P780');

INSERT INTO etl.ref_icd10 (code) VALUES ('P781');

INSERT INTO etl.ref_icd10 (code) VALUES ('P782');

INSERT INTO etl.ref_icd10 (code) VALUES ('P783');

INSERT INTO etl.ref_icd10 (code) VALUES ('P788');

INSERT INTO etl.ref_icd10 (code) VALUES ('P789');

INSERT INTO etl.ref_icd10 (code) VALUES ('P80');

INSERT INTO etl.ref_icd10 (code) VALUES ('P800');

INSERT INTO etl.ref_icd10 (code) VALUES ('P808');

INSERT INTO etl.ref_icd10 (code) VALUES ('P809');

INSERT INTO etl.ref_icd10 (code) VALUES ('P81');

INSERT INTO etl.ref_icd10 (code) VALUES ('P810');

INSERT INTO etl.ref_icd10 (code) VALUES ('P818');

INSERT INTO etl.ref_icd10 (code) VALUES ('P819');

INSERT INTO etl.ref_icd10 (code) VALUES ('P83');

INSERT INTO etl.ref_icd10 (code) VALUES ('P830');

INSERT INTO etl.ref_icd10 (code) VALUES ('P831');

INSERT INTO etl.ref_icd10 (code) VALUES ('P832');

INSERT INTO etl.ref_icd10 (code) VALUES ('P833');

INSERT INTO etl.ref_icd10 (code) VALUES ('P834');

INSERT INTO etl.ref_icd10 (code) VALUES ('P835');

INSERT INTO etl.ref_icd10 (code) VALUES ('P836');

INSERT INTO etl.ref_icd10 (code) VALUES ('P838');

INSERT INTO etl.ref_icd10 (code) VALUES ('P839');

INSERT INTO etl.ref_icd10 (code) VALUES ('P90');

INSERT INTO etl.ref_icd10 (code) VALUES ('P91');

INSERT INTO etl.ref_icd10 (code) VALUES ('P910');

INSERT INTO etl.ref_icd10 (code) VALUES ('P911');

INSERT INTO etl.ref_icd10 (code) VALUES ('P912');

INSERT INTO etl.ref_icd10 (code) VALUES ('P913');

INSERT INTO etl.ref_icd10 (code) VALUES ('P914');

INSERT INTO etl.ref_icd10 (code) VALUES ('P915');

INSERT INTO etl.ref_icd10 (code) VALUES ('P916');

INSERT INTO etl.ref_icd10 (code) VALUES ('P917');

INSERT INTO etl.ref_icd10 (code) VALUES ('P918');

INSERT INTO etl.ref_icd10 (code) VALUES ('P919');

INSERT INTO etl.ref_icd10 (code) VALUES ('P92');

INSERT INTO etl.ref_icd10 (code) VALUES ('P920');

INSERT INTO etl.ref_icd10 (code) VALUES ('P921');

INSERT INTO etl.ref_icd10 (code) VALUES ('P922');

INSERT INTO etl.ref_icd10 (code) VALUES ('P923');

INSERT INTO etl.ref_icd10 (code) VALUES ('P924');

INSERT INTO etl.ref_icd10 (code) VALUES ('P925');

INSERT INTO etl.ref_icd10 (code) VALUES ('P928');

INSERT INTO etl.ref_icd10 (code) VALUES ('P929');

INSERT INTO etl.ref_icd10 (code) VALUES ('P93');

INSERT INTO etl.ref_icd10 (code) VALUES ('P94');

INSERT INTO etl.ref_icd10 (code) VALUES ('P940');

INSERT INTO etl.ref_icd10 (code) VALUES ('P941');

INSERT INTO etl.ref_icd10 (code) VALUES ('P942');

INSERT INTO etl.ref_icd10 (code) VALUES ('P948');

INSERT INTO etl.ref_icd10 (code) VALUES ('P949');

INSERT INTO etl.ref_icd10 (code) VALUES ('P95');

INSERT INTO etl.ref_icd10 (code) VALUES ('P96');

INSERT INTO etl.ref_icd10 (code) VALUES ('P960');

INSERT INTO etl.ref_icd10 (code) VALUES ('P961');

INSERT INTO etl.ref_icd10 (code) VALUES ('P962');

INSERT INTO etl.ref_icd10 (code) VALUES ('P963');

INSERT INTO etl.ref_icd10 (code) VALUES ('P964');

INSERT INTO etl.ref_icd10 (code) VALUES ('P965');

INSERT INTO etl.ref_icd10 (code) VALUES ('P968');

INSERT INTO etl.ref_icd10 (code) VALUES ('P969');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q00');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q000');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q001');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q002');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q01');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q010');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q011');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q012');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q018');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q019');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q02');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q03');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q030');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q031');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q038');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q039');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q04');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q040');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q041');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q042');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q043');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q044');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q045');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q046');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q048');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q049');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q05');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q050');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q051');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q052');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q053');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q054');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q055');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q056');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q057');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q058');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q059');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q06');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q060');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q061');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q062');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q063');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q064');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q068');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q069');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q07');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q070');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q078');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q079');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q10');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q100');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q101');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q102');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q103');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q104');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q105');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q106');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q107');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q11');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q110');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q111');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q112');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q113');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q12');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q120');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q121');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q122');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q123');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q124');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q128');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q129');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q13');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q130');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q131');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q132');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q133');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q134');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q135');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q138');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q139');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q14');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q140');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q141');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q142');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q143');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q148');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q149');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q15');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q150');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q158');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q159');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q16');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q160');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q161');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q162');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q163');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q164');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q165');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q169');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q17');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q170');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q171');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q172');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q173');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q174');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q175');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q178');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q179');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q18');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q180');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q181');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q182');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q183');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q184');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q185');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q186');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q187');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q188');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q189');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q20');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q200');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q201');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q202');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q203');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q204');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q205');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q206');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q208');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q209');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q21');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q210');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q211');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q212');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q213');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q214');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q218');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q219');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q22');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q220');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q221');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q222');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q223');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q224');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q225');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q226');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q228');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q229');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q23');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q230');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q231');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q232');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q233');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q234');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q238');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q239');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q24');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q240');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q241');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q242');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q243');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q244');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q245');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q246');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q248');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q249');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q25');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q250');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q251');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q252');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q253');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q254');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q255');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q256');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q257');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q258');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q259');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q26');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q260');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q261');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q262');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q263');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q264');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q265');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q266');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q268');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q269');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q27');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q270');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q271');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q272');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q273');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q274');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q278');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q279');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q28');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q280');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q281');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q282');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q283');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q288');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q289');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q30');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q300');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q301');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q302');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q303');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q308');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q309');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q31');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q310');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q311');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q312');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q313');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q315');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q318');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q319');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q32');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q320');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q321');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q322');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q323');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q324');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q33');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q330');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q331');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q332');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q333');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q334');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q335');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q336');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q338');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q339');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q34');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q340');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q341');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q348');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q349');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q35');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q351');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q353');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q355');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q357');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q359');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q36');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q360');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q361');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q369');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q37');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q370');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q371');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q372');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q373');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q374');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q375');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q378');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q379');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q38');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q380');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q381');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q382');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q383');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q384');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q385');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q386');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q387');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q388');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q39');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q390');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q391');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q392');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q393');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q394');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q395');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q396');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q398');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q399');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q40');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q400');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q401');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q402');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q403');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q408');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q409');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q41');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q410');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q411');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q412');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q418');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q419');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q42');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q420');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q421');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q422');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q423');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q428');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q429');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q43');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q430');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q431');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q432');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q433');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q434');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q435');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q436');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q437');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q438');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q439');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q44');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q440');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q441');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q442');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q443');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q444');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q445');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q446');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q447');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q45');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q450');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q451');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q452');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q453');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q458');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q459');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q50');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q500');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q501');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q502');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q503');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q504');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q505');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q506');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q51');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q510');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q511');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q512');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q513');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q514');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q515');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q516');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q517');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q518');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q519');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q52');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q520');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q521');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q522');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q523');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q524');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q525');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q526');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q527');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q528');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q529');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q53');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q530');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q531');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q532');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q539');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q54');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q540');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q541');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q542');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q543');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q544');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q548');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q549');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q55');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q550');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q551');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q552');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q553');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q554');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q555');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q556');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q558');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q559');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q56');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q560');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q561');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q562');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q563');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q564');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q60');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q600');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q601');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q602');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q603');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q604');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q605');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q606');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q61');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q610');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q611');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q612');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q613');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q614');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q615');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q618');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q619');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q62');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q620');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q621');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q622');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q623');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q624');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q625');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q626');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q627');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q628');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q63');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q630');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q631');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q632');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q633');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q638');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q639');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q64');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q640');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q641');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q642');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q643');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q644');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q645');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q646');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q647');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q648');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q649');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q65');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q650');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q651');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q652');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q653');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q654');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q655');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q656');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q658');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q659');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q66');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q660');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q661');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q662');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q663');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q664');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q665');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q666');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q667');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q668');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q669');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q67');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q670');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q671');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q672');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q673');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q674');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q675');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q676');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q677');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q678');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q68');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q680');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q681');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q682');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q683');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q684');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q685');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q688');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q69');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q690');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q691');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q692');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q699');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q70');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q700');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q701');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q702');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q703');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q704');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q709');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q71');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q710');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q711');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q712');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q713');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q714');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q715');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q716');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q718');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q719');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q72');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q720');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q721');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q722');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q723');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q724');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q725');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q726');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q727');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q728');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q729');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q73');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q730');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q731');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q738');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q74');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q740');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q741');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q742');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q743');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q748');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q749');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q75');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q750');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q751');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q752');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q753');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q754');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q755');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q758');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q759');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q76');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q760');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q761');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q762');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q763');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q764');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q765');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q766');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q767');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q768');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q769');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q77');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q770');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q771');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q772');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q773');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q774');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q775');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q776');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q777');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q778');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q779');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q78');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q780');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q781');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q782');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q783');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q784');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q785');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q786');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q788');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q789');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q79');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q790');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q791');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q792');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q793');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q794');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q795');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q796');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q798');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q799');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q80');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q800');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q801');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q802');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q803');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q804');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q808');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q809');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q81');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q810');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q811');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q812');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q818');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q819');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q82');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q820');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q821');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q822');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q823');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q824');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q825');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q828');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q829');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q83');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q830');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q831');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q832');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q833');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q838');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q839');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q84');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q840');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q841');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q842');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q843');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q844');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q845');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q846');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q848');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q849');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q85');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q850');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q851');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q858');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q859');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q86');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q860');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q861');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q862');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q868');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q87');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q870');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q871');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q872');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q873');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q874');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q875');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q878');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q89');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q890');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q891');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q892');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q893');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q894');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q897');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q898');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q899');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q90');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q900');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q901');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q902');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q909');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q91');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q910');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q911');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q912');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q913');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q914');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q915');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q916');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q917');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q92');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q920');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q921');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q922');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q923');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q924');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q925');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q926');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q927');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q928');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q929');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q93');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q930');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q931');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q932');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q933');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q934');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q935');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q936');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q937');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q938');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q939');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q95');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q950');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q951');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q952');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q953');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q954');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q955');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q958');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q959');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q96');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q960');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q961');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q962');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q963');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q964');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q968');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q969');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q97');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q970');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q971');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q972');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q973');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q978');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q979');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q98');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q980');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q981');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q982');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q983');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q984');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q985');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q986');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q987');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q988');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q989');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q99');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q990');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q991');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q992');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q998');

INSERT INTO etl.ref_icd10 (code) VALUES ('Q999');

INSERT INTO etl.ref_icd10 (code) VALUES ('R00');

INSERT INTO etl.ref_icd10 (code) VALUES ('R000');

INSERT INTO etl.ref_icd10 (code) VALUES ('R001');

INSERT INTO etl.ref_icd10 (code) VALUES ('R002');

INSERT INTO etl.ref_icd10 (code) VALUES ('R003');

INSERT INTO etl.ref_icd10 (code) VALUES ('R008');

INSERT INTO etl.ref_icd10 (code) VALUES ('R01');

INSERT INTO etl.ref_icd10 (code) VALUES ('R010');

INSERT INTO etl.ref_icd10 (code) VALUES ('R011');

INSERT INTO etl.ref_icd10 (code) VALUES ('R012');

INSERT INTO etl.ref_icd10 (code) VALUES ('R02');

INSERT INTO etl.ref_icd10 (code) VALUES ('R03');

INSERT INTO etl.ref_icd10 (code) VALUES ('R030');

INSERT INTO etl.ref_icd10 (code) VALUES ('R031');

INSERT INTO etl.ref_icd10 (code) VALUES ('R04');

INSERT INTO etl.ref_icd10 (code) VALUES ('R040');

INSERT INTO etl.ref_icd10 (code) VALUES ('R041');

INSERT INTO etl.ref_icd10 (code) VALUES ('R042');

INSERT INTO etl.ref_icd10 (code) VALUES ('R048');

INSERT INTO etl.ref_icd10 (code) VALUES ('R049');

INSERT INTO etl.ref_icd10 (code) VALUES ('R05');

INSERT INTO etl.ref_icd10 (code) VALUES ('R06');

INSERT INTO etl.ref_icd10 (code) VALUES ('R060');

INSERT INTO etl.ref_icd10 (code) VALUES ('R061');

INSERT INTO etl.ref_icd10 (code) VALUES ('R062');

INSERT INTO etl.ref_icd10 (code) VALUES ('R063');

INSERT INTO etl.ref_icd10 (code) VALUES ('R064');

INSERT INTO etl.ref_icd10 (code) VALUES ('R065');

INSERT INTO etl.ref_icd10 (code) VALUES ('R066');

INSERT INTO etl.ref_icd10 (code) VALUES ('R067');

INSERT INTO etl.ref_icd10 (code) VALUES ('R068');

INSERT INTO etl.ref_icd10 (code) VALUES ('R07');

INSERT INTO etl.ref_icd10 (code) VALUES ('R070');

INSERT INTO etl.ref_icd10 (code) VALUES ('R071');

INSERT INTO etl.ref_icd10 (code) VALUES ('R072');

INSERT INTO etl.ref_icd10 (code) VALUES ('R073');

INSERT INTO etl.ref_icd10 (code) VALUES ('R074');

INSERT INTO etl.ref_icd10 (code) VALUES ('R09');

INSERT INTO etl.ref_icd10 (code) VALUES ('R090');

INSERT INTO etl.ref_icd10 (code) VALUES ('R091');

INSERT INTO etl.ref_icd10 (code) VALUES ('R092');

INSERT INTO etl.ref_icd10 (code) VALUES ('R093');

INSERT INTO etl.ref_icd10 (code) VALUES ('R098');

INSERT INTO etl.ref_icd10 (code) VALUES ('R10');

INSERT INTO etl.ref_icd10 (code) VALUES ('R100');

INSERT INTO etl.ref_icd10 (code) VALUES ('R101');

INSERT INTO etl.ref_icd10 (code) VALUES ('R102');

INSERT INTO etl.ref_icd10 (code) VALUES ('R103');

INSERT INTO etl.ref_icd10 (code) VALUES ('R104');

INSERT INTO etl.ref_icd10 (code) VALUES ('R11');

INSERT INTO etl.ref_icd10 (code) VALUES ('R12');

INSERT INTO etl.ref_icd10 (code) VALUES ('R13');

INSERT INTO etl.ref_icd10 (code) VALUES ('R14');

INSERT INTO etl.ref_icd10 (code) VALUES ('R15');

INSERT INTO etl.ref_icd10 (code) VALUES ('R16');

INSERT INTO etl.ref_icd10 (code) VALUES ('R160');

INSERT INTO etl.ref_icd10 (code) VALUES ('R161');

INSERT INTO etl.ref_icd10 (code) VALUES ('R162');

INSERT INTO etl.ref_icd10 (code) VALUES ('R17');

INSERT INTO etl.ref_icd10 (code) VALUES ('R170');

INSERT INTO etl.ref_icd10 (code) VALUES ('R179');

INSERT INTO etl.ref_icd10 (code) VALUES ('R18');

INSERT INTO etl.ref_icd10 (code) VALUES ('R19');

INSERT INTO etl.ref_icd10 (code) VALUES ('R190');

INSERT INTO etl.ref_icd10 (code) VALUES ('R191');

INSERT INTO etl.ref_icd10 (code) VALUES ('R192');

INSERT INTO etl.ref_icd10 (code) VALUES ('R193');

INSERT INTO etl.ref_icd10 (code) VALUES ('R194');

INSERT INTO etl.ref_icd10 (code) VALUES ('R195');

INSERT INTO etl.ref_icd10 (code) VALUES ('R196');

INSERT INTO etl.ref_icd10 (code) VALUES ('R198');

INSERT INTO etl.ref_icd10 (code) VALUES ('R20');

INSERT INTO etl.ref_icd10 (code) VALUES ('R200');

INSERT INTO etl.ref_icd10 (code) VALUES ('R201');

INSERT INTO etl.ref_icd10 (code) VALUES ('R202');

INSERT INTO etl.ref_icd10 (code) VALUES ('R203');

INSERT INTO etl.ref_icd10 (code) VALUES ('R208');

INSERT INTO etl.ref_icd10 (code) VALUES ('R21');

INSERT INTO etl.ref_icd10 (code) VALUES ('R22');

INSERT INTO etl.ref_icd10 (code) VALUES ('R220');

INSERT INTO etl.ref_icd10 (code) VALUES ('R221');

INSERT INTO etl.ref_icd10 (code) VALUES ('R222');

INSERT INTO etl.ref_icd10 (code) VALUES ('R223');

INSERT INTO etl.ref_icd10 (code) VALUES ('R224');

INSERT INTO etl.ref_icd10 (code) VALUES ('R227');

INSERT INTO etl.ref_icd10 (code) VALUES ('R229');

INSERT INTO etl.ref_icd10 (code) VALUES ('R23');

INSERT INTO etl.ref_icd10 (code) VALUES ('R230');

INSERT INTO etl.ref_icd10 (code) VALUES ('R231');

INSERT INTO etl.ref_icd10 (code) VALUES ('R232');

INSERT INTO etl.ref_icd10 (code) VALUES ('R233');

INSERT INTO etl.ref_icd10 (code) VALUES ('R234');

INSERT INTO etl.ref_icd10 (code) VALUES ('R238');

INSERT INTO etl.ref_icd10 (code) VALUES ('R25');

INSERT INTO etl.ref_icd10 (code) VALUES ('R250');

INSERT INTO etl.ref_icd10 (code) VALUES ('R251');

INSERT INTO etl.ref_icd10 (code) VALUES ('R252');

INSERT INTO etl.ref_icd10 (code) VALUES ('R253');

INSERT INTO etl.ref_icd10 (code) VALUES ('R258');

INSERT INTO etl.ref_icd10 (code) VALUES ('R26');

INSERT INTO etl.ref_icd10 (code) VALUES ('R260');

INSERT INTO etl.ref_icd10 (code) VALUES ('R261');

INSERT INTO etl.ref_icd10 (code) VALUES ('R262');

INSERT INTO etl.ref_icd10 (code) VALUES ('R263');

INSERT INTO etl.ref_icd10 (code) VALUES ('R268');

INSERT INTO etl.ref_icd10 (code) VALUES ('R27');

INSERT INTO etl.ref_icd10 (code) VALUES ('R270');

INSERT INTO etl.ref_icd10 (code) VALUES ('R278');

INSERT INTO etl.ref_icd10 (code) VALUES ('R29');

INSERT INTO etl.ref_icd10 (code) VALUES ('R290');

INSERT INTO etl.ref_icd10 (code) VALUES ('R291');

INSERT INTO etl.ref_icd10 (code) VALUES ('R292');

INSERT INTO etl.ref_icd10 (code) VALUES ('R293');

INSERT INTO etl.ref_icd10 (code) VALUES ('R294');

INSERT INTO etl.ref_icd10 (code) VALUES ('R296');

INSERT INTO etl.ref_icd10 (code) VALUES ('R298');

INSERT INTO etl.ref_icd10 (code) VALUES ('R30');

INSERT INTO etl.ref_icd10 (code) VALUES ('R300');

INSERT INTO etl.ref_icd10 (code) VALUES ('R301');

INSERT INTO etl.ref_icd10 (code) VALUES ('R309');

INSERT INTO etl.ref_icd10 (code) VALUES ('R31');

INSERT INTO etl.ref_icd10 (code) VALUES ('R32');

INSERT INTO etl.ref_icd10 (code) VALUES ('R33');

INSERT INTO etl.ref_icd10 (code) VALUES ('R34');

INSERT INTO etl.ref_icd10 (code) VALUES ('R35');

INSERT INTO etl.ref_icd10 (code) VALUES ('R36');

INSERT INTO etl.ref_icd10 (code) VALUES ('R39');

INSERT INTO etl.ref_icd10 (code) VALUES ('R390');

INSERT INTO etl.ref_icd10 (code) VALUES ('R391');

INSERT INTO etl.ref_icd10 (code) VALUES ('R392');

INSERT INTO etl.ref_icd10 (code) VALUES ('R398');

INSERT INTO etl.ref_icd10 (code) VALUES ('R40');

INSERT INTO etl.ref_icd10 (code) VALUES ('R400');

INSERT INTO etl.ref_icd10 (code) VALUES ('R401');

INSERT INTO etl.ref_icd10 (code) VALUES ('R402');

INSERT INTO etl.ref_icd10 (code) VALUES ('R41');

INSERT INTO etl.ref_icd10 (code) VALUES ('R410');

INSERT INTO etl.ref_icd10 (code) VALUES ('R411');

INSERT INTO etl.ref_icd10 (code) VALUES ('R412');

INSERT INTO etl.ref_icd10 (code) VALUES ('R413');

INSERT INTO etl.ref_icd10 (code) VALUES ('R418');

INSERT INTO etl.ref_icd10 (code) VALUES ('R42');

INSERT INTO etl.ref_icd10 (code) VALUES ('R43');

INSERT INTO etl.ref_icd10 (code) VALUES ('R430');

INSERT INTO etl.ref_icd10 (code) VALUES ('R431');

INSERT INTO etl.ref_icd10 (code) VALUES ('R432');

INSERT INTO etl.ref_icd10 (code) VALUES ('R438');

INSERT INTO etl.ref_icd10 (code) VALUES ('R44');

INSERT INTO etl.ref_icd10 (code) VALUES ('R440');

INSERT INTO etl.ref_icd10 (code) VALUES ('R441');

INSERT INTO etl.ref_icd10 (code) VALUES ('R442');

INSERT INTO etl.ref_icd10 (code) VALUES ('R443');

INSERT INTO etl.ref_icd10 (code) VALUES ('R448');

INSERT INTO etl.ref_icd10 (code) VALUES ('R45');

INSERT INTO etl.ref_icd10 (code) VALUES ('R450');

INSERT INTO etl.ref_icd10 (code) VALUES ('R451');

INSERT INTO etl.ref_icd10 (code) VALUES ('R452');

INSERT INTO etl.ref_icd10 (code) VALUES ('R453');

INSERT INTO etl.ref_icd10 (code) VALUES ('R454');

INSERT INTO etl.ref_icd10 (code) VALUES ('R455');

INSERT INTO etl.ref_icd10 (code) VALUES ('R456');

INSERT INTO etl.ref_icd10 (code) VALUES ('R457');

INSERT INTO etl.ref_icd10 (code) VALUES ('R458');

INSERT INTO etl.ref_icd10 (code) VALUES ('R46');

INSERT INTO etl.ref_icd10 (code) VALUES ('R460');

INSERT INTO etl.ref_icd10 (code) VALUES ('R461');

INSERT INTO etl.ref_icd10 (code) VALUES ('R462');

INSERT INTO etl.ref_icd10 (code) VALUES ('R463');

INSERT INTO etl.ref_icd10 (code) VALUES ('R464');

INSERT INTO etl.ref_icd10 (code) VALUES ('R465');

INSERT INTO etl.ref_icd10 (code) VALUES ('R466');

INSERT INTO etl.ref_icd10 (code) VALUES ('R467');

INSERT INTO etl.ref_icd10 (code) VALUES ('R468');

INSERT INTO etl.ref_icd10 (code) VALUES ('R47');

INSERT INTO etl.ref_icd10 (code) VALUES ('R470');

INSERT INTO etl.ref_icd10 (code) VALUES ('R471');

INSERT INTO etl.ref_icd10 (code) VALUES ('R478');

INSERT INTO etl.ref_icd10 (code) VALUES ('R48');

INSERT INTO etl.ref_icd10 (code) VALUES ('R480');

INSERT INTO etl.ref_icd10 (code) VALUES ('R481');

INSERT INTO etl.ref_icd10 (code) VALUES ('R482');

INSERT INTO etl.ref_icd10 (code) VALUES ('R488');

INSERT INTO etl.ref_icd10 (code) VALUES ('R49');

INSERT INTO etl.ref_icd10 (code) VALUES ('R490');

INSERT INTO etl.ref_icd10 (code) VALUES ('R491');

INSERT INTO etl.ref_icd10 (code) VALUES ('R492');

INSERT INTO etl.ref_icd10 (code) VALUES ('R498');

INSERT INTO etl.ref_icd10 (code) VALUES ('R50');

INSERT INTO etl.ref_icd10 (code) VALUES ('R502');

INSERT INTO etl.ref_icd10 (code) VALUES ('R508');

INSERT INTO etl.ref_icd10 (code) VALUES ('R509');

INSERT INTO etl.ref_icd10 (code) VALUES ('R51');

INSERT INTO etl.ref_icd10 (code) VALUES ('R52');

INSERT INTO etl.ref_icd10 (code) VALUES ('R520');

INSERT INTO etl.ref_icd10 (code) VALUES ('R521');

INSERT INTO etl.ref_icd10 (code) VALUES ('R522');

INSERT INTO etl.ref_icd10 (code) VALUES ('R529');

INSERT INTO etl.ref_icd10 (code) VALUES ('R53');

INSERT INTO etl.ref_icd10 (code) VALUES ('R54');

INSERT INTO etl.ref_icd10 (code) VALUES ('R55');

INSERT INTO etl.ref_icd10 (code) VALUES ('R56');

INSERT INTO etl.ref_icd10 (code) VALUES ('R560');

INSERT INTO etl.ref_icd10 (code) VALUES ('R568');

INSERT INTO etl.ref_icd10 (code) VALUES ('R57');

INSERT INTO etl.ref_icd10 (code) VALUES ('R570');

INSERT INTO etl.ref_icd10 (code) VALUES ('R571');

INSERT INTO etl.ref_icd10 (code) VALUES ('R572');

INSERT INTO etl.ref_icd10 (code) VALUES ('R578');

INSERT INTO etl.ref_icd10 (code) VALUES ('R579');

INSERT INTO etl.ref_icd10 (code) VALUES ('R58');

INSERT INTO etl.ref_icd10 (code) VALUES ('R59');

INSERT INTO etl.ref_icd10 (code) VALUES ('R590');

INSERT INTO etl.ref_icd10 (code) VALUES ('R591');

INSERT INTO etl.ref_icd10 (code) VALUES ('R599');

INSERT INTO etl.ref_icd10 (code) VALUES ('R60');

INSERT INTO etl.ref_icd10 (code) VALUES ('R600');

INSERT INTO etl.ref_icd10 (code) VALUES ('R601');

INSERT INTO etl.ref_icd10 (code) VALUES ('R609');

INSERT INTO etl.ref_icd10 (code) VALUES ('R61');

INSERT INTO etl.ref_icd10 (code) VALUES ('R610');

INSERT INTO etl.ref_icd10 (code) VALUES ('R611');

INSERT INTO etl.ref_icd10 (code) VALUES ('R619');

INSERT INTO etl.ref_icd10 (code) VALUES ('R62');

INSERT INTO etl.ref_icd10 (code) VALUES ('R620');

INSERT INTO etl.ref_icd10 (code) VALUES ('R628');

INSERT INTO etl.ref_icd10 (code) VALUES ('R629');

INSERT INTO etl.ref_icd10 (code) VALUES ('R63');

INSERT INTO etl.ref_icd10 (code) VALUES ('R630');

INSERT INTO etl.ref_icd10 (code) VALUES ('R631');

INSERT INTO etl.ref_icd10 (code) VALUES ('R632');

INSERT INTO etl.ref_icd10 (code) VALUES ('R633');

INSERT INTO etl.ref_icd10 (code) VALUES ('R634');

INSERT INTO etl.ref_icd10 (code) VALUES ('R635');

INSERT INTO etl.ref_icd10 (code) VALUES ('R636');

INSERT INTO etl.ref_icd10 (code) VALUES ('R638');

INSERT INTO etl.ref_icd10 (code) VALUES ('R64');

INSERT INTO etl.ref_icd10 (code) VALUES ('R65');

INSERT INTO etl.ref_icd10 (code) VALUES ('R650');

INSERT INTO etl.ref_icd10 (code) VALUES ('R651');

INSERT INTO etl.ref_icd10 (code) VALUES ('R652');

INSERT INTO etl.ref_icd10 (code) VALUES ('R653');

INSERT INTO etl.ref_icd10 (code) VALUES ('R659');

INSERT INTO etl.ref_icd10 (code) VALUES ('R68');

INSERT INTO etl.ref_icd10 (code) VALUES ('R680');

INSERT INTO etl.ref_icd10 (code) VALUES ('R681');

INSERT INTO etl.ref_icd10 (code) VALUES ('R682');

INSERT INTO etl.ref_icd10 (code) VALUES ('R683');

INSERT INTO etl.ref_icd10 (code) VALUES ('R688');

INSERT INTO etl.ref_icd10 (code) VALUES ('R69');

INSERT INTO etl.ref_icd10 (code) VALUES ('R70');

INSERT INTO etl.ref_icd10 (code) VALUES ('R700');

INSERT INTO etl.ref_icd10 (code) VALUES ('R701');

INSERT INTO etl.ref_icd10 (code) VALUES ('R71');

INSERT INTO etl.ref_icd10 (code) VALUES ('R72');

INSERT INTO etl.ref_icd10 (code) VALUES ('R73');

INSERT INTO etl.ref_icd10 (code) VALUES ('R730');

INSERT INTO etl.ref_icd10 (code) VALUES ('R739');

INSERT INTO etl.ref_icd10 (code) VALUES ('R74');

INSERT INTO etl.ref_icd10 (code) VALUES ('R740');

INSERT INTO etl.ref_icd10 (code) VALUES ('R748');

INSERT INTO etl.ref_icd10 (code) VALUES ('R749');

INSERT INTO etl.ref_icd10 (code) VALUES ('R75');

INSERT INTO etl.ref_icd10 (code) VALUES ('R76');

INSERT INTO etl.ref_icd10 (code) VALUES ('R760');

INSERT INTO etl.ref_icd10 (code) VALUES ('R761');

INSERT INTO etl.ref_icd10 (code) VALUES ('R762');

INSERT INTO etl.ref_icd10 (code) VALUES ('R768');

INSERT INTO etl.ref_icd10 (code) VALUES ('R769');

INSERT INTO etl.ref_icd10 (code) VALUES ('R77');

INSERT INTO etl.ref_icd10 (code) VALUES ('R770');

INSERT INTO etl.ref_icd10 (code) VALUES ('R771');

INSERT INTO etl.ref_icd10 (code) VALUES ('R772');

INSERT INTO etl.ref_icd10 (code) VALUES ('R778');

INSERT INTO etl.ref_icd10 (code) VALUES ('R779');

INSERT INTO etl.ref_icd10 (code) VALUES ('R78');

INSERT INTO etl.ref_icd10 (code) VALUES ('R780');

INSERT INTO etl.ref_icd10 (code) VALUES ('R781');

INSERT INTO etl.ref_icd10 (code) VALUES ('R782');

INSERT INTO etl.ref_icd10 (code) VALUES ('R783');

INSERT INTO etl.ref_icd10 (code) VALUES ('R784');

INSERT INTO etl.ref_icd10 (code) VALUES ('R785');

INSERT INTO etl.ref_icd10 (code) VALUES ('R786');

INSERT INTO etl.ref_icd10 (code) VALUES ('R787');

INSERT INTO etl.ref_icd10 (code) VALUES ('R788');

INSERT INTO etl.ref_icd10 (code) VALUES ('R789');

INSERT INTO etl.ref_icd10 (code) VALUES ('R79');

INSERT INTO etl.ref_icd10 (code) VALUES ('R790');

INSERT INTO etl.ref_icd10 (code) VALUES ('R798');

INSERT INTO etl.ref_icd10 (code) VALUES ('R799');

INSERT INTO etl.ref_icd10 (code) VALUES ('R80');

INSERT INTO etl.ref_icd10 (code) VALUES ('R81');

INSERT INTO etl.ref_icd10 (code) VALUES ('R82');

INSERT INTO etl.ref_icd10 (code) VALUES ('R820');

INSERT INTO etl.ref_icd10 (code) VALUES ('R821');

INSERT INTO etl.ref_icd10 (code) VALUES ('R822');

INSERT INTO etl.ref_icd10 (code) VALUES ('R823');

INSERT INTO etl.ref_icd10 (code) VALUES ('R824');

INSERT INTO etl.ref_icd10 (code) VALUES ('R825');

INSERT INTO etl.ref_icd10 (code) VALUES ('R826');

INSERT INTO etl.ref_icd10 (code) VALUES ('R827');

INSERT INTO etl.ref_icd10 (code) VALUES ('R828');

INSERT INTO etl.ref_icd10 (code) VALUES ('R829');

INSERT INTO etl.ref_icd10 (code) VALUES ('R83');

INSERT INTO etl.ref_icd10 (code) VALUES ('R830');

INSERT INTO etl.ref_icd10 (code) VALUES ('R831');

INSERT INTO etl.ref_icd10 (code) VALUES ('R832');

INSERT INTO etl.ref_icd10 (code) VALUES ('R833');

INSERT INTO etl.ref_icd10 (code) VALUES ('R834');

INSERT INTO etl.ref_icd10 (code) VALUES ('R835');

INSERT INTO etl.ref_icd10 (code) VALUES ('R836');

INSERT INTO etl.ref_icd10 (code) VALUES ('R837');

INSERT INTO etl.ref_icd10 (code) VALUES ('R838');

INSERT INTO etl.ref_icd10 (code) VALUES ('R839');

INSERT INTO etl.ref_icd10 (code) VALUES ('R84');

INSERT INTO etl.ref_icd10 (code) VALUES ('R840');

INSERT INTO etl.ref_icd10 (code) VALUES ('R841');

INSERT INTO etl.ref_icd10 (code) VALUES ('R842');

INSERT INTO etl.ref_icd10 (code) VALUES ('R843');

INSERT INTO etl.ref_icd10 (code) VALUES ('R844');

INSERT INTO etl.ref_icd10 (code) VALUES ('R845');

INSERT INTO etl.ref_icd10 (code) VALUES ('R846');

INSERT INTO etl.ref_icd10 (code) VALUES ('R847');

INSERT INTO etl.ref_icd10 (code) VALUES ('R848');

INSERT INTO etl.ref_icd10 (code) VALUES ('R849');

INSERT INTO etl.ref_icd10 (code) VALUES ('R85');

INSERT INTO etl.ref_icd10 (code) VALUES ('R850');

INSERT INTO etl.ref_icd10 (code) VALUES ('R851');

INSERT INTO etl.ref_icd10 (code) VALUES ('R852');

INSERT INTO etl.ref_icd10 (code) VALUES ('R853');

INSERT INTO etl.ref_icd10 (code) VALUES ('R854');

INSERT INTO etl.ref_icd10 (code) VALUES ('R855');

INSERT INTO etl.ref_icd10 (code) VALUES ('R856');

INSERT INTO etl.ref_icd10 (code) VALUES ('R857');

INSERT INTO etl.ref_icd10 (code) VALUES ('R858');

INSERT INTO etl.ref_icd10 (code) VALUES ('R859');

INSERT INTO etl.ref_icd10 (code) VALUES ('R86');

INSERT INTO etl.ref_icd10 (code) VALUES ('R860');

INSERT INTO etl.ref_icd10 (code) VALUES ('R861');

INSERT INTO etl.ref_icd10 (code) VALUES ('R862');

INSERT INTO etl.ref_icd10 (code) VALUES ('R863');

INSERT INTO etl.ref_icd10 (code) VALUES ('R864');

INSERT INTO etl.ref_icd10 (code) VALUES ('R865');

INSERT INTO etl.ref_icd10 (code) VALUES ('R866');

INSERT INTO etl.ref_icd10 (code) VALUES ('R867');

INSERT INTO etl.ref_icd10 (code) VALUES ('R868');

INSERT INTO etl.ref_icd10 (code) VALUES ('R869');

INSERT INTO etl.ref_icd10 (code) VALUES ('R87');

INSERT INTO etl.ref_icd10 (code) VALUES ('R870');

INSERT INTO etl.ref_icd10 (code) VALUES ('R871');

INSERT INTO etl.ref_icd10 (code) VALUES ('R872');

INSERT INTO etl.ref_icd10 (code) VALUES ('R873');

INSERT INTO etl.ref_icd10 (code) VALUES ('R874');

INSERT INTO etl.ref_icd10 (code) VALUES ('R875');

INSERT INTO etl.ref_icd10 (code) VALUES ('R876');

INSERT INTO etl.ref_icd10 (code) VALUES ('R877');

INSERT INTO etl.ref_icd10 (code) VALUES ('R878');

INSERT INTO etl.ref_icd10 (code) VALUES ('R879');

INSERT INTO etl.ref_icd10 (code) VALUES ('R89');

INSERT INTO etl.ref_icd10 (code) VALUES ('R890');

INSERT INTO etl.ref_icd10 (code) VALUES ('R891');

INSERT INTO etl.ref_icd10 (code) VALUES ('R892');

INSERT INTO etl.ref_icd10 (code) VALUES ('R893');

INSERT INTO etl.ref_icd10 (code) VALUES ('R894');

INSERT INTO etl.ref_icd10 (code) VALUES ('R895');

INSERT INTO etl.ref_icd10 (code) VALUES ('R896');

INSERT INTO etl.ref_icd10 (code) VALUES ('R897');

INSERT INTO etl.ref_icd10 (code) VALUES ('R898');

INSERT INTO etl.ref_icd10 (code) VALUES ('R899');

INSERT INTO etl.ref_icd10 (code) VALUES ('R90');

INSERT INTO etl.ref_icd10 (code) VALUES ('R900');

INSERT INTO etl.ref_icd10 (code) VALUES ('R908');

INSERT INTO etl.ref_icd10 (code) VALUES ('R91');

INSERT INTO etl.ref_icd10 (code) VALUES ('R92');

INSERT INTO etl.ref_icd10 (code) VALUES ('R93');

INSERT INTO etl.ref_icd10 (code) VALUES ('R930');

INSERT INTO etl.ref_icd10 (code) VALUES ('R931');

INSERT INTO etl.ref_icd10 (code) VALUES ('R932');

INSERT INTO etl.ref_icd10 (code) VALUES ('R933');

INSERT INTO etl.ref_icd10 (code) VALUES ('R934');

INSERT INTO etl.ref_icd10 (code) VALUES ('R935');

INSERT INTO etl.ref_icd10 (code) VALUES ('R936');

INSERT INTO etl.ref_icd10 (code) VALUES ('R937');

INSERT INTO etl.ref_icd10 (code) VALUES ('R938');

INSERT INTO etl.ref_icd10 (code) VALUES ('R94');

INSERT INTO etl.ref_icd10 (code) VALUES ('R940');

INSERT INTO etl.ref_icd10 (code) VALUES ('R941');

INSERT INTO etl.ref_icd10 (code) VALUES ('R942');

INSERT INTO etl.ref_icd10 (code) VALUES ('R943');

INSERT INTO etl.ref_icd10 (code) VALUES ('R944');

INSERT INTO etl.ref_icd10 (code) VALUES ('R945');

INSERT INTO etl.ref_icd10 (code) VALUES ('R946');

INSERT INTO etl.ref_icd10 (code) VALUES ('R947');

INSERT INTO etl.ref_icd10 (code) VALUES ('R948');

INSERT INTO etl.ref_icd10 (code) VALUES ('R95');

INSERT INTO etl.ref_icd10 (code) VALUES ('R950');

INSERT INTO etl.ref_icd10 (code) VALUES ('R959');

INSERT INTO etl.ref_icd10 (code) VALUES ('R96');

INSERT INTO etl.ref_icd10 (code) VALUES ('R960');

INSERT INTO etl.ref_icd10 (code) VALUES ('R961');

INSERT INTO etl.ref_icd10 (code) VALUES ('R98');

INSERT INTO etl.ref_icd10 (code) VALUES ('R99');

INSERT INTO etl.ref_icd10 (code) VALUES ('S00');

INSERT INTO etl.ref_icd10 (code) VALUES ('S000');

INSERT INTO etl.ref_icd10 (code) VALUES ('S001');

INSERT INTO etl.ref_icd10 (code) VALUES ('S002');

INSERT INTO etl.ref_icd10 (code) VALUES ('S003');

INSERT INTO etl.ref_icd10 (code) VALUES ('S004');

INSERT INTO etl.ref_icd10 (code) VALUES ('S005');

INSERT INTO etl.ref_icd10 (code) VALUES ('S007');

INSERT INTO etl.ref_icd10 (code) VALUES ('S008');

INSERT INTO etl.ref_icd10 (code) VALUES ('S009');

INSERT INTO etl.ref_icd10 (code) VALUES ('S01');

INSERT INTO etl.ref_icd10 (code) VALUES ('S010');

INSERT INTO etl.ref_icd10 (code) VALUES ('S011');

INSERT INTO etl.ref_icd10 (code) VALUES ('S012');

INSERT INTO etl.ref_icd10 (code) VALUES ('S013');

INSERT INTO etl.ref_icd10 (code) VALUES ('S014');

INSERT INTO etl.ref_icd10 (code) VALUES ('S015');

INSERT INTO etl.ref_icd10 (code) VALUES ('S017');

INSERT INTO etl.ref_icd10 (code) VALUES ('S018');

INSERT INTO etl.ref_icd10 (code) VALUES ('S019');

INSERT INTO etl.ref_icd10 (code) VALUES ('S02');

INSERT INTO etl.ref_icd10 (code) VALUES ('S020');

INSERT INTO etl.ref_icd10 (code) VALUES ('S021');

INSERT INTO etl.ref_icd10 (code) VALUES ('S022');

INSERT INTO etl.ref_icd10 (code) VALUES ('S023');

INSERT INTO etl.ref_icd10 (code) VALUES ('S024');

INSERT INTO etl.ref_icd10 (code) VALUES ('S025');

INSERT INTO etl.ref_icd10 (code) VALUES ('S026');

INSERT INTO etl.ref_icd10 (code) VALUES ('S027');

INSERT INTO etl.ref_icd10 (code) VALUES ('S028');

INSERT INTO etl.ref_icd10 (code) VALUES ('S029');

INSERT INTO etl.ref_icd10 (code) VALUES ('S03');

INSERT INTO etl.ref_icd10 (code) VALUES ('S030');

INSERT INTO etl.ref_icd10 (code) VALUES ('S031');

INSERT INTO etl.ref_icd10 (code) VALUES ('S032');

INSERT INTO etl.ref_icd10 (code) VALUES ('S033');

INSERT INTO etl.ref_icd10 (code) VALUES ('S034');

INSERT INTO etl.ref_icd10 (code) VALUES ('S035');

INSERT INTO etl.ref_icd10 (code) VALUES ('S04');

INSERT INTO etl.ref_icd10 (code) VALUES ('S040');

INSERT INTO etl.ref_icd10 (code) VALUES ('S041');

INSERT INTO etl.ref_icd10 (code) VALUES ('S042');

INSERT INTO etl.ref_icd10 (code) VALUES ('S043');

INSERT INTO etl.ref_icd10 (code) VALUES ('S044');

INSERT INTO etl.ref_icd10 (code) VALUES ('S045');

INSERT INTO etl.ref_icd10 (code) VALUES ('S046');

INSERT INTO etl.ref_icd10 (code) VALUES ('S047');

INSERT INTO etl.ref_icd10 (code) VALUES ('S048');

INSERT INTO etl.ref_icd10 (code) VALUES ('S049');

INSERT INTO etl.ref_icd10 (code) VALUES ('S05');

INSERT INTO etl.ref_icd10 (code) VALUES ('S050');

INSERT INTO etl.ref_icd10 (code) VALUES ('S051');

INSERT INTO etl.ref_icd10 (code) VALUES ('S052');

INSERT INTO etl.ref_icd10 (code) VALUES ('S053');

INSERT INTO etl.ref_icd10 (code) VALUES ('S054');

INSERT INTO etl.ref_icd10 (code) VALUES ('S055');

INSERT INTO etl.ref_icd10 (code) VALUES ('S056');

INSERT INTO etl.ref_icd10 (code) VALUES ('S057');

INSERT INTO etl.ref_icd10 (code) VALUES ('S058');

INSERT INTO etl.ref_icd10 (code) VALUES ('S059');

INSERT INTO etl.ref_icd10 (code) VALUES ('S06');

INSERT INTO etl.ref_icd10 (code) VALUES ('S060');

INSERT INTO etl.ref_icd10 (code) VALUES ('S061');

INSERT INTO etl.ref_icd10 (code) VALUES ('S062');

INSERT INTO etl.ref_icd10 (code) VALUES ('S063');

INSERT INTO etl.ref_icd10 (code) VALUES ('S064');

INSERT INTO etl.ref_icd10 (code) VALUES ('S065');

INSERT INTO etl.ref_icd10 (code) VALUES ('S066');

INSERT INTO etl.ref_icd10 (code) VALUES ('S067');

INSERT INTO etl.ref_icd10 (code) VALUES ('S068');

INSERT INTO etl.ref_icd10 (code) VALUES ('S069');

INSERT INTO etl.ref_icd10 (code) VALUES ('S07');

INSERT INTO etl.ref_icd10 (code) VALUES ('S070');

INSERT INTO etl.ref_icd10 (code) VALUES ('S071');

INSERT INTO etl.ref_icd10 (code) VALUES ('S078');

INSERT INTO etl.ref_icd10 (code) VALUES ('S079');

INSERT INTO etl.ref_icd10 (code) VALUES ('S08');

INSERT INTO etl.ref_icd10 (code) VALUES ('S080');

INSERT INTO etl.ref_icd10 (code) VALUES ('S081');

INSERT INTO etl.ref_icd10 (code) VALUES ('S088');

INSERT INTO etl.ref_icd10 (code) VALUES ('S089');

INSERT INTO etl.ref_icd10 (code) VALUES ('S09');

INSERT INTO etl.ref_icd10 (code) VALUES ('S090');

INSERT INTO etl.ref_icd10 (code) VALUES ('S091');

INSERT INTO etl.ref_icd10 (code) VALUES ('S092');

INSERT INTO etl.ref_icd10 (code) VALUES ('S097');

INSERT INTO etl.ref_icd10 (code) VALUES ('S098');

INSERT INTO etl.ref_icd10 (code) VALUES ('S099');

INSERT INTO etl.ref_icd10 (code) VALUES ('S10');

INSERT INTO etl.ref_icd10 (code) VALUES ('S100');

INSERT INTO etl.ref_icd10 (code) VALUES ('S101');

INSERT INTO etl.ref_icd10 (code) VALUES ('S107');

INSERT INTO etl.ref_icd10 (code) VALUES ('S108');

INSERT INTO etl.ref_icd10 (code) VALUES ('S109');

INSERT INTO etl.ref_icd10 (code) VALUES ('S11');

INSERT INTO etl.ref_icd10 (code) VALUES ('S110');

INSERT INTO etl.ref_icd10 (code) VALUES ('S111');

INSERT INTO etl.ref_icd10 (code) VALUES ('S112');

INSERT INTO etl.ref_icd10 (code) VALUES ('S117');

INSERT INTO etl.ref_icd10 (code) VALUES ('S118');

INSERT INTO etl.ref_icd10 (code) VALUES ('S119');

INSERT INTO etl.ref_icd10 (code) VALUES ('S12');

INSERT INTO etl.ref_icd10 (code) VALUES ('S120');

INSERT INTO etl.ref_icd10 (code) VALUES ('S121');

INSERT INTO etl.ref_icd10 (code) VALUES ('S122');

INSERT INTO etl.ref_icd10 (code) VALUES ('S127');

INSERT INTO etl.ref_icd10 (code) VALUES ('S128');

INSERT INTO etl.ref_icd10 (code) VALUES ('S129');

INSERT INTO etl.ref_icd10 (code) VALUES ('S13');

INSERT INTO etl.ref_icd10 (code) VALUES ('S130');

INSERT INTO etl.ref_icd10 (code) VALUES ('S131');

INSERT INTO etl.ref_icd10 (code) VALUES ('S132');

INSERT INTO etl.ref_icd10 (code) VALUES ('S133');

INSERT INTO etl.ref_icd10 (code) VALUES ('S134');

INSERT INTO etl.ref_icd10 (code) VALUES ('S135');

INSERT INTO etl.ref_icd10 (code) VALUES ('S136');

INSERT INTO etl.ref_icd10 (code) VALUES ('S14');

INSERT INTO etl.ref_icd10 (code) VALUES ('S140');

INSERT INTO etl.ref_icd10 (code) VALUES ('S141');

INSERT INTO etl.ref_icd10 (code) VALUES ('S142');

INSERT INTO etl.ref_icd10 (code) VALUES ('S143');

INSERT INTO etl.ref_icd10 (code) VALUES ('S144');

INSERT INTO etl.ref_icd10 (code) VALUES ('S145');

INSERT INTO etl.ref_icd10 (code) VALUES ('S146');

INSERT INTO etl.ref_icd10 (code) VALUES ('S15');

INSERT INTO etl.ref_icd10 (code) VALUES ('S150');

INSERT INTO etl.ref_icd10 (code) VALUES ('S151');

INSERT INTO etl.ref_icd10 (code) VALUES ('S152');

INSERT INTO etl.ref_icd10 (code) VALUES ('S153');

INSERT INTO etl.ref_icd10 (code) VALUES ('S157');

INSERT INTO etl.ref_icd10 (code) VALUES ('S158');

INSERT INTO etl.ref_icd10 (code) VALUES ('S159');

INSERT INTO etl.ref_icd10 (code) VALUES ('S16');

INSERT INTO etl.ref_icd10 (code) VALUES ('S17');

INSERT INTO etl.ref_icd10 (code) VALUES ('S170');

INSERT INTO etl.ref_icd10 (code) VALUES ('S178');

INSERT INTO etl.ref_icd10 (code) VALUES ('S179');

INSERT INTO etl.ref_icd10 (code) VALUES ('S18');

INSERT INTO etl.ref_icd10 (code) VALUES ('S19');

INSERT INTO etl.ref_icd10 (code) VALUES ('S197');

INSERT INTO etl.ref_icd10 (code) VALUES ('S198');

INSERT INTO etl.ref_icd10 (code) VALUES ('S199');

INSERT INTO etl.ref_icd10 (code) VALUES ('S20');

INSERT INTO etl.ref_icd10 (code) VALUES ('S200');

INSERT INTO etl.ref_icd10 (code) VALUES ('S201');

INSERT INTO etl.ref_icd10 (code) VALUES ('S202');

INSERT INTO etl.ref_icd10 (code) VALUES ('S203');

INSERT INTO etl.ref_icd10 (code) VALUES ('S204');

INSERT INTO etl.ref_icd10 (code) VALUES ('S207');

INSERT INTO etl.ref_icd10 (code) VALUES ('S208');

INSERT INTO etl.ref_icd10 (code) VALUES ('S21');

INSERT INTO etl.ref_icd10 (code) VALUES ('S210');

INSERT INTO etl.ref_icd10 (code) VALUES ('S211');

INSERT INTO etl.ref_icd10 (code) VALUES ('S212');

INSERT INTO etl.ref_icd10 (code) VALUES ('S217');

INSERT INTO etl.ref_icd10 (code) VALUES ('S218');

INSERT INTO etl.ref_icd10 (code) VALUES ('S219');

INSERT INTO etl.ref_icd10 (code) VALUES ('S22');

INSERT INTO etl.ref_icd10 (code) VALUES ('S220');

INSERT INTO etl.ref_icd10 (code) VALUES ('S221');

INSERT INTO etl.ref_icd10 (code) VALUES ('S222');

INSERT INTO etl.ref_icd10 (code) VALUES ('S223');

INSERT INTO etl.ref_icd10 (code) VALUES ('S224');

INSERT INTO etl.ref_icd10 (code) VALUES ('S225');

INSERT INTO etl.ref_icd10 (code) VALUES ('S228');

INSERT INTO etl.ref_icd10 (code) VALUES ('S229');

INSERT INTO etl.ref_icd10 (code) VALUES ('S23');

INSERT INTO etl.ref_icd10 (code) VALUES ('S230');

INSERT INTO etl.ref_icd10 (code) VALUES ('S231');

INSERT INTO etl.ref_icd10 (code) VALUES ('S232');

INSERT INTO etl.ref_icd10 (code) VALUES ('S233');

INSERT INTO etl.ref_icd10 (code) VALUES ('S234');

INSERT INTO etl.ref_icd10 (code) VALUES ('S235');

INSERT INTO etl.ref_icd10 (code) VALUES ('S24');

INSERT INTO etl.ref_icd10 (code) VALUES ('S240');

INSERT INTO etl.ref_icd10 (code) VALUES ('S241');

INSERT INTO etl.ref_icd10 (code) VALUES ('S242');

INSERT INTO etl.ref_icd10 (code) VALUES ('S243');

INSERT INTO etl.ref_icd10 (code) VALUES ('S244');

INSERT INTO etl.ref_icd10 (code) VALUES ('S245');

INSERT INTO etl.ref_icd10 (code) VALUES ('S246');

INSERT INTO etl.ref_icd10 (code) VALUES ('S25');

INSERT INTO etl.ref_icd10 (code) VALUES ('S250');

INSERT INTO etl.ref_icd10 (code) VALUES ('S251');

INSERT INTO etl.ref_icd10 (code) VALUES ('S252');

INSERT INTO etl.ref_icd10 (code) VALUES ('S253');

INSERT INTO etl.ref_icd10 (code) VALUES ('S254');

INSERT INTO etl.ref_icd10 (code) VALUES ('S255');

INSERT INTO etl.ref_icd10 (code) VALUES ('S257');

INSERT INTO etl.ref_icd10 (code) VALUES ('S258');

INSERT INTO etl.ref_icd10 (code) VALUES ('S259');

INSERT INTO etl.ref_icd10 (code) VALUES ('S26');

INSERT INTO etl.ref_icd10 (code) VALUES ('S260');

INSERT INTO etl.ref_icd10 (code) VALUES ('S268');

INSERT INTO etl.ref_icd10 (code) VALUES ('S269');

INSERT INTO etl.ref_icd10 (code) VALUES ('S27');

INSERT INTO etl.ref_icd10 (code) VALUES ('S270');

INSERT INTO etl.ref_icd10 (code) VALUES ('S271');

INSERT INTO etl.ref_icd10 (code) VALUES ('S272');

INSERT INTO etl.ref_icd10 (code) VALUES ('S273');

INSERT INTO etl.ref_icd10 (code) VALUES ('S274');

INSERT INTO etl.ref_icd10 (code) VALUES ('S275');

INSERT INTO etl.ref_icd10 (code) VALUES ('S276');

INSERT INTO etl.ref_icd10 (code) VALUES ('S277');

INSERT INTO etl.ref_icd10 (code) VALUES ('S278');

INSERT INTO etl.ref_icd10 (code) VALUES ('S279');

INSERT INTO etl.ref_icd10 (code) VALUES ('S28');

INSERT INTO etl.ref_icd10 (code) VALUES ('S280');

INSERT INTO etl.ref_icd10 (code) VALUES ('S281');

INSERT INTO etl.ref_icd10 (code) VALUES ('S29');

INSERT INTO etl.ref_icd10 (code) VALUES ('S290');

INSERT INTO etl.ref_icd10 (code) VALUES ('S297');

INSERT INTO etl.ref_icd10 (code) VALUES ('S298');

INSERT INTO etl.ref_icd10 (code) VALUES ('S299');

INSERT INTO etl.ref_icd10 (code) VALUES ('S30');

INSERT INTO etl.ref_icd10 (code) VALUES ('S300');

INSERT INTO etl.ref_icd10 (code) VALUES ('S301');

INSERT INTO etl.ref_icd10 (code) VALUES ('S302');

INSERT INTO etl.ref_icd10 (code) VALUES ('S307');

INSERT INTO etl.ref_icd10 (code) VALUES ('S308');

INSERT INTO etl.ref_icd10 (code) VALUES ('S309');

INSERT INTO etl.ref_icd10 (code) VALUES ('S31');

INSERT INTO etl.ref_icd10 (code) VALUES ('S310');

INSERT INTO etl.ref_icd10 (code) VALUES ('S311');

INSERT INTO etl.ref_icd10 (code) VALUES ('S312');

INSERT INTO etl.ref_icd10 (code) VALUES ('S313');

INSERT INTO etl.ref_icd10 (code) VALUES ('S314');

INSERT INTO etl.ref_icd10 (code) VALUES ('S315');

INSERT INTO etl.ref_icd10 (code) VALUES ('S317');

INSERT INTO etl.ref_icd10 (code) VALUES ('S318');

INSERT INTO etl.ref_icd10 (code) VALUES ('S32');

INSERT INTO etl.ref_icd10 (code) VALUES ('S320');

INSERT INTO etl.ref_icd10 (code) VALUES ('S321');

INSERT INTO etl.ref_icd10 (code) VALUES ('S322');

INSERT INTO etl.ref_icd10 (code) VALUES ('S323');

INSERT INTO etl.ref_icd10 (code) VALUES ('S324');

INSERT INTO etl.ref_icd10 (code) VALUES ('S325');

INSERT INTO etl.ref_icd10 (code) VALUES ('S327');

INSERT INTO etl.ref_icd10 (code) VALUES ('S328');

INSERT INTO etl.ref_icd10 (code) VALUES ('S33');

INSERT INTO etl.ref_icd10 (code) VALUES ('S330');

INSERT INTO etl.ref_icd10 (code) VALUES ('S331');

INSERT INTO etl.ref_icd10 (code) VALUES ('S332');

INSERT INTO etl.ref_icd10 (code) VALUES ('S333');

INSERT INTO etl.ref_icd10 (code) VALUES ('S334');

INSERT INTO etl.ref_icd10 (code) VALUES ('S335');

INSERT INTO etl.ref_icd10 (code) VALUES ('S336');

INSERT INTO etl.ref_icd10 (code) VALUES ('S337');

INSERT INTO etl.ref_icd10 (code) VALUES ('S34');

INSERT INTO etl.ref_icd10 (code) VALUES ('S340');

INSERT INTO etl.ref_icd10 (code) VALUES ('S341');

INSERT INTO etl.ref_icd10 (code) VALUES ('S342');

INSERT INTO etl.ref_icd10 (code) VALUES ('S343');

INSERT INTO etl.ref_icd10 (code) VALUES ('S344');

INSERT INTO etl.ref_icd10 (code) VALUES ('S345');

INSERT INTO etl.ref_icd10 (code) VALUES ('S346');

INSERT INTO etl.ref_icd10 (code) VALUES ('S348');

INSERT INTO etl.ref_icd10 (code) VALUES ('S35');

INSERT INTO etl.ref_icd10 (code) VALUES ('S350');

INSERT INTO etl.ref_icd10 (code) VALUES ('S351');

INSERT INTO etl.ref_icd10 (code) VALUES ('S352');

INSERT INTO etl.ref_icd10 (code) VALUES ('S353');

INSERT INTO etl.ref_icd10 (code) VALUES ('S354');

INSERT INTO etl.ref_icd10 (code) VALUES ('S355');

INSERT INTO etl.ref_icd10 (code) VALUES ('S357');

INSERT INTO etl.ref_icd10 (code) VALUES ('S358');

INSERT INTO etl.ref_icd10 (code) VALUES ('S359');

INSERT INTO etl.ref_icd10 (code) VALUES ('S36');

INSERT INTO etl.ref_icd10 (code) VALUES ('S360');

INSERT INTO etl.ref_icd10 (code) VALUES ('S361');

INSERT INTO etl.ref_icd10 (code) VALUES ('S362');

INSERT INTO etl.ref_icd10 (code) VALUES ('S363');

INSERT INTO etl.ref_icd10 (code) VALUES ('S364');

INSERT INTO etl.ref_icd10 (code) VALUES ('S365');

INSERT INTO etl.ref_icd10 (code) VALUES ('S366');

INSERT INTO etl.ref_icd10 (code) VALUES ('S367');

INSERT INTO etl.ref_icd10 (code) VALUES ('S368');

INSERT INTO etl.ref_icd10 (code) VALUES ('S369');

INSERT INTO etl.ref_icd10 (code) VALUES ('S37');

INSERT INTO etl.ref_icd10 (code) VALUES ('S370');

INSERT INTO etl.ref_icd10 (code) VALUES ('S371');

INSERT INTO etl.ref_icd10 (code) VALUES ('S372');

INSERT INTO etl.ref_icd10 (code) VALUES ('S373');

INSERT INTO etl.ref_icd10 (code) VALUES ('S374');

INSERT INTO etl.ref_icd10 (code) VALUES ('S375');

INSERT INTO etl.ref_icd10 (code) VALUES ('S376');

INSERT INTO etl.ref_icd10 (code) VALUES ('S377');

INSERT INTO etl.ref_icd10 (code) VALUES ('S378');

INSERT INTO etl.ref_icd10 (code) VALUES ('S379');

INSERT INTO etl.ref_icd10 (code) VALUES ('S38');

INSERT INTO etl.ref_icd10 (code) VALUES ('S380');

INSERT INTO etl.ref_icd10 (code) VALUES ('S381');

INSERT INTO etl.ref_icd10 (code) VALUES ('S382');

INSERT INTO etl.ref_icd10 (code) VALUES ('S383');

INSERT INTO etl.ref_icd10 (code) VALUES ('S39');

INSERT INTO etl.ref_icd10 (code) VALUES ('S390');

INSERT INTO etl.ref_icd10 (code) VALUES ('S396');

INSERT INTO etl.ref_icd10 (code) VALUES ('S397');

INSERT INTO etl.ref_icd10 (code) VALUES ('S398');

INSERT INTO etl.ref_icd10 (code) VALUES ('S399');

INSERT INTO etl.ref_icd10 (code) VALUES ('S40');

INSERT INTO etl.ref_icd10 (code) VALUES ('S400');

INSERT INTO etl.ref_icd10 (code) VALUES ('S407');

INSERT INTO etl.ref_icd10 (code) VALUES ('S408');

INSERT INTO etl.ref_icd10 (code) VALUES ('S409');

INSERT INTO etl.ref_icd10 (code) VALUES ('S41');

INSERT INTO etl.ref_icd10 (code) VALUES ('S410');

INSERT INTO etl.ref_icd10 (code) VALUES ('S411');

INSERT INTO etl.ref_icd10 (code) VALUES ('S417');

INSERT INTO etl.ref_icd10 (code) VALUES ('S418');

INSERT INTO etl.ref_icd10 (code) VALUES ('S42');

INSERT INTO etl.ref_icd10 (code) VALUES ('S420');

INSERT INTO etl.ref_icd10 (code) VALUES ('S421');

INSERT INTO etl.ref_icd10 (code) VALUES ('S422');

INSERT INTO etl.ref_icd10 (code) VALUES ('S423');

INSERT INTO etl.ref_icd10 (code) VALUES ('S424');

INSERT INTO etl.ref_icd10 (code) VALUES ('S427');

INSERT INTO etl.ref_icd10 (code) VALUES ('S428');

INSERT INTO etl.ref_icd10 (code) VALUES ('S429');

INSERT INTO etl.ref_icd10 (code) VALUES ('S43');

INSERT INTO etl.ref_icd10 (code) VALUES ('S430');

INSERT INTO etl.ref_icd10 (code) VALUES ('S431');

INSERT INTO etl.ref_icd10 (code) VALUES ('S432');

INSERT INTO etl.ref_icd10 (code) VALUES ('S433');

INSERT INTO etl.ref_icd10 (code) VALUES ('S434');

INSERT INTO etl.ref_icd10 (code) VALUES ('S435');

INSERT INTO etl.ref_icd10 (code) VALUES ('S436');

INSERT INTO etl.ref_icd10 (code) VALUES ('S437');

INSERT INTO etl.ref_icd10 (code) VALUES ('S44');

INSERT INTO etl.ref_icd10 (code) VALUES ('S440');

INSERT INTO etl.ref_icd10 (code) VALUES ('S441');

INSERT INTO etl.ref_icd10 (code) VALUES ('S442');

INSERT INTO etl.ref_icd10 (code) VALUES ('S443');

INSERT INTO etl.ref_icd10 (code) VALUES ('S444');

INSERT INTO etl.ref_icd10 (code) VALUES ('S445');

INSERT INTO etl.ref_icd10 (code) VALUES ('S447');

INSERT INTO etl.ref_icd10 (code) VALUES ('S448');

INSERT INTO etl.ref_icd10 (code) VALUES ('S449');

INSERT INTO etl.ref_icd10 (code) VALUES ('S45');

INSERT INTO etl.ref_icd10 (code) VALUES ('S450');

INSERT INTO etl.ref_icd10 (code) VALUES ('S451');

INSERT INTO etl.ref_icd10 (code) VALUES ('S452');

INSERT INTO etl.ref_icd10 (code) VALUES ('S453');

INSERT INTO etl.ref_icd10 (code) VALUES ('S457');

INSERT INTO etl.ref_icd10 (code) VALUES ('S458');

INSERT INTO etl.ref_icd10 (code) VALUES ('S459');

INSERT INTO etl.ref_icd10 (code) VALUES ('S46');

INSERT INTO etl.ref_icd10 (code) VALUES ('S460');

INSERT INTO etl.ref_icd10 (code) VALUES ('S461');

INSERT INTO etl.ref_icd10 (code) VALUES ('S462');

INSERT INTO etl.ref_icd10 (code) VALUES ('S463');

INSERT INTO etl.ref_icd10 (code) VALUES ('S467');

INSERT INTO etl.ref_icd10 (code) VALUES ('S468');

INSERT INTO etl.ref_icd10 (code) VALUES ('S469');

INSERT INTO etl.ref_icd10 (code) VALUES ('S47');

INSERT INTO etl.ref_icd10 (code) VALUES ('S48');

INSERT INTO etl.ref_icd10 (code) VALUES ('S480');

INSERT INTO etl.ref_icd10 (code) VALUES ('S481');

INSERT INTO etl.ref_icd10 (code) VALUES ('S489');

INSERT INTO etl.ref_icd10 (code) VALUES ('S49');

INSERT INTO etl.ref_icd10 (code) VALUES ('S497');

INSERT INTO etl.ref_icd10 (code) VALUES ('S498');

INSERT INTO etl.ref_icd10 (code) VALUES ('S499');

INSERT INTO etl.ref_icd10 (code) VALUES ('S50');

INSERT INTO etl.ref_icd10 (code) VALUES ('S500');

INSERT INTO etl.ref_icd10 (code) VALUES ('S501');

INSERT INTO etl.ref_icd10 (code) VALUES ('S507');

INSERT INTO etl.ref_icd10 (code) VALUES ('S508');

INSERT INTO etl.ref_icd10 (code) VALUES ('S509');

INSERT INTO etl.ref_icd10 (code) VALUES ('S51');

INSERT INTO etl.ref_icd10 (code) VALUES ('S510');

INSERT INTO etl.ref_icd10 (code) VALUES ('S517');

INSERT INTO etl.ref_icd10 (code) VALUES ('S518');

INSERT INTO etl.ref_icd10 (code) VALUES ('S519');

INSERT INTO etl.ref_icd10 (code) VALUES ('S52');

INSERT INTO etl.ref_icd10 (code) VALUES ('S520');

INSERT INTO etl.ref_icd10 (code) VALUES ('S521');

INSERT INTO etl.ref_icd10 (code) VALUES ('S522');

INSERT INTO etl.ref_icd10 (code) VALUES ('S523');

INSERT INTO etl.ref_icd10 (code) VALUES ('S524');

INSERT INTO etl.ref_icd10 (code) VALUES ('S525');

INSERT INTO etl.ref_icd10 (code) VALUES ('S526');

INSERT INTO etl.ref_icd10 (code) VALUES ('S527');

INSERT INTO etl.ref_icd10 (code) VALUES ('S528');

INSERT INTO etl.ref_icd10 (code) VALUES ('S529');

INSERT INTO etl.ref_icd10 (code) VALUES ('S53');

INSERT INTO etl.ref_icd10 (code) VALUES ('S530');

INSERT INTO etl.ref_icd10 (code) VALUES ('S531');

INSERT INTO etl.ref_icd10 (code) VALUES ('S532');

INSERT INTO etl.ref_icd10 (code) VALUES ('S533');

INSERT INTO etl.ref_icd10 (code) VALUES ('S534');

INSERT INTO etl.ref_icd10 (code) VALUES ('S54');

INSERT INTO etl.ref_icd10 (code) VALUES ('S540');

INSERT INTO etl.ref_icd10 (code) VALUES ('S541');

INSERT INTO etl.ref_icd10 (code) VALUES ('S542');

INSERT INTO etl.ref_icd10 (code) VALUES ('S543');

INSERT INTO etl.ref_icd10 (code) VALUES ('S547');

INSERT INTO etl.ref_icd10 (code) VALUES ('S548');

INSERT INTO etl.ref_icd10 (code) VALUES ('S549');

INSERT INTO etl.ref_icd10 (code) VALUES ('S55');

INSERT INTO etl.ref_icd10 (code) VALUES ('S550');

INSERT INTO etl.ref_icd10 (code) VALUES ('S551');

INSERT INTO etl.ref_icd10 (code) VALUES ('S552');

INSERT INTO etl.ref_icd10 (code) VALUES ('S557');

INSERT INTO etl.ref_icd10 (code) VALUES ('S558');

INSERT INTO etl.ref_icd10 (code) VALUES ('S559');

INSERT INTO etl.ref_icd10 (code) VALUES ('S56');

INSERT INTO etl.ref_icd10 (code) VALUES ('S560');

INSERT INTO etl.ref_icd10 (code) VALUES ('S561');

INSERT INTO etl.ref_icd10 (code) VALUES ('S562');

INSERT INTO etl.ref_icd10 (code) VALUES ('S563');

INSERT INTO etl.ref_icd10 (code) VALUES ('S564');

INSERT INTO etl.ref_icd10 (code) VALUES ('S565');

INSERT INTO etl.ref_icd10 (code) VALUES ('S567');

INSERT INTO etl.ref_icd10 (code) VALUES ('S568');

INSERT INTO etl.ref_icd10 (code) VALUES ('S57');

INSERT INTO etl.ref_icd10 (code) VALUES ('S570');

INSERT INTO etl.ref_icd10 (code) VALUES ('S578');

INSERT INTO etl.ref_icd10 (code) VALUES ('S579');

INSERT INTO etl.ref_icd10 (code) VALUES ('S58');

INSERT INTO etl.ref_icd10 (code) VALUES ('S580');

INSERT INTO etl.ref_icd10 (code) VALUES ('S581');

INSERT INTO etl.ref_icd10 (code) VALUES ('S589');

INSERT INTO etl.ref_icd10 (code) VALUES ('S59');

INSERT INTO etl.ref_icd10 (code) VALUES ('S597');

INSERT INTO etl.ref_icd10 (code) VALUES ('S598');

INSERT INTO etl.ref_icd10 (code) VALUES ('S599');

INSERT INTO etl.ref_icd10 (code) VALUES ('S60');

INSERT INTO etl.ref_icd10 (code) VALUES ('S600');

INSERT INTO etl.ref_icd10 (code) VALUES ('S601');

INSERT INTO etl.ref_icd10 (code) VALUES ('S602');

INSERT INTO etl.ref_icd10 (code) VALUES ('S607');

INSERT INTO etl.ref_icd10 (code) VALUES ('S608');

INSERT INTO etl.ref_icd10 (code) VALUES ('S609');

INSERT INTO etl.ref_icd10 (code) VALUES ('S61');

INSERT INTO etl.ref_icd10 (code) VALUES ('S610');

INSERT INTO etl.ref_icd10 (code) VALUES ('S611');

INSERT INTO etl.ref_icd10 (code) VALUES ('S617');

INSERT INTO etl.ref_icd10 (code) VALUES ('S618');

INSERT INTO etl.ref_icd10 (code) VALUES ('S619');

INSERT INTO etl.ref_icd10 (code) VALUES ('S62');

INSERT INTO etl.ref_icd10 (code) VALUES ('S620');

INSERT INTO etl.ref_icd10 (code) VALUES ('S621');

INSERT INTO etl.ref_icd10 (code) VALUES ('S622');

INSERT INTO etl.ref_icd10 (code) VALUES ('S623');

INSERT INTO etl.ref_icd10 (code) VALUES ('S624');

INSERT INTO etl.ref_icd10 (code) VALUES ('S625');

INSERT INTO etl.ref_icd10 (code) VALUES ('S626');

INSERT INTO etl.ref_icd10 (code) VALUES ('S627');

INSERT INTO etl.ref_icd10 (code) VALUES ('S628');

INSERT INTO etl.ref_icd10 (code) VALUES ('S63');

INSERT INTO etl.ref_icd10 (code) VALUES ('S630');

INSERT INTO etl.ref_icd10 (code) VALUES ('S631');

INSERT INTO etl.ref_icd10 (code) VALUES ('S632');

INSERT INTO etl.ref_icd10 (code) VALUES ('S633');

INSERT INTO etl.ref_icd10 (code) VALUES ('S634');

INSERT INTO etl.ref_icd10 (code) VALUES ('S635');

INSERT INTO etl.ref_icd10 (code) VALUES ('S636');

INSERT INTO etl.ref_icd10 (code) VALUES ('S637');

INSERT INTO etl.ref_icd10 (code) VALUES ('S64');

INSERT INTO etl.ref_icd10 (code) VALUES ('S640');

INSERT INTO etl.ref_icd10 (code) VALUES ('S641');

INSERT INTO etl.ref_icd10 (code) VALUES ('S642');

INSERT INTO etl.ref_icd10 (code) VALUES ('S643');

INSERT INTO etl.ref_icd10 (code) VALUES ('S644');

INSERT INTO etl.ref_icd10 (code) VALUES ('S647');

INSERT INTO etl.ref_icd10 (code) VALUES ('S648');

INSERT INTO etl.ref_icd10 (code) VALUES ('S649');

INSERT INTO etl.ref_icd10 (code) VALUES ('S65');

INSERT INTO etl.ref_icd10 (code) VALUES ('S650');

INSERT INTO etl.ref_icd10 (code) VALUES ('S651');

INSERT INTO etl.ref_icd10 (code) VALUES ('S652');

INSERT INTO etl.ref_icd10 (code) VALUES ('S653');

INSERT INTO etl.ref_icd10 (code) VALUES ('S654');

INSERT INTO etl.ref_icd10 (code) VALUES ('S655');

INSERT INTO etl.ref_icd10 (code) VALUES ('S657');

INSERT INTO etl.ref_icd10 (code) VALUES ('S658');

INSERT INTO etl.ref_icd10 (code) VALUES ('S659');

INSERT INTO etl.ref_icd10 (code) VALUES ('S66');

INSERT INTO etl.ref_icd10 (code) VALUES ('S660');

INSERT INTO etl.ref_icd10 (code) VALUES ('S661');

INSERT INTO etl.ref_icd10 (code) VALUES ('S662');

INSERT INTO etl.ref_icd10 (code) VALUES ('S663');

INSERT INTO etl.ref_icd10 (code) VALUES ('S664');

INSERT INTO etl.ref_icd10 (code) VALUES ('S665');

INSERT INTO etl.ref_icd10 (code) VALUES ('S666');

INSERT INTO etl.ref_icd10 (code) VALUES ('S667');

INSERT INTO etl.ref_icd10 (code) VALUES ('S668');

INSERT INTO etl.ref_icd10 (code) VALUES ('S669');

INSERT INTO etl.ref_icd10 (code) VALUES ('S67');

INSERT INTO etl.ref_icd10 (code) VALUES ('S670');

INSERT INTO etl.ref_icd10 (code) VALUES ('S678');

INSERT INTO etl.ref_icd10 (code) VALUES ('S68');

INSERT INTO etl.ref_icd10 (code) VALUES ('S680');

INSERT INTO etl.ref_icd10 (code) VALUES ('S681');

INSERT INTO etl.ref_icd10 (code) VALUES ('S682');

INSERT INTO etl.ref_icd10 (code) VALUES ('S683');

INSERT INTO etl.ref_icd10 (code) VALUES ('S684');

INSERT INTO etl.ref_icd10 (code) VALUES ('S688');

INSERT INTO etl.ref_icd10 (code) VALUES ('S689');

INSERT INTO etl.ref_icd10 (code) VALUES ('S69');

INSERT INTO etl.ref_icd10 (code) VALUES ('S697');

INSERT INTO etl.ref_icd10 (code) VALUES ('S698');

INSERT INTO etl.ref_icd10 (code) VALUES ('S699');

INSERT INTO etl.ref_icd10 (code) VALUES ('S70');

INSERT INTO etl.ref_icd10 (code) VALUES ('S700');

INSERT INTO etl.ref_icd10 (code) VALUES ('S701');

INSERT INTO etl.ref_icd10 (code) VALUES ('S707');

INSERT INTO etl.ref_icd10 (code) VALUES ('S708');

INSERT INTO etl.ref_icd10 (code) VALUES ('S709');

INSERT INTO etl.ref_icd10 (code) VALUES ('S71');

INSERT INTO etl.ref_icd10 (code) VALUES ('S710');

INSERT INTO etl.ref_icd10 (code) VALUES ('S711');

INSERT INTO etl.ref_icd10 (code) VALUES ('S717');

INSERT INTO etl.ref_icd10 (code) VALUES ('S718');

INSERT INTO etl.ref_icd10 (code) VALUES ('S72');

INSERT INTO etl.ref_icd10 (code) VALUES ('S720');

INSERT INTO etl.ref_icd10 (code) VALUES ('S721');

INSERT INTO etl.ref_icd10 (code) VALUES ('S722');

INSERT INTO etl.ref_icd10 (code) VALUES ('S723');

INSERT INTO etl.ref_icd10 (code) VALUES ('S724');

INSERT INTO etl.ref_icd10 (code) VALUES ('S727');

INSERT INTO etl.ref_icd10 (code) VALUES ('S728');

INSERT INTO etl.ref_icd10 (code) VALUES ('S729');

INSERT INTO etl.ref_icd10 (code) VALUES ('S73');

INSERT INTO etl.ref_icd10 (code) VALUES ('S730');

INSERT INTO etl.ref_icd10 (code) VALUES ('S731');

INSERT INTO etl.ref_icd10 (code) VALUES ('S74');

INSERT INTO etl.ref_icd10 (code) VALUES ('S740');

INSERT INTO etl.ref_icd10 (code) VALUES ('S741');

INSERT INTO etl.ref_icd10 (code) VALUES ('S742');

INSERT INTO etl.ref_icd10 (code) VALUES ('S747');

INSERT INTO etl.ref_icd10 (code) VALUES ('S748');

INSERT INTO etl.ref_icd10 (code) VALUES ('S749');

INSERT INTO etl.ref_icd10 (code) VALUES ('S75');

INSERT INTO etl.ref_icd10 (code) VALUES ('S750');

INSERT INTO etl.ref_icd10 (code) VALUES ('S751');

INSERT INTO etl.ref_icd10 (code) VALUES ('S752');

INSERT INTO etl.ref_icd10 (code) VALUES ('S757');

INSERT INTO etl.ref_icd10 (code) VALUES ('S758');

INSERT INTO etl.ref_icd10 (code) VALUES ('S759');

INSERT INTO etl.ref_icd10 (code) VALUES ('S76');

INSERT INTO etl.ref_icd10 (code) VALUES ('S760');

INSERT INTO etl.ref_icd10 (code) VALUES ('S761');

INSERT INTO etl.ref_icd10 (code) VALUES ('S762');

INSERT INTO etl.ref_icd10 (code) VALUES ('S763');

INSERT INTO etl.ref_icd10 (code) VALUES ('S764');

INSERT INTO etl.ref_icd10 (code) VALUES ('S767');

INSERT INTO etl.ref_icd10 (code) VALUES ('S77');

INSERT INTO etl.ref_icd10 (code) VALUES ('S770');

INSERT INTO etl.ref_icd10 (code) VALUES ('S771');

INSERT INTO etl.ref_icd10 (code) VALUES ('S772');

INSERT INTO etl.ref_icd10 (code) VALUES ('S78');

INSERT INTO etl.ref_icd10 (code) VALUES ('S780');

INSERT INTO etl.ref_icd10 (code) VALUES ('S781');

INSERT INTO etl.ref_icd10 (code) VALUES ('S789');

INSERT INTO etl.ref_icd10 (code) VALUES ('S79');

INSERT INTO etl.ref_icd10 (code) VALUES ('S797');

INSERT INTO etl.ref_icd10 (code) VALUES ('S798');

INSERT INTO etl.ref_icd10 (code) VALUES ('S799');

INSERT INTO etl.ref_icd10 (code) VALUES ('S80');

INSERT INTO etl.ref_icd10 (code) VALUES ('S800');

INSERT INTO etl.ref_icd10 (code) VALUES ('S801');

INSERT INTO etl.ref_icd10 (code) VALUES ('S807');

INSERT INTO etl.ref_icd10 (code) VALUES ('S808');

INSERT INTO etl.ref_icd10 (code) VALUES ('S809');

INSERT INTO etl.ref_icd10 (code) VALUES ('S81');

INSERT INTO etl.ref_icd10 (code) VALUES ('S810');

INSERT INTO etl.ref_icd10 (code) VALUES ('S817');

INSERT INTO etl.ref_icd10 (code) VALUES ('S818');

INSERT INTO etl.ref_icd10 (code) VALUES ('S819');

INSERT INTO etl.ref_icd10 (code) VALUES ('S82');

INSERT INTO etl.ref_icd10 (code) VALUES ('S820');

INSERT INTO etl.ref_icd10 (code) VALUES ('S821');

INSERT INTO etl.ref_icd10 (code) VALUES ('S822');

INSERT INTO etl.ref_icd10 (code) VALUES ('S823');

INSERT INTO etl.ref_icd10 (code) VALUES ('S824');

INSERT INTO etl.ref_icd10 (code) VALUES ('S825');

INSERT INTO etl.ref_icd10 (code) VALUES ('S826');

INSERT INTO etl.ref_icd10 (code) VALUES ('S827');

INSERT INTO etl.ref_icd10 (code) VALUES ('S828');

INSERT INTO etl.ref_icd10 (code) VALUES ('S829');

INSERT INTO etl.ref_icd10 (code) VALUES ('S83');

INSERT INTO etl.ref_icd10 (code) VALUES ('S830');

INSERT INTO etl.ref_icd10 (code) VALUES ('S831');

INSERT INTO etl.ref_icd10 (code) VALUES ('S832');

INSERT INTO etl.ref_icd10 (code) VALUES ('S833');

INSERT INTO etl.ref_icd10 (code) VALUES ('S834');

INSERT INTO etl.ref_icd10 (code) VALUES ('S835');

INSERT INTO etl.ref_icd10 (code) VALUES ('S836');

INSERT INTO etl.ref_icd10 (code) VALUES ('S837');

INSERT INTO etl.ref_icd10 (code) VALUES ('S84');

INSERT INTO etl.ref_icd10 (code) VALUES ('S840');

INSERT INTO etl.ref_icd10 (code) VALUES ('S841');

INSERT INTO etl.ref_icd10 (code) VALUES ('S842');

INSERT INTO etl.ref_icd10 (code) VALUES ('S847');

INSERT INTO etl.ref_icd10 (code) VALUES ('S848');

INSERT INTO etl.ref_icd10 (code) VALUES ('S849');

INSERT INTO etl.ref_icd10 (code) VALUES ('S85');

INSERT INTO etl.ref_icd10 (code) VALUES ('S850');

INSERT INTO etl.ref_icd10 (code) VALUES ('S851');

INSERT INTO etl.ref_icd10 (code) VALUES ('S852');

INSERT INTO etl.ref_icd10 (code) VALUES ('S853');

INSERT INTO etl.ref_icd10 (code) VALUES ('S854');

INSERT INTO etl.ref_icd10 (code) VALUES ('S855');

INSERT INTO etl.ref_icd10 (code) VALUES ('S857');

INSERT INTO etl.ref_icd10 (code) VALUES ('S858');

INSERT INTO etl.ref_icd10 (code) VALUES ('S859');

INSERT INTO etl.ref_icd10 (code) VALUES ('S86');

INSERT INTO etl.ref_icd10 (code) VALUES ('S860');

INSERT INTO etl.ref_icd10 (code) VALUES ('S861');

INSERT INTO etl.ref_icd10 (code) VALUES ('S862');

INSERT INTO etl.ref_icd10 (code) VALUES ('S863');

INSERT INTO etl.ref_icd10 (code) VALUES ('S867');

INSERT INTO etl.ref_icd10 (code) VALUES ('S868');

INSERT INTO etl.ref_icd10 (code) VALUES ('S869');

INSERT INTO etl.ref_icd10 (code) VALUES ('S87');

INSERT INTO etl.ref_icd10 (code) VALUES ('S870');

INSERT INTO etl.ref_icd10 (code) VALUES ('S878');

INSERT INTO etl.ref_icd10 (code) VALUES ('S88');

INSERT INTO etl.ref_icd10 (code) VALUES ('S880');

INSERT INTO etl.ref_icd10 (code) VALUES ('S881');

INSERT INTO etl.ref_icd10 (code) VALUES ('S889');

INSERT INTO etl.ref_icd10 (code) VALUES ('S89');

INSERT INTO etl.ref_icd10 (code) VALUES ('S897');

INSERT INTO etl.ref_icd10 (code) VALUES ('S898');

INSERT INTO etl.ref_icd10 (code) VALUES ('S899');

INSERT INTO etl.ref_icd10 (code) VALUES ('S90');

INSERT INTO etl.ref_icd10 (code) VALUES ('S900');

INSERT INTO etl.ref_icd10 (code) VALUES ('S901');

INSERT INTO etl.ref_icd10 (code) VALUES ('S902');

INSERT INTO etl.ref_icd10 (code) VALUES ('S903');

INSERT INTO etl.ref_icd10 (code) VALUES ('S907');

INSERT INTO etl.ref_icd10 (code) VALUES ('S908');

INSERT INTO etl.ref_icd10 (code) VALUES ('S909');

INSERT INTO etl.ref_icd10 (code) VALUES ('S91');

INSERT INTO etl.ref_icd10 (code) VALUES ('S910');

INSERT INTO etl.ref_icd10 (code) VALUES ('S911');

INSERT INTO etl.ref_icd10 (code) VALUES ('S912');

INSERT INTO etl.ref_icd10 (code) VALUES ('S913');

INSERT INTO etl.ref_icd10 (code) VALUES ('S917');

INSERT INTO etl.ref_icd10 (code) VALUES ('S92');

INSERT INTO etl.ref_icd10 (code) VALUES ('S920');

INSERT INTO etl.ref_icd10 (code) VALUES ('S921');

INSERT INTO etl.ref_icd10 (code) VALUES ('S922');

INSERT INTO etl.ref_icd10 (code) VALUES ('S923');

INSERT INTO etl.ref_icd10 (code) VALUES ('S924');

INSERT INTO etl.ref_icd10 (code) VALUES ('S925');

INSERT INTO etl.ref_icd10 (code) VALUES ('S927');

INSERT INTO etl.ref_icd10 (code) VALUES ('S929');

INSERT INTO etl.ref_icd10 (code) VALUES ('S93');

INSERT INTO etl.ref_icd10 (code) VALUES ('S930');

INSERT INTO etl.ref_icd10 (code) VALUES ('S931');

INSERT INTO etl.ref_icd10 (code) VALUES ('S932');

INSERT INTO etl.ref_icd10 (code) VALUES ('S933');

INSERT INTO etl.ref_icd10 (code) VALUES ('S934');

INSERT INTO etl.ref_icd10 (code) VALUES ('S935');

INSERT INTO etl.ref_icd10 (code) VALUES ('S936');

INSERT INTO etl.ref_icd10 (code) VALUES ('S94');

INSERT INTO etl.ref_icd10 (code) VALUES ('S940');

INSERT INTO etl.ref_icd10 (code) VALUES ('S941');

INSERT INTO etl.ref_icd10 (code) VALUES ('S942');

INSERT INTO etl.ref_icd10 (code) VALUES ('S943');

INSERT INTO etl.ref_icd10 (code) VALUES ('S947');

INSERT INTO etl.ref_icd10 (code) VALUES ('S948');

INSERT INTO etl.ref_icd10 (code) VALUES ('S949');

INSERT INTO etl.ref_icd10 (code) VALUES ('S95');

INSERT INTO etl.ref_icd10 (code) VALUES ('S950');

INSERT INTO etl.ref_icd10 (code) VALUES ('S951');

INSERT INTO etl.ref_icd10 (code) VALUES ('S952');

INSERT INTO etl.ref_icd10 (code) VALUES ('S957');

INSERT INTO etl.ref_icd10 (code) VALUES ('S958');

INSERT INTO etl.ref_icd10 (code) VALUES ('S959');

INSERT INTO etl.ref_icd10 (code) VALUES ('S96');

INSERT INTO etl.ref_icd10 (code) VALUES ('S960');

INSERT INTO etl.ref_icd10 (code) VALUES ('S961');

INSERT INTO etl.ref_icd10 (code) VALUES ('S962');

INSERT INTO etl.ref_icd10 (code) VALUES ('S967');

INSERT INTO etl.ref_icd10 (code) VALUES ('S968');

INSERT INTO etl.ref_icd10 (code) VALUES ('S969');

INSERT INTO etl.ref_icd10 (code) VALUES ('S97');

INSERT INTO etl.ref_icd10 (code) VALUES ('S970');

INSERT INTO etl.ref_icd10 (code) VALUES ('S971');

INSERT INTO etl.ref_icd10 (code) VALUES ('S978');

INSERT INTO etl.ref_icd10 (code) VALUES ('S98');

INSERT INTO etl.ref_icd10 (code) VALUES ('S980');

INSERT INTO etl.ref_icd10 (code) VALUES ('S981');

INSERT INTO etl.ref_icd10 (code) VALUES ('S982');

INSERT INTO etl.ref_icd10 (code) VALUES ('S983');

INSERT INTO etl.ref_icd10 (code) VALUES ('S984');

INSERT INTO etl.ref_icd10 (code) VALUES ('S99');

INSERT INTO etl.ref_icd10 (code) VALUES ('S997');

INSERT INTO etl.ref_icd10 (code) VALUES ('S998');

INSERT INTO etl.ref_icd10 (code) VALUES ('S999');

INSERT INTO etl.ref_icd10 (code) VALUES ('T00');

INSERT INTO etl.ref_icd10 (code) VALUES ('T000');

INSERT INTO etl.ref_icd10 (code) VALUES ('T001');

INSERT INTO etl.ref_icd10 (code) VALUES ('T002');

INSERT INTO etl.ref_icd10 (code) VALUES ('T003');

INSERT INTO etl.ref_icd10 (code) VALUES ('T006');

INSERT INTO etl.ref_icd10 (code) VALUES ('T008');

INSERT INTO etl.ref_icd10 (code) VALUES ('T009');

INSERT INTO etl.ref_icd10 (code) VALUES ('T01');

INSERT INTO etl.ref_icd10 (code) VALUES ('T010');

INSERT INTO etl.ref_icd10 (code) VALUES ('T011');

INSERT INTO etl.ref_icd10 (code) VALUES ('T012');

INSERT INTO etl.ref_icd10 (code) VALUES ('T013');

INSERT INTO etl.ref_icd10 (code) VALUES ('T016');

INSERT INTO etl.ref_icd10 (code) VALUES ('T018');

INSERT INTO etl.ref_icd10 (code) VALUES ('T019');

INSERT INTO etl.ref_icd10 (code) VALUES ('T02');

INSERT INTO etl.ref_icd10 (code) VALUES ('T020');

INSERT INTO etl.ref_icd10 (code) VALUES ('T021');

INSERT INTO etl.ref_icd10 (code) VALUES ('T022');

INSERT INTO etl.ref_icd10 (code) VALUES ('T023');

INSERT INTO etl.ref_icd10 (code) VALUES ('T024');

INSERT INTO etl.ref_icd10 (code) VALUES ('T025');

INSERT INTO etl.ref_icd10 (code) VALUES ('T026');

INSERT INTO etl.ref_icd10 (code) VALUES ('T027');

INSERT INTO etl.ref_icd10 (code) VALUES ('T028');

INSERT INTO etl.ref_icd10 (code) VALUES ('T029');

INSERT INTO etl.ref_icd10 (code) VALUES ('T03');

INSERT INTO etl.ref_icd10 (code) VALUES ('T030');

INSERT INTO etl.ref_icd10 (code) VALUES ('T031');

INSERT INTO etl.ref_icd10 (code) VALUES ('T032');

INSERT INTO etl.ref_icd10 (code) VALUES ('T033');

INSERT INTO etl.ref_icd10 (code) VALUES ('T034');

INSERT INTO etl.ref_icd10 (code) VALUES ('T038');

INSERT INTO etl.ref_icd10 (code) VALUES ('T039');

INSERT INTO etl.ref_icd10 (code) VALUES ('T04');

INSERT INTO etl.ref_icd10 (code) VALUES ('T040');

INSERT INTO etl.ref_icd10 (code) VALUES ('T041');

INSERT INTO etl.ref_icd10 (code) VALUES ('T042');

INSERT INTO etl.ref_icd10 (code) VALUES ('T043');

INSERT INTO etl.ref_icd10 (code) VALUES ('T044');

INSERT INTO etl.ref_icd10 (code) VALUES ('T047');

INSERT INTO etl.ref_icd10 (code) VALUES ('T048');

INSERT INTO etl.ref_icd10 (code) VALUES ('T049');

INSERT INTO etl.ref_icd10 (code) VALUES ('T05');

INSERT INTO etl.ref_icd10 (code) VALUES ('T050');

INSERT INTO etl.ref_icd10 (code) VALUES ('T051');

INSERT INTO etl.ref_icd10 (code) VALUES ('T052');

INSERT INTO etl.ref_icd10 (code) VALUES ('T053');

INSERT INTO etl.ref_icd10 (code) VALUES ('T054');

INSERT INTO etl.ref_icd10 (code) VALUES ('T055');

INSERT INTO etl.ref_icd10 (code) VALUES ('T056');

INSERT INTO etl.ref_icd10 (code) VALUES ('T058');

INSERT INTO etl.ref_icd10 (code) VALUES ('T059');

INSERT INTO etl.ref_icd10 (code) VALUES ('T06');

INSERT INTO etl.ref_icd10 (code) VALUES ('T060');

INSERT INTO etl.ref_icd10 (code) VALUES ('T061');

INSERT INTO etl.ref_icd10 (code) VALUES ('T062');

INSERT INTO etl.ref_icd10 (code) VALUES ('T063');

INSERT INTO etl.ref_icd10 (code) VALUES ('T064');

INSERT INTO etl.ref_icd10 (code) VALUES ('T065');

INSERT INTO etl.ref_icd10 (code) VALUES ('T068');

INSERT INTO etl.ref_icd10 (code) VALUES ('T07');

INSERT INTO etl.ref_icd10 (code) VALUES ('T08');

INSERT INTO etl.ref_icd10 (code) VALUES ('T09');

INSERT INTO etl.ref_icd10 (code) VALUES ('T090');

INSERT INTO etl.ref_icd10 (code) VALUES ('T091');

INSERT INTO etl.ref_icd10 (code) VALUES ('T092');

INSERT INTO etl.ref_icd10 (code) VALUES ('T093');

INSERT INTO etl.ref_icd10 (code) VALUES ('T094');

INSERT INTO etl.ref_icd10 (code) VALUES ('T095');

INSERT INTO etl.ref_icd10 (code) VALUES ('T096');

INSERT INTO etl.ref_icd10 (code) VALUES ('T098');

INSERT INTO etl.ref_icd10 (code) VALUES ('T099');

INSERT INTO etl.ref_icd10 (code) VALUES ('T10');

INSERT INTO etl.ref_icd10 (code) VALUES ('T11');

INSERT INTO etl.ref_icd10 (code) VALUES ('T110');

INSERT INTO etl.ref_icd10 (code) VALUES ('T111');

INSERT INTO etl.ref_icd10 (code) VALUES ('T112');

INSERT INTO etl.ref_icd10 (code) VALUES ('T113');

INSERT INTO etl.ref_icd10 (code) VALUES ('T114');

INSERT INTO etl.ref_icd10 (code) VALUES ('T115');

INSERT INTO etl.ref_icd10 (code) VALUES ('T116');

INSERT INTO etl.ref_icd10 (code) VALUES ('T118');

INSERT INTO etl.ref_icd10 (code) VALUES ('T119');

INSERT INTO etl.ref_icd10 (code) VALUES ('T12');

INSERT INTO etl.ref_icd10 (code) VALUES ('T13');

INSERT INTO etl.ref_icd10 (code) VALUES ('T130');

INSERT INTO etl.ref_icd10 (code) VALUES ('T131');

INSERT INTO etl.ref_icd10 (code) VALUES ('T132');

INSERT INTO etl.ref_icd10 (code) VALUES ('T133');

INSERT INTO etl.ref_icd10 (code) VALUES ('T134');

INSERT INTO etl.ref_icd10 (code) VALUES ('T135');

INSERT INTO etl.ref_icd10 (code) VALUES ('T136');

INSERT INTO etl.ref_icd10 (code) VALUES ('T138');

INSERT INTO etl.ref_icd10 (code) VALUES ('T139');

INSERT INTO etl.ref_icd10 (code) VALUES ('T14');

INSERT INTO etl.ref_icd10 (code) VALUES ('T140');

INSERT INTO etl.ref_icd10 (code) VALUES ('T141');

INSERT INTO etl.ref_icd10 (code) VALUES ('T142');

INSERT INTO etl.ref_icd10 (code) VALUES ('T143');

INSERT INTO etl.ref_icd10 (code) VALUES ('T144');

INSERT INTO etl.ref_icd10 (code) VALUES ('T145');

INSERT INTO etl.ref_icd10 (code) VALUES ('T146');

INSERT INTO etl.ref_icd10 (code) VALUES ('T147');

INSERT INTO etl.ref_icd10 (code) VALUES ('T148');

INSERT INTO etl.ref_icd10 (code) VALUES ('T149');

INSERT INTO etl.ref_icd10 (code) VALUES ('T15');

INSERT INTO etl.ref_icd10 (code) VALUES ('T150');

INSERT INTO etl.ref_icd10 (code) VALUES ('T151');

INSERT INTO etl.ref_icd10 (code) VALUES ('T158');

INSERT INTO etl.ref_icd10 (code) VALUES ('T159');

INSERT INTO etl.ref_icd10 (code) VALUES ('T16');

INSERT INTO etl.ref_icd10 (code) VALUES ('T17');

INSERT INTO etl.ref_icd10 (code) VALUES ('T170');

INSERT INTO etl.ref_icd10 (code) VALUES ('T171');

INSERT INTO etl.ref_icd10 (code) VALUES ('T172');

INSERT INTO etl.ref_icd10 (code) VALUES ('T173');

INSERT INTO etl.ref_icd10 (code) VALUES ('T174');

INSERT INTO etl.ref_icd10 (code) VALUES ('T175');

INSERT INTO etl.ref_icd10 (code) VALUES ('T178');

INSERT INTO etl.ref_icd10 (code) VALUES ('T179');

INSERT INTO etl.ref_icd10 (code) VALUES ('T18');

INSERT INTO etl.ref_icd10 (code) VALUES ('T180');

INSERT INTO etl.ref_icd10 (code) VALUES ('T181');

INSERT INTO etl.ref_icd10 (code) VALUES ('T182');

INSERT INTO etl.ref_icd10 (code) VALUES ('T183');

INSERT INTO etl.ref_icd10 (code) VALUES ('T184');

INSERT INTO etl.ref_icd10 (code) VALUES ('T185');

INSERT INTO etl.ref_icd10 (code) VALUES ('T188');

INSERT INTO etl.ref_icd10 (code) VALUES ('T189');

INSERT INTO etl.ref_icd10 (code) VALUES ('T19');

INSERT INTO etl.ref_icd10 (code) VALUES ('T190');

INSERT INTO etl.ref_icd10 (code) VALUES ('T191');

INSERT INTO etl.ref_icd10 (code) VALUES ('T192');

INSERT INTO etl.ref_icd10 (code) VALUES ('T193');

INSERT INTO etl.ref_icd10 (code) VALUES ('T198');

INSERT INTO etl.ref_icd10 (code) VALUES ('T199');

INSERT INTO etl.ref_icd10 (code) VALUES ('T20');

INSERT INTO etl.ref_icd10 (code) VALUES ('T200');

INSERT INTO etl.ref_icd10 (code) VALUES ('T201');

INSERT INTO etl.ref_icd10 (code) VALUES ('T202');

INSERT INTO etl.ref_icd10 (code) VALUES ('T203');

INSERT INTO etl.ref_icd10 (code) VALUES ('T204');

INSERT INTO etl.ref_icd10 (code) VALUES ('T205');

INSERT INTO etl.ref_icd10 (code) VALUES ('T206');

INSERT INTO etl.ref_icd10 (code) VALUES ('T207');

INSERT INTO etl.ref_icd10 (code) VALUES ('T21');

INSERT INTO etl.ref_icd10 (code) VALUES ('T210');

INSERT INTO etl.ref_icd10 (code) VALUES ('T211');

INSERT INTO etl.ref_icd10 (code) VALUES ('T212');

INSERT INTO etl.ref_icd10 (code) VALUES ('T213');

INSERT INTO etl.ref_icd10 (code) VALUES ('T214');

INSERT INTO etl.ref_icd10 (code) VALUES ('T215');

INSERT INTO etl.ref_icd10 (code) VALUES ('T216');

INSERT INTO etl.ref_icd10 (code) VALUES ('T217');

INSERT INTO etl.ref_icd10 (code) VALUES ('T22');

INSERT INTO etl.ref_icd10 (code) VALUES ('T220');

INSERT INTO etl.ref_icd10 (code) VALUES ('T221');

INSERT INTO etl.ref_icd10 (code) VALUES ('T222');

INSERT INTO etl.ref_icd10 (code) VALUES ('T223');

INSERT INTO etl.ref_icd10 (code) VALUES ('T224');

INSERT INTO etl.ref_icd10 (code) VALUES ('T225');

INSERT INTO etl.ref_icd10 (code) VALUES ('T226');

INSERT INTO etl.ref_icd10 (code) VALUES ('T227');

INSERT INTO etl.ref_icd10 (code) VALUES ('T23');

INSERT INTO etl.ref_icd10 (code) VALUES ('T230');

INSERT INTO etl.ref_icd10 (code) VALUES ('T231');

INSERT INTO etl.ref_icd10 (code) VALUES ('T232');

INSERT INTO etl.ref_icd10 (code) VALUES ('T233');

INSERT INTO etl.ref_icd10 (code) VALUES ('T234');

INSERT INTO etl.ref_icd10 (code) VALUES ('T235');

INSERT INTO etl.ref_icd10 (code) VALUES ('T236');

INSERT INTO etl.ref_icd10 (code) VALUES ('T237');

INSERT INTO etl.ref_icd10 (code) VALUES ('T24');

INSERT INTO etl.ref_icd10 (code) VALUES ('T240');

INSERT INTO etl.ref_icd10 (code) VALUES ('T241');

INSERT INTO etl.ref_icd10 (code) VALUES ('T242');

INSERT INTO etl.ref_icd10 (code) VALUES ('T243');

INSERT INTO etl.ref_icd10 (code) VALUES ('T244');

INSERT INTO etl.ref_icd10 (code) VALUES ('T245');

INSERT INTO etl.ref_icd10 (code) VALUES ('T246');

INSERT INTO etl.ref_icd10 (code) VALUES ('T247');

INSERT INTO etl.ref_icd10 (code) VALUES ('T25');

INSERT INTO etl.ref_icd10 (code) VALUES ('T250');

INSERT INTO etl.ref_icd10 (code) VALUES ('T251');

INSERT INTO etl.ref_icd10 (code) VALUES ('T252');

INSERT INTO etl.ref_icd10 (code) VALUES ('T253');

INSERT INTO etl.ref_icd10 (code) VALUES ('T254');

INSERT INTO etl.ref_icd10 (code) VALUES ('T255');

INSERT INTO etl.ref_icd10 (code) VALUES ('T256');

INSERT INTO etl.ref_icd10 (code) VALUES ('T257');

INSERT INTO etl.ref_icd10 (code) VALUES ('T26');

INSERT INTO etl.ref_icd10 (code) VALUES ('T260');

INSERT INTO etl.ref_icd10 (code) VALUES ('T261');

INSERT INTO etl.ref_icd10 (code) VALUES ('T262');

INSERT INTO etl.ref_icd10 (code) VALUES ('T263');

INSERT INTO etl.ref_icd10 (code) VALUES ('T264');

INSERT INTO etl.ref_icd10 (code) VALUES ('T265');

INSERT INTO etl.ref_icd10 (code) VALUES ('T266');

INSERT INTO etl.ref_icd10 (code) VALUES ('T267');

INSERT INTO etl.ref_icd10 (code) VALUES ('T268');

INSERT INTO etl.ref_icd10 (code) VALUES ('T269');

INSERT INTO etl.ref_icd10 (code) VALUES ('T27');

INSERT INTO etl.ref_icd10 (code) VALUES ('T270');

INSERT INTO etl.ref_icd10 (code) VALUES ('T271');

INSERT INTO etl.ref_icd10 (code) VALUES ('T272');

INSERT INTO etl.ref_icd10 (code) VALUES ('T273');

INSERT INTO etl.ref_icd10 (code) VALUES ('T274');

INSERT INTO etl.ref_icd10 (code) VALUES ('T275');

INSERT INTO etl.ref_icd10 (code) VALUES ('T276');

INSERT INTO etl.ref_icd10 (code) VALUES ('T277');

INSERT INTO etl.ref_icd10 (code) VALUES ('T28');

INSERT INTO etl.ref_icd10 (code) VALUES ('T280');

INSERT INTO etl.ref_icd10 (code) VALUES ('T281');

INSERT INTO etl.ref_icd10 (code) VALUES ('T282');

INSERT INTO etl.ref_icd10 (code) VALUES ('T283');

INSERT INTO etl.ref_icd10 (code) VALUES ('T284');

INSERT INTO etl.ref_icd10 (code) VALUES ('T285');

INSERT INTO etl.ref_icd10 (code) VALUES ('T286');

INSERT INTO etl.ref_icd10 (code) VALUES ('T287');

INSERT INTO etl.ref_icd10 (code) VALUES ('T288');

INSERT INTO etl.ref_icd10 (code) VALUES ('T289');

INSERT INTO etl.ref_icd10 (code) VALUES ('T29');

INSERT INTO etl.ref_icd10 (code) VALUES ('T290');

INSERT INTO etl.ref_icd10 (code) VALUES ('T291');

INSERT INTO etl.ref_icd10 (code) VALUES ('T292');

INSERT INTO etl.ref_icd10 (code) VALUES ('T293');

INSERT INTO etl.ref_icd10 (code) VALUES ('T294');

INSERT INTO etl.ref_icd10 (code) VALUES ('T295');

INSERT INTO etl.ref_icd10 (code) VALUES ('T296');

INSERT INTO etl.ref_icd10 (code) VALUES ('T297');

INSERT INTO etl.ref_icd10 (code) VALUES ('T30');

INSERT INTO etl.ref_icd10 (code) VALUES ('T300');

INSERT INTO etl.ref_icd10 (code) VALUES ('T301');

INSERT INTO etl.ref_icd10 (code) VALUES ('T302');

INSERT INTO etl.ref_icd10 (code) VALUES ('T303');

INSERT INTO etl.ref_icd10 (code) VALUES ('T304');

INSERT INTO etl.ref_icd10 (code) VALUES ('T305');

INSERT INTO etl.ref_icd10 (code) VALUES ('T306');

INSERT INTO etl.ref_icd10 (code) VALUES ('T307');

INSERT INTO etl.ref_icd10 (code) VALUES ('T31');

INSERT INTO etl.ref_icd10 (code) VALUES ('T310');

INSERT INTO etl.ref_icd10 (code) VALUES ('T311');

INSERT INTO etl.ref_icd10 (code) VALUES ('T312');

INSERT INTO etl.ref_icd10 (code) VALUES ('T313');

INSERT INTO etl.ref_icd10 (code) VALUES ('T314');

INSERT INTO etl.ref_icd10 (code) VALUES ('T315');

INSERT INTO etl.ref_icd10 (code) VALUES ('T316');

INSERT INTO etl.ref_icd10 (code) VALUES ('T317');

INSERT INTO etl.ref_icd10 (code) VALUES ('T318');

INSERT INTO etl.ref_icd10 (code) VALUES ('T319');

INSERT INTO etl.ref_icd10 (code) VALUES ('T32');

INSERT INTO etl.ref_icd10 (code) VALUES ('T320');

INSERT INTO etl.ref_icd10 (code) VALUES ('T321');

INSERT INTO etl.ref_icd10 (code) VALUES ('T322');

INSERT INTO etl.ref_icd10 (code) VALUES ('T323');

INSERT INTO etl.ref_icd10 (code) VALUES ('T324');

INSERT INTO etl.ref_icd10 (code) VALUES ('T325');

INSERT INTO etl.ref_icd10 (code) VALUES ('T326');

INSERT INTO etl.ref_icd10 (code) VALUES ('T327');

INSERT INTO etl.ref_icd10 (code) VALUES ('T328');

INSERT INTO etl.ref_icd10 (code) VALUES ('T329');

INSERT INTO etl.ref_icd10 (code) VALUES ('T33');

INSERT INTO etl.ref_icd10 (code) VALUES ('T330');

INSERT INTO etl.ref_icd10 (code) VALUES ('T331');

INSERT INTO etl.ref_icd10 (code) VALUES ('T332');

INSERT INTO etl.ref_icd10 (code) VALUES ('T333');

INSERT INTO etl.ref_icd10 (code) VALUES ('T334');

INSERT INTO etl.ref_icd10 (code) VALUES ('T335');

INSERT INTO etl.ref_icd10 (code) VALUES ('T336');

INSERT INTO etl.ref_icd10 (code) VALUES ('T337');

INSERT INTO etl.ref_icd10 (code) VALUES ('T338');

INSERT INTO etl.ref_icd10 (code) VALUES ('T339');

INSERT INTO etl.ref_icd10 (code) VALUES ('T34');

INSERT INTO etl.ref_icd10 (code) VALUES ('T340');

INSERT INTO etl.ref_icd10 (code) VALUES ('T341');

INSERT INTO etl.ref_icd10 (code) VALUES ('T342');

INSERT INTO etl.ref_icd10 (code) VALUES ('T343');

INSERT INTO etl.ref_icd10 (code) VALUES ('T344');

INSERT INTO etl.ref_icd10 (code) VALUES ('T345');

INSERT INTO etl.ref_icd10 (code) VALUES ('T346');

INSERT INTO etl.ref_icd10 (code) VALUES ('T347');

INSERT INTO etl.ref_icd10 (code) VALUES ('T348');

INSERT INTO etl.ref_icd10 (code) VALUES ('T349');

INSERT INTO etl.ref_icd10 (code) VALUES ('T35');

INSERT INTO etl.ref_icd10 (code) VALUES ('T350');

INSERT INTO etl.ref_icd10 (code) VALUES ('T351');

INSERT INTO etl.ref_icd10 (code) VALUES ('T352');

INSERT INTO etl.ref_icd10 (code) VALUES ('T353');

INSERT INTO etl.ref_icd10 (code) VALUES ('T354');

INSERT INTO etl.ref_icd10 (code) VALUES ('T355');

INSERT INTO etl.ref_icd10 (code) VALUES ('T356');

INSERT INTO etl.ref_icd10 (code) VALUES ('T357');

INSERT INTO etl.ref_icd10 (code) VALUES ('T36');

INSERT INTO etl.ref_icd10 (code) VALUES ('T360');

INSERT INTO etl.ref_icd10 (code) VALUES ('T361');

INSERT INTO etl.ref_icd10 (code) VALUES ('T362');

INSERT INTO etl.ref_icd10 (code) VALUES ('T363');

INSERT INTO etl.ref_icd10 (code) VALUES ('T364');

INSERT INTO etl.ref_icd10 (code) VALUES ('T365');

INSERT INTO etl.ref_icd10 (code) VALUES ('T366');

INSERT INTO etl.ref_icd10 (code) VALUES ('T367');

INSERT INTO etl.ref_icd10 (code) VALUES ('T368');

INSERT INTO etl.ref_icd10 (code) VALUES ('T369');

INSERT INTO etl.ref_icd10 (code) VALUES ('T37');

INSERT INTO etl.ref_icd10 (code) VALUES ('T370');

INSERT INTO etl.ref_icd10 (code) VALUES ('T371');

INSERT INTO etl.ref_icd10 (code) VALUES ('T372');

INSERT INTO etl.ref_icd10 (code) VALUES ('T373');

INSERT INTO etl.ref_icd10 (code) VALUES ('T374');

INSERT INTO etl.ref_icd10 (code) VALUES ('T375');

INSERT INTO etl.ref_icd10 (code) VALUES ('T378');

INSERT INTO etl.ref_icd10 (code) VALUES ('T379');

INSERT INTO etl.ref_icd10 (code) VALUES ('T38');

INSERT INTO etl.ref_icd10 (code) VALUES ('T380');

INSERT INTO etl.ref_icd10 (code) VALUES ('T381');

INSERT INTO etl.ref_icd10 (code) VALUES ('T382');

INSERT INTO etl.ref_icd10 (code) VALUES ('T383');

INSERT INTO etl.ref_icd10 (code) VALUES ('T384');

INSERT INTO etl.ref_icd10 (code) VALUES ('T385');

INSERT INTO etl.ref_icd10 (code) VALUES ('T386');

INSERT INTO etl.ref_icd10 (code) VALUES ('T387');

INSERT INTO etl.ref_icd10 (code) VALUES ('T388');

INSERT INTO etl.ref_icd10 (code) VALUES ('T389');

INSERT INTO etl.ref_icd10 (code) VALUES ('T39');

INSERT INTO etl.ref_icd10 (code) VALUES ('T390');

INSERT INTO etl.ref_icd10 (code) VALUES ('T391');

INSERT INTO etl.ref_icd10 (code) VALUES ('T392');

INSERT INTO etl.ref_icd10 (code) VALUES ('T393');

INSERT INTO etl.ref_icd10 (code) VALUES ('T394');

INSERT INTO etl.ref_icd10 (code) VALUES ('T398');

INSERT INTO etl.ref_icd10 (code) VALUES ('T399');

INSERT INTO etl.ref_icd10 (code) VALUES ('T40');

INSERT INTO etl.ref_icd10 (code) VALUES ('T400');

INSERT INTO etl.ref_icd10 (code) VALUES ('T401');

INSERT INTO etl.ref_icd10 (code) VALUES ('T402');

INSERT INTO etl.ref_icd10 (code) VALUES ('T403');

INSERT INTO etl.ref_icd10 (code) VALUES ('T404');

INSERT INTO etl.ref_icd10 (code) VALUES ('T405');

INSERT INTO etl.ref_icd10 (code) VALUES ('T406');

INSERT INTO etl.ref_icd10 (code) VALUES ('T407');

INSERT INTO etl.ref_icd10 (code) VALUES ('T408');

INSERT INTO etl.ref_icd10 (code) VALUES ('T409');

INSERT INTO etl.ref_icd10 (code) VALUES ('T41');

INSERT INTO etl.ref_icd10 (code) VALUES ('T410');

INSERT INTO etl.ref_icd10 (code) VALUES ('T411');

INSERT INTO etl.ref_icd10 (code) VALUES ('T412');

INSERT INTO etl.ref_icd10 (code) VALUES ('T413');

INSERT INTO etl.ref_icd10 (code) VALUES ('T414');

INSERT INTO etl.ref_icd10 (code) VALUES ('T415');

INSERT INTO etl.ref_icd10 (code) VALUES ('T42');

INSERT INTO etl.ref_icd10 (code) VALUES ('T420');

INSERT INTO etl.ref_icd10 (code) VALUES ('T421');

INSERT INTO etl.ref_icd10 (code) VALUES ('T422');

INSERT INTO etl.ref_icd10 (code) VALUES ('T423');

INSERT INTO etl.ref_icd10 (code) VALUES ('T424');

INSERT INTO etl.ref_icd10 (code) VALUES ('T425');

INSERT INTO etl.ref_icd10 (code) VALUES ('T426');

INSERT INTO etl.ref_icd10 (code) VALUES ('T427');

INSERT INTO etl.ref_icd10 (code) VALUES ('T428');

INSERT INTO etl.ref_icd10 (code) VALUES ('T43');

INSERT INTO etl.ref_icd10 (code) VALUES ('T430');

INSERT INTO etl.ref_icd10 (code) VALUES ('T431');

INSERT INTO etl.ref_icd10 (code) VALUES ('T432');

INSERT INTO etl.ref_icd10 (code) VALUES ('T433');

INSERT INTO etl.ref_icd10 (code) VALUES ('T434');

INSERT INTO etl.ref_icd10 (code) VALUES ('T435');

INSERT INTO etl.ref_icd10 (code) VALUES ('T436');

INSERT INTO etl.ref_icd10 (code) VALUES ('T438');

INSERT INTO etl.ref_icd10 (code) VALUES ('T439');

INSERT INTO etl.ref_icd10 (code) VALUES ('T44');

INSERT INTO etl.ref_icd10 (code) VALUES ('T440');

INSERT INTO etl.ref_icd10 (code) VALUES ('T441');

INSERT INTO etl.ref_icd10 (code) VALUES ('T442');

INSERT INTO etl.ref_icd10 (code) VALUES ('T443');

INSERT INTO etl.ref_icd10 (code) VALUES ('T444');

INSERT INTO etl.ref_icd10 (code) VALUES ('T445');

INSERT INTO etl.ref_icd10 (code) VALUES ('T446');

INSERT INTO etl.ref_icd10 (code) VALUES ('T447');

INSERT INTO etl.ref_icd10 (code) VALUES ('T448');

INSERT INTO etl.ref_icd10 (code) VALUES ('T449');

INSERT INTO etl.ref_icd10 (code) VALUES ('T45');

INSERT INTO etl.ref_icd10 (code) VALUES ('T450');

INSERT INTO etl.ref_icd10 (code) VALUES ('T451');

INSERT INTO etl.ref_icd10 (code) VALUES ('T452');

INSERT INTO etl.ref_icd10 (code) VALUES ('T453');

INSERT INTO etl.ref_icd10 (code) VALUES ('T454');

INSERT INTO etl.ref_icd10 (code) VALUES ('T455');

INSERT INTO etl.ref_icd10 (code) VALUES ('T456');

INSERT INTO etl.ref_icd10 (code) VALUES ('T457');

INSERT INTO etl.ref_icd10 (code) VALUES ('T458');

INSERT INTO etl.ref_icd10 (code) VALUES ('T459');

INSERT INTO etl.ref_icd10 (code) VALUES ('T46');

INSERT INTO etl.ref_icd10 (code) VALUES ('T460');

INSERT INTO etl.ref_icd10 (code) VALUES ('T461');

INSERT INTO etl.ref_icd10 (code) VALUES ('T462');

INSERT INTO etl.ref_icd10 (code) VALUES ('T463');

INSERT INTO etl.ref_icd10 (code) VALUES ('T464');

INSERT INTO etl.ref_icd10 (code) VALUES ('T465');

INSERT INTO etl.ref_icd10 (code) VALUES ('T466');

INSERT INTO etl.ref_icd10 (code) VALUES ('T467');

INSERT INTO etl.ref_icd10 (code) VALUES ('T468');

INSERT INTO etl.ref_icd10 (code) VALUES ('T469');

INSERT INTO etl.ref_icd10 (code) VALUES ('T47');

INSERT INTO etl.ref_icd10 (code) VALUES ('T470');

INSERT INTO etl.ref_icd10 (code) VALUES ('T471');

INSERT INTO etl.ref_icd10 (code) VALUES ('T472');

INSERT INTO etl.ref_icd10 (code) VALUES ('T473');

INSERT INTO etl.ref_icd10 (code) VALUES ('T474');

INSERT INTO etl.ref_icd10 (code) VALUES ('T475');

INSERT INTO etl.ref_icd10 (code) VALUES ('T476');

INSERT INTO etl.ref_icd10 (code) VALUES ('T477');

INSERT INTO etl.ref_icd10 (code) VALUES ('T478');

INSERT INTO etl.ref_icd10 (code) VALUES ('T479');

INSERT INTO etl.ref_icd10 (code) VALUES ('T48');

INSERT INTO etl.ref_icd10 (code) VALUES ('T480');

INSERT INTO etl.ref_icd10 (code) VALUES ('T481');

INSERT INTO etl.ref_icd10 (code) VALUES ('T482');

INSERT INTO etl.ref_icd10 (code) VALUES ('T483');

INSERT INTO etl.ref_icd10 (code) VALUES ('T484');

INSERT INTO etl.ref_icd10 (code) VALUES ('T485');

INSERT INTO etl.ref_icd10 (code) VALUES ('T486');

INSERT INTO etl.ref_icd10 (code) VALUES ('T487');

INSERT INTO etl.ref_icd10 (code) VALUES ('T49');

INSERT INTO etl.ref_icd10 (code) VALUES ('T490');

INSERT INTO etl.ref_icd10 (code) VALUES ('T491');

INSERT INTO etl.ref_icd10 (code) VALUES ('T492');

INSERT INTO etl.ref_icd10 (code) VALUES ('T493');

INSERT INTO etl.ref_icd10 (code) VALUES ('T494');

INSERT INTO etl.ref_icd10 (code) VALUES ('T495');

INSERT INTO etl.ref_icd10 (code) VALUES ('T496');

INSERT INTO etl.ref_icd10 (code) VALUES ('T497');

INSERT INTO etl.ref_icd10 (code) VALUES ('T498');

INSERT INTO etl.ref_icd10 (code) VALUES ('T499');

INSERT INTO etl.ref_icd10 (code) VALUES ('T50');

INSERT INTO etl.ref_icd10 (code) VALUES ('T500');

INSERT INTO etl.ref_icd10 (code) VALUES ('T501');

INSERT INTO etl.ref_icd10 (code) VALUES ('T502');

INSERT INTO etl.ref_icd10 (code) VALUES ('T503');

INSERT INTO etl.ref_icd10 (code) VALUES ('T504');

INSERT INTO etl.ref_icd10 (code) VALUES ('T505');

INSERT INTO etl.ref_icd10 (code) VALUES ('T506');

INSERT INTO etl.ref_icd10 (code) VALUES ('T507');

INSERT INTO etl.ref_icd10 (code) VALUES ('T508');

INSERT INTO etl.ref_icd10 (code) VALUES ('T509');

INSERT INTO etl.ref_icd10 (code) VALUES ('T51');

INSERT INTO etl.ref_icd10 (code) VALUES ('T510');

INSERT INTO etl.ref_icd10 (code) VALUES ('T511');

INSERT INTO etl.ref_icd10 (code) VALUES ('T512');

INSERT INTO etl.ref_icd10 (code) VALUES ('T513');

INSERT INTO etl.ref_icd10 (code) VALUES ('T518');

INSERT INTO etl.ref_icd10 (code) VALUES ('T519');

INSERT INTO etl.ref_icd10 (code) VALUES ('T52');

INSERT INTO etl.ref_icd10 (code) VALUES ('T520');

INSERT INTO etl.ref_icd10 (code) VALUES ('T521');

INSERT INTO etl.ref_icd10 (code) VALUES ('T522');

INSERT INTO etl.ref_icd10 (code) VALUES ('T523');

INSERT INTO etl.ref_icd10 (code) VALUES ('T524');

INSERT INTO etl.ref_icd10 (code) VALUES ('T528');

INSERT INTO etl.ref_icd10 (code) VALUES ('T529');

INSERT INTO etl.ref_icd10 (code) VALUES ('T53');

INSERT INTO etl.ref_icd10 (code) VALUES ('T530');

INSERT INTO etl.ref_icd10 (code) VALUES ('T531');

INSERT INTO etl.ref_icd10 (code) VALUES ('T532');

INSERT INTO etl.ref_icd10 (code) VALUES ('T533');

INSERT INTO etl.ref_icd10 (code) VALUES ('T534');

INSERT INTO etl.ref_icd10 (code) VALUES ('T535');

INSERT INTO etl.ref_icd10 (code) VALUES ('T536');

INSERT INTO etl.ref_icd10 (code) VALUES ('T537');

INSERT INTO etl.ref_icd10 (code) VALUES ('T539');

INSERT INTO etl.ref_icd10 (code) VALUES ('T54');

INSERT INTO etl.ref_icd10 (code) VALUES ('T540');

INSERT INTO etl.ref_icd10 (code) VALUES ('T541');

INSERT INTO etl.ref_icd10 (code) VALUES ('T542');

INSERT INTO etl.ref_icd10 (code) VALUES ('T543');

INSERT INTO etl.ref_icd10 (code) VALUES ('T549');

INSERT INTO etl.ref_icd10 (code) VALUES ('T55');

INSERT INTO etl.ref_icd10 (code) VALUES ('T56');

INSERT INTO etl.ref_icd10 (code) VALUES ('T560');

INSERT INTO etl.ref_icd10 (code) VALUES ('T561');

INSERT INTO etl.ref_icd10 (code) VALUES ('T562');

INSERT INTO etl.ref_icd10 (code) VALUES ('T563');

INSERT INTO etl.ref_icd10 (code) VALUES ('T564');

INSERT INTO etl.ref_icd10 (code) VALUES ('T565');

INSERT INTO etl.ref_icd10 (code) VALUES ('T566');

INSERT INTO etl.ref_icd10 (code) VALUES ('T567');

INSERT INTO etl.ref_icd10 (code) VALUES ('T568');

INSERT INTO etl.ref_icd10 (code) VALUES ('T569');

INSERT INTO etl.ref_icd10 (code) VALUES ('T57');

INSERT INTO etl.ref_icd10 (code) VALUES ('T570');

INSERT INTO etl.ref_icd10 (code) VALUES ('T571');

INSERT INTO etl.ref_icd10 (code) VALUES ('T572');

INSERT INTO etl.ref_icd10 (code) VALUES ('T573');

INSERT INTO etl.ref_icd10 (code) VALUES ('T578');

INSERT INTO etl.ref_icd10 (code) VALUES ('T579');

INSERT INTO etl.ref_icd10 (code) VALUES ('T58');

INSERT INTO etl.ref_icd10 (code) VALUES ('T59');

INSERT INTO etl.ref_icd10 (code) VALUES ('T590');

INSERT INTO etl.ref_icd10 (code) VALUES ('T591');

INSERT INTO etl.ref_icd10 (code) VALUES ('T592');

INSERT INTO etl.ref_icd10 (code) VALUES ('T593');

INSERT INTO etl.ref_icd10 (code) VALUES ('T594');

INSERT INTO etl.ref_icd10 (code) VALUES ('T595');

INSERT INTO etl.ref_icd10 (code) VALUES ('T596');

INSERT INTO etl.ref_icd10 (code) VALUES ('T597');

INSERT INTO etl.ref_icd10 (code) VALUES ('T598');

INSERT INTO etl.ref_icd10 (code) VALUES ('T599');

INSERT INTO etl.ref_icd10 (code) VALUES ('T60');

INSERT INTO etl.ref_icd10 (code) VALUES ('T600');

INSERT INTO etl.ref_icd10 (code) VALUES ('T601');

INSERT INTO etl.ref_icd10 (code) VALUES ('T602');

INSERT INTO etl.ref_icd10 (code) VALUES ('T603');

INSERT INTO etl.ref_icd10 (code) VALUES ('T604');

INSERT INTO etl.ref_icd10 (code) VALUES ('T608');

INSERT INTO etl.ref_icd10 (code) VALUES ('T609');

INSERT INTO etl.ref_icd10 (code) VALUES ('T61');

INSERT INTO etl.ref_icd10 (code) VALUES ('T610');

INSERT INTO etl.ref_icd10 (code) VALUES ('T611');

INSERT INTO etl.ref_icd10 (code) VALUES ('T612');

INSERT INTO etl.ref_icd10 (code) VALUES ('T618');

INSERT INTO etl.ref_icd10 (code) VALUES ('T619');

INSERT INTO etl.ref_icd10 (code) VALUES ('T62');

INSERT INTO etl.ref_icd10 (code) VALUES ('T620');

INSERT INTO etl.ref_icd10 (code) VALUES ('T621');

INSERT INTO etl.ref_icd10 (code) VALUES ('T622');

INSERT INTO etl.ref_icd10 (code) VALUES ('T628');

INSERT INTO etl.ref_icd10 (code) VALUES ('T629');

INSERT INTO etl.ref_icd10 (code) VALUES ('T63');

INSERT INTO etl.ref_icd10 (code) VALUES ('T630');

INSERT INTO etl.ref_icd10 (code) VALUES ('T631');

INSERT INTO etl.ref_icd10 (code) VALUES ('T632');

INSERT INTO etl.ref_icd10 (code) VALUES ('T633');

INSERT INTO etl.ref_icd10 (code) VALUES ('T634');

INSERT INTO etl.ref_icd10 (code) VALUES ('T635');

INSERT INTO etl.ref_icd10 (code) VALUES ('T636');

INSERT INTO etl.ref_icd10 (code) VALUES ('T638');

INSERT INTO etl.ref_icd10 (code) VALUES ('T639');

INSERT INTO etl.ref_icd10 (code) VALUES ('T64');

INSERT INTO etl.ref_icd10 (code) VALUES ('T65');

INSERT INTO etl.ref_icd10 (code) VALUES ('T650');

INSERT INTO etl.ref_icd10 (code) VALUES ('T651');

INSERT INTO etl.ref_icd10 (code) VALUES ('T652');

INSERT INTO etl.ref_icd10 (code) VALUES ('T653');

INSERT INTO etl.ref_icd10 (code) VALUES ('T654');

INSERT INTO etl.ref_icd10 (code) VALUES ('T655');

INSERT INTO etl.ref_icd10 (code) VALUES ('T656');

INSERT INTO etl.ref_icd10 (code) VALUES ('T658');

INSERT INTO etl.ref_icd10 (code) VALUES ('T659');

INSERT INTO etl.ref_icd10 (code) VALUES ('T66');

INSERT INTO etl.ref_icd10 (code) VALUES ('T67');

INSERT INTO etl.ref_icd10 (code) VALUES ('T670');

INSERT INTO etl.ref_icd10 (code) VALUES ('T671');

INSERT INTO etl.ref_icd10 (code) VALUES ('T672');

INSERT INTO etl.ref_icd10 (code) VALUES ('T673');

INSERT INTO etl.ref_icd10 (code) VALUES ('T674');

INSERT INTO etl.ref_icd10 (code) VALUES ('T675');

INSERT INTO etl.ref_icd10 (code) VALUES ('T676');

INSERT INTO etl.ref_icd10 (code) VALUES ('T677');

INSERT INTO etl.ref_icd10 (code) VALUES ('T678');

INSERT INTO etl.ref_icd10 (code) VALUES ('T679');

INSERT INTO etl.ref_icd10 (code) VALUES ('T68');

INSERT INTO etl.ref_icd10 (code) VALUES ('T69');

INSERT INTO etl.ref_icd10 (code) VALUES ('T690');

INSERT INTO etl.ref_icd10 (code) VALUES ('T691');

INSERT INTO etl.ref_icd10 (code) VALUES ('T698');

INSERT INTO etl.ref_icd10 (code) VALUES ('T699');

INSERT INTO etl.ref_icd10 (code) VALUES ('T70');

INSERT INTO etl.ref_icd10 (code) VALUES ('T700');

INSERT INTO etl.ref_icd10 (code) VALUES ('T701');

INSERT INTO etl.ref_icd10 (code) VALUES ('T702');

INSERT INTO etl.ref_icd10 (code) VALUES ('T703');

INSERT INTO etl.ref_icd10 (code) VALUES ('T704');

INSERT INTO etl.ref_icd10 (code) VALUES ('T708');

INSERT INTO etl.ref_icd10 (code) VALUES ('T709');

INSERT INTO etl.ref_icd10 (code) VALUES ('T71');

INSERT INTO etl.ref_icd10 (code) VALUES ('T73');

INSERT INTO etl.ref_icd10 (code) VALUES ('T730');

INSERT INTO etl.ref_icd10 (code) VALUES ('T731');

INSERT INTO etl.ref_icd10 (code) VALUES ('T732');

INSERT INTO etl.ref_icd10 (code) VALUES ('T733');

INSERT INTO etl.ref_icd10 (code) VALUES ('T738');

INSERT INTO etl.ref_icd10 (code) VALUES ('T739');

INSERT INTO etl.ref_icd10 (code) VALUES ('T74');

INSERT INTO etl.ref_icd10 (code) VALUES ('T740');

INSERT INTO etl.ref_icd10 (code) VALUES ('T741');

INSERT INTO etl.ref_icd10 (code) VALUES ('T742');

INSERT INTO etl.ref_icd10 (code) VALUES ('T743');

INSERT INTO etl.ref_icd10 (code) VALUES ('T748');

INSERT INTO etl.ref_icd10 (code) VALUES ('T749');

INSERT INTO etl.ref_icd10 (code) VALUES ('T75');

INSERT INTO etl.ref_icd10 (code) VALUES ('T750');

INSERT INTO etl.ref_icd10 (code) VALUES ('T751');

INSERT INTO etl.ref_icd10 (code) VALUES ('T752');

INSERT INTO etl.ref_icd10 (code) VALUES ('T753');

INSERT INTO etl.ref_icd10 (code) VALUES ('T754');

INSERT INTO etl.ref_icd10 (code) VALUES ('T758');

INSERT INTO etl.ref_icd10 (code) VALUES ('T76');

INSERT INTO etl.ref_icd10 (code) VALUES ('T78');

INSERT INTO etl.ref_icd10 (code) VALUES ('T780');

INSERT INTO etl.ref_icd10 (code) VALUES ('T781');

INSERT INTO etl.ref_icd10 (code) VALUES ('T782');

INSERT INTO etl.ref_icd10 (code) VALUES ('T783');

INSERT INTO etl.ref_icd10 (code) VALUES ('T784');

INSERT INTO etl.ref_icd10 (code) VALUES ('T788');

INSERT INTO etl.ref_icd10 (code) VALUES ('T789');

INSERT INTO etl.ref_icd10 (code) VALUES ('T79');

INSERT INTO etl.ref_icd10 (code) VALUES ('T790');

INSERT INTO etl.ref_icd10 (code) VALUES ('T791');

INSERT INTO etl.ref_icd10 (code) VALUES ('T792');

INSERT INTO etl.ref_icd10 (code) VALUES ('T793');

INSERT INTO etl.ref_icd10 (code) VALUES ('T794');

INSERT INTO etl.ref_icd10 (code) VALUES ('T795');

INSERT INTO etl.ref_icd10 (code) VALUES ('T796');

INSERT INTO etl.ref_icd10 (code) VALUES ('T797');

INSERT INTO etl.ref_icd10 (code) VALUES ('T798');

INSERT INTO etl.ref_icd10 (code) VALUES ('T799');

INSERT INTO etl.ref_icd10 (code) VALUES ('T80');

INSERT INTO etl.ref_icd10 (code) VALUES ('T800');

INSERT INTO etl.ref_icd10 (code) VALUES ('T801');

INSERT INTO etl.ref_icd10 (code) VALUES ('T802');

INSERT INTO etl.ref_icd10 (code) VALUES ('T803');

INSERT INTO etl.ref_icd10 (code) VALUES ('T804');

INSERT INTO etl.ref_icd10 (code) VALUES ('T805');

INSERT INTO etl.ref_icd10 (code) VALUES ('T806');

INSERT INTO etl.ref_icd10 (code) VALUES ('T808');

INSERT INTO etl.ref_icd10 (code) VALUES ('T809');

INSERT INTO etl.ref_icd10 (code) VALUES ('T81');

INSERT INTO etl.ref_icd10 (code) VALUES ('T810');

INSERT INTO etl.ref_icd10 (code) VALUES ('T811');

INSERT INTO etl.ref_icd10 (code) VALUES ('T812');

INSERT INTO etl.ref_icd10 (code) VALUES ('T813');

INSERT INTO etl.ref_icd10 (code) VALUES ('T814');

INSERT INTO etl.ref_icd10 (code) VALUES ('T815');

INSERT INTO etl.ref_icd10 (code) VALUES ('T816');

INSERT INTO etl.ref_icd10 (code) VALUES ('T817');

INSERT INTO etl.ref_icd10 (code) VALUES ('T818');

INSERT INTO etl.ref_icd10 (code) VALUES ('T819');

INSERT INTO etl.ref_icd10 (code) VALUES ('T82');

INSERT INTO etl.ref_icd10 (code) VALUES ('T820');

INSERT INTO etl.ref_icd10 (code) VALUES ('T821');

INSERT INTO etl.ref_icd10 (code) VALUES ('T822');

INSERT INTO etl.ref_icd10 (code) VALUES ('T823');

INSERT INTO etl.ref_icd10 (code) VALUES ('T824');

INSERT INTO etl.ref_icd10 (code) VALUES ('T825');

INSERT INTO etl.ref_icd10 (code) VALUES ('T826');

INSERT INTO etl.ref_icd10 (code) VALUES ('T827');

INSERT INTO etl.ref_icd10 (code) VALUES ('T828');

INSERT INTO etl.ref_icd10 (code) VALUES ('T829');

INSERT INTO etl.ref_icd10 (code) VALUES ('T83');

INSERT INTO etl.ref_icd10 (code) VALUES ('T830');

INSERT INTO etl.ref_icd10 (code) VALUES ('T831');

INSERT INTO etl.ref_icd10 (code) VALUES ('T832');

INSERT INTO etl.ref_icd10 (code) VALUES ('T833');

INSERT INTO etl.ref_icd10 (code) VALUES ('T834');

INSERT INTO etl.ref_icd10 (code) VALUES ('T835');

INSERT INTO etl.ref_icd10 (code) VALUES ('T836');

INSERT INTO etl.ref_icd10 (code) VALUES ('T838');

INSERT INTO etl.ref_icd10 (code) VALUES ('T839');

INSERT INTO etl.ref_icd10 (code) VALUES ('T84');

INSERT INTO etl.ref_icd10 (code) VALUES ('T840');

INSERT INTO etl.ref_icd10 (code) VALUES ('T841');

INSERT INTO etl.ref_icd10 (code) VALUES ('T842');

INSERT INTO etl.ref_icd10 (code) VALUES ('T843');

INSERT INTO etl.ref_icd10 (code) VALUES ('T844');

INSERT INTO etl.ref_icd10 (code) VALUES ('T845');

INSERT INTO etl.ref_icd10 (code) VALUES ('T846');

INSERT INTO etl.ref_icd10 (code) VALUES ('T847');

INSERT INTO etl.ref_icd10 (code) VALUES ('T848');

INSERT INTO etl.ref_icd10 (code) VALUES ('T849');

INSERT INTO etl.ref_icd10 (code) VALUES ('T85');

INSERT INTO etl.ref_icd10 (code) VALUES ('T850');

INSERT INTO etl.ref_icd10 (code) VALUES ('T851');

INSERT INTO etl.ref_icd10 (code) VALUES ('T852');

INSERT INTO etl.ref_icd10 (code) VALUES ('T853');

INSERT INTO etl.ref_icd10 (code) VALUES ('T854');

INSERT INTO etl.ref_icd10 (code) VALUES ('T855');

INSERT INTO etl.ref_icd10 (code) VALUES ('T856');

INSERT INTO etl.ref_icd10 (code) VALUES ('T857');

INSERT INTO etl.ref_icd10 (code) VALUES ('T858');

INSERT INTO etl.ref_icd10 (code) VALUES ('T859');

INSERT INTO etl.ref_icd10 (code) VALUES ('T86');

INSERT INTO etl.ref_icd10 (code) VALUES ('T860');

INSERT INTO etl.ref_icd10 (code) VALUES ('T861');

INSERT INTO etl.ref_icd10 (code) VALUES ('T862');

INSERT INTO etl.ref_icd10 (code) VALUES ('T863');

INSERT INTO etl.ref_icd10 (code) VALUES ('T864');

INSERT INTO etl.ref_icd10 (code) VALUES ('T868');

INSERT INTO etl.ref_icd10 (code) VALUES ('T869');

INSERT INTO etl.ref_icd10 (code) VALUES ('T87');

INSERT INTO etl.ref_icd10 (code) VALUES ('T870');

INSERT INTO etl.ref_icd10 (code) VALUES ('T871');

INSERT INTO etl.ref_icd10 (code) VALUES ('T872');

INSERT INTO etl.ref_icd10 (code) VALUES ('T873');

INSERT INTO etl.ref_icd10 (code) VALUES ('T874');

INSERT INTO etl.ref_icd10 (code) VALUES ('T875');

INSERT INTO etl.ref_icd10 (code) VALUES ('T876');

INSERT INTO etl.ref_icd10 (code) VALUES ('T88');

INSERT INTO etl.ref_icd10 (code) VALUES ('T880');

INSERT INTO etl.ref_icd10 (code) VALUES ('T881');

INSERT INTO etl.ref_icd10 (code) VALUES ('T882');

INSERT INTO etl.ref_icd10 (code) VALUES ('T883');

INSERT INTO etl.ref_icd10 (code) VALUES ('T884');

INSERT INTO etl.ref_icd10 (code) VALUES ('T885');

INSERT INTO etl.ref_icd10 (code) VALUES ('T886');

INSERT INTO etl.ref_icd10 (code) VALUES ('T887');

INSERT INTO etl.ref_icd10 (code) VALUES ('T888');

INSERT INTO etl.ref_icd10 (code) VALUES ('T889');

INSERT INTO etl.ref_icd10 (code) VALUES ('T90');

INSERT INTO etl.ref_icd10 (code) VALUES ('T900');

INSERT INTO etl.ref_icd10 (code) VALUES ('T901');

INSERT INTO etl.ref_icd10 (code) VALUES ('T902');

INSERT INTO etl.ref_icd10 (code) VALUES ('T903');

INSERT INTO etl.ref_icd10 (code) VALUES ('T904');

INSERT INTO etl.ref_icd10 (code) VALUES ('T905');

INSERT INTO etl.ref_icd10 (code) VALUES ('T908');

INSERT INTO etl.ref_icd10 (code) VALUES ('T909');

INSERT INTO etl.ref_icd10 (code) VALUES ('T91');

INSERT INTO etl.ref_icd10 (code) VALUES ('T910');

INSERT INTO etl.ref_icd10 (code) VALUES ('T911');

INSERT INTO etl.ref_icd10 (code) VALUES ('T912');

INSERT INTO etl.ref_icd10 (code) VALUES ('T913');

INSERT INTO etl.ref_icd10 (code) VALUES ('T914');

INSERT INTO etl.ref_icd10 (code) VALUES ('T915');

INSERT INTO etl.ref_icd10 (code) VALUES ('T918');

INSERT INTO etl.ref_icd10 (code) VALUES ('T919');

INSERT INTO etl.ref_icd10 (code) VALUES ('T92');

INSERT INTO etl.ref_icd10 (code) VALUES ('T920');

INSERT INTO etl.ref_icd10 (code) VALUES ('T921');

INSERT INTO etl.ref_icd10 (code) VALUES ('T922');

INSERT INTO etl.ref_icd10 (code) VALUES ('T923');

INSERT INTO etl.ref_icd10 (code) VALUES ('T924');

INSERT INTO etl.ref_icd10 (code) VALUES ('T925');

INSERT INTO etl.ref_icd10 (code) VALUES ('T926');

INSERT INTO etl.ref_icd10 (code) VALUES ('T928');

INSERT INTO etl.ref_icd10 (code) VALUES ('T929');

INSERT INTO etl.ref_icd10 (code) VALUES ('T93');

INSERT INTO etl.ref_icd10 (code) VALUES ('T930');

INSERT INTO etl.ref_icd10 (code) VALUES ('T931');

INSERT INTO etl.ref_icd10 (code) VALUES ('T932');

INSERT INTO etl.ref_icd10 (code) VALUES ('T933');

INSERT INTO etl.ref_icd10 (code) VALUES ('T934');

INSERT INTO etl.ref_icd10 (code) VALUES ('T935');

INSERT INTO etl.ref_icd10 (code) VALUES ('T936');

INSERT INTO etl.ref_icd10 (code) VALUES ('T938');

INSERT INTO etl.ref_icd10 (code) VALUES ('T939');

INSERT INTO etl.ref_icd10 (code) VALUES ('T94');

INSERT INTO etl.ref_icd10 (code) VALUES ('T940');

INSERT INTO etl.ref_icd10 (code) VALUES ('T941');

INSERT INTO etl.ref_icd10 (code) VALUES ('T95');

INSERT INTO etl.ref_icd10 (code) VALUES ('T950');

INSERT INTO etl.ref_icd10 (code) VALUES ('T951');

INSERT INTO etl.ref_icd10 (code) VALUES ('T952');

INSERT INTO etl.ref_icd10 (code) VALUES ('T953');

INSERT INTO etl.ref_icd10 (code) VALUES ('T954');

INSERT INTO etl.ref_icd10 (code) VALUES ('T958');

INSERT INTO etl.ref_icd10 (code) VALUES ('T959');

INSERT INTO etl.ref_icd10 (code) VALUES ('T96');

INSERT INTO etl.ref_icd10 (code) VALUES ('T97');

INSERT INTO etl.ref_icd10 (code) VALUES ('T98');

INSERT INTO etl.ref_icd10 (code) VALUES ('T980');

INSERT INTO etl.ref_icd10 (code) VALUES ('T981');

INSERT INTO etl.ref_icd10 (code) VALUES ('T982');

INSERT INTO etl.ref_icd10 (code) VALUES ('T983');

INSERT INTO etl.ref_icd10 (code) VALUES ('U04');

INSERT INTO etl.ref_icd10 (code) VALUES ('U049');

INSERT INTO etl.ref_icd10 (code) VALUES ('U07');

INSERT INTO etl.ref_icd10 (code) VALUES ('U070');

INSERT INTO etl.ref_icd10 (code) VALUES ('U071');

INSERT INTO etl.ref_icd10 (code) VALUES ('U072');

INSERT INTO etl.ref_icd10 (code) VALUES ('U073');

INSERT INTO etl.ref_icd10 (code) VALUES ('U074');

INSERT INTO etl.ref_icd10 (code) VALUES ('U075');

INSERT INTO etl.ref_icd10 (code) VALUES ('U076');

INSERT INTO etl.ref_icd10 (code) VALUES ('U077');

INSERT INTO etl.ref_icd10 (code) VALUES ('U078');

INSERT INTO etl.ref_icd10 (code) VALUES ('U079');

INSERT INTO etl.ref_icd10 (code) VALUES ('U08');

INSERT INTO etl.ref_icd10 (code) VALUES ('U080');

INSERT INTO etl.ref_icd10 (code) VALUES ('U081');

INSERT INTO etl.ref_icd10 (code) VALUES ('U082');

INSERT INTO etl.ref_icd10 (code) VALUES ('U083');

INSERT INTO etl.ref_icd10 (code) VALUES ('U084');

INSERT INTO etl.ref_icd10 (code) VALUES ('U085');

INSERT INTO etl.ref_icd10 (code) VALUES ('U086');

INSERT INTO etl.ref_icd10 (code) VALUES ('U087');

INSERT INTO etl.ref_icd10 (code) VALUES ('U088');

INSERT INTO etl.ref_icd10 (code) VALUES ('U089');

INSERT INTO etl.ref_icd10 (code) VALUES ('U09');

INSERT INTO etl.ref_icd10 (code) VALUES ('U090');

INSERT INTO etl.ref_icd10 (code) VALUES ('U091');

INSERT INTO etl.ref_icd10 (code) VALUES ('U092');

INSERT INTO etl.ref_icd10 (code) VALUES ('U093');

INSERT INTO etl.ref_icd10 (code) VALUES ('U094');

INSERT INTO etl.ref_icd10 (code) VALUES ('U095');

INSERT INTO etl.ref_icd10 (code) VALUES ('U096');

INSERT INTO etl.ref_icd10 (code) VALUES ('U097');

INSERT INTO etl.ref_icd10 (code) VALUES ('U098');

INSERT INTO etl.ref_icd10 (code) VALUES ('U099');

INSERT INTO etl.ref_icd10 (code) VALUES ('U82');

INSERT INTO etl.ref_icd10 (code) VALUES ('U820');

INSERT INTO etl.ref_icd10 (code) VALUES ('U821');

INSERT INTO etl.ref_icd10 (code) VALUES ('U822');

INSERT INTO etl.ref_icd10 (code) VALUES ('U828');

INSERT INTO etl.ref_icd10 (code) VALUES ('U829');

INSERT INTO etl.ref_icd10 (code) VALUES ('U83');

INSERT INTO etl.ref_icd10 (code) VALUES ('U830');

INSERT INTO etl.ref_icd10 (code) VALUES ('U831');

INSERT INTO etl.ref_icd10 (code) VALUES ('U832');

INSERT INTO etl.ref_icd10 (code) VALUES ('U837');

INSERT INTO etl.ref_icd10 (code) VALUES ('U838');

INSERT INTO etl.ref_icd10 (code) VALUES ('U839');

INSERT INTO etl.ref_icd10 (code) VALUES ('U84');

INSERT INTO etl.ref_icd10 (code) VALUES ('U840');

INSERT INTO etl.ref_icd10 (code) VALUES ('U841');

INSERT INTO etl.ref_icd10 (code) VALUES ('U842');

INSERT INTO etl.ref_icd10 (code) VALUES ('U843');

INSERT INTO etl.ref_icd10 (code) VALUES ('U847');

INSERT INTO etl.ref_icd10 (code) VALUES ('U848');

INSERT INTO etl.ref_icd10 (code) VALUES ('U849');

INSERT INTO etl.ref_icd10 (code) VALUES ('U85');

INSERT INTO etl.ref_icd10 (code) VALUES ('V01');

INSERT INTO etl.ref_icd10 (code) VALUES ('V010');

INSERT INTO etl.ref_icd10 (code) VALUES ('V011');

INSERT INTO etl.ref_icd10 (code) VALUES ('V019');

INSERT INTO etl.ref_icd10 (code) VALUES ('V02');

INSERT INTO etl.ref_icd10 (code) VALUES ('V020');

INSERT INTO etl.ref_icd10 (code) VALUES ('V021');

INSERT INTO etl.ref_icd10 (code) VALUES ('V029');

INSERT INTO etl.ref_icd10 (code) VALUES ('V03');

INSERT INTO etl.ref_icd10 (code) VALUES ('V030');

INSERT INTO etl.ref_icd10 (code) VALUES ('V031');

INSERT INTO etl.ref_icd10 (code) VALUES ('V039');

INSERT INTO etl.ref_icd10 (code) VALUES ('V04');

INSERT INTO etl.ref_icd10 (code) VALUES ('V040');

INSERT INTO etl.ref_icd10 (code) VALUES ('V041');

INSERT INTO etl.ref_icd10 (code) VALUES ('V049');

INSERT INTO etl.ref_icd10 (code) VALUES ('V05');

INSERT INTO etl.ref_icd10 (code) VALUES ('V050');

INSERT INTO etl.ref_icd10 (code) VALUES ('V051');

INSERT INTO etl.ref_icd10 (code) VALUES ('V059');

INSERT INTO etl.ref_icd10 (code) VALUES ('V06');

INSERT INTO etl.ref_icd10 (code) VALUES ('V060');

INSERT INTO etl.ref_icd10 (code) VALUES ('V061');

INSERT INTO etl.ref_icd10 (code) VALUES ('V069');

INSERT INTO etl.ref_icd10 (code) VALUES ('V09');

INSERT INTO etl.ref_icd10 (code) VALUES ('V090');

INSERT INTO etl.ref_icd10 (code) VALUES ('V091');

INSERT INTO etl.ref_icd10 (code) VALUES ('V092');

INSERT INTO etl.ref_icd10 (code) VALUES ('V093');

INSERT INTO etl.ref_icd10 (code) VALUES ('V099');

INSERT INTO etl.ref_icd10 (code) VALUES ('V10');

INSERT INTO etl.ref_icd10 (code) VALUES ('V100');

INSERT INTO etl.ref_icd10 (code) VALUES ('V101');

INSERT INTO etl.ref_icd10 (code) VALUES ('V102');

INSERT INTO etl.ref_icd10 (code) VALUES ('V103');

INSERT INTO etl.ref_icd10 (code) VALUES ('V104');

INSERT INTO etl.ref_icd10 (code) VALUES ('V105');

INSERT INTO etl.ref_icd10 (code) VALUES ('V109');

INSERT INTO etl.ref_icd10 (code) VALUES ('V11');

INSERT INTO etl.ref_icd10 (code) VALUES ('V110');

INSERT INTO etl.ref_icd10 (code) VALUES ('V111');

INSERT INTO etl.ref_icd10 (code) VALUES ('V112');

INSERT INTO etl.ref_icd10 (code) VALUES ('V113');

INSERT INTO etl.ref_icd10 (code) VALUES ('V114');

INSERT INTO etl.ref_icd10 (code) VALUES ('V115');

INSERT INTO etl.ref_icd10 (code) VALUES ('V119');

INSERT INTO etl.ref_icd10 (code) VALUES ('V12');

INSERT INTO etl.ref_icd10 (code) VALUES ('V120');

INSERT INTO etl.ref_icd10 (code) VALUES ('V121');

INSERT INTO etl.ref_icd10 (code) VALUES ('V122');

INSERT INTO etl.ref_icd10 (code) VALUES ('V123');

INSERT INTO etl.ref_icd10 (code) VALUES ('V124');

INSERT INTO etl.ref_icd10 (code) VALUES ('V125');

INSERT INTO etl.ref_icd10 (code) VALUES ('V129');

INSERT INTO etl.ref_icd10 (code) VALUES ('V13');

INSERT INTO etl.ref_icd10 (code) VALUES ('V130');

INSERT INTO etl.ref_icd10 (code) VALUES ('V131');

INSERT INTO etl.ref_icd10 (code) VALUES ('V132');

INSERT INTO etl.ref_icd10 (code) VALUES ('V133');

INSERT INTO etl.ref_icd10 (code) VALUES ('V134');

INSERT INTO etl.ref_icd10 (code) VALUES ('V135');

INSERT INTO etl.ref_icd10 (code) VALUES ('V139');

INSERT INTO etl.ref_icd10 (code) VALUES ('V14');

INSERT INTO etl.ref_icd10 (code) VALUES ('V140');

INSERT INTO etl.ref_icd10 (code) VALUES ('V141');

INSERT INTO etl.ref_icd10 (code) VALUES ('V142');

INSERT INTO etl.ref_icd10 (code) VALUES ('V143');

INSERT INTO etl.ref_icd10 (code) VALUES ('V144');

INSERT INTO etl.ref_icd10 (code) VALUES ('V145');

INSERT INTO etl.ref_icd10 (code) VALUES ('V149');

INSERT INTO etl.ref_icd10 (code) VALUES ('V15');

INSERT INTO etl.ref_icd10 (code) VALUES ('V150');

INSERT INTO etl.ref_icd10 (code) VALUES ('V151');

INSERT INTO etl.ref_icd10 (code) VALUES ('V152');

INSERT INTO etl.ref_icd10 (code) VALUES ('V153');

INSERT INTO etl.ref_icd10 (code) VALUES ('V154');

INSERT INTO etl.ref_icd10 (code) VALUES ('V155');

INSERT INTO etl.ref_icd10 (code) VALUES ('V159');

INSERT INTO etl.ref_icd10 (code) VALUES ('V16');

INSERT INTO etl.ref_icd10 (code) VALUES ('V160');

INSERT INTO etl.ref_icd10 (code) VALUES ('V161');

INSERT INTO etl.ref_icd10 (code) VALUES ('V162');

INSERT INTO etl.ref_icd10 (code) VALUES ('V163');

INSERT INTO etl.ref_icd10 (code) VALUES ('V164');

INSERT INTO etl.ref_icd10 (code) VALUES ('V165');

INSERT INTO etl.ref_icd10 (code) VALUES ('V169');

INSERT INTO etl.ref_icd10 (code) VALUES ('V17');

INSERT INTO etl.ref_icd10 (code) VALUES ('V170');

INSERT INTO etl.ref_icd10 (code) VALUES ('V171');

INSERT INTO etl.ref_icd10 (code) VALUES ('V172');

INSERT INTO etl.ref_icd10 (code) VALUES ('V173');

INSERT INTO etl.ref_icd10 (code) VALUES ('V174');

INSERT INTO etl.ref_icd10 (code) VALUES ('V175');

INSERT INTO etl.ref_icd10 (code) VALUES ('V179');

INSERT INTO etl.ref_icd10 (code) VALUES ('V18');

INSERT INTO etl.ref_icd10 (code) VALUES ('V180');

INSERT INTO etl.ref_icd10 (code) VALUES ('V181');

INSERT INTO etl.ref_icd10 (code) VALUES ('V182');

INSERT INTO etl.ref_icd10 (code) VALUES ('V183');

INSERT INTO etl.ref_icd10 (code) VALUES ('V184');

INSERT INTO etl.ref_icd10 (code) VALUES ('V185');

INSERT INTO etl.ref_icd10 (code) VALUES ('V189');

INSERT INTO etl.ref_icd10 (code) VALUES ('V19');

INSERT INTO etl.ref_icd10 (code) VALUES ('V190');

INSERT INTO etl.ref_icd10 (code) VALUES ('V191');

INSERT INTO etl.ref_icd10 (code) VALUES ('V192');

INSERT INTO etl.ref_icd10 (code) VALUES ('V193');

INSERT INTO etl.ref_icd10 (code) VALUES ('V194');

INSERT INTO etl.ref_icd10 (code) VALUES ('V195');

INSERT INTO etl.ref_icd10 (code) VALUES ('V196');

INSERT INTO etl.ref_icd10 (code) VALUES ('V198');

INSERT INTO etl.ref_icd10 (code) VALUES ('V199');

INSERT INTO etl.ref_icd10 (code) VALUES ('V20');

INSERT INTO etl.ref_icd10 (code) VALUES ('V200');

INSERT INTO etl.ref_icd10 (code) VALUES ('V201');

INSERT INTO etl.ref_icd10 (code) VALUES ('V202');

INSERT INTO etl.ref_icd10 (code) VALUES ('V203');

INSERT INTO etl.ref_icd10 (code) VALUES ('V204');

INSERT INTO etl.ref_icd10 (code) VALUES ('V205');

INSERT INTO etl.ref_icd10 (code) VALUES ('V209');

INSERT INTO etl.ref_icd10 (code) VALUES ('V21');

INSERT INTO etl.ref_icd10 (code) VALUES ('V210');

INSERT INTO etl.ref_icd10 (code) VALUES ('V211');

INSERT INTO etl.ref_icd10 (code) VALUES ('V212');

INSERT INTO etl.ref_icd10 (code) VALUES ('V213');

INSERT INTO etl.ref_icd10 (code) VALUES ('V214');

INSERT INTO etl.ref_icd10 (code) VALUES ('V215');

INSERT INTO etl.ref_icd10 (code) VALUES ('V219');

INSERT INTO etl.ref_icd10 (code) VALUES ('V22');

INSERT INTO etl.ref_icd10 (code) VALUES ('V220');

INSERT INTO etl.ref_icd10 (code) VALUES ('V221');

INSERT INTO etl.ref_icd10 (code) VALUES ('V222');

INSERT INTO etl.ref_icd10 (code) VALUES ('V223');

INSERT INTO etl.ref_icd10 (code) VALUES ('V224');

INSERT INTO etl.ref_icd10 (code) VALUES ('V225');

INSERT INTO etl.ref_icd10 (code) VALUES ('V229');

INSERT INTO etl.ref_icd10 (code) VALUES ('V23');

INSERT INTO etl.ref_icd10 (code) VALUES ('V230');

INSERT INTO etl.ref_icd10 (code) VALUES ('V231');

INSERT INTO etl.ref_icd10 (code) VALUES ('V232');

INSERT INTO etl.ref_icd10 (code) VALUES ('V233');

INSERT INTO etl.ref_icd10 (code) VALUES ('V234');

INSERT INTO etl.ref_icd10 (code) VALUES ('V235');

INSERT INTO etl.ref_icd10 (code) VALUES ('V239');

INSERT INTO etl.ref_icd10 (code) VALUES ('V24');

INSERT INTO etl.ref_icd10 (code) VALUES ('V240');

INSERT INTO etl.ref_icd10 (code) VALUES ('V241');

INSERT INTO etl.ref_icd10 (code) VALUES ('V242');

INSERT INTO etl.ref_icd10 (code) VALUES ('V243');

INSERT INTO etl.ref_icd10 (code) VALUES ('V244');

INSERT INTO etl.ref_icd10 (code) VALUES ('V245');

INSERT INTO etl.ref_icd10 (code) VALUES ('V249');

INSERT INTO etl.ref_icd10 (code) VALUES ('V25');

INSERT INTO etl.ref_icd10 (code) VALUES ('V250');

INSERT INTO etl.ref_icd10 (code) VALUES ('V251');

INSERT INTO etl.ref_icd10 (code) VALUES ('V252');

INSERT INTO etl.ref_icd10 (code) VALUES ('V253');

INSERT INTO etl.ref_icd10 (code) VALUES ('V254');

INSERT INTO etl.ref_icd10 (code) VALUES ('V255');

INSERT INTO etl.ref_icd10 (code) VALUES ('V259');

INSERT INTO etl.ref_icd10 (code) VALUES ('V26');

INSERT INTO etl.ref_icd10 (code) VALUES ('V260');

INSERT INTO etl.ref_icd10 (code) VALUES ('V261');

INSERT INTO etl.ref_icd10 (code) VALUES ('V262');

INSERT INTO etl.ref_icd10 (code) VALUES ('V263');

INSERT INTO etl.ref_icd10 (code) VALUES ('V264');

INSERT INTO etl.ref_icd10 (code) VALUES ('V265');

INSERT INTO etl.ref_icd10 (code) VALUES ('V269');

INSERT INTO etl.ref_icd10 (code) VALUES ('V27');

INSERT INTO etl.ref_icd10 (code) VALUES ('V270');

INSERT INTO etl.ref_icd10 (code) VALUES ('V271');

INSERT INTO etl.ref_icd10 (code) VALUES ('V272');

INSERT INTO etl.ref_icd10 (code) VALUES ('V273');

INSERT INTO etl.ref_icd10 (code) VALUES ('V274');

INSERT INTO etl.ref_icd10 (code) VALUES ('V275');

INSERT INTO etl.ref_icd10 (code) VALUES ('V279');

INSERT INTO etl.ref_icd10 (code) VALUES ('V28');

INSERT INTO etl.ref_icd10 (code) VALUES ('V280');

INSERT INTO etl.ref_icd10 (code) VALUES ('V281');

INSERT INTO etl.ref_icd10 (code) VALUES ('V282');

INSERT INTO etl.ref_icd10 (code) VALUES ('V283');

INSERT INTO etl.ref_icd10 (code) VALUES ('V284');

INSERT INTO etl.ref_icd10 (code) VALUES ('V285');

INSERT INTO etl.ref_icd10 (code) VALUES ('V289');

INSERT INTO etl.ref_icd10 (code) VALUES ('V29');

INSERT INTO etl.ref_icd10 (code) VALUES ('V290');

INSERT INTO etl.ref_icd10 (code) VALUES ('V291');

INSERT INTO etl.ref_icd10 (code) VALUES ('V292');

INSERT INTO etl.ref_icd10 (code) VALUES ('V293');

INSERT INTO etl.ref_icd10 (code) VALUES ('V294');

INSERT INTO etl.ref_icd10 (code) VALUES ('V295');

INSERT INTO etl.ref_icd10 (code) VALUES ('V296');

INSERT INTO etl.ref_icd10 (code) VALUES ('V298');

INSERT INTO etl.ref_icd10 (code) VALUES ('V299');

INSERT INTO etl.ref_icd10 (code) VALUES ('V30');

INSERT INTO etl.ref_icd10 (code) VALUES ('V300');

INSERT INTO etl.ref_icd10 (code) VALUES ('V301');

INSERT INTO etl.ref_icd10 (code) VALUES ('V302');

INSERT INTO etl.ref_icd10 (code) VALUES ('V303');

INSERT INTO etl.ref_icd10 (code) VALUES ('V304');

INSERT INTO etl.ref_icd10 (code) VALUES ('V305');

INSERT INTO etl.ref_icd10 (code) VALUES ('V306');

INSERT INTO etl.ref_icd10 (code) VALUES ('V307');

INSERT INTO etl.ref_icd10 (code) VALUES ('V309');

INSERT INTO etl.ref_icd10 (code) VALUES ('V31');

INSERT INTO etl.ref_icd10 (code) VALUES ('V310');

INSERT INTO etl.ref_icd10 (code) VALUES ('V311');

INSERT INTO etl.ref_icd10 (code) VALUES ('V312');

INSERT INTO etl.ref_icd10 (code) VALUES ('V313');

INSERT INTO etl.ref_icd10 (code) VALUES ('V314');

INSERT INTO etl.ref_icd10 (code) VALUES ('V315');

INSERT INTO etl.ref_icd10 (code) VALUES ('V316');

INSERT INTO etl.ref_icd10 (code) VALUES ('V317');

INSERT INTO etl.ref_icd10 (code) VALUES ('V319');

INSERT INTO etl.ref_icd10 (code) VALUES ('V32');

INSERT INTO etl.ref_icd10 (code) VALUES ('V320');

INSERT INTO etl.ref_icd10 (code) VALUES ('V321');

INSERT INTO etl.ref_icd10 (code) VALUES ('V322');

INSERT INTO etl.ref_icd10 (code) VALUES ('V323');

INSERT INTO etl.ref_icd10 (code) VALUES ('V324');

INSERT INTO etl.ref_icd10 (code) VALUES ('V325');

INSERT INTO etl.ref_icd10 (code) VALUES ('V326');

INSERT INTO etl.ref_icd10 (code) VALUES ('V327');

INSERT INTO etl.ref_icd10 (code) VALUES ('V329');

INSERT INTO etl.ref_icd10 (code) VALUES ('V33');

INSERT INTO etl.ref_icd10 (code) VALUES ('V330');

INSERT INTO etl.ref_icd10 (code) VALUES ('V331');

INSERT INTO etl.ref_icd10 (code) VALUES ('V332');

INSERT INTO etl.ref_icd10 (code) VALUES ('V333');

INSERT INTO etl.ref_icd10 (code) VALUES ('V334');

INSERT INTO etl.ref_icd10 (code) VALUES ('V335');

INSERT INTO etl.ref_icd10 (code) VALUES ('V336');

INSERT INTO etl.ref_icd10 (code) VALUES ('V337');

INSERT INTO etl.ref_icd10 (code) VALUES ('V339');

INSERT INTO etl.ref_icd10 (code) VALUES ('V34');

INSERT INTO etl.ref_icd10 (code) VALUES ('V340');

INSERT INTO etl.ref_icd10 (code) VALUES ('V341');

INSERT INTO etl.ref_icd10 (code) VALUES ('V342');

INSERT INTO etl.ref_icd10 (code) VALUES ('V343');

INSERT INTO etl.ref_icd10 (code) VALUES ('V344');

INSERT INTO etl.ref_icd10 (code) VALUES ('V345');

INSERT INTO etl.ref_icd10 (code) VALUES ('V346');

INSERT INTO etl.ref_icd10 (code) VALUES ('V347');

INSERT INTO etl.ref_icd10 (code) VALUES ('V349');

INSERT INTO etl.ref_icd10 (code) VALUES ('V35');

INSERT INTO etl.ref_icd10 (code) VALUES ('V350');

INSERT INTO etl.ref_icd10 (code) VALUES ('V351');

INSERT INTO etl.ref_icd10 (code) VALUES ('V352');

INSERT INTO etl.ref_icd10 (code) VALUES ('V353');

INSERT INTO etl.ref_icd10 (code) VALUES ('V354');

INSERT INTO etl.ref_icd10 (code) VALUES ('V355');

INSERT INTO etl.ref_icd10 (code) VALUES ('V356');

INSERT INTO etl.ref_icd10 (code) VALUES ('V357');

INSERT INTO etl.ref_icd10 (code) VALUES ('V359');

INSERT INTO etl.ref_icd10 (code) VALUES ('V36');

INSERT INTO etl.ref_icd10 (code) VALUES ('V360');

INSERT INTO etl.ref_icd10 (code) VALUES ('V361');

INSERT INTO etl.ref_icd10 (code) VALUES ('V362');

INSERT INTO etl.ref_icd10 (code) VALUES ('V363');

INSERT INTO etl.ref_icd10 (code) VALUES ('V364');

INSERT INTO etl.ref_icd10 (code) VALUES ('V365');

INSERT INTO etl.ref_icd10 (code) VALUES ('V366');

INSERT INTO etl.ref_icd10 (code) VALUES ('V367');

INSERT INTO etl.ref_icd10 (code) VALUES ('V369');

INSERT INTO etl.ref_icd10 (code) VALUES ('V37');

INSERT INTO etl.ref_icd10 (code) VALUES ('V370');

INSERT INTO etl.ref_icd10 (code) VALUES ('V371');

INSERT INTO etl.ref_icd10 (code) VALUES ('V372');

INSERT INTO etl.ref_icd10 (code) VALUES ('V373');

INSERT INTO etl.ref_icd10 (code) VALUES ('V374');

INSERT INTO etl.ref_icd10 (code) VALUES ('V375');

INSERT INTO etl.ref_icd10 (code) VALUES ('V376');

INSERT INTO etl.ref_icd10 (code) VALUES ('V377');

INSERT INTO etl.ref_icd10 (code) VALUES ('V379');

INSERT INTO etl.ref_icd10 (code) VALUES ('V38');

INSERT INTO etl.ref_icd10 (code) VALUES ('V380');

INSERT INTO etl.ref_icd10 (code) VALUES ('V381');

INSERT INTO etl.ref_icd10 (code) VALUES ('V382');

INSERT INTO etl.ref_icd10 (code) VALUES ('V383');

INSERT INTO etl.ref_icd10 (code) VALUES ('V384');

INSERT INTO etl.ref_icd10 (code) VALUES ('V385');

INSERT INTO etl.ref_icd10 (code) VALUES ('V386');

INSERT INTO etl.ref_icd10 (code) VALUES ('V387');

INSERT INTO etl.ref_icd10 (code) VALUES ('V389');

INSERT INTO etl.ref_icd10 (code) VALUES ('V39');

INSERT INTO etl.ref_icd10 (code) VALUES ('V390');

INSERT INTO etl.ref_icd10 (code) VALUES ('V391');

INSERT INTO etl.ref_icd10 (code) VALUES ('V392');

INSERT INTO etl.ref_icd10 (code) VALUES ('V393');

INSERT INTO etl.ref_icd10 (code) VALUES ('V394');

INSERT INTO etl.ref_icd10 (code) VALUES ('V395');

INSERT INTO etl.ref_icd10 (code) VALUES ('V396');

INSERT INTO etl.ref_icd10 (code) VALUES ('V398');

INSERT INTO etl.ref_icd10 (code) VALUES ('V399');

INSERT INTO etl.ref_icd10 (code) VALUES ('V40');

INSERT INTO etl.ref_icd10 (code) VALUES ('V400');

INSERT INTO etl.ref_icd10 (code) VALUES ('V401');

INSERT INTO etl.ref_icd10 (code) VALUES ('V402');

INSERT INTO etl.ref_icd10 (code) VALUES ('V403');

INSERT INTO etl.ref_icd10 (code) VALUES ('V404');

INSERT INTO etl.ref_icd10 (code) VALUES ('V405');

INSERT INTO etl.ref_icd10 (code) VALUES ('V406');

INSERT INTO etl.ref_icd10 (code) VALUES ('V407');

INSERT INTO etl.ref_icd10 (code) VALUES ('V409');

INSERT INTO etl.ref_icd10 (code) VALUES ('V41');

INSERT INTO etl.ref_icd10 (code) VALUES ('V410');

INSERT INTO etl.ref_icd10 (code) VALUES ('V411');

INSERT INTO etl.ref_icd10 (code) VALUES ('V412');

INSERT INTO etl.ref_icd10 (code) VALUES ('V413');

INSERT INTO etl.ref_icd10 (code) VALUES ('V414');

INSERT INTO etl.ref_icd10 (code) VALUES ('V415');

INSERT INTO etl.ref_icd10 (code) VALUES ('V416');

INSERT INTO etl.ref_icd10 (code) VALUES ('V417');

INSERT INTO etl.ref_icd10 (code) VALUES ('V419');

INSERT INTO etl.ref_icd10 (code) VALUES ('V42');

INSERT INTO etl.ref_icd10 (code) VALUES ('V420');

INSERT INTO etl.ref_icd10 (code) VALUES ('V421');

INSERT INTO etl.ref_icd10 (code) VALUES ('V422');

INSERT INTO etl.ref_icd10 (code) VALUES ('V423');

INSERT INTO etl.ref_icd10 (code) VALUES ('V424');

INSERT INTO etl.ref_icd10 (code) VALUES ('V425');

INSERT INTO etl.ref_icd10 (code) VALUES ('V426');

INSERT INTO etl.ref_icd10 (code) VALUES ('V427');

INSERT INTO etl.ref_icd10 (code) VALUES ('V429');

INSERT INTO etl.ref_icd10 (code) VALUES ('V43');

INSERT INTO etl.ref_icd10 (code) VALUES ('V430');

INSERT INTO etl.ref_icd10 (code) VALUES ('V431');

INSERT INTO etl.ref_icd10 (code) VALUES ('V432');

INSERT INTO etl.ref_icd10 (code) VALUES ('V433');

INSERT INTO etl.ref_icd10 (code) VALUES ('V434');

INSERT INTO etl.ref_icd10 (code) VALUES ('V435');

INSERT INTO etl.ref_icd10 (code) VALUES ('V436');

INSERT INTO etl.ref_icd10 (code) VALUES ('V437');

INSERT INTO etl.ref_icd10 (code) VALUES ('V439');

INSERT INTO etl.ref_icd10 (code) VALUES ('V44');

INSERT INTO etl.ref_icd10 (code) VALUES ('V440');

INSERT INTO etl.ref_icd10 (code) VALUES ('V441');

INSERT INTO etl.ref_icd10 (code) VALUES ('V442');

INSERT INTO etl.ref_icd10 (code) VALUES ('V443');

INSERT INTO etl.ref_icd10 (code) VALUES ('V444');

INSERT INTO etl.ref_icd10 (code) VALUES ('V445');

INSERT INTO etl.ref_icd10 (code) VALUES ('V446');

INSERT INTO etl.ref_icd10 (code) VALUES ('V447');

INSERT INTO etl.ref_icd10 (code) VALUES ('V449');

INSERT INTO etl.ref_icd10 (code) VALUES ('V45');

INSERT INTO etl.ref_icd10 (code) VALUES ('V450');

INSERT INTO etl.ref_icd10 (code) VALUES ('V451');

INSERT INTO etl.ref_icd10 (code) VALUES ('V452');

INSERT INTO etl.ref_icd10 (code) VALUES ('V453');

INSERT INTO etl.ref_icd10 (code) VALUES ('V454');

INSERT INTO etl.ref_icd10 (code) VALUES ('V455');

INSERT INTO etl.ref_icd10 (code) VALUES ('V456');

INSERT INTO etl.ref_icd10 (code) VALUES ('V457');

INSERT INTO etl.ref_icd10 (code) VALUES ('V459');

INSERT INTO etl.ref_icd10 (code) VALUES ('V46');

INSERT INTO etl.ref_icd10 (code) VALUES ('V460');

INSERT INTO etl.ref_icd10 (code) VALUES ('V461');

INSERT INTO etl.ref_icd10 (code) VALUES ('V462');

INSERT INTO etl.ref_icd10 (code) VALUES ('V463');

INSERT INTO etl.ref_icd10 (code) VALUES ('V464');

INSERT INTO etl.ref_icd10 (code) VALUES ('V465');

INSERT INTO etl.ref_icd10 (code) VALUES ('V466');

INSERT INTO etl.ref_icd10 (code) VALUES ('V467');

INSERT INTO etl.ref_icd10 (code) VALUES ('V469');

INSERT INTO etl.ref_icd10 (code) VALUES ('V47');

INSERT INTO etl.ref_icd10 (code) VALUES ('V470');

INSERT INTO etl.ref_icd10 (code) VALUES ('V471');

INSERT INTO etl.ref_icd10 (code) VALUES ('V472');

INSERT INTO etl.ref_icd10 (code) VALUES ('V473');

INSERT INTO etl.ref_icd10 (code) VALUES ('V474');

INSERT INTO etl.ref_icd10 (code) VALUES ('V475');

INSERT INTO etl.ref_icd10 (code) VALUES ('V476');

INSERT INTO etl.ref_icd10 (code) VALUES ('V477');

INSERT INTO etl.ref_icd10 (code) VALUES ('V479');

INSERT INTO etl.ref_icd10 (code) VALUES ('V48');

INSERT INTO etl.ref_icd10 (code) VALUES ('V480');

INSERT INTO etl.ref_icd10 (code) VALUES ('V481');

INSERT INTO etl.ref_icd10 (code) VALUES ('V482');

INSERT INTO etl.ref_icd10 (code) VALUES ('V483');

INSERT INTO etl.ref_icd10 (code) VALUES ('V484');

INSERT INTO etl.ref_icd10 (code) VALUES ('V485');

INSERT INTO etl.ref_icd10 (code) VALUES ('V486');

INSERT INTO etl.ref_icd10 (code) VALUES ('V487');

INSERT INTO etl.ref_icd10 (code) VALUES ('V489');

INSERT INTO etl.ref_icd10 (code) VALUES ('V49');

INSERT INTO etl.ref_icd10 (code) VALUES ('V490');

INSERT INTO etl.ref_icd10 (code) VALUES ('V491');

INSERT INTO etl.ref_icd10 (code) VALUES ('V492');

INSERT INTO etl.ref_icd10 (code) VALUES ('V493');

INSERT INTO etl.ref_icd10 (code) VALUES ('V494');

INSERT INTO etl.ref_icd10 (code) VALUES ('V495');

INSERT INTO etl.ref_icd10 (code) VALUES ('V496');

INSERT INTO etl.ref_icd10 (code) VALUES ('V498');

INSERT INTO etl.ref_icd10 (code) VALUES ('V499');

INSERT INTO etl.ref_icd10 (code) VALUES ('V50');

INSERT INTO etl.ref_icd10 (code) VALUES ('V500');

INSERT INTO etl.ref_icd10 (code) VALUES ('V501');

INSERT INTO etl.ref_icd10 (code) VALUES ('V502');

INSERT INTO etl.ref_icd10 (code) VALUES ('V503');

INSERT INTO etl.ref_icd10 (code) VALUES ('V504');

INSERT INTO etl.ref_icd10 (code) VALUES ('V505');

INSERT INTO etl.ref_icd10 (code) VALUES ('V506');

INSERT INTO etl.ref_icd10 (code) VALUES ('V507');

INSERT INTO etl.ref_icd10 (code) VALUES ('V509');

INSERT INTO etl.ref_icd10 (code) VALUES ('V51');

INSERT INTO etl.ref_icd10 (code) VALUES ('V510');

INSERT INTO etl.ref_icd10 (code) VALUES ('V511');

INSERT INTO etl.ref_icd10 (code) VALUES ('V512');

INSERT INTO etl.ref_icd10 (code) VALUES ('V513');

INSERT INTO etl.ref_icd10 (code) VALUES ('V514');

INSERT INTO etl.ref_icd10 (code) VALUES ('V515');

INSERT INTO etl.ref_icd10 (code) VALUES ('V516');

INSERT INTO etl.ref_icd10 (code) VALUES ('V517');

INSERT INTO etl.ref_icd10 (code) VALUES ('V519');

INSERT INTO etl.ref_icd10 (code) VALUES ('V52');

INSERT INTO etl.ref_icd10 (code) VALUES ('V520');

INSERT INTO etl.ref_icd10 (code) VALUES ('V521');

INSERT INTO etl.ref_icd10 (code) VALUES ('V522');

INSERT INTO etl.ref_icd10 (code) VALUES ('V523');

INSERT INTO etl.ref_icd10 (code) VALUES ('V524');

INSERT INTO etl.ref_icd10 (code) VALUES ('V525');

INSERT INTO etl.ref_icd10 (code) VALUES ('V526');

INSERT INTO etl.ref_icd10 (code) VALUES ('V527');

INSERT INTO etl.ref_icd10 (code) VALUES ('V529');

INSERT INTO etl.ref_icd10 (code) VALUES ('V53');

INSERT INTO etl.ref_icd10 (code) VALUES ('V530');

INSERT INTO etl.ref_icd10 (code) VALUES ('V531');

INSERT INTO etl.ref_icd10 (code) VALUES ('V532');

INSERT INTO etl.ref_icd10 (code) VALUES ('V533');

INSERT INTO etl.ref_icd10 (code) VALUES ('V534');

INSERT INTO etl.ref_icd10 (code) VALUES ('V535');

INSERT INTO etl.ref_icd10 (code) VALUES ('V536');

INSERT INTO etl.ref_icd10 (code) VALUES ('V537');

INSERT INTO etl.ref_icd10 (code) VALUES ('V539');

INSERT INTO etl.ref_icd10 (code) VALUES ('V54');

INSERT INTO etl.ref_icd10 (code) VALUES ('V540');

INSERT INTO etl.ref_icd10 (code) VALUES ('V541');

INSERT INTO etl.ref_icd10 (code) VALUES ('V542');

INSERT INTO etl.ref_icd10 (code) VALUES ('V543');

INSERT INTO etl.ref_icd10 (code) VALUES ('V544');

INSERT INTO etl.ref_icd10 (code) VALUES ('V545');

INSERT INTO etl.ref_icd10 (code) VALUES ('V546');

INSERT INTO etl.ref_icd10 (code) VALUES ('V547');

INSERT INTO etl.ref_icd10 (code) VALUES ('V549');

INSERT INTO etl.ref_icd10 (code) VALUES ('V55');

INSERT INTO etl.ref_icd10 (code) VALUES ('V550');

INSERT INTO etl.ref_icd10 (code) VALUES ('V551');

INSERT INTO etl.ref_icd10 (code) VALUES ('V552');

INSERT INTO etl.ref_icd10 (code) VALUES ('V553');

INSERT INTO etl.ref_icd10 (code) VALUES ('V554');

INSERT INTO etl.ref_icd10 (code) VALUES ('V555');

INSERT INTO etl.ref_icd10 (code) VALUES ('V556');

INSERT INTO etl.ref_icd10 (code) VALUES ('V557');

INSERT INTO etl.ref_icd10 (code) VALUES ('V559');

INSERT INTO etl.ref_icd10 (code) VALUES ('V56');

INSERT INTO etl.ref_icd10 (code) VALUES ('V560');

INSERT INTO etl.ref_icd10 (code) VALUES ('V561');

INSERT INTO etl.ref_icd10 (code) VALUES ('V562');

INSERT INTO etl.ref_icd10 (code) VALUES ('V563');

INSERT INTO etl.ref_icd10 (code) VALUES ('V564');

INSERT INTO etl.ref_icd10 (code) VALUES ('V565');

INSERT INTO etl.ref_icd10 (code) VALUES ('V566');

INSERT INTO etl.ref_icd10 (code) VALUES ('V567');

INSERT INTO etl.ref_icd10 (code) VALUES ('V569');

INSERT INTO etl.ref_icd10 (code) VALUES ('V57');

INSERT INTO etl.ref_icd10 (code) VALUES ('V570');

INSERT INTO etl.ref_icd10 (code) VALUES ('V571');

INSERT INTO etl.ref_icd10 (code) VALUES ('V572');

INSERT INTO etl.ref_icd10 (code) VALUES ('V573');

INSERT INTO etl.ref_icd10 (code) VALUES ('V574');

INSERT INTO etl.ref_icd10 (code) VALUES ('V575');

INSERT INTO etl.ref_icd10 (code) VALUES ('V576');

INSERT INTO etl.ref_icd10 (code) VALUES ('V577');

INSERT INTO etl.ref_icd10 (code) VALUES ('V579');

INSERT INTO etl.ref_icd10 (code) VALUES ('V58');

INSERT INTO etl.ref_icd10 (code) VALUES ('V580');

INSERT INTO etl.ref_icd10 (code) VALUES ('V581');

INSERT INTO etl.ref_icd10 (code) VALUES ('V582');

INSERT INTO etl.ref_icd10 (code) VALUES ('V583');

INSERT INTO etl.ref_icd10 (code) VALUES ('V584');

INSERT INTO etl.ref_icd10 (code) VALUES ('V585');

INSERT INTO etl.ref_icd10 (code) VALUES ('V586');

INSERT INTO etl.ref_icd10 (code) VALUES ('V587');

INSERT INTO etl.ref_icd10 (code) VALUES ('V589');

INSERT INTO etl.ref_icd10 (code) VALUES ('V59');

INSERT INTO etl.ref_icd10 (code) VALUES ('V590');

INSERT INTO etl.ref_icd10 (code) VALUES ('V591');

INSERT INTO etl.ref_icd10 (code) VALUES ('V592');

INSERT INTO etl.ref_icd10 (code) VALUES ('V593');

INSERT INTO etl.ref_icd10 (code) VALUES ('V594');

INSERT INTO etl.ref_icd10 (code) VALUES ('V595');

INSERT INTO etl.ref_icd10 (code) VALUES ('V596');

INSERT INTO etl.ref_icd10 (code) VALUES ('V598');

INSERT INTO etl.ref_icd10 (code) VALUES ('V599');

INSERT INTO etl.ref_icd10 (code) VALUES ('V60');

INSERT INTO etl.ref_icd10 (code) VALUES ('V600');

INSERT INTO etl.ref_icd10 (code) VALUES ('V601');

INSERT INTO etl.ref_icd10 (code) VALUES ('V602');

INSERT INTO etl.ref_icd10 (code) VALUES ('V603');

INSERT INTO etl.ref_icd10 (code) VALUES ('V604');

INSERT INTO etl.ref_icd10 (code) VALUES ('V605');

INSERT INTO etl.ref_icd10 (code) VALUES ('V606');

INSERT INTO etl.ref_icd10 (code) VALUES ('V607');

INSERT INTO etl.ref_icd10 (code) VALUES ('V609');

INSERT INTO etl.ref_icd10 (code) VALUES ('V61');

INSERT INTO etl.ref_icd10 (code) VALUES ('V610');

INSERT INTO etl.ref_icd10 (code) VALUES ('V611');

INSERT INTO etl.ref_icd10 (code) VALUES ('V612');

INSERT INTO etl.ref_icd10 (code) VALUES ('V613');

INSERT INTO etl.ref_icd10 (code) VALUES ('V614');

INSERT INTO etl.ref_icd10 (code) VALUES ('V615');

INSERT INTO etl.ref_icd10 (code) VALUES ('V616');

INSERT INTO etl.ref_icd10 (code) VALUES ('V617');

INSERT INTO etl.ref_icd10 (code) VALUES ('V619');

INSERT INTO etl.ref_icd10 (code) VALUES ('V62');

INSERT INTO etl.ref_icd10 (code) VALUES ('V620');

INSERT INTO etl.ref_icd10 (code) VALUES ('V621');

INSERT INTO etl.ref_icd10 (code) VALUES ('V622');

INSERT INTO etl.ref_icd10 (code) VALUES ('V623');

INSERT INTO etl.ref_icd10 (code) VALUES ('V624');

INSERT INTO etl.ref_icd10 (code) VALUES ('V625');

INSERT INTO etl.ref_icd10 (code) VALUES ('V626');

INSERT INTO etl.ref_icd10 (code) VALUES ('V627');

INSERT INTO etl.ref_icd10 (code) VALUES ('V629');

INSERT INTO etl.ref_icd10 (code) VALUES ('V63');

INSERT INTO etl.ref_icd10 (code) VALUES ('V630');

INSERT INTO etl.ref_icd10 (code) VALUES ('V631');

INSERT INTO etl.ref_icd10 (code) VALUES ('V632');

INSERT INTO etl.ref_icd10 (code) VALUES ('V633');

INSERT INTO etl.ref_icd10 (code) VALUES ('V634');

INSERT INTO etl.ref_icd10 (code) VALUES ('V635');

INSERT INTO etl.ref_icd10 (code) VALUES ('V636');

INSERT INTO etl.ref_icd10 (code) VALUES ('V637');

INSERT INTO etl.ref_icd10 (code) VALUES ('V639');

INSERT INTO etl.ref_icd10 (code) VALUES ('V64');

INSERT INTO etl.ref_icd10 (code) VALUES ('V640');

INSERT INTO etl.ref_icd10 (code) VALUES ('V641');

INSERT INTO etl.ref_icd10 (code) VALUES ('V642');

INSERT INTO etl.ref_icd10 (code) VALUES ('V643');

INSERT INTO etl.ref_icd10 (code) VALUES ('V644');

INSERT INTO etl.ref_icd10 (code) VALUES ('V645');

INSERT INTO etl.ref_icd10 (code) VALUES ('V646');

INSERT INTO etl.ref_icd10 (code) VALUES ('V647');

INSERT INTO etl.ref_icd10 (code) VALUES ('V649');

INSERT INTO etl.ref_icd10 (code) VALUES ('V65');

INSERT INTO etl.ref_icd10 (code) VALUES ('V650');

INSERT INTO etl.ref_icd10 (code) VALUES ('V651');

INSERT INTO etl.ref_icd10 (code) VALUES ('V652');

INSERT INTO etl.ref_icd10 (code) VALUES ('V653');

INSERT INTO etl.ref_icd10 (code) VALUES ('V654');

INSERT INTO etl.ref_icd10 (code) VALUES ('V655');

INSERT INTO etl.ref_icd10 (code) VALUES ('V656');

INSERT INTO etl.ref_icd10 (code) VALUES ('V657');

INSERT INTO etl.ref_icd10 (code) VALUES ('V659');

INSERT INTO etl.ref_icd10 (code) VALUES ('V66');

INSERT INTO etl.ref_icd10 (code) VALUES ('V660');

INSERT INTO etl.ref_icd10 (code) VALUES ('V661');

INSERT INTO etl.ref_icd10 (code) VALUES ('V662');

INSERT INTO etl.ref_icd10 (code) VALUES ('V663');

INSERT INTO etl.ref_icd10 (code) VALUES ('V664');

INSERT INTO etl.ref_icd10 (code) VALUES ('V665');

INSERT INTO etl.ref_icd10 (code) VALUES ('V666');

INSERT INTO etl.ref_icd10 (code) VALUES ('V667');

INSERT INTO etl.ref_icd10 (code) VALUES ('V669');

INSERT INTO etl.ref_icd10 (code) VALUES ('V67');

INSERT INTO etl.ref_icd10 (code) VALUES ('V670');

INSERT INTO etl.ref_icd10 (code) VALUES ('V671');

INSERT INTO etl.ref_icd10 (code) VALUES ('V672');

INSERT INTO etl.ref_icd10 (code) VALUES ('V673');

INSERT INTO etl.ref_icd10 (code) VALUES ('V674');

INSERT INTO etl.ref_icd10 (code) VALUES ('V675');

INSERT INTO etl.ref_icd10 (code) VALUES ('V676');

INSERT INTO etl.ref_icd10 (code) VALUES ('V677');

INSERT INTO etl.ref_icd10 (code) VALUES ('V679');

INSERT INTO etl.ref_icd10 (code) VALUES ('V68');

INSERT INTO etl.ref_icd10 (code) VALUES ('V680');

INSERT INTO etl.ref_icd10 (code) VALUES ('V681');

INSERT INTO etl.ref_icd10 (code) VALUES ('V682');

INSERT INTO etl.ref_icd10 (code) VALUES ('V683');

INSERT INTO etl.ref_icd10 (code) VALUES ('V684');

INSERT INTO etl.ref_icd10 (code) VALUES ('V685');

INSERT INTO etl.ref_icd10 (code) VALUES ('V686');

INSERT INTO etl.ref_icd10 (code) VALUES ('V687');

INSERT INTO etl.ref_icd10 (code) VALUES ('V689');

INSERT INTO etl.ref_icd10 (code) VALUES ('V69');

INSERT INTO etl.ref_icd10 (code) VALUES ('V690');

INSERT INTO etl.ref_icd10 (code) VALUES ('V691');

INSERT INTO etl.ref_icd10 (code) VALUES ('V692');

INSERT INTO etl.ref_icd10 (code) VALUES ('V693');

INSERT INTO etl.ref_icd10 (code) VALUES ('V694');

INSERT INTO etl.ref_icd10 (code) VALUES ('V695');

INSERT INTO etl.ref_icd10 (code) VALUES ('V696');

INSERT INTO etl.ref_icd10 (code) VALUES ('V698');

INSERT INTO etl.ref_icd10 (code) VALUES ('V699');

INSERT INTO etl.ref_icd10 (code) VALUES ('V70');

INSERT INTO etl.ref_icd10 (code) VALUES ('V700');

INSERT INTO etl.ref_icd10 (code) VALUES ('V701');

INSERT INTO etl.ref_icd10 (code) VALUES ('V702');

INSERT INTO etl.ref_icd10 (code) VALUES ('V703');

INSERT INTO etl.ref_icd10 (code) VALUES ('V704');

INSERT INTO etl.ref_icd10 (code) VALUES ('V705');

INSERT INTO etl.ref_icd10 (code) VALUES ('V706');

INSERT INTO etl.ref_icd10 (code) VALUES ('V707');

INSERT INTO etl.ref_icd10 (code) VALUES ('V709');

INSERT INTO etl.ref_icd10 (code) VALUES ('V71');

INSERT INTO etl.ref_icd10 (code) VALUES ('V710');

INSERT INTO etl.ref_icd10 (code) VALUES ('V711');

INSERT INTO etl.ref_icd10 (code) VALUES ('V712');

INSERT INTO etl.ref_icd10 (code) VALUES ('V713');

INSERT INTO etl.ref_icd10 (code) VALUES ('V714');

INSERT INTO etl.ref_icd10 (code) VALUES ('V715');

INSERT INTO etl.ref_icd10 (code) VALUES ('V716');

INSERT INTO etl.ref_icd10 (code) VALUES ('V717');

INSERT INTO etl.ref_icd10 (code) VALUES ('V719');

INSERT INTO etl.ref_icd10 (code) VALUES ('V72');

INSERT INTO etl.ref_icd10 (code) VALUES ('V720');

INSERT INTO etl.ref_icd10 (code) VALUES ('V721');

INSERT INTO etl.ref_icd10 (code) VALUES ('V722');

INSERT INTO etl.ref_icd10 (code) VALUES ('V723');

INSERT INTO etl.ref_icd10 (code) VALUES ('V724');

INSERT INTO etl.ref_icd10 (code) VALUES ('V725');

INSERT INTO etl.ref_icd10 (code) VALUES ('V726');

INSERT INTO etl.ref_icd10 (code) VALUES ('V727');

INSERT INTO etl.ref_icd10 (code) VALUES ('V729');

INSERT INTO etl.ref_icd10 (code) VALUES ('V73');

INSERT INTO etl.ref_icd10 (code) VALUES ('V730');

INSERT INTO etl.ref_icd10 (code) VALUES ('V731');

INSERT INTO etl.ref_icd10 (code) VALUES ('V732');

INSERT INTO etl.ref_icd10 (code) VALUES ('V733');

INSERT INTO etl.ref_icd10 (code) VALUES ('V734');

INSERT INTO etl.ref_icd10 (code) VALUES ('V735');

INSERT INTO etl.ref_icd10 (code) VALUES ('V736');

INSERT INTO etl.ref_icd10 (code) VALUES ('V737');

INSERT INTO etl.ref_icd10 (code) VALUES ('V739');

INSERT INTO etl.ref_icd10 (code) VALUES ('V74');

INSERT INTO etl.ref_icd10 (code) VALUES ('V740');

INSERT INTO etl.ref_icd10 (code) VALUES ('V741');

INSERT INTO etl.ref_icd10 (code) VALUES ('V742');

INSERT INTO etl.ref_icd10 (code) VALUES ('V743');

INSERT INTO etl.ref_icd10 (code) VALUES ('V744');

INSERT INTO etl.ref_icd10 (code) VALUES ('V745');

INSERT INTO etl.ref_icd10 (code) VALUES ('V746');

INSERT INTO etl.ref_icd10 (code) VALUES ('V747');

INSERT INTO etl.ref_icd10 (code) VALUES ('V749');

INSERT INTO etl.ref_icd10 (code) VALUES ('V75');

INSERT INTO etl.ref_icd10 (code) VALUES ('V750');

INSERT INTO etl.ref_icd10 (code) VALUES ('V751');

INSERT INTO etl.ref_icd10 (code) VALUES ('V752');

INSERT INTO etl.ref_icd10 (code) VALUES ('V753');

INSERT INTO etl.ref_icd10 (code) VALUES ('V754');

INSERT INTO etl.ref_icd10 (code) VALUES ('V755');

INSERT INTO etl.ref_icd10 (code) VALUES ('V756');

INSERT INTO etl.ref_icd10 (code) VALUES ('V757');

INSERT INTO etl.ref_icd10 (code) VALUES ('V759');

INSERT INTO etl.ref_icd10 (code) VALUES ('V76');

INSERT INTO etl.ref_icd10 (code) VALUES ('V760');

INSERT INTO etl.ref_icd10 (code) VALUES ('V761');

INSERT INTO etl.ref_icd10 (code) VALUES ('V762');

INSERT INTO etl.ref_icd10 (code) VALUES ('V763');

INSERT INTO etl.ref_icd10 (code) VALUES ('V764');

INSERT INTO etl.ref_icd10 (code) VALUES ('V765');

INSERT INTO etl.ref_icd10 (code) VALUES ('V766');

INSERT INTO etl.ref_icd10 (code) VALUES ('V767');

INSERT INTO etl.ref_icd10 (code) VALUES ('V769');

INSERT INTO etl.ref_icd10 (code) VALUES ('V77');

INSERT INTO etl.ref_icd10 (code) VALUES ('V770');

INSERT INTO etl.ref_icd10 (code) VALUES ('V771');

INSERT INTO etl.ref_icd10 (code) VALUES ('V772');

INSERT INTO etl.ref_icd10 (code) VALUES ('V773');

INSERT INTO etl.ref_icd10 (code) VALUES ('V774');

INSERT INTO etl.ref_icd10 (code) VALUES ('V775');

INSERT INTO etl.ref_icd10 (code) VALUES ('V776');

INSERT INTO etl.ref_icd10 (code) VALUES ('V777');

INSERT INTO etl.ref_icd10 (code) VALUES ('V779');

INSERT INTO etl.ref_icd10 (code) VALUES ('V78');

INSERT INTO etl.ref_icd10 (code) VALUES ('V780');

INSERT INTO etl.ref_icd10 (code) VALUES ('V781');

INSERT INTO etl.ref_icd10 (code) VALUES ('V782');

INSERT INTO etl.ref_icd10 (code) VALUES ('V783');

INSERT INTO etl.ref_icd10 (code) VALUES ('V784');

INSERT INTO etl.ref_icd10 (code) VALUES ('V785');

INSERT INTO etl.ref_icd10 (code) VALUES ('V786');

INSERT INTO etl.ref_icd10 (code) VALUES ('V787');

INSERT INTO etl.ref_icd10 (code) VALUES ('V789');

INSERT INTO etl.ref_icd10 (code) VALUES ('V79');

INSERT INTO etl.ref_icd10 (code) VALUES ('V790');

INSERT INTO etl.ref_icd10 (code) VALUES ('V791');

INSERT INTO etl.ref_icd10 (code) VALUES ('V792');

INSERT INTO etl.ref_icd10 (code) VALUES ('V793');

INSERT INTO etl.ref_icd10 (code) VALUES ('V794');

INSERT INTO etl.ref_icd10 (code) VALUES ('V795');

INSERT INTO etl.ref_icd10 (code) VALUES ('V796');

INSERT INTO etl.ref_icd10 (code) VALUES ('V798');

INSERT INTO etl.ref_icd10 (code) VALUES ('V799');

INSERT INTO etl.ref_icd10 (code) VALUES ('V80');

INSERT INTO etl.ref_icd10 (code) VALUES ('V800');

INSERT INTO etl.ref_icd10 (code) VALUES ('V801');

INSERT INTO etl.ref_icd10 (code) VALUES ('V802');

INSERT INTO etl.ref_icd10 (code) VALUES ('V803');

INSERT INTO etl.ref_icd10 (code) VALUES ('V804');

INSERT INTO etl.ref_icd10 (code) VALUES ('V805');

INSERT INTO etl.ref_icd10 (code) VALUES ('V806');

INSERT INTO etl.ref_icd10 (code) VALUES ('V807');

INSERT INTO etl.ref_icd10 (code) VALUES ('V808');

INSERT INTO etl.ref_icd10 (code) VALUES ('V809');

INSERT INTO etl.ref_icd10 (code) VALUES ('V81');

INSERT INTO etl.ref_icd10 (code) VALUES ('V810');

INSERT INTO etl.ref_icd10 (code) VALUES ('V811');

INSERT INTO etl.ref_icd10 (code) VALUES ('V812');

INSERT INTO etl.ref_icd10 (code) VALUES ('V813');

INSERT INTO etl.ref_icd10 (code) VALUES ('V814');

INSERT INTO etl.ref_icd10 (code) VALUES ('V815');

INSERT INTO etl.ref_icd10 (code) VALUES ('V816');

INSERT INTO etl.ref_icd10 (code) VALUES ('V817');

INSERT INTO etl.ref_icd10 (code) VALUES ('V818');

INSERT INTO etl.ref_icd10 (code) VALUES ('V819');

INSERT INTO etl.ref_icd10 (code) VALUES ('V82');

INSERT INTO etl.ref_icd10 (code) VALUES ('V820');

INSERT INTO etl.ref_icd10 (code) VALUES ('V821');

INSERT INTO etl.ref_icd10 (code) VALUES ('V822');

INSERT INTO etl.ref_icd10 (code) VALUES ('V823');

INSERT INTO etl.ref_icd10 (code) VALUES ('V824');

INSERT INTO etl.ref_icd10 (code) VALUES ('V825');

INSERT INTO etl.ref_icd10 (code) VALUES ('V826');

INSERT INTO etl.ref_icd10 (code) VALUES ('V827');

INSERT INTO etl.ref_icd10 (code) VALUES ('V828');

INSERT INTO etl.ref_icd10 (code) VALUES ('V829');

INSERT INTO etl.ref_icd10 (code) VALUES ('V83');

INSERT INTO etl.ref_icd10 (code) VALUES ('V830');

INSERT INTO etl.ref_icd10 (code) VALUES ('V831');

INSERT INTO etl.ref_icd10 (code) VALUES ('V832');

INSERT INTO etl.ref_icd10 (code) VALUES ('V833');

INSERT INTO etl.ref_icd10 (code) VALUES ('V834');

INSERT INTO etl.ref_icd10 (code) VALUES ('V835');

INSERT INTO etl.ref_icd10 (code) VALUES ('V836');

INSERT INTO etl.ref_icd10 (code) VALUES ('V837');

INSERT INTO etl.ref_icd10 (code) VALUES ('V839');

INSERT INTO etl.ref_icd10 (code) VALUES ('V84');

INSERT INTO etl.ref_icd10 (code) VALUES ('V840');

INSERT INTO etl.ref_icd10 (code) VALUES ('V841');

INSERT INTO etl.ref_icd10 (code) VALUES ('V842');

INSERT INTO etl.ref_icd10 (code) VALUES ('V843');

INSERT INTO etl.ref_icd10 (code) VALUES ('V844');

INSERT INTO etl.ref_icd10 (code) VALUES ('V845');

INSERT INTO etl.ref_icd10 (code) VALUES ('V846');

INSERT INTO etl.ref_icd10 (code) VALUES ('V847');

INSERT INTO etl.ref_icd10 (code) VALUES ('V849');

INSERT INTO etl.ref_icd10 (code) VALUES ('V85');

INSERT INTO etl.ref_icd10 (code) VALUES ('V850');

INSERT INTO etl.ref_icd10 (code) VALUES ('V851');

INSERT INTO etl.ref_icd10 (code) VALUES ('V852');

INSERT INTO etl.ref_icd10 (code) VALUES ('V853');

INSERT INTO etl.ref_icd10 (code) VALUES ('V854');

INSERT INTO etl.ref_icd10 (code) VALUES ('V855');

INSERT INTO etl.ref_icd10 (code) VALUES ('V856');

INSERT INTO etl.ref_icd10 (code) VALUES ('V857');

INSERT INTO etl.ref_icd10 (code) VALUES ('V859');

INSERT INTO etl.ref_icd10 (code) VALUES ('V86');

INSERT INTO etl.ref_icd10 (code) VALUES ('V860');

INSERT INTO etl.ref_icd10 (code) VALUES ('V861');

INSERT INTO etl.ref_icd10 (code) VALUES ('V862');

INSERT INTO etl.ref_icd10 (code) VALUES ('V863');

INSERT INTO etl.ref_icd10 (code) VALUES ('V864');

INSERT INTO etl.ref_icd10 (code) VALUES ('V865');

INSERT INTO etl.ref_icd10 (code) VALUES ('V866');

INSERT INTO etl.ref_icd10 (code) VALUES ('V867');

INSERT INTO etl.ref_icd10 (code) VALUES ('V869');

INSERT INTO etl.ref_icd10 (code) VALUES ('V87');

INSERT INTO etl.ref_icd10 (code) VALUES ('V870');

INSERT INTO etl.ref_icd10 (code) VALUES ('V871');

INSERT INTO etl.ref_icd10 (code) VALUES ('V872');

INSERT INTO etl.ref_icd10 (code) VALUES ('V873');

INSERT INTO etl.ref_icd10 (code) VALUES ('V874');

INSERT INTO etl.ref_icd10 (code) VALUES ('V875');

INSERT INTO etl.ref_icd10 (code) VALUES ('V876');

INSERT INTO etl.ref_icd10 (code) VALUES ('V877');

INSERT INTO etl.ref_icd10 (code) VALUES ('V878');

INSERT INTO etl.ref_icd10 (code) VALUES ('V879');

INSERT INTO etl.ref_icd10 (code) VALUES ('V88');

INSERT INTO etl.ref_icd10 (code) VALUES ('V880');

INSERT INTO etl.ref_icd10 (code) VALUES ('V881');

INSERT INTO etl.ref_icd10 (code) VALUES ('V882');

INSERT INTO etl.ref_icd10 (code) VALUES ('V883');

INSERT INTO etl.ref_icd10 (code) VALUES ('V884');

INSERT INTO etl.ref_icd10 (code) VALUES ('V885');

INSERT INTO etl.ref_icd10 (code) VALUES ('V886');

INSERT INTO etl.ref_icd10 (code) VALUES ('V887');

INSERT INTO etl.ref_icd10 (code) VALUES ('V888');

INSERT INTO etl.ref_icd10 (code) VALUES ('V889');

INSERT INTO etl.ref_icd10 (code) VALUES ('V89');

INSERT INTO etl.ref_icd10 (code) VALUES ('V890');

INSERT INTO etl.ref_icd10 (code) VALUES ('V891');

INSERT INTO etl.ref_icd10 (code) VALUES ('V892');

INSERT INTO etl.ref_icd10 (code) VALUES ('V893');

INSERT INTO etl.ref_icd10 (code) VALUES ('V899');

INSERT INTO etl.ref_icd10 (code) VALUES ('V90');

INSERT INTO etl.ref_icd10 (code) VALUES ('V900');

INSERT INTO etl.ref_icd10 (code) VALUES ('V901');

INSERT INTO etl.ref_icd10 (code) VALUES ('V902');

INSERT INTO etl.ref_icd10 (code) VALUES ('V903');

INSERT INTO etl.ref_icd10 (code) VALUES ('V904');

INSERT INTO etl.ref_icd10 (code) VALUES ('V905');

INSERT INTO etl.ref_icd10 (code) VALUES ('V906');

INSERT INTO etl.ref_icd10 (code) VALUES ('V907');

INSERT INTO etl.ref_icd10 (code) VALUES ('V908');

INSERT INTO etl.ref_icd10 (code) VALUES ('V909');

INSERT INTO etl.ref_icd10 (code) VALUES ('V91');

INSERT INTO etl.ref_icd10 (code) VALUES ('V910');

INSERT INTO etl.ref_icd10 (code) VALUES ('V911');

INSERT INTO etl.ref_icd10 (code) VALUES ('V912');

INSERT INTO etl.ref_icd10 (code) VALUES ('V913');

INSERT INTO etl.ref_icd10 (code) VALUES ('V914');

INSERT INTO etl.ref_icd10 (code) VALUES ('V915');

INSERT INTO etl.ref_icd10 (code) VALUES ('V916');

INSERT INTO etl.ref_icd10 (code) VALUES ('V917');

INSERT INTO etl.ref_icd10 (code) VALUES ('V918');

INSERT INTO etl.ref_icd10 (code) VALUES ('V919');

INSERT INTO etl.ref_icd10 (code) VALUES ('V92');

INSERT INTO etl.ref_icd10 (code) VALUES ('V920');

INSERT INTO etl.ref_icd10 (code) VALUES ('V921');

INSERT INTO etl.ref_icd10 (code) VALUES ('V922');

INSERT INTO etl.ref_icd10 (code) VALUES ('V923');

INSERT INTO etl.ref_icd10 (code) VALUES ('V924');

INSERT INTO etl.ref_icd10 (code) VALUES ('V925');

INSERT INTO etl.ref_icd10 (code) VALUES ('V926');

INSERT INTO etl.ref_icd10 (code) VALUES ('V927');

INSERT INTO etl.ref_icd10 (code) VALUES ('V928');

INSERT INTO etl.ref_icd10 (code) VALUES ('V929');

INSERT INTO etl.ref_icd10 (code) VALUES ('V93');

INSERT INTO etl.ref_icd10 (code) VALUES ('V930');

INSERT INTO etl.ref_icd10 (code) VALUES ('V931');

INSERT INTO etl.ref_icd10 (code) VALUES ('V932');

INSERT INTO etl.ref_icd10 (code) VALUES ('V933');

INSERT INTO etl.ref_icd10 (code) VALUES ('V934');

INSERT INTO etl.ref_icd10 (code) VALUES ('V935');

INSERT INTO etl.ref_icd10 (code) VALUES ('V936');

INSERT INTO etl.ref_icd10 (code) VALUES ('V937');

INSERT INTO etl.ref_icd10 (code) VALUES ('V938');

INSERT INTO etl.ref_icd10 (code) VALUES ('V939');

INSERT INTO etl.ref_icd10 (code) VALUES ('V94');

INSERT INTO etl.ref_icd10 (code) VALUES ('V940');

INSERT INTO etl.ref_icd10 (code) VALUES ('V941');

INSERT INTO etl.ref_icd10 (code) VALUES ('V942');

INSERT INTO etl.ref_icd10 (code) VALUES ('V943');

INSERT INTO etl.ref_icd10 (code) VALUES ('V944');

INSERT INTO etl.ref_icd10 (code) VALUES ('V945');

INSERT INTO etl.ref_icd10 (code) VALUES ('V946');

INSERT INTO etl.ref_icd10 (code) VALUES ('V947');

INSERT INTO etl.ref_icd10 (code) VALUES ('V948');

INSERT INTO etl.ref_icd10 (code) VALUES ('V949');

INSERT INTO etl.ref_icd10 (code) VALUES ('V95');

INSERT INTO etl.ref_icd10 (code) VALUES ('V950');

INSERT INTO etl.ref_icd10 (code) VALUES ('V951');

INSERT INTO etl.ref_icd10 (code) VALUES ('V952');

INSERT INTO etl.ref_icd10 (code) VALUES ('V953');

INSERT INTO etl.ref_icd10 (code) VALUES ('V954');

INSERT INTO etl.ref_icd10 (code) VALUES ('V958');

INSERT INTO etl.ref_icd10 (code) VALUES ('V959');

INSERT INTO etl.ref_icd10 (code) VALUES ('V96');

INSERT INTO etl.ref_icd10 (code) VALUES ('V960');

INSERT INTO etl.ref_icd10 (code) VALUES ('V961');

INSERT INTO etl.ref_icd10 (code) VALUES ('V962');

INSERT INTO etl.ref_icd10 (code) VALUES ('V968');

INSERT INTO etl.ref_icd10 (code) VALUES ('V969');

INSERT INTO etl.ref_icd10 (code) VALUES ('V97');

INSERT INTO etl.ref_icd10 (code) VALUES ('V970');

INSERT INTO etl.ref_icd10 (code) VALUES ('V971');

INSERT INTO etl.ref_icd10 (code) VALUES ('V972');

INSERT INTO etl.ref_icd10 (code) VALUES ('V973');

INSERT INTO etl.ref_icd10 (code) VALUES ('V978');

INSERT INTO etl.ref_icd10 (code) VALUES ('V98');

INSERT INTO etl.ref_icd10 (code) VALUES ('V99');

INSERT INTO etl.ref_icd10 (code) VALUES ('W00');

INSERT INTO etl.ref_icd10 (code) VALUES ('W01');

INSERT INTO etl.ref_icd10 (code) VALUES ('W02');

INSERT INTO etl.ref_icd10 (code) VALUES ('W03');

INSERT INTO etl.ref_icd10 (code) VALUES ('W04');

INSERT INTO etl.ref_icd10 (code) VALUES ('W05');

INSERT INTO etl.ref_icd10 (code) VALUES ('W06');

INSERT INTO etl.ref_icd10 (code) VALUES ('W07');

INSERT INTO etl.ref_icd10 (code) VALUES ('W08');

INSERT INTO etl.ref_icd10 (code) VALUES ('W09');

INSERT INTO etl.ref_icd10 (code) VALUES ('W10');

INSERT INTO etl.ref_icd10 (code) VALUES ('W11');

INSERT INTO etl.ref_icd10 (code) VALUES ('W12');

INSERT INTO etl.ref_icd10 (code) VALUES ('W13');

INSERT INTO etl.ref_icd10 (code) VALUES ('W14');

INSERT INTO etl.ref_icd10 (code) VALUES ('W15');

INSERT INTO etl.ref_icd10 (code) VALUES ('W16');

INSERT INTO etl.ref_icd10 (code) VALUES ('W17');

INSERT INTO etl.ref_icd10 (code) VALUES ('W18');

INSERT INTO etl.ref_icd10 (code) VALUES ('W19');

INSERT INTO etl.ref_icd10 (code) VALUES ('W20');

INSERT INTO etl.ref_icd10 (code) VALUES ('W21');

INSERT INTO etl.ref_icd10 (code) VALUES ('W22');

INSERT INTO etl.ref_icd10 (code) VALUES ('W23');

INSERT INTO etl.ref_icd10 (code) VALUES ('W24');

INSERT INTO etl.ref_icd10 (code) VALUES ('W25');

INSERT INTO etl.ref_icd10 (code) VALUES ('W26');

INSERT INTO etl.ref_icd10 (code) VALUES ('W260');

INSERT INTO etl.ref_icd10 (code) VALUES ('W268');

INSERT INTO etl.ref_icd10 (code) VALUES ('W269');

INSERT INTO etl.ref_icd10 (code) VALUES ('W27');

INSERT INTO etl.ref_icd10 (code) VALUES ('W28');

INSERT INTO etl.ref_icd10 (code) VALUES ('W29');

INSERT INTO etl.ref_icd10 (code) VALUES ('W30');

INSERT INTO etl.ref_icd10 (code) VALUES ('W31');

INSERT INTO etl.ref_icd10 (code) VALUES ('W32');

INSERT INTO etl.ref_icd10 (code) VALUES ('W33');

INSERT INTO etl.ref_icd10 (code) VALUES ('W34');

INSERT INTO etl.ref_icd10 (code) VALUES ('W35');

INSERT INTO etl.ref_icd10 (code) VALUES ('W36');

INSERT INTO etl.ref_icd10 (code) VALUES ('W37');

INSERT INTO etl.ref_icd10 (code) VALUES ('W38');

INSERT INTO etl.ref_icd10 (code) VALUES ('W39');

INSERT INTO etl.ref_icd10 (code) VALUES ('W40');

INSERT INTO etl.ref_icd10 (code) VALUES ('W41');

INSERT INTO etl.ref_icd10 (code) VALUES ('W42');

INSERT INTO etl.ref_icd10 (code) VALUES ('W43');

INSERT INTO etl.ref_icd10 (code) VALUES ('W44');

INSERT INTO etl.ref_icd10 (code) VALUES ('W45');

INSERT INTO etl.ref_icd10 (code) VALUES ('W46');

INSERT INTO etl.ref_icd10 (code) VALUES ('W49');

INSERT INTO etl.ref_icd10 (code) VALUES ('W50');

INSERT INTO etl.ref_icd10 (code) VALUES ('W51');

INSERT INTO etl.ref_icd10 (code) VALUES ('W52');

INSERT INTO etl.ref_icd10 (code) VALUES ('W53');

INSERT INTO etl.ref_icd10 (code) VALUES ('W54');

INSERT INTO etl.ref_icd10 (code) VALUES ('W55');

INSERT INTO etl.ref_icd10 (code) VALUES ('W56');

INSERT INTO etl.ref_icd10 (code) VALUES ('W57');

INSERT INTO etl.ref_icd10 (code) VALUES ('W58');

INSERT INTO etl.ref_icd10 (code) VALUES ('W59');

INSERT INTO etl.ref_icd10 (code) VALUES ('W60');

INSERT INTO etl.ref_icd10 (code) VALUES ('W64');

INSERT INTO etl.ref_icd10 (code) VALUES ('W65');

INSERT INTO etl.ref_icd10 (code) VALUES ('W66');

INSERT INTO etl.ref_icd10 (code) VALUES ('W67');

INSERT INTO etl.ref_icd10 (code) VALUES ('W68');

INSERT INTO etl.ref_icd10 (code) VALUES ('W69');

INSERT INTO etl.ref_icd10 (code) VALUES ('W70');

INSERT INTO etl.ref_icd10 (code) VALUES ('W73');

INSERT INTO etl.ref_icd10 (code) VALUES ('W74');

INSERT INTO etl.ref_icd10 (code) VALUES ('W75');

INSERT INTO etl.ref_icd10 (code) VALUES ('W76');

INSERT INTO etl.ref_icd10 (code) VALUES ('W77');

INSERT INTO etl.ref_icd10 (code) VALUES ('W78');

INSERT INTO etl.ref_icd10 (code) VALUES ('W79');

INSERT INTO etl.ref_icd10 (code) VALUES ('W80');

INSERT INTO etl.ref_icd10 (code) VALUES ('W81');

INSERT INTO etl.ref_icd10 (code) VALUES ('W83');

INSERT INTO etl.ref_icd10 (code) VALUES ('W84');

INSERT INTO etl.ref_icd10 (code) VALUES ('W85');

INSERT INTO etl.ref_icd10 (code) VALUES ('W86');

INSERT INTO etl.ref_icd10 (code) VALUES ('W87');

INSERT INTO etl.ref_icd10 (code) VALUES ('W88');

INSERT INTO etl.ref_icd10 (code) VALUES ('W89');

INSERT INTO etl.ref_icd10 (code) VALUES ('W90');

INSERT INTO etl.ref_icd10 (code) VALUES ('W91');

INSERT INTO etl.ref_icd10 (code) VALUES ('W92');

INSERT INTO etl.ref_icd10 (code) VALUES ('W93');

INSERT INTO etl.ref_icd10 (code) VALUES ('W94');

INSERT INTO etl.ref_icd10 (code) VALUES ('W99');

INSERT INTO etl.ref_icd10 (code) VALUES ('X00');

INSERT INTO etl.ref_icd10 (code) VALUES ('X01');

INSERT INTO etl.ref_icd10 (code) VALUES ('X02');

INSERT INTO etl.ref_icd10 (code) VALUES ('X03');

INSERT INTO etl.ref_icd10 (code) VALUES ('X04');

INSERT INTO etl.ref_icd10 (code) VALUES ('X05');

INSERT INTO etl.ref_icd10 (code) VALUES ('X06');

INSERT INTO etl.ref_icd10 (code) VALUES ('X08');

INSERT INTO etl.ref_icd10 (code) VALUES ('X09');

INSERT INTO etl.ref_icd10 (code) VALUES ('X10');

INSERT INTO etl.ref_icd10 (code) VALUES ('X11');

INSERT INTO etl.ref_icd10 (code) VALUES ('X12');

INSERT INTO etl.ref_icd10 (code) VALUES ('X13');

INSERT INTO etl.ref_icd10 (code) VALUES ('X14');

INSERT INTO etl.ref_icd10 (code) VALUES ('X15');

INSERT INTO etl.ref_icd10 (code) VALUES ('X16');

INSERT INTO etl.ref_icd10 (code) VALUES ('X17');

INSERT INTO etl.ref_icd10 (code) VALUES ('X18');

INSERT INTO etl.ref_icd10 (code) VALUES ('X19');

INSERT INTO etl.ref_icd10 (code) VALUES ('X20');

INSERT INTO etl.ref_icd10 (code) VALUES ('X21');

INSERT INTO etl.ref_icd10 (code) VALUES ('X22');

INSERT INTO etl.ref_icd10 (code) VALUES ('X23');

INSERT INTO etl.ref_icd10 (code) VALUES ('X24');

INSERT INTO etl.ref_icd10 (code) VALUES ('X25');

INSERT INTO etl.ref_icd10 (code) VALUES ('X26');

INSERT INTO etl.ref_icd10 (code) VALUES ('X27');

INSERT INTO etl.ref_icd10 (code) VALUES ('X28');

INSERT INTO etl.ref_icd10 (code) VALUES ('X29');

INSERT INTO etl.ref_icd10 (code) VALUES ('X30');

INSERT INTO etl.ref_icd10 (code) VALUES ('X31');

INSERT INTO etl.ref_icd10 (code) VALUES ('X32');

INSERT INTO etl.ref_icd10 (code) VALUES ('X33');

INSERT INTO etl.ref_icd10 (code) VALUES ('X34');

INSERT INTO etl.ref_icd10 (code) VALUES ('X340');

INSERT INTO etl.ref_icd10 (code) VALUES ('X341');

INSERT INTO etl.ref_icd10 (code) VALUES ('X348');

INSERT INTO etl.ref_icd10 (code) VALUES ('X349');

INSERT INTO etl.ref_icd10 (code) VALUES ('X35');

INSERT INTO etl.ref_icd10 (code) VALUES ('X36');

INSERT INTO etl.ref_icd10 (code) VALUES ('X37');

INSERT INTO etl.ref_icd10 (code) VALUES ('X38');

INSERT INTO etl.ref_icd10 (code) VALUES ('X39');

INSERT INTO etl.ref_icd10 (code) VALUES ('X40');

INSERT INTO etl.ref_icd10 (code) VALUES ('X41');

INSERT INTO etl.ref_icd10 (code) VALUES ('X42');

INSERT INTO etl.ref_icd10 (code) VALUES ('X43');

INSERT INTO etl.ref_icd10 (code) VALUES ('X44');

INSERT INTO etl.ref_icd10 (code) VALUES ('X45');

INSERT INTO etl.ref_icd10 (code) VALUES ('X46');

INSERT INTO etl.ref_icd10 (code) VALUES ('X47');

INSERT INTO etl.ref_icd10 (code) VALUES ('X470');

INSERT INTO etl.ref_icd10 (code) VALUES ('X471');

INSERT INTO etl.ref_icd10 (code) VALUES ('X472');

INSERT INTO etl.ref_icd10 (code) VALUES ('X473');

INSERT INTO etl.ref_icd10 (code) VALUES ('X474');

INSERT INTO etl.ref_icd10 (code) VALUES ('X478');

INSERT INTO etl.ref_icd10 (code) VALUES ('X479');

INSERT INTO etl.ref_icd10 (code) VALUES ('X48');

INSERT INTO etl.ref_icd10 (code) VALUES ('X49');

INSERT INTO etl.ref_icd10 (code) VALUES ('X50');

INSERT INTO etl.ref_icd10 (code) VALUES ('X51');

INSERT INTO etl.ref_icd10 (code) VALUES ('X52');

INSERT INTO etl.ref_icd10 (code) VALUES ('X53');

INSERT INTO etl.ref_icd10 (code) VALUES ('X54');

INSERT INTO etl.ref_icd10 (code) VALUES ('X57');

INSERT INTO etl.ref_icd10 (code) VALUES ('X58');

INSERT INTO etl.ref_icd10 (code) VALUES ('X59');

INSERT INTO etl.ref_icd10 (code) VALUES ('X590');

INSERT INTO etl.ref_icd10 (code) VALUES ('X599');

INSERT INTO etl.ref_icd10 (code) VALUES ('X60');

INSERT INTO etl.ref_icd10 (code) VALUES ('X61');

INSERT INTO etl.ref_icd10 (code) VALUES ('X62');

INSERT INTO etl.ref_icd10 (code) VALUES ('X63');

INSERT INTO etl.ref_icd10 (code) VALUES ('X64');

INSERT INTO etl.ref_icd10 (code) VALUES ('X65');

INSERT INTO etl.ref_icd10 (code) VALUES ('X66');

INSERT INTO etl.ref_icd10 (code) VALUES ('X67');

INSERT INTO etl.ref_icd10 (code) VALUES ('X670');

INSERT INTO etl.ref_icd10 (code) VALUES ('X671');

INSERT INTO etl.ref_icd10 (code) VALUES ('X672');

INSERT INTO etl.ref_icd10 (code) VALUES ('X673');

INSERT INTO etl.ref_icd10 (code) VALUES ('X674');

INSERT INTO etl.ref_icd10 (code) VALUES ('X678');

INSERT INTO etl.ref_icd10 (code) VALUES ('X679');

INSERT INTO etl.ref_icd10 (code) VALUES ('X68');

INSERT INTO etl.ref_icd10 (code) VALUES ('X69');

INSERT INTO etl.ref_icd10 (code) VALUES ('X70');

INSERT INTO etl.ref_icd10 (code) VALUES ('X71');

INSERT INTO etl.ref_icd10 (code) VALUES ('X72');

INSERT INTO etl.ref_icd10 (code) VALUES ('X73');

INSERT INTO etl.ref_icd10 (code) VALUES ('X74');

INSERT INTO etl.ref_icd10 (code) VALUES ('X75');

INSERT INTO etl.ref_icd10 (code) VALUES ('X76');

INSERT INTO etl.ref_icd10 (code) VALUES ('X77');

INSERT INTO etl.ref_icd10 (code) VALUES ('X78');

INSERT INTO etl.ref_icd10 (code) VALUES ('X79');

INSERT INTO etl.ref_icd10 (code) VALUES ('X80');

INSERT INTO etl.ref_icd10 (code) VALUES ('X81');

INSERT INTO etl.ref_icd10 (code) VALUES ('X82');

INSERT INTO etl.ref_icd10 (code) VALUES ('X83');

INSERT INTO etl.ref_icd10 (code) VALUES ('X84');

INSERT INTO etl.ref_icd10 (code) VALUES ('X85');

INSERT INTO etl.ref_icd10 (code) VALUES ('X86');

INSERT INTO etl.ref_icd10 (code) VALUES ('X87');

INSERT INTO etl.ref_icd10 (code) VALUES ('X88');

INSERT INTO etl.ref_icd10 (code) VALUES ('X880');

INSERT INTO etl.ref_icd10 (code) VALUES ('X881');

INSERT INTO etl.ref_icd10 (code) VALUES ('X882');

INSERT INTO etl.ref_icd10 (code) VALUES ('X883');

INSERT INTO etl.ref_icd10 (code) VALUES ('X884');

INSERT INTO etl.ref_icd10 (code) VALUES ('X888');

INSERT INTO etl.ref_icd10 (code) VALUES ('X889');

INSERT INTO etl.ref_icd10 (code) VALUES ('X89');

INSERT INTO etl.ref_icd10 (code) VALUES ('X90');

INSERT INTO etl.ref_icd10 (code) VALUES ('X91');

INSERT INTO etl.ref_icd10 (code) VALUES ('X92');

INSERT INTO etl.ref_icd10 (code) VALUES ('X93');

INSERT INTO etl.ref_icd10 (code) VALUES ('X94');

INSERT INTO etl.ref_icd10 (code) VALUES ('X95');

INSERT INTO etl.ref_icd10 (code) VALUES ('X96');

INSERT INTO etl.ref_icd10 (code) VALUES ('X97');

INSERT INTO etl.ref_icd10 (code) VALUES ('X98');

INSERT INTO etl.ref_icd10 (code) VALUES ('X99');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y00');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y01');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y02');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y03');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y04');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y05');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y06');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y060');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y061');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y062');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y068');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y069');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y07');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y070');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y071');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y072');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y073');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y078');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y079');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y08');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y09');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y10');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y11');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y12');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y13');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y14');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y15');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y16');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y17');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y170');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y171');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y172');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y173');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y174');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y178');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y179');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y18');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y19');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y20');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y21');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y22');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y23');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y24');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y25');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y26');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y27');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y28');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y29');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y30');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y31');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y32');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y33');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y34');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y35');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y350');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y351');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y352');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y353');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y354');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y355');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y356');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y357');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y36');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y360');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y361');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y362');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y363');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y364');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y365');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y366');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y367');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y368');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y369');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y40');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y400');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y401');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y402');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y403');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y404');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y405');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y406');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y407');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y408');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y409');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y41');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y410');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y411');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y412');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y413');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y414');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y415');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y418');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y419');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y42');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y420');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y421');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y422');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y423');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y424');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y425');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y426');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y427');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y428');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y429');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y43');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y430');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y431');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y432');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y433');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y434');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y435');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y436');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y438');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y439');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y44');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y440');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y441');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y442');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y443');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y444');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y445');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y446');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y447');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y449');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y45');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y450');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y451');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y452');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y453');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y454');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y455');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y458');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y459');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y46');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y460');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y461');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y462');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y463');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y464');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y465');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y466');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y467');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y468');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y47');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y470');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y471');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y472');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y473');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y474');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y475');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y478');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y479');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y48');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y480');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y481');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y482');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y483');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y484');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y485');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y49');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y490');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y491');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y492');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y493');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y494');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y495');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y496');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y497');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y498');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y499');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y50');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y500');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y501');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y502');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y508');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y509');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y51');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y510');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y511');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y512');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y513');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y514');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y515');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y516');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y517');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y518');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y519');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y52');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y520');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y521');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y522');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y523');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y524');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y525');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y526');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y527');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y528');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y529');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y53');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y530');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y531');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y532');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y533');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y534');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y535');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y536');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y537');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y538');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y539');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y54');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y540');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y541');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y542');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y543');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y544');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y545');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y546');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y547');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y548');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y549');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y55');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y550');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y551');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y552');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y553');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y554');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y555');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y556');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y557');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y56');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y560');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y561');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y562');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y563');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y564');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y565');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y566');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y567');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y568');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y569');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y57');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y570');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y571');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y572');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y573');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y574');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y575');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y576');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y577');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y578');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y579');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y58');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y580');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y581');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y582');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y583');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y584');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y585');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y586');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y588');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y589');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y59');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y590');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y591');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y592');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y593');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y598');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y599');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y60');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y600');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y601');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y602');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y603');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y604');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y605');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y606');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y607');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y608');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y609');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y61');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y610');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y611');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y612');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y613');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y614');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y615');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y616');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y617');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y618');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y619');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y62');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y620');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y621');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y622');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y623');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y624');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y625');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y626');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y628');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y629');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y63');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y630');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y631');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y632');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y633');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y634');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y635');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y636');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y638');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y639');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y64');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y640');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y641');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y648');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y649');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y65');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y650');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y651');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y652');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y653');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y654');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y655');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y658');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y66');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y69');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y70');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y700');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y701');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y702');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y703');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y708');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y71');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y710');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y711');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y712');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y713');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y718');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y72');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y720');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y721');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y722');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y723');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y728');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y73');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y730');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y731');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y732');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y733');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y738');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y74');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y740');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y741');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y742');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y743');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y748');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y75');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y750');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y751');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y752');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y753');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y758');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y76');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y760');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y761');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y762');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y763');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y768');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y77');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y770');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y771');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y772');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y773');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y778');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y78');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y780');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y781');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y782');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y783');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y788');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y79');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y790');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y791');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y792');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y793');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y798');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y80');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y800');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y801');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y802');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y803');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y808');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y81');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y810');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y811');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y812');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y813');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y818');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y82');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y820');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y821');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y822');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y823');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y828');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y83');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y830');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y831');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y832');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y833');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y834');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y835');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y836');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y838');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y839');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y84');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y840');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y841');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y842');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y843');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y844');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y845');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y846');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y847');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y848');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y849');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y85');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y850');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y859');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y86');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y87');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y870');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y871');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y872');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y88');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y880');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y881');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y882');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y883');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y89');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y890');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y891');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y899');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y90');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y900');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y901');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y902');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y903');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y904');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y905');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y906');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y907');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y908');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y909');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y91');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y910');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y911');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y912');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y913');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y919');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y95');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y96');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y97');

INSERT INTO etl.ref_icd10 (code) VALUES ('Y98');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z00');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z000');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z001');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z002');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z003');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z004');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z005');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z006');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z008');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z01');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z010');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z011');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z012');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z013');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z014');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z015');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z016');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z017');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z018');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z019');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z02');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z020');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z021');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z022');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z023');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z024');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z025');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z026');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z027');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z028');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z029');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z03');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z030');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z031');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z032');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z033');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z034');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z035');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z036');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z038');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z039');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z04');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z040');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z041');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z042');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z043');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z044');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z045');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z046');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z048');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z049');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z08');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z080');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z081');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z082');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z087');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z088');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z089');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z09');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z090');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z091');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z092');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z093');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z094');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z097');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z098');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z099');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z10');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z100');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z101');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z102');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z103');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z108');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z11');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z110');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z111');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z112');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z113');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z114');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z115');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z116');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z118');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z119');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z12');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z120');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z121');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z122');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z123');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z124');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z125');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z126');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z128');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z129');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z13');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z130');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z131');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z132');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z133');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z134');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z135');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z136');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z137');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z138');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z139');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z20');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z200');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z201');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z202');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z203');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z204');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z205');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z206');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z207');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z208');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z209');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z21');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z22');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z220');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z221');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z222');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z223');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z224');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z226');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z227');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z228');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z229');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z23');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z230');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z231');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z232');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z233');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z234');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z235');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z236');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z237');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z238');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z24');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z240');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z241');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z242');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z243');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z244');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z245');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z246');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z25');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z250');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z251');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z258');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z26');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z260');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z268');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z269');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z27');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z270');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z271');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z272');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z273');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z274');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z278');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z279');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z28');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z280');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z281');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z282');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z288');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z289');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z29');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z290');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z291');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z292');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z298');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z299');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z30');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z300');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z301');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z302');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z303');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z304');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z305');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z308');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z309');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z31');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z310');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z311');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z312');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z313');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z314');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z315');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z316');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z318');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z319');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z32');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z320');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z321');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z33');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z34');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z340');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z348');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z349');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z35');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z350');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z351');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z352');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z353');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z354');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z355');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z356');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z357');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z358');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z359');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z36');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z360');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z361');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z362');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z363');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z364');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z365');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z368');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z369');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z37');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z370');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z371');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z372');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z373');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z374');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z375');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z376');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z377');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z379');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z38');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z380');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z381');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z382');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z383');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z384');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z385');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z386');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z387');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z388');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z39');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z390');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z391');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z392');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z40');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z400');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z408');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z409');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z41');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z410');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z411');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z412');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z413');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z418');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z419');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z42');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z420');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z421');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z422');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z423');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z424');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z428');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z429');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z43');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z430');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z431');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z432');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z433');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z434');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z435');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z436');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z437');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z438');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z439');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z44');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z440');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z441');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z442');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z443');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z448');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z449');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z45');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z450');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z451');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z452');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z453');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z458');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z459');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z46');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z460');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z461');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z462');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z463');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z464');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z465');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z466');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z467');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z468');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z469');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z47');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z470');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z478');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z479');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z48');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z480');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z488');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z489');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z49');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z490');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z491');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z492');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z50');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z500');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z501');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z502');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z503');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z504');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z505');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z506');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z507');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z508');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z509');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z51');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z510');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z511');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z512');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z513');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z514');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z515');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z516');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z518');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z519');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z52');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z520');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z521');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z522');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z523');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z524');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z525');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z526');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z527');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z528');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z529');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z53');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z530');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z531');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z532');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z538');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z539');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z54');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z540');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z541');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z542');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z543');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z544');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z547');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z548');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z549');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z55');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z550');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z551');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z552');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z553');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z554');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z558');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z559');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z56');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z560');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z561');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z562');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z563');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z564');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z565');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z566');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z567');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z57');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z570');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z571');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z572');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z573');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z574');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z575');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z576');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z577');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z578');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z579');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z58');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z580');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z581');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z582');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z583');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z584');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z585');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z586');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z587');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z588');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z589');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z59');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z590');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z591');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z592');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z593');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z594');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z595');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z596');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z597');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z598');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z599');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z60');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z600');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z601');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z602');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z603');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z604');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z605');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z608');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z609');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z61');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z610');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z611');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z612');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z613');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z614');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z615');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z616');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z617');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z618');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z619');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z62');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z620');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z621');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z622');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z623');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z624');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z625');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z626');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z628');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z629');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z63');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z630');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z631');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z632');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z633');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z634');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z635');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z636');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z637');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z638');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z639');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z64');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z640');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z641');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z642');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z643');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z644');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z65');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z650');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z651');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z652');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z653');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z654');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z655');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z658');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z659');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z70');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z700');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z701');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z702');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z703');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z708');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z709');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z71');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z710');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z711');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z712');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z713');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z714');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z715');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z716');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z717');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z718');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z719');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z72');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z720');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z721');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z722');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z723');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z724');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z725');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z726');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z728');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z729');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z73');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z730');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z731');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z732');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z733');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z734');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z735');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z736');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z738');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z739');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z74');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z740');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z741');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z742');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z743');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z748');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z749');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z75');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z750');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z751');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z752');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z753');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z754');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z755');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z758');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z759');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z76');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z760');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z761');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z762');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z763');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z764');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z765');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z768');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z769');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z80');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z800');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z801');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z802');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z803');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z804');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z805');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z806');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z807');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z808');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z809');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z81');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z810');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z811');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z812');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z813');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z814');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z818');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z82');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z820');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z821');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z822');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z823');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z824');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z825');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z826');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z827');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z828');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z83');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z830');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z831');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z832');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z833');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z834');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z835');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z836');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z837');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z84');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z840');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z841');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z842');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z843');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z848');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z85');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z850');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z851');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z852');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z853');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z854');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z855');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z856');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z857');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z858');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z859');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z86');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z860');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z861');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z862');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z863');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z864');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z865');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z866');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z867');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z87');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z870');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z871');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z872');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z873');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z874');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z875');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z876');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z877');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z878');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z88');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z880');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z881');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z882');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z883');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z884');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z885');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z886');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z887');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z888');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z889');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z89');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z890');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z891');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z892');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z893');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z894');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z895');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z896');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z897');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z898');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z899');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z90');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z900');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z901');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z902');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z903');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z904');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z905');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z906');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z907');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z908');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z91');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z910');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z911');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z912');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z913');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z914');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z915');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z916');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z917');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z918');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z92');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z920');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z921');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z922');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z923');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z924');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z925');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z926');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z928');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z929');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z93');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z930');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z931');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z932');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z933');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z934');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z935');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z936');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z938');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z939');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z94');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z940');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z941');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z942');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z943');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z944');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z945');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z946');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z947');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z948');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z949');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z95');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z950');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z951');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z952');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z953');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z954');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z955');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z958');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z959');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z96');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z960');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z961');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z962');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z963');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z964');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z965');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z966');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z967');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z968');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z969');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z97');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z970');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z971');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z972');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z973');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z974');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z975');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z978');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z98');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z980');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z981');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z982');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z988');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z99');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z990');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z991');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z992');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z993');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z994');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z998');

INSERT INTO etl.ref_icd10 (code) VALUES ('Z999');

UPDATE alembic_version SET version_num='0003' WHERE alembic_version.version_num = '0002';

-- Running upgrade 0003 -> 0004

-- Medilink schema, revision 0004: a file's scope, its attempts, and quarantine (issue 10).

-- The API records the uploader's role with each upload; discovery copies client, role and facility
-- onto the file's row. The upload row is written before the object is stored, so a facility's file
-- can never be discovered without its scope.
alter table api.uploads add column role text check (role in ('admin', 'facility'));

alter table etl.etl_files
    add column uploader_client_id text,
    add column uploader_role      text check (uploader_role in ('admin', 'facility')),
    -- not null: every row of the file must resolve to this facility (outside_facility_scope otherwise)
    add column scope_facility_id  bigint,
    -- which run of this object version this is (1 = first); after 3 failed runs it is quarantined
    add column attempt            integer not null default 1;

alter table etl.etl_files drop constraint etl_files_status_check;
alter table etl.etl_files add constraint etl_files_status_check
    check (status in ('pending', 'staged', 'loaded', 'archived', 'duplicate', 'rejected', 'superseded',
                      'failed', 'quarantined'));
create index etl_files_key_sha_idx on etl.etl_files (object_key, sha256);;

UPDATE alembic_version SET version_num='0004' WHERE alembic_version.version_num = '0003';

-- Running upgrade 0004 -> 0005

do $$ begin execute 'alter database ' || quote_ident(current_database()) || ' set search_path = "$user", public, etl'; end $$;

set search_path = "$user", public, etl;

create index etl_audit_log_started_idx on etl.etl_audit_log (started_at desc);

create extension if not exists pg_trgm with schema public;

create index facilities_name_trgm_idx on public.facilities using gin (name public.gin_trgm_ops);

create index facilities_lga_trgm_idx on public.facilities using gin (lga public.gin_trgm_ops);

create index facilities_type_trgm_idx on public.facilities using gin (type public.gin_trgm_ops);

UPDATE alembic_version SET version_num='0005' WHERE alembic_version.version_num = '0004';

-- Running upgrade 0005 -> 0006

-- Medilink schema, revision 0006: a complete API access audit.

-- status: the HTTP status answered (401, 403, 404 for denied requests); source_address and
-- user_agent: where the request came from (the address after API_PROXY_HOPS trusted proxies);
-- client_request_id: an X-Request-ID the caller sent, kept apart from the server's request_id;
-- upload_id: the upload a 'create' on uploads stored; subject: what a CLI action changed (a client id).
alter table api.access_audit
    add column status            smallint not null default 200,
    add column source_address    inet,
    add column user_agent        text,
    add column client_request_id text,
    add column upload_id         uuid,
    add column subject           text;

alter table api.access_audit drop constraint access_audit_action_check;
alter table api.access_audit add constraint access_audit_action_check
    check (action in ('list', 'read', 'create', 'update', 'export', 'denied', 'client_create', 'client_revoke'));

-- "what was refused, to whom?"
create index access_audit_denied_idx on api.access_audit (at) where status >= 400;
create index access_audit_upload_idx on api.access_audit (upload_id) where upload_id is not null;

-- Every change to a client (revocation above all) is announced to the API workers, which empty that
-- client's cached row at once (backend/client_cache.py); an empty payload (TRUNCATE) empties them all.
create function api.notify_client_change() returns trigger
language plpgsql as $$
begin
    if tg_level = 'STATEMENT' then
        perform pg_notify('medilink_clients', '');
    elsif tg_op = 'DELETE' then
        perform pg_notify('medilink_clients', old.client_id);
    else
        perform pg_notify('medilink_clients', new.client_id);
    end if;
    return null;
end;
$$;

create trigger clients_notify_change
    after insert or update or delete on api.clients
    for each row execute function api.notify_client_change();
create trigger clients_notify_truncate
    after truncate on api.clients
    for each statement execute function api.notify_client_change();;

UPDATE alembic_version SET version_num='0006' WHERE alembic_version.version_num = '0005';

-- Running upgrade 0006 -> 0007

-- Medilink schema, revision 0007: one database role per service, each with only what it needs.
--   medilink_api       DML on public; reads marts, research and the pipeline's batch tables;
--                      INSERT only on api.access_audit; no DDL anywhere.
--   medilink_pipeline  DML on etl and public (staging COPY, validation, upserts, bookkeeping).
--   medilink_dbt       reads public and etl; owns the schemas dbt builds (staging, marts, research).
--   medilink_analyst   SELECT on research, nothing else.
-- (No percent signs in this file: the offline rendering to elt/init.sql doubles them.)
-- Roles are cluster-wide: create them only when missing (a concurrent migration of another
-- database in the same cluster may create one between the check and the create).

do $$
declare
    role_name text;
begin
    foreach role_name in array array['medilink_api', 'medilink_pipeline', 'medilink_dbt', 'medilink_analyst'] loop
        if not exists (select from pg_roles where rolname = role_name) then
            begin
                execute 'create role ' || quote_ident(role_name) || ' nologin';
            exception when duplicate_object or unique_violation then
                null;
            end;
        end if;
    end loop;
end
$$;

-- Whoever runs the migrations (a superuser locally, the RDS master user on AWS) must be able to
-- set default privileges for medilink_dbt's future tables.
do $$
begin
    if not (select rolsuper from pg_roles where rolname = current_user) then
        execute 'grant medilink_dbt to ' || quote_ident(current_user);
    end if;
end
$$;

-- Nobody but the owners creates objects in public (PostgreSQL 14 still lets every role do so).
revoke create on schema public from public;

-- dbt's schemas exist before dbt first runs, owned by the dbt role; objects an earlier run made
-- as another user change hands so the dbt role can replace them.
create schema if not exists staging;
create schema if not exists marts;
create schema if not exists research;
alter schema staging owner to medilink_dbt;
alter schema marts owner to medilink_dbt;
alter schema research owner to medilink_dbt;
do $$
declare
    item record;
begin
    for item in
        select n.nspname, c.relname, c.relkind
        from pg_class as c
        join pg_namespace as n on n.oid = c.relnamespace
        where n.nspname in ('staging', 'marts', 'research') and c.relkind in ('r', 'p', 'v', 'm')
    loop
        execute 'alter '
            || case item.relkind when 'v' then 'view' when 'm' then 'materialized view' else 'table' end
            || ' ' || quote_ident(item.nspname) || '.' || quote_ident(item.relname) || ' owner to medilink_dbt';
    end loop;
end
$$;

-- ---------------------------------------------------------------- medilink_api
grant usage on schema public, api, etl, marts, research to medilink_api;
grant select, insert, update, delete on all tables in schema public to medilink_api;
grant usage, select on all sequences in schema public to medilink_api;
grant select, insert, update on api.clients, api.uploads to medilink_api;
grant insert on api.access_audit to medilink_api;
-- INSERT … RETURNING id (SQLAlchemy's single-row insert) needs SELECT on the returned column only.
grant select (id) on api.access_audit to medilink_api;
grant usage on all sequences in schema api to medilink_api;
-- /batches and the single-row writes' validation read these; the pipeline itself writes them.
grant select on all tables in schema etl to medilink_api;
grant select on all tables in schema marts, research to medilink_api;
-- The research endpoints run as the analyst role (SET LOCAL ROLE), so the database itself keeps
-- them inside research.
grant medilink_analyst to medilink_api;

-- ---------------------------------------------------------------- medilink_pipeline
grant usage on schema public, etl, api to medilink_pipeline;
grant select, insert, update, delete on all tables in schema public, etl to medilink_pipeline;
grant truncate on all tables in schema etl to medilink_pipeline;
grant usage, select on all sequences in schema public, etl to medilink_pipeline;
grant select on api.uploads, api.clients to medilink_pipeline;

-- ---------------------------------------------------------------- medilink_dbt
grant usage on schema public, etl to medilink_dbt;
grant select on all tables in schema public, etl to medilink_dbt;

-- ---------------------------------------------------------------- medilink_analyst
grant usage on schema research to medilink_analyst;
grant select on all tables in schema research to medilink_analyst;

-- ---------------------------------------------------------------- tables made later
-- By the migration runner (later migrations) ...
alter default privileges in schema public grant select, insert, update, delete on tables to medilink_api;
alter default privileges in schema public grant select, insert, update, delete on tables to medilink_pipeline;
alter default privileges in schema public grant select on tables to medilink_dbt;
alter default privileges in schema public grant usage, select on sequences to medilink_api, medilink_pipeline;
alter default privileges in schema etl grant select, insert, update, delete, truncate on tables to medilink_pipeline;
alter default privileges in schema etl grant select on tables to medilink_api, medilink_dbt;
alter default privileges in schema etl grant usage, select on sequences to medilink_pipeline;
alter default privileges in schema api grant select, insert, update, delete on tables to medilink_api;
alter default privileges in schema api grant usage on sequences to medilink_api;
-- ... and by whoever runs dbt (the dbt role, or the migration runner in tests and ad-hoc runs).
alter default privileges in schema marts grant select on tables to medilink_api;
alter default privileges in schema research grant select on tables to medilink_api, medilink_analyst;
alter default privileges for role medilink_dbt in schema marts grant select on tables to medilink_api;
alter default privileges for role medilink_dbt in schema research grant select on tables to medilink_api, medilink_analyst;

-- ---------------------------------------------------------------- retention of the access audit
-- The only way to delete audit rows: older than keep_days, and keep_days is six years at least,
-- whoever calls. Runs with its owner's rights; only the pipeline role (the retention DAG) may call.
create or replace function api.purge_access_audit(keep_days integer, dry_run boolean default false)
    returns bigint
    language plpgsql
    security definer
    set search_path = pg_catalog, api
as $$
declare
    affected bigint;
begin
    if keep_days is null or keep_days < 2190 then
        raise exception using message = 'api.access_audit rows are kept at least 2190 days (six years), not '
            || coalesce(keep_days::text, 'null');
    end if;
    if dry_run then
        select count(*) into affected from api.access_audit where at < now() - make_interval(days => keep_days);
    else
        delete from api.access_audit where at < now() - make_interval(days => keep_days);
        get diagnostics affected = row_count;
    end if;
    return affected;
end
$$;
revoke all on function api.purge_access_audit(integer, boolean) from public;
grant execute on function api.purge_access_audit(integer, boolean) to medilink_pipeline;;

UPDATE alembic_version SET version_num='0007' WHERE alembic_version.version_num = '0006';

-- Running upgrade 0007 -> 0008

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
grant select, insert, update, delete on api.export_jobs to medilink_pipeline;;

UPDATE alembic_version SET version_num='0008' WHERE alembic_version.version_num = '0007';

-- Running upgrade 0008 -> 0009

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
) as r on true;;

UPDATE alembic_version SET version_num='0009' WHERE alembic_version.version_num = '0008';

-- Running upgrade 0009 -> 0010

-- Medilink schema, revision 0010: medilink_reporting, the admin Operations dashboards' role.
--   medilink_reporting  SELECT on marts and on the pipeline's bookkeeping in etl; nothing writable.
-- Not etl.etl_rejected_rows (it keeps the raw rejected rows), not the stage_* tables, not public,
-- research or api: the dashboards show how the platform runs, never a person's row.
-- (No percent signs in this file: the offline rendering to elt/init.sql doubles them.)

-- Roles are cluster-wide: create it only when missing (see 0007).
do $$
begin
    if not exists (select from pg_roles where rolname = 'medilink_reporting') then
        begin
            create role medilink_reporting nologin;
        exception when duplicate_object or unique_violation then
            null;
        end;
    end if;
end
$$;

grant usage on schema marts, etl to medilink_reporting;
grant select on all tables in schema marts to medilink_reporting;
-- Listed one by one: a grant on the whole schema would include the rejected rows and staging.
grant select on
    etl.etl_batches,
    etl.etl_files,
    etl.etl_audit_log,
    etl.etl_step_metrics,
    etl.etl_facility_rows,
    etl.batch_metrics
to medilink_reporting;

-- marts tables dbt makes later: by the dbt role, or by the migration runner in tests and ad-hoc runs.
alter default privileges in schema marts grant select on tables to medilink_reporting;
alter default privileges for role medilink_dbt in schema marts grant select on tables to medilink_reporting;

-- The analyst and reporting logins run people's ad-hoc queries (Superset's SQL Lab and dashboards):
-- no single query may hold the server for more than a minute. (Role settings apply to logins only,
-- so the API's SET LOCAL ROLE research queries keep the API's own limits.)
alter role medilink_analyst set statement_timeout = '60s';
alter role medilink_reporting set statement_timeout = '60s';;

UPDATE alembic_version SET version_num='0010' WHERE alembic_version.version_num = '0009';

COMMIT;

