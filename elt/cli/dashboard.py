"""`medilink dashboard …`: a local Apache Superset with the Medilink dashboards (superset/assets)."""

from __future__ import annotations

import time
from pathlib import Path

import typer
from rich.console import Console

from elt.dashboard.local import SUPERSET_DIR, DashboardError, LocalSuperset
from elt.settings import get_settings

dashboard_app = typer.Typer(
    help="Apache Superset dashboards: triage, facilities, conditions (analysts); data quality, pipeline runs (admins).",
    no_args_is_help=True,
)
console = Console(stderr=True)


def _local() -> LocalSuperset:
    return LocalSuperset(settings=get_settings())


def _fail(error: RuntimeError) -> typer.Exit:
    console.print(f"[red]{error}[/red]")
    return typer.Exit(code=1)


@dashboard_app.command()
def up(
    timeout: float = typer.Option(300, help="Seconds to wait for Superset to answer."),
    assets: Path | None = typer.Option(None, help="Import this bundle folder instead of superset/assets."),
) -> None:
    """Install Superset on first use, prepare its database, start it on 127.0.0.1:8089, import the dashboards."""
    local = _local()
    began = time.monotonic()
    try:
        with console.status("Starting Superset…") as status:
            started = local.up(assets=assets.resolve() if assets else None, timeout=timeout, progress=status.update)
    except RuntimeError as error:  # DashboardError and missing settings
        raise _fail(error) from None
    console.print(
        ("Started" if started else "Superset was already running; updated") + f" in {time.monotonic() - began:.0f}s."
    )
    console.print(
        f"Dashboards: {local.url}/dashboard/list/  (login: `medilink dashboard login`; logs in {local.logs_dir})"
    )


@dashboard_app.command()
def down() -> None:
    """Stop exactly the Superset server `dashboard up` started."""
    stopped = _local().down()
    console.print("Stopped Superset." if stopped else "Superset was not running.")


@dashboard_app.command()
def status() -> None:
    """Say whether Superset is installed, runs and answers; exit 3 when it does not run."""
    state = _local().status()
    console.print(f"installed: {'yes' if state.installed else 'no (first `dashboard up` installs it)'}")
    if state.running:
        console.print(f"running: pid {state.pid}, {state.url} ({'healthy' if state.healthy else 'not answering yet'})")
    else:
        console.print("running: no")
        raise typer.Exit(code=3)


@dashboard_app.command()
def login() -> None:
    """Print the address and the generated admin login (kept in <MEDILINK_HOME>/superset/secrets.json)."""
    local = _local()
    print(f"Superset:  {local.url}/dashboard/list/")
    print(f"Login:     admin / {local.secrets()['admin_password']}")


@dashboard_app.command()
def user(
    username: str = typer.Argument(..., help="Login name."),
    role: str = typer.Option(..., help="analyst (research dashboards and SQL Lab on research) or admin (everything)."),
) -> None:
    """Create a login (or reset its password) with a role; prints the generated password once."""
    if role not in ("analyst", "admin"):
        raise typer.BadParameter("--role must be analyst or admin")
    try:
        password = _local().add_user(username, role)
    except RuntimeError as error:
        raise _fail(error) from None
    print(f"{username} ({role}): {password}")


@dashboard_app.command()
def export(
    to: Path = typer.Option(SUPERSET_DIR / "assets", help="Folder to write the bundle into (replaces its YAML)."),
) -> None:
    """Write the running Superset's dashboards, charts and datasets back as YAML (commit them)."""
    try:
        console.print(_local().export(to.resolve()))
    except DashboardError as error:
        raise _fail(error) from None


def register(app: typer.Typer) -> None:
    app.add_typer(dashboard_app, name="dashboard")
