"""`medilink db …`: apply the migrations, render them as `elt/init.sql`, enable the service roles."""

from __future__ import annotations

import psycopg
import typer
from rich.console import Console
from rich.table import Table

from elt.db import migrate
from elt.db import roles as service_roles
from elt.settings import get_settings

db_app = typer.Typer(help="Schema: Alembic migrations are the one source.", no_args_is_help=True)
console = Console(stderr=True)


@db_app.command()
def upgrade(revision: str = typer.Argument("head", help="Target revision.")) -> None:
    """Apply the migrations up to REVISION (idempotent); then `db roles` when role passwords are set."""
    settings = get_settings()
    before, after = migrate.upgrade(settings.sqlalchemy_url, revision)
    if before == after:
        console.print(f"Schema already at revision {after}: nothing to do.")
    else:
        console.print(f"Schema upgraded from {before or 'empty'} to {after}.")
    if any(service_roles.password_for(settings, role) for role in service_roles.ROLES):
        roles()  # the embedded stack configures the roles' passwords: give them their logins now


@db_app.command()
def current() -> None:
    """Print the database's revision and the newest one."""
    revision = migrate.current_revision(get_settings().sqlalchemy_url)
    print(f"current: {revision or 'none'}  head: {migrate.head_revision()}")


@db_app.command()
def sql(
    write: bool = typer.Option(False, "--write", help=f"Write {migrate.INIT_SQL.name} instead of printing."),
) -> None:
    """Render the migrations as one SQL script (the seed's `psql -f elt/init.sql` path)."""
    text = migrate.offline_sql()
    if write:
        migrate.INIT_SQL.write_text(text, encoding="utf-8")
        console.print(f"Wrote {migrate.INIT_SQL}.")
    else:
        print(text, end="")


@db_app.command()
def roles() -> None:
    """Give the service roles (medilink_api, _pipeline, _dbt, _analyst, _reporting) LOGIN and their passwords.

    Each password comes from MEDILINK_<ROLE>_DB_PASSWORD (e.g. MEDILINK_API_DB_PASSWORD); roles
    without one are left as they are. Run after `medilink db upgrade`, as the database owner.
    """
    settings = get_settings()
    with psycopg.connect(settings.libpq_url, autocommit=True) as conn:
        outcomes = service_roles.enable_login(conn, settings)
    table = Table("role", "for", "outcome")
    purposes = {role.name: role.purpose for role in service_roles.ROLES}
    for name, outcome in outcomes:
        table.add_row(name, purposes[name], outcome)
    console.print(table)
    if any(outcome.startswith("missing") for _, outcome in outcomes):
        raise typer.Exit(code=1)


def register(app: typer.Typer) -> None:
    app.add_typer(db_app, name="db")
