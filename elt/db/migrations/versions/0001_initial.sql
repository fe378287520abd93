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
        when btrim(value) like '[%' then etl.try_text_array(btrim(value))
        else array(select btrim(item) from unnest(string_to_array(value, ';')) as item where btrim(item) <> '')
    end;

-- A Nigerian number in E.164, or NULL when it is not one. `national_pattern` is the national
-- number pattern of phonenumbers' NG metadata (elt.pipeline.phones), so the library stays the
-- source of truth; numbers of other countries are checked by phonenumbers itself in Python.
create function etl.ng_phone_digits(d text, national_pattern text) returns text
    language sql immutable parallel safe
    return case
        when d !~ '^\+?[0-9]+$' then null
        when d like '+234%' then case when substr(d, 5) ~ national_pattern then d end
        when d like '+%' then null
        when d like '0%' then case when substr(d, 2) ~ national_pattern then '+234' || substr(d, 2) end
        when d ~ national_pattern then '+234' || d
        when d like '234%' and substr(d, 4) ~ national_pattern then '+' || d
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
create index triage_visits_visited_at_idx on public.triage_visits (visited_at);
