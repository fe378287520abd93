"""Migrations keep their DDL in a .sql file named like the revision module."""

from pathlib import Path

import sqlalchemy as sa
from alembic import op

VERSIONS = Path(__file__).parent / "versions"


def execute_sql_file(name: str) -> None:
    text = (VERSIONS / name).read_text(encoding="utf-8")
    # Escape every colon: SQLAlchemy would read ":Z" in a regex or ":name" in a comment as a bind parameter.
    op.execute(sa.text(text.replace(":", "\\:")))
