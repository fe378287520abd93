"""Real services for the whole test session: an embedded PostgreSQL and a SeaweedFS S3 server,
started once in a temporary folder (so a developer's own stack is never touched) and stopped after.

MEDILINK_TEST_DATABASE_URL points the database tests at another server instead (CI runs the
`pg_compat` tests a second time against the PostgreSQL at 127.0.0.1:5432).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from elt.db import migrate
from elt.settings import Settings
from elt.stack import Stack

PRODUCTION_TABLES = ("triage_visits", "medical_records", "workers", "patients", "facilities")
PIPELINE_TABLES = (
    "etl.etl_rejected_rows",
    "etl.etl_audit_log",
    "etl.etl_files",
    "etl.etl_batches",
    "etl.stage_facilities",
    "etl.stage_patients",
    "etl.stage_workers",
    "etl.stage_medical_records",
    "etl.stage_triage_visits",
)


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    external_db = bool(os.environ.get("MEDILINK_TEST_DATABASE_URL"))
    home = tmp_path_factory.mktemp("medilink-stack")
    test_stack = Stack(home, bucket="medilink-test")
    test_stack.up(postgres=not external_db, s3=True)
    try:
        yield test_stack
    finally:
        test_stack.down()


@pytest.fixture(scope="session")
def server_url(stack: Stack) -> str:
    """libpq URL of the server the tests use (its `postgres` maintenance database)."""
    external = os.environ.get("MEDILINK_TEST_DATABASE_URL")
    return external or stack.postgres.url("postgres")


def _with_database(url: str, database: str) -> str:
    base, _, query = url.partition("?")
    base = base.rsplit("/", 1)[0] + "/" + database
    return base + ("?" + query if query else "")


@pytest.fixture(scope="session")
def database_url(server_url: str) -> Iterator[str]:
    """A fresh database for this session, migrated to head; dropped at the end."""
    name = f"medilink_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f'create database "{name}"')
    url = _with_database(server_url, name)
    migrate.upgrade(to_sqlalchemy(url))
    yield url
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f'drop database if exists "{name}" with (force)')


def to_sqlalchemy(url: str) -> str:
    return "postgresql+psycopg://" + url.split("://", 1)[1]


@pytest.fixture(scope="session")
def settings(stack: Stack, database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings pointing at the test services, independent of the developer's environment."""
    env = stack.env(postgres=False, s3=True)
    return Settings(
        _env_file=None,
        database_url=database_url,
        s3_bucket=env["S3_BUCKET"],
        s3_prefix="medical_records",
        aws_endpoint_url=env["AWS_ENDPOINT_URL"],
        aws_default_region=env["AWS_DEFAULT_REGION"],
        aws_access_key_id=env["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=env["AWS_SECRET_ACCESS_KEY"],
        medilink_home=tmp_path_factory.mktemp("home"),
        # the research models need one (a stack generates its own); a fixed test value
        medilink_pseudonym_key="test-pseudonym-key-0123456789abcdef0123456789",
    )


@pytest.fixture(scope="session", autouse=True)
def _s3_credentials(stack: Stack) -> Iterator[None]:
    """boto3 reads credentials from its usual chain; point that chain at the test S3 server."""
    env = stack.env(postgres=False, s3=True)
    keys = ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_DEFAULT_REGION", "AWS_ENDPOINT_URL")
    saved = {key: os.environ.get(key) for key in keys}
    os.environ.update({key: env[key] for key in keys})
    yield
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture
def conn(database_url: str) -> Iterator[psycopg.Connection]:
    with psycopg.connect(database_url) as connection:
        yield connection


@pytest.fixture
def clean_db(database_url: str) -> str:
    """Empty every production and pipeline table (reference data stays); returns the URL."""
    truncate_all(database_url)
    return database_url


def truncate_all(database_url: str) -> None:
    tables = ", ".join([*(f"public.{name}" for name in PRODUCTION_TABLES), *PIPELINE_TABLES])
    with psycopg.connect(database_url, autocommit=True) as connection:
        connection.execute(f"truncate {tables} restart identity cascade")


@pytest.fixture
def s3_client(settings: Settings):
    from elt.s3 import s3_client as make_client

    return make_client(settings)


@pytest.fixture
def empty_bucket(s3_client, settings: Settings) -> str:
    """The test bucket with nothing in it; returns its name."""
    paginator = s3_client.get_paginator("list_objects_v2")
    for page in paginator.paginate(Bucket=settings.s3_bucket):
        keys = [{"Key": item["Key"]} for item in page.get("Contents", [])]
        if keys:
            s3_client.delete_objects(Bucket=settings.s3_bucket, Delete={"Objects": keys})
    return settings.s3_bucket


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return Path(__file__).resolve().parent.parent


SETTING_VARIABLES = (
    "DATABASE_URL",
    "POSTGRES_HOST",
    "POSTGRES_PORT",
    "POSTGRES_USER",
    "POSTGRES_PASSWORD",
    "POSTGRES_DB",
    "POSTGRES_SSLMODE",
    "POSTGRES_SSLROOTCERT",
    "S3_BUCKET",
    "S3_PREFIX",
    "AWS_ENDPOINT_URL",
    "MEDILINK_HOME",
    "S3_INPUT_PREFIX",
    "S3_ARCHIVE_PREFIX",
    "AWS_REGION",
    "FLASK_ENV",
)


@pytest.fixture
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No setting from the process environment (a session fixture may have exported some):
    for tests that build Settings from explicit values only."""
    for name in SETTING_VARIABLES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def _fresh_count_estimates() -> None:
    """The API remembers planner estimates per process for 30 s; tests that empty and refill tables
    must not see another test's totals."""
    from backend.paging import ESTIMATES

    ESTIMATES.clear()
