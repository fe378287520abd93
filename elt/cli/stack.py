"""`medilink stack …`: the embedded PostgreSQL and S3 server for local work and tests."""

from __future__ import annotations

import shlex

import typer
from rich.console import Console
from rich.table import Table

from elt.settings import Settings, get_settings
from elt.stack import Stack

stack_app = typer.Typer(help="Start, stop and describe the embedded PostgreSQL and S3 server.", no_args_is_help=True)
console = Console(stderr=True)


def _external() -> tuple[bool, bool]:
    """What the user configured themselves: those we do not start. Our own settings, exported
    into the shell with `eval "$(medilink stack env)"`, do not count."""
    settings = Settings(_env_file=(".env",))
    own = _stack().env()
    database = settings.database_configured and settings.database_url != own["DATABASE_URL"]
    if settings.postgres_host and not settings.database_url:
        database = (settings.postgres_host, str(settings.postgres_port)) != (own["POSTGRES_HOST"], own["POSTGRES_PORT"])
    s3 = bool(settings.aws_endpoint_url) and settings.aws_endpoint_url != own["AWS_ENDPOINT_URL"]
    return database, s3


def _stack() -> Stack:
    settings = get_settings()
    return Stack(settings.medilink_home, bucket=Settings(_env_file=(".env",)).s3_bucket)


@stack_app.command()
def up() -> None:
    """Start the embedded services that are not configured elsewhere (idempotent)."""
    external_db, external_s3 = _external()
    stack = _stack()
    with console.status("Starting the embedded stack…"):
        started = stack.up(postgres=not external_db, s3=not external_s3)
    if external_db:
        console.print("PostgreSQL: using the configured database (DATABASE_URL / POSTGRES_HOST).")
    if external_s3:
        console.print("S3: using the configured endpoint (AWS_ENDPOINT_URL).")
    if started:
        console.print(f"Started: {', '.join(started)}.")
    else:
        console.print("Already running: nothing to start.")
    _print_status(stack)
    console.print(f'Settings written to {stack.env_file}; `eval "$(medilink stack env)"` exports them.')


@stack_app.command()
def down() -> None:
    """Stop exactly the processes `stack up` started. Data stays under .medilink/."""
    stack = _stack()
    stopped = stack.down()
    console.print(f"Stopped: {', '.join(stopped)}." if stopped else "Nothing was running.")


@stack_app.command()
def status() -> None:
    """Say what runs where."""
    stack = _stack()
    _print_status(stack)
    if not any(service.running for service in stack.status()):
        raise typer.Exit(code=3)


@stack_app.command()
def env() -> None:
    """Print `export` lines for DATABASE_URL, AWS_ENDPOINT_URL, keys and bucket."""
    stack = _stack()
    external_db, external_s3 = _external()
    for key, value in stack.env(postgres=not external_db, s3=not external_s3).items():
        print(f"export {key}={shlex.quote(value)}")


def _print_status(stack: Stack) -> None:
    table = Table("service", "state", "where", "pid")
    for service in stack.status():
        table.add_row(service.name, "running" if service.running else "stopped", service.where, str(service.pid or ""))
    console.print(table)


def register(app: typer.Typer) -> None:
    app.add_typer(stack_app, name="stack")
