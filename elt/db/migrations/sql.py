"""Migrations keep their DDL in a .sql file named like the revision module."""

from pathlib import Path

from alembic import op

VERSIONS = Path(__file__).parent / "versions"


def execute_sql_file(name: str) -> None:
    op.execute((VERSIONS / name).read_text(encoding="utf-8"))
