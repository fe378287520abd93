"""Apply the Alembic migrations (the one schema source) and render them as plain SQL."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, pool

MIGRATIONS = Path(__file__).parent / "migrations"
INIT_SQL = Path(__file__).resolve().parent.parent / "init.sql"


def alembic_config(sqlalchemy_url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["url"] = sqlalchemy_url
    return config


def head_revision() -> str:
    script = ScriptDirectory.from_config(alembic_config("postgresql+psycopg://"))
    return script.get_current_head() or ""


def current_revision(sqlalchemy_url: str) -> str | None:
    engine = create_engine(sqlalchemy_url, poolclass=pool.NullPool)
    try:
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    finally:
        engine.dispose()


def upgrade(sqlalchemy_url: str, revision: str = "head") -> tuple[str | None, str | None]:
    """Bring the database to `revision`; a no-op when it is there already. Returns (before, after)."""
    before = current_revision(sqlalchemy_url)
    command.upgrade(alembic_config(sqlalchemy_url), revision)
    return before, current_revision(sqlalchemy_url)


def offline_sql() -> str:
    """The whole schema as one SQL script, rendered from the migrations."""
    buffer = io.StringIO()
    config = alembic_config("postgresql+psycopg://")
    config.output_buffer = buffer
    with contextlib.redirect_stdout(io.StringIO()):
        command.upgrade(config, "head", sql=True)
    header = (
        "-- Generated from the Alembic migrations in elt/db/migrations by `medilink db sql --write`.\n"
        "-- Do not edit by hand: a test fails when this file drifts from the migrations.\n"
    )
    return header + buffer.getvalue()
