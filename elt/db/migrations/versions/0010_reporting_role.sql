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
alter role medilink_reporting set statement_timeout = '60s';
