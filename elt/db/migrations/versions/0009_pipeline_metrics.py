"""Pipeline metrics: per-step timings and volumes, per-facility row counts, a per-batch view.

Revision ID: 0009
Revises: 0008
"""

from elt.db.migrations.sql import execute_sql_file

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    execute_sql_file("0009_pipeline_metrics.sql")
