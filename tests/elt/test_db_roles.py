"""Least-privilege database roles (migrations 0007, 0010): what each service role can and cannot do.

Privileges are checked with SET ROLE from the test's owner connection (the same checks PostgreSQL
makes for a login as that role), so the cluster-wide roles' passwords are never changed by these
tests except in the one test of `medilink db roles`, which uses a fresh random password.
"""

from __future__ import annotations

import json
import secrets
import uuid
from dataclasses import asdict

import psycopg
import pytest
from psycopg import errors
from pydantic import SecretStr

from elt.db import migrate
from elt.db.roles import ROLES, enable_login
from elt.settings import Settings

pytestmark = pytest.mark.pg_compat

DENIED = (errors.InsufficientPrivilege,)


def run_as(url: str, role: str, sql: str, params: tuple = ()) -> list[tuple]:
    """Run one statement as `role` inside a transaction that is always rolled back."""
    with psycopg.connect(url) as conn:
        try:
            conn.execute(f"set role {role}")
            cursor = conn.execute(sql, params)
            return cursor.fetchall() if cursor.description else []
        finally:
            conn.rollback()


@pytest.fixture
def audit_row(database_url: str) -> int:
    with psycopg.connect(database_url, autocommit=True) as conn:
        return conn.execute(
            "insert into api.access_audit (who, role, action, resource, request_id)"
            " values ('roles-test', 'admin', 'read', 'patients', 'r1') returning id"
        ).fetchone()[0]


def test_the_service_roles_exist_without_login(database_url: str) -> None:
    with psycopg.connect(database_url) as conn:
        rows = dict(
            conn.execute(
                "select rolname, rolsuper from pg_roles where rolname = any(%s)", ([role.name for role in ROLES],)
            ).fetchall()
        )
    assert rows == dict.fromkeys(
        ["medilink_api", "medilink_pipeline", "medilink_dbt", "medilink_analyst", "medilink_reporting"], False
    )


def test_migrating_another_database_of_the_same_cluster_reuses_the_roles(server_url: str) -> None:
    name = f"medilink_roles_{uuid.uuid4().hex[:8]}"
    base = server_url.rsplit("/", 1)[0]
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f'create database "{name}"')
    try:
        url = f"{base}/{name}"
        before, after = migrate.upgrade("postgresql+psycopg://" + url.split("://", 1)[1])
        assert (before, after) == (None, migrate.head_revision())
        assert run_as(url, "medilink_analyst", "select has_schema_privilege('research', 'usage')") == [(True,)]
    finally:
        with psycopg.connect(server_url, autocommit=True) as conn:
            conn.execute(f'drop database if exists "{name}" with (force)')


def test_api_cannot_update_or_delete_audit_rows(database_url: str, audit_row: int) -> None:
    with pytest.raises(DENIED):
        run_as(database_url, "medilink_api", "update api.access_audit set who = 'x' where id = %s", (audit_row,))
    with pytest.raises(DENIED):
        run_as(database_url, "medilink_api", "delete from api.access_audit where id = %s", (audit_row,))
    with pytest.raises(DENIED):
        run_as(database_url, "medilink_api", "truncate api.access_audit")
    with pytest.raises(DENIED):
        run_as(database_url, "medilink_api", "select * from api.access_audit")


def test_api_may_insert_audit_rows_and_write_production_tables(database_url: str) -> None:
    run_as(
        database_url,
        "medilink_api",
        "insert into api.access_audit (who, role, action, resource, request_id)"
        " values ('t', 'admin', 'read', 'x', 'r')",
    )
    run_as(database_url, "medilink_api", "update public.patients set updated_at = updated_at where false")
    run_as(database_url, "medilink_api", "delete from public.triage_visits where false")
    assert run_as(database_url, "medilink_api", "select count(*) from etl.etl_batches")[0][0] >= 0


@pytest.mark.parametrize(
    "ddl",
    [
        "create table public.intruder (id int)",
        "create table api.intruder (id int)",
        "create table etl.intruder (id int)",
        "create table marts.intruder (id int)",
        "drop table public.patients",
        "alter table public.patients add column intruder text",
        "create schema intruder",
    ],
)
def test_api_runs_no_ddl(database_url: str, ddl: str) -> None:
    with pytest.raises(DENIED):
        run_as(database_url, "medilink_api", ddl)


@pytest.mark.parametrize(
    "sql",
    [
        "select * from public.patients",
        "select * from public.medical_records",
        "select * from api.clients",
        "select * from etl.etl_rejected_rows",
        "select * from etl.stage_patients",
    ],
)
def test_analyst_cannot_read_anything_outside_research(database_url: str, sql: str) -> None:
    with pytest.raises(DENIED):
        run_as(database_url, "medilink_analyst", sql)


def test_analyst_reads_research_tables_made_after_the_migration(database_url: str) -> None:
    table = f"research.probe_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute(f"create table {table} (month text, patient_count int)")
        conn.execute(f"insert into {table} values ('2024-01', 7)")
    try:
        assert run_as(database_url, "medilink_analyst", f"select * from {table}") == [("2024-01", 7)]
        with pytest.raises(DENIED):
            run_as(database_url, "medilink_analyst", f"delete from {table}")
    finally:
        with psycopg.connect(database_url, autocommit=True) as conn:
            conn.execute(f"drop table {table}")


def test_pipeline_writes_etl_and_public_but_not_the_audit(database_url: str, audit_row: int) -> None:
    run_as(database_url, "medilink_pipeline", "insert into etl.etl_batches (triggered_by) values ('roles-test')")
    run_as(database_url, "medilink_pipeline", "delete from etl.stage_patients where false")
    run_as(database_url, "medilink_pipeline", "truncate etl.stage_patients")
    run_as(database_url, "medilink_pipeline", "update public.facilities set updated_at = updated_at where false")
    with pytest.raises(DENIED):
        run_as(database_url, "medilink_pipeline", "delete from api.access_audit where id = %s", (audit_row,))
    with pytest.raises(DENIED):
        run_as(database_url, "medilink_pipeline", "create table etl.intruder (id int)")


def test_dbt_reads_public_and_builds_its_own_schemas_only(database_url: str) -> None:
    assert run_as(database_url, "medilink_dbt", "select count(*) from public.patients")[0][0] >= 0
    run_as(database_url, "medilink_dbt", "create table research.dbt_probe (id int)")
    run_as(database_url, "medilink_dbt", "create view staging.dbt_probe as select 1 as one")
    with pytest.raises(DENIED):
        run_as(database_url, "medilink_dbt", "update public.patients set updated_at = now() where false")
    with pytest.raises(DENIED):
        run_as(database_url, "medilink_dbt", "create table public.intruder (id int)")


def test_db_roles_gives_login_with_the_configured_password_only(database_url: str, settings: Settings) -> None:
    password = secrets.token_urlsafe(24)
    role_settings = settings.model_copy(update={"medilink_analyst_db_password": SecretStr(password)})
    with psycopg.connect(database_url, autocommit=True) as conn:
        outcomes = dict(enable_login(conn, role_settings))
        stored = conn.execute("select rolpassword from pg_authid where rolname = 'medilink_analyst'").fetchone()[0]
    assert outcomes["medilink_analyst"] == "login enabled"
    assert outcomes["medilink_api"].startswith("unchanged")
    assert stored.startswith("SCRAM-SHA-256$") and password not in stored
    url = role_settings.role_libpq_url("medilink_analyst", SecretStr(password))
    with psycopg.connect(url) as conn:
        assert conn.execute("select current_user").fetchone()[0] == "medilink_analyst"
        with pytest.raises(DENIED):
            conn.execute("select * from public.patients")


def test_objects_dbt_built_before_the_roles_existed_change_hands_to_the_dbt_role(server_url: str) -> None:
    name = f"medilink_roles_{uuid.uuid4().hex[:8]}"
    base = server_url.rsplit("/", 1)[0]
    url = f"{base}/{name}"
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f'create database "{name}"')
    try:
        alembic_url = "postgresql+psycopg://" + url.split("://", 1)[1]
        migrate.upgrade(alembic_url, "0003")
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("create schema marts")
            conn.execute("create table marts.old_mart (id int)")
            conn.execute("create schema staging")
            conn.execute("create view staging.old_view as select 1 as one")
        migrate.upgrade(alembic_url)
        with psycopg.connect(url) as conn:
            owners = conn.execute(
                "select c.relname, pg_get_userbyid(c.relowner) from pg_class c join pg_namespace n"
                " on n.oid = c.relnamespace where n.nspname in ('marts', 'staging') order by 1"
            ).fetchall()
        assert owners == [("old_mart", "medilink_dbt"), ("old_view", "medilink_dbt")]
        run_as(url, "medilink_dbt", "drop table marts.old_mart")
    finally:
        with psycopg.connect(server_url, autocommit=True) as conn:
            conn.execute(f'drop database if exists "{name}" with (force)')


def test_a_stack_generates_role_passwords_and_a_pseudonym_key_once(tmp_path) -> None:
    from elt.stack import Stack

    first = Stack(tmp_path / "home").env()
    again = Stack(tmp_path / "home").env()  # nothing saved yet: a new state, new secrets
    assert first["DBT_POSTGRES_USER"] == "medilink_dbt"
    assert first["DBT_POSTGRES_PASSWORD"] == first["MEDILINK_DBT_DB_PASSWORD"]
    roles = ("API", "PIPELINE", "DBT", "ANALYST", "REPORTING")
    secrets_made = [first[f"MEDILINK_{role}_DB_PASSWORD"] for role in roles]
    assert len(set(secrets_made)) == len(roles) and all(len(value) >= 32 for value in secrets_made)
    assert (
        len(first["MEDILINK_PSEUDONYM_KEY"]) == 64
        and first["MEDILINK_PSEUDONYM_KEY"] != again["MEDILINK_PSEUDONYM_KEY"]
    )
    settings = Settings(_env_file=None, **{key.lower(): value for key, value in first.items() if key != "DATABASE_URL"})
    assert settings.pipeline_libpq_url.startswith("postgresql://medilink_pipeline:")


def test_a_short_pseudonym_key_is_refused() -> None:
    with pytest.raises(ValueError, match="32"):
        Settings(_env_file=None, medilink_pseudonym_key="too-short")


def test_a_stack_saved_before_a_role_existed_gets_its_password_once(tmp_path) -> None:
    """A stack.json written before medilink_reporting (0010) still loads; the new password is kept."""
    from elt.stack import Stack

    home = tmp_path / "home"
    home.mkdir()
    older = asdict(Stack(home).state)
    del older["role_passwords"]["reporting"]
    (home / "stack.json").write_text(json.dumps(older))

    first = Stack(home).env()
    again = Stack(home).env()
    assert first["MEDILINK_ANALYST_DB_PASSWORD"] == older["role_passwords"]["analyst"]
    assert len(first["MEDILINK_REPORTING_DB_PASSWORD"]) >= 32
    assert again["MEDILINK_REPORTING_DB_PASSWORD"] == first["MEDILINK_REPORTING_DB_PASSWORD"]


# ---------------------------------------------------------------- medilink_reporting (0010)
READABLE_BY_REPORTING = (
    "etl.etl_batches",
    "etl.etl_files",
    "etl.etl_audit_log",
    "etl.etl_step_metrics",
    "etl.etl_facility_rows",
    "etl.batch_metrics",
)


@pytest.mark.parametrize("relation", READABLE_BY_REPORTING)
def test_reporting_reads_the_pipeline_bookkeeping(database_url: str, relation: str) -> None:
    assert run_as(database_url, "medilink_reporting", f"select count(*) from {relation}")[0][0] >= 0


@pytest.mark.parametrize(
    "sql",
    [
        "select * from public.patients",
        "select * from public.triage_visits",
        "select * from etl.etl_rejected_rows",
        "select * from etl.stage_patients",
        "select * from api.clients",
        "select * from api.access_audit",
        "select * from research.triage_daily",  # no USAGE on research: refused whether it exists or not
    ],
)
def test_reporting_cannot_read_people_raw_rows_research_or_api(database_url: str, sql: str) -> None:
    with pytest.raises(DENIED):
        run_as(database_url, "medilink_reporting", sql)


@pytest.mark.parametrize(
    "sql",
    [
        "insert into etl.etl_batches (triggered_by) values ('reporting')",
        "update etl.etl_batches set status = status where false",
        "delete from etl.etl_files where false",
        "delete from etl.etl_step_metrics where false",
        "truncate etl.etl_facility_rows",
        "update etl.etl_audit_log set status = status where false",
        "create table marts.intruder (id int)",
        "create table etl.intruder (id int)",
    ],
)
def test_reporting_writes_nothing(database_url: str, sql: str) -> None:
    with pytest.raises(DENIED):
        run_as(database_url, "medilink_reporting", sql)


def test_reporting_reads_marts_tables_dbt_makes_later_and_cannot_change_them(database_url: str) -> None:
    """Tables made after the migration, by the dbt role (as `medilink dbt` does) and by the owner."""
    by_dbt, by_owner = (f"marts.probe_{uuid.uuid4().hex[:8]}" for _ in range(2))
    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute("set role medilink_dbt")
        conn.execute(f"create table {by_dbt} (day date, visit_count int)")
        conn.execute(f"insert into {by_dbt} values ('2024-03-01', 3)")
        conn.execute("reset role")
        conn.execute(f"create table {by_owner} (day date, visit_count int)")
        conn.execute(f"insert into {by_owner} values ('2024-03-02', 4)")
    try:
        for table, day in ((by_dbt, 1), (by_owner, 2)):
            rows = run_as(
                database_url, "medilink_reporting", f"select extract(day from day)::int, visit_count from {table}"
            )
            assert rows == [(day, day + 2)]
            for sql in (f"insert into {table} values (null, 1)", f"update {table} set visit_count = 0",
                        f"delete from {table}"):  # fmt: skip
                with pytest.raises(DENIED):
                    run_as(database_url, "medilink_reporting", sql)
    finally:
        with psycopg.connect(database_url, autocommit=True) as conn:
            conn.execute(f"drop table {by_dbt}, {by_owner}")


def test_reporting_has_exactly_the_granted_etl_relations(database_url: str) -> None:
    """Nothing in etl beyond the listed bookkeeping, and no privilege but SELECT anywhere."""
    rows = run_as(
        database_url,
        "medilink_reporting",
        "select n.nspname || '.' || c.relname, has_table_privilege(c.oid, 'insert, update, delete, truncate')"
        " from pg_class as c join pg_namespace as n on n.oid = c.relnamespace"
        " where n.nspname in ('etl', 'public', 'api', 'research', 'staging', 'marts') and c.relkind in ('r', 'v', 'p')"
        " and has_table_privilege(c.oid, 'select')",
    )
    etl = {name for name, _ in rows if name.startswith("etl.")}
    assert etl == set(READABLE_BY_REPORTING)
    assert {name.split(".")[0] for name, _ in rows} <= {"etl", "marts"}
    assert not [name for name, writable in rows if writable]


@pytest.mark.parametrize("role", ["medilink_analyst", "medilink_reporting"])
def test_ad_hoc_logins_stop_a_query_after_a_minute(database_url: str, role: str) -> None:
    # Role settings reach logins only: what Superset's connections use (the dashboard tests show
    # it through SQL Lab); the API's SET LOCAL ROLE keeps its own limits.
    with psycopg.connect(database_url) as conn:
        (settings,) = conn.execute(
            "select coalesce(setconfig, '{}') from pg_db_role_setting where setrole = %s::regrole and setdatabase = 0",
            (role,),
        ).fetchone()
    assert "statement_timeout=60s" in settings
