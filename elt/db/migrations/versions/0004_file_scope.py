"""Scope travels with the file: who uploaded it, in which role, for which facility; attempts and quarantine.

Revision ID: 0004
Revises: 0003
"""

from elt.db.migrations.sql import execute_sql_file

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    execute_sql_file("0004_file_scope.sql")
