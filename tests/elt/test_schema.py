"""The schema: Alembic migrations are its one source, elt/init.sql is rendered from them."""

import uuid

import psycopg
import pytest
from psycopg import errors

from elt.db import migrate

pytestmark = pytest.mark.pg_compat

CATALOG = """
select table_schema || '.' || table_name || '.' || column_name || ':' || data_type || ':' || is_nullable
from information_schema.columns where table_schema in ('public', 'etl', 'api')
union all
select conrelid::regclass::text || ':' || conname || ':' || pg_get_constraintdef(oid)
from pg_constraint where connamespace in ('public'::regnamespace, 'etl'::regnamespace)
union all
select schemaname || '.' || indexname || ':' || indexdef from pg_indexes where schemaname in ('public', 'etl')
union all
select 'ref:' || (select count(*) from etl.ref_lgas) || ':' || (select count(*) from etl.ref_icd10)
order by 1
"""


@pytest.fixture
def empty_database(server_url):
    name = f"medilink_empty_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f'create database "{name}"')
    base = server_url.split("?")[0].rsplit("/", 1)[0]
    yield f"{base}/{name}"
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f'drop database if exists "{name}" with (force)')


def catalog(url: str) -> list[str]:
    with psycopg.connect(url) as conn:
        return [row[0] for row in conn.execute(CATALOG)]


def to_sqlalchemy(url: str) -> str:
    return "postgresql+psycopg://" + url.split("://", 1)[1]


def test_migrations_run_up_from_empty_and_again_without_change(empty_database):
    before, after = migrate.upgrade(to_sqlalchemy(empty_database))
    assert (before, after) == (None, migrate.head_revision())
    first = catalog(empty_database)
    assert any(line.startswith("public.patients.dob:date") for line in first)
    again = migrate.upgrade(to_sqlalchemy(empty_database))
    assert again == (migrate.head_revision(), migrate.head_revision())
    assert catalog(empty_database) == first


def test_init_sql_is_the_migrations_rendered_offline(repo_root):
    committed = (repo_root / "elt" / "init.sql").read_text(encoding="utf-8")
    assert committed == migrate.offline_sql(), "elt/init.sql drifted: run `make init-sql`"


def test_init_sql_builds_the_same_schema_as_the_migrations(repo_root, empty_database, database_url):
    with psycopg.connect(empty_database, autocommit=True) as conn:
        conn.execute((repo_root / "elt" / "init.sql").read_text(encoding="utf-8"))
    assert catalog(empty_database) == catalog(database_url)


@pytest.fixture
def facility_id(clean_db):
    with psycopg.connect(clean_db, autocommit=True) as conn:
        return conn.execute(
            "insert into facilities (name, state, lga) values ('General Hospital Ikeja', 'Lagos', 'Ikeja') returning id"
        ).fetchone()[0]


def test_triage_level_of_7_is_refused(clean_db, facility_id):
    with psycopg.connect(clean_db, autocommit=True) as conn:
        patient = conn.execute(
            "insert into patients (facility_id, first_name, last_name, sex, dob) values (%s, 'Ada', 'Obi', 'F',"
            " '1990-01-01') returning id",
            (facility_id,),
        ).fetchone()[0]
        with pytest.raises(errors.CheckViolation, match="triage_level"):
            conn.execute(
                "insert into triage_visits (patient_id, facility_id, triage_level, visit_ref) values (%s, %s, 7, 'v1')",
                (patient, facility_id),
            )


def test_latitude_of_200_is_refused(clean_db):
    with psycopg.connect(clean_db, autocommit=True) as conn, pytest.raises(errors.CheckViolation, match="lat"):
        conn.execute("insert into facilities (name, state, lga, lat) values ('PHC Dala', 'Kano', 'Dala', 200)")


def test_facility_natural_key_ignores_case_and_spacing(clean_db, facility_id):
    with psycopg.connect(clean_db, autocommit=True) as conn, pytest.raises(errors.UniqueViolation):
        conn.execute(
            "insert into facilities (name, state, lga) values ('  general   HOSPITAL ikeja ', 'Lagos', 'Ikeja')"
        )


def test_a_state_outside_the_reference_list_is_refused(clean_db):
    with psycopg.connect(clean_db, autocommit=True) as conn, pytest.raises(errors.ForeignKeyViolation):
        conn.execute("insert into facilities (name, state, lga) values ('X', 'Atlantis', 'Y')")
