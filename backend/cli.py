"""`medilink clients …` (API clients) and `medilink api serve` (gunicorn). Added by `register(app)`."""

from __future__ import annotations

import getpass
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum

import typer
from rich.console import Console
from rich.table import Table
from sqlalchemy import create_engine
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from elt.settings import get_settings

MAX_WORKERS = 12  # each worker holds its own connection pool; keep PostgreSQL's connection count sane

clients_app = typer.Typer(help="API clients: OAuth2 client credentials for the REST API.", no_args_is_help=True)
api_app = typer.Typer(help="The REST API server.", no_args_is_help=True)
console = Console(stderr=True)


class Role(StrEnum):
    admin = "admin"
    facility = "facility"
    analyst = "analyst"


def _operator() -> str:
    """Who runs the command, for the audit: the operating-system account."""
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return f"cli:uid {os.getuid()}"


@contextmanager
def _session() -> Iterator[Session]:
    engine = create_engine(get_settings().sqlalchemy_url, poolclass=NullPool)
    try:
        with Session(engine) as session:
            yield session
    finally:
        engine.dispose()


@clients_app.command("create")
def create(
    role: Role = typer.Option(..., "--role", help="admin (everything), facility (one facility's data) or analyst."),
    facility_id: int | None = typer.Option(None, "--facility-id", help="The facility of a facility client."),
    name: str | None = typer.Option(None, "--name", help="A label, e.g. who uses the client."),
    as_json: bool = typer.Option(False, "--json", help="Print the credentials as JSON (for scripts)."),
) -> None:
    """Create a client and print its id and secret. The secret is shown this once only."""
    from backend.clients import ClientError, create_client

    with _session() as session:
        try:
            client = create_client(session, role.value, facility_id, name, operator=_operator())
        except ClientError as error:
            console.print(f"[red]{error}[/red]")
            raise typer.Exit(2) from None
    if as_json:
        print(
            json.dumps(
                {
                    "client_id": client.client_id,
                    "client_secret": client.client_secret,
                    "role": client.role,
                    "facility_id": client.facility_id,
                }
            )
        )
        return
    print(f"client_id:     {client.client_id}")
    print(f"client_secret: {client.client_secret}")
    console.print("Store the secret now: only its hash is kept, it cannot be shown again.")


@clients_app.command("list")
def list_(
    include_revoked: bool = typer.Option(False, "--all", help="Include revoked clients."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON lines (for scripts)."),
) -> None:
    """List clients (never their secrets)."""
    from backend.clients import list_clients

    with _session() as session:
        clients = list_clients(session, include_revoked)
    rows = [
        {
            "client_id": client.client_id,
            "name": client.name,
            "role": client.role,
            "facility_id": client.facility_id,
            "created_at": client.created_at.isoformat(timespec="seconds"),
            "revoked_at": client.revoked_at.isoformat(timespec="seconds") if client.revoked_at else None,
        }
        for client in clients
    ]
    if as_json:
        for row in rows:
            print(json.dumps(row))
        return
    table = Table("client_id", "name", "role", "facility_id", "created_at", "revoked_at")
    table.columns[0].no_wrap = True
    for row in rows:
        table.add_row(*(str(value) if value is not None else "" for value in row.values()))
    Console().print(table)


@clients_app.command("revoke")
def revoke(client_id: str = typer.Argument(..., help="The client to revoke.")) -> None:
    """Revoke a client: its tokens stop working at once and it cannot get new ones."""
    from backend.clients import revoke_client

    with _session() as session:
        revoked = revoke_client(session, client_id, operator=_operator())
    if not revoked:
        console.print(f"[red]No active client {client_id}.[/red]")
        raise typer.Exit(1)
    console.print(f"Revoked {client_id}.")


def default_workers(cores: int | None = None) -> int:
    """gunicorn's rule of thumb, 2 × cores + 1, capped at MAX_WORKERS."""
    return min(2 * (cores or os.cpu_count() or 1) + 1, MAX_WORKERS)


# gunicorn's default access log line with the request line's query string and the Referer left
# out: both can carry patient data (?name=…, a frontend URL). %(U)s is the path alone.
ACCESS_LOG_FORMAT = '%(h)s %(l)s %(u)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(b)s %(L)s "%(a)s"'


def gunicorn_command(host: str, port: int, workers: int, timeout: int) -> list[str]:
    return [
        sys.executable, "-m", "gunicorn", "backend.wsgi:app",
        "--config", "python:backend.gunicorn_conf",  # metrics listener (issue 15)
        "--bind", f"{host}:{port}",
        "--workers", str(workers),
        "--timeout", str(timeout),
        "--access-logfile", "-",
        "--access-logformat", ACCESS_LOG_FORMAT,
    ]  # fmt: skip


@api_app.command("serve")
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind; 0.0.0.0 inside a container."),
    port: int = typer.Option(8000, "--port", help="TCP port."),
    workers: int = typer.Option(0, "--workers", help=f"gunicorn workers; 0: 2 × cores + 1, at most {MAX_WORKERS}."),
    timeout: int = typer.Option(120, "--timeout", help="Seconds before a silent worker is restarted."),
) -> None:
    """Run the API with gunicorn (backend.wsgi:app)."""
    from pydantic import ValidationError

    from elt.settings import ApiSettingsMissing, Settings

    try:
        Settings().require_api()
    except ValidationError as error:
        invalid = ", ".join(str(item["loc"][0]).upper() for item in error.errors())
        console.print(f"[red]The API settings are incomplete or invalid: {invalid}.[/red]")
        raise typer.Exit(2) from None
    except ApiSettingsMissing as error:
        console.print(f"[red]The API settings are incomplete: {error}.[/red]")
        raise typer.Exit(2) from None
    count = workers or default_workers()
    console.print(f"Serving the API on http://{host}:{port} with {count} gunicorn workers.")
    command = gunicorn_command(host, port, count, timeout)
    os.execv(command[0], command)  # noqa: S606 (replaces this process with gunicorn, fixed argv)


def register(app: typer.Typer) -> None:
    app.add_typer(clients_app, name="clients")
    app.add_typer(api_app, name="api")
