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
create index etl_files_key_sha_idx on etl.etl_files (object_key, sha256);
