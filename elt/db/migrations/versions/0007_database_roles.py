"""Least-privilege database roles: medilink_api, medilink_pipeline, medilink_dbt, medilink_analyst.

Roles are created NOLOGIN here; `medilink db roles` gives them LOGIN and passwords at provisioning.
Roles are cluster-wide, so creating them is idempotent (another database of the same cluster may
have made them already); the grants are per database and are applied every time.

Revision ID: 0007
Revises: 0006
"""

from elt.db.migrations.sql import execute_sql_file

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    execute_sql_file("0007_database_roles.sql")
