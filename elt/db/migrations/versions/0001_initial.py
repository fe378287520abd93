"""Production tables, pipeline bookkeeping and staging.

Revision ID: 0001
Revises:
"""

from elt.db.migrations.sql import execute_sql_file

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    execute_sql_file("0001_initial.sql")
