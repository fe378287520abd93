"""Fixtures for the dbt tests: a fresh migrated database per test module, loaded through the real
ingest pipeline (CSVs → S3 → run_pipeline), and Settings pointing dbt at it.

dbt invocations are slow (seconds each), so each module builds once in a module-scoped fixture
and its tests read the result.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg
import pytest

from elt.db import migrate
from elt.settings import Settings


def _with_database(url: str, database: str) -> str:
    base, _, query = url.partition("?")
    return base.rsplit("/", 1)[0] + "/" + database + ("?" + query if query else "")


@pytest.fixture(scope="module")
def dbt_database_url(server_url: str) -> Iterator[str]:
    """A database of this module's own (dbt builds schemas and tables other tests must not see)."""
    name = f"medilink_dbt_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f'create database "{name}"')
    url = _with_database(server_url, name)
    migrate.upgrade("postgresql+psycopg://" + url.split("://", 1)[1])
    yield url
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f'drop database if exists "{name}" with (force)')


@pytest.fixture(scope="module")
def dbt_settings(settings: Settings, dbt_database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The session's settings with this module's database, S3 prefix and state folder."""
    return settings.model_copy(
        update={
            "database_url": dbt_database_url,
            "s3_prefix": f"dbt-tests/{uuid.uuid4().hex[:8]}",
            "medilink_home": tmp_path_factory.mktemp("dbt-home"),
        }
    )
