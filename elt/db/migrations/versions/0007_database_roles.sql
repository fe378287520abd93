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
grant execute on function api.purge_access_audit(integer, boolean) to medilink_pipeline;
