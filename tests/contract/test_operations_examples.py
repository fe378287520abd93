"""The design document's operations examples: its monitoring SQL against the database, connected the
way an operator or the application is (a new session, no superuser, no schema names), and its setup
section's environment variables read by the one Settings object."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from design_document import monitoring_sql, setup_variables
from psycopg import sql

from elt.settings import Settings

SQL_BLOCKS = monitoring_sql()
APP_ROLE = "medilink_contract_app"


def test_the_monitoring_section_shows_the_audit_log_and_record_count_queries() -> None:
    texts = [" ".join(block.text.split()) for block in SQL_BLOCKS]
    assert any("FROM etl_audit_log" in text for text in texts)
    assert any("FROM triage_visits" in text for text in texts)


@pytest.fixture
def app_session(database_url: str) -> Iterator[psycopg.Connection]:
    """A new session as a role that may only read (no superuser, no search_path of its own)."""
    with psycopg.connect(database_url, autocommit=True) as admin:
        exists = admin.execute("select 1 from pg_roles where rolname = %s", (APP_ROLE,)).fetchone()
        if not exists:
            admin.execute(sql.SQL("create role {} nologin").format(sql.Identifier(APP_ROLE)))
        for schema in ("public", "etl"):
            admin.execute(
                sql.SQL("grant usage on schema {} to {}").format(sql.Identifier(schema), sql.Identifier(APP_ROLE))
            )
            admin.execute(
                sql.SQL("grant select on all tables in schema {} to {}").format(
                    sql.Identifier(schema), sql.Identifier(APP_ROLE)
                )
            )
    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute(sql.SQL("set role {}").format(sql.Identifier(APP_ROLE)))
        yield conn


@pytest.mark.parametrize("block", SQL_BLOCKS, ids=[f"line-{block.line}" for block in SQL_BLOCKS])
def test_every_monitoring_query_runs_as_written(app_session: psycopg.Connection, block, clean_db: str) -> None:
    with psycopg.connect(clean_db, autocommit=True) as writer:
        facility = writer.execute(
            "insert into public.facilities (name, state, lga)"
            " values ('General Hospital', 'Lagos', 'Ikeja') returning id"
        ).fetchone()[0]
        writer.execute(
            "insert into public.patients (facility_id, first_name, last_name, sex, dob)"
            " values (%s, 'John', 'Doe', 'M', '1990-01-01')",
            (facility,),
        )
        batch = writer.execute(
            "insert into etl.etl_batches (triggered_by) values ('contract') returning id"
        ).fetchone()[0]
        for table, started in (("facilities", "2025-01-15 10:00+00"), ("patients", "2025-01-15 11:00+00")):
            writer.execute(
                "insert into etl.etl_audit_log (batch_id, table_name, started_at, status)"
                " values (%s, %s, %s, 'success')",
                (batch, table, started),
            )
    cursor = app_session.execute(block.text)  # the document's text, unchanged
    columns = [column.name for column in cursor.description or []]
    rows = cursor.fetchall()
    if "etl_audit_log" in block.text:
        assert [row[columns.index("table_name")] for row in rows] == ["patients", "facilities"]  # newest first
    else:
        assert dict(rows) == {"facilities": 1, "patients": 1, "medical_records": 0, "triage_visits": 0}


def test_the_search_path_is_the_databases_default_not_a_setting_of_one_role(database_url: str) -> None:
    with psycopg.connect(database_url) as conn:
        (setting,) = conn.execute(
            "select array_to_string(s.setconfig, ',') from pg_db_role_setting as s"
            " join pg_database as d on d.oid = s.setdatabase where d.datname = current_database() and s.setrole = 0"
        ).fetchone()
    assert "search_path=" in setting and "public, etl" in setting


# ---------------------------------------------------------------- settings
def _where_read(name: str) -> list[tuple[type, str]]:
    """(settings class, field) that reads environment variable `name`, by field name or alias."""
    found = []
    for cls in (Settings,):
        for field_name, info in cls.model_fields.items():
            alias = info.validation_alias
            names = {field_name}
            if alias is not None:
                names |= {str(choice) for choice in getattr(alias, "choices", [alias])}
            if name.lower() in {candidate.lower() for candidate in names}:
                found.append((cls, field_name))
    return found


SETUP = setup_variables()
# Not in the document's text but in the compose file its setup runs (issue #11 lists them).
COMPOSE_ONLY = [
    ("S3_INPUT_PREFIX", "medical_records/input/"),
    ("S3_ARCHIVE_PREFIX", "medical_records/archive/"),
    ("AWS_REGION", "eu-west-1"),
    ("FLASK_ENV", "production"),
]


def test_the_setup_section_names_the_database_and_aws_variables() -> None:
    names = {name for name, _ in SETUP}
    assert {"POSTGRES_HOST", "POSTGRES_PORT", "POSTGRES_USER", "POSTGRES_PASSWORD", "POSTGRES_DB"} <= names


@pytest.mark.usefixtures("clean_environment")
@pytest.mark.parametrize(("name", "value"), SETUP + COMPOSE_ONLY, ids=[name for name, _ in SETUP + COMPOSE_ONLY])
def test_every_documented_variable_is_read_by_the_settings(monkeypatch, name: str, value: str) -> None:
    monkeypatch.delenv("AWS_DEFAULT_REGION", raising=False)
    monkeypatch.setenv(name, value)
    monkeypatch.setenv("API_JWT_SECRET", "x" * 40)
    readers = _where_read(name)
    assert readers, f"{name} is read by no setting"
    for cls, field_name in readers:
        read = getattr(cls(_env_file=None), field_name)
        read = read.get_secret_value() if hasattr(read, "get_secret_value") else read
        assert str(read).strip("/") == value.strip("/"), (name, field_name, read)


@pytest.mark.usefixtures("clean_environment")
def test_the_documented_database_variables_build_the_connection() -> None:
    values = dict(SETUP)
    built = Settings(
        _env_file=None, **{name.lower(): value for name, value in values.items() if name.startswith("POSTGRES_")}
    )
    assert built.libpq_url == (
        f"postgresql://{values['POSTGRES_USER']}:{values['POSTGRES_PASSWORD']}"
        f"@{values['POSTGRES_HOST']}:{values['POSTGRES_PORT']}/{values['POSTGRES_DB']}"
    )
