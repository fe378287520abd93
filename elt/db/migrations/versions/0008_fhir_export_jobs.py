"""FHIR Bulk Data export jobs (api.export_jobs): one row per $export kick-off.

Revision ID: 0008
Revises: 0007
"""

from elt.db.migrations.sql import execute_sql_file

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    execute_sql_file("0008_fhir_export_jobs.sql")
