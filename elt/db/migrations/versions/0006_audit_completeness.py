"""API audit completeness: denied requests, source address and user agent, the client's own request
id, the upload id, CLI client changes; and NOTIFY on client changes for the API's client cache.

Revision ID: 0006
Revises: 0005
"""

from elt.db.migrations.sql import execute_sql_file

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    execute_sql_file("0006_audit_completeness.sql")
