"""The design document's SQL runs as written: `etl` joins the database's search_path.

The document's monitoring queries name the pipeline tables without a schema
(`SELECT * FROM etl_audit_log ORDER BY started_at DESC LIMIT 10`); they live in schema `etl`.
Setting the search path on the database (not on one role) reaches every role that connects to it,
including the per-service roles, psql sessions and the RDS master user. `public` stays first, so
the production tables keep their names and nothing in `etl` can shadow them. The database name
differs between installs (and every test database has its own), hence `current_database()`.

Also an index for that query's order (the audit log grows by a few rows per file, for years), and
trigram indexes for the facility filters, which match part of the LGA, type or name ignoring case as
the document's API did (`ILIKE '%…%'`): on 46,000 facilities a filter went from a 70–105 ms sequential
scan to under 1 ms (bench/facility_filters.py measures it). pg_trgm is a trusted extension (PostgreSQL
13+, RDS included): the database owner may create it.

Revision ID: 0005
Revises: 0004
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

SEARCH_PATH = '"$user", public, etl'
TRIGRAM_COLUMNS = ("name", "lga", "type")


def _alter_database(action: str) -> None:
    # No format('%I'): offline rendering (elt/init.sql) would double the percent sign.
    op.execute(f"do $$ begin execute 'alter database ' || quote_ident(current_database()) || ' {action}'; end $$")


def upgrade() -> None:
    _alter_database("set search_path = " + SEARCH_PATH.replace("'", "''"))
    # This session too, so `\dt` right after `\i elt/init.sql` lists the pipeline tables.
    op.execute(f"set search_path = {SEARCH_PATH}")
    op.execute("create index etl_audit_log_started_idx on etl.etl_audit_log (started_at desc)")
    op.execute("create extension if not exists pg_trgm with schema public")
    for column in TRIGRAM_COLUMNS:
        op.execute(
            f"create index facilities_{column}_trgm_idx on public.facilities using gin ({column} public.gin_trgm_ops)"
        )


def downgrade() -> None:
    for column in TRIGRAM_COLUMNS:
        op.execute(f"drop index if exists public.facilities_{column}_trgm_idx")
    op.execute("drop index if exists etl.etl_audit_log_started_idx")
    _alter_database("reset search_path")
