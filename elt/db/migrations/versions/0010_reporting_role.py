"""Read-only reporting role medilink_reporting, for the admin Operations dashboards (Superset).

Created NOLOGIN like the roles of 0007; `medilink db roles` gives it LOGIN and its password.

Revision ID: 0010
Revises: 0009
"""

from elt.db.migrations.sql import execute_sql_file

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    execute_sql_file("0010_reporting_role.sql")
