"""`medilink airflow …`: a local Airflow (api-server, scheduler, dag-processor, triggerer) for the DAG."""

from __future__ import annotations

import json
import shlex
import time

import typer
from rich.console import Console
from rich.table import Table

from elt.airflow_local import DAG_ID, LocalAirflow
from elt.settings import get_settings

airflow_app = typer.Typer(
    help="Run Airflow locally for the medical_records_etl_pipeline DAG and trigger it.",
    no_args_is_help=True,
)
console = Console(stderr=True)


def _local(*, database: bool = True) -> LocalAirflow:
    if not database:
        # Stopping needs only the recorded processes, not a reachable database.
        return LocalAirflow(settings=get_settings(), metadata_url="")
    try:
        local = LocalAirflow.from_settings(get_settings())
        local.connections()  # fails early, with the settings' own message, when no database is set
    except RuntimeError as error:
        raise _fail(error) from None
    return local


def _fail(error: RuntimeError) -> typer.Exit:
    console.print(f"[red]{error}[/red]")
    return typer.Exit(code=1)


@airflow_app.command()
def up(
    timeout: float = typer.Option(240, help="Seconds to wait for Airflow and the DAG to be ready."),
) -> None:
    """Start the api-server, scheduler, dag-processor and triggerer (idempotent); wait until ready."""
    local = _local()
    began = time.monotonic()
    try:
        with console.status("Starting Airflow…") as status:
            result = local.up(timeout=timeout, progress=status.update)
    except RuntimeError as error:  # AirflowError included
        raise _fail(error) from None
    if result.started:
        console.print(f"Started {', '.join(result.started)} in {time.monotonic() - began:.0f}s.")
    else:
        console.print("Airflow was already running.")
    console.print(f"Airflow UI: {result.url}  (logs in {local.logs_dir})")
    if result.dag_paused:
        console.print(f"[yellow]The DAG {DAG_ID} is paused: unpause it in the UI to let it run on schedule.")
    if result.password:
        console.print(f"Login: {result.username} / {result.password}  (shown once; kept in {result.passwords_file})")
    else:
        console.print(f"Login: {result.username}; the password is in {result.passwords_file}.")


@airflow_app.command()
def down() -> None:
    """Stop exactly the Airflow processes `airflow up` started."""
    stopped = _local(database=False).down()
    console.print(f"Stopped: {', '.join(stopped)}." if stopped else "Airflow was not running.")


@airflow_app.command()
def status() -> None:
    """Say which Airflow process runs, and what the api-server's health check reports."""
    local = _local()
    table = Table("component", "state", "pid", "log")
    components = local.status()
    for component in components:
        table.add_row(
            component.name,
            "running" if component.running else "stopped",
            str(component.pid or ""),
            str(component.log_file),
        )
    console.print(table)
    health = local.health()
    if health:
        summary = ", ".join(f"{name}: {(value or {}).get('status', 'n/a')}" for name, value in health.items())
        console.print(f"{local.url} health: {summary}")
        try:
            dag = local.dag_info()
        except RuntimeError as error:  # AirflowError included
            raise _fail(error) from None
        if dag is None:
            console.print(f"The DAG {DAG_ID} is not parsed yet (or has an import error).")
        else:
            state = "paused" if dag.get("is_paused") else "active"
            console.print(f"DAG {DAG_ID}: {state}; next scheduled run {dag.get('next_dagrun_run_after') or 'none'}.")
    else:
        console.print(f"No api-server answers at {local.url}.")
    if not any(component.running for component in components):
        raise typer.Exit(code=3)


@airflow_app.command()
def login() -> None:
    """Print the UI address and the generated admin login (kept in <MEDILINK_HOME>/airflow/passwords.json)."""
    local = _local()
    password, _ = local.admin_password()
    print(f"Airflow UI: {local.url}")
    print(f"Login:      admin / {password}")


@airflow_app.command()
def env() -> None:
    """Print `export` lines for Airflow (home, config, connections), e.g. for `airflow dags test`."""
    for key, value in _local().env().items():
        print(f"export {key}={shlex.quote(value)}")


@airflow_app.command()
def trigger(
    conf: str = typer.Option("{}", help="JSON object passed to the run as its conf."),
    wait: bool = typer.Option(False, "--wait", help="Wait for the run to finish; exit 1 if it failed."),
    timeout: float = typer.Option(900, help="Seconds to wait with --wait."),
) -> None:
    """Start a run of the pipeline now through Airflow's REST API; prints the dag_run_id."""
    try:
        run_conf = json.loads(conf)
    except json.JSONDecodeError:
        raise typer.BadParameter("--conf must be a JSON object") from None
    if not isinstance(run_conf, dict):
        raise typer.BadParameter("--conf must be a JSON object")
    local = _local()
    try:
        run_id = local.trigger(conf={"triggered_by": "cli", **run_conf})
        console.print(f"Started {DAG_ID} run {run_id}: {local.url}/dags/{DAG_ID}/runs/{run_id}")
        print(run_id)
        if wait:
            with console.status("Waiting for the run…") as status:
                state = local.wait_for_run(run_id, timeout=timeout, progress=status.update)
            console.print(f"Run {run_id} finished: {state}.")
            if state != "success":
                raise typer.Exit(code=1)
    except RuntimeError as error:  # AirflowError included
        raise _fail(error) from None


def register(app: typer.Typer) -> None:
    app.add_typer(airflow_app, name="airflow")
