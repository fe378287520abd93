"""REST API security: clients (OAuth2 client credentials), the patient-data access audit, uploads.

Revision ID: 0002
Revises: 0001
"""

from elt.db.migrations.sql import execute_sql_file

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    execute_sql_file("0002_api_security.sql")
