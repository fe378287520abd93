"""`medilink upload` and `medilink pipeline run`: put files into the input prefix, then load them."""

from __future__ import annotations

import json
import sys
from contextlib import redirect_stdout
from pathlib import Path

import psycopg
import typer
from rich.console import Console
from rich.table import Table

from elt.pipeline import connect, run_pipeline
from elt.pipeline.entities import entity_for_key
from elt.s3 import s3_client
from elt.settings import get_settings

pipeline_app = typer.Typer(
    help="The ingest pipeline: discover → stage → validate/upsert → dbt → report/archive → finish.",
    no_args_is_help=True,
)
console = Console(stderr=True)


EXIT_FAILED = 1
EXIT_DATABASE_UNAVAILABLE = 69  # sysexits EX_UNAVAILABLE
EXIT_RUN_IN_PROGRESS = 75  # sysexits EX_TEMPFAIL


@pipeline_app.command("run")
def run(
    dry_run: bool = typer.Option(False, "--dry-run", help="Validate and report; change no table, move no file."),
    skip_dbt: bool = typer.Option(False, "--skip-dbt", help="Leave out the dbt steps (the marts are not refreshed)."),
    wait: bool = typer.Option(False, "--wait", help="If another run is in progress, wait for it instead of exiting."),
    wait_timeout: float | None = typer.Option(None, "--wait-timeout", help="Seconds to wait with --wait."),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON on stdout."),
) -> None:
    """Run every pipeline step once, in this process, and print a summary per file and table.

    Steps: discover → stage → validate/upsert → dbt run → dbt test → report/archive → finish.
    Once rows are loaded, files are archived even when dbt fails (the run still fails).

    Exit codes: 0 the batch completed (even with rejected rows) or there was nothing to do;
    1 the batch failed; 69 the database could not be reached or was lost mid-run (run again when
    it is back); 75 another run is in progress (its batch and start are printed; see --wait).
    """
    settings = get_settings()

    def progress(message: str) -> None:
        if message.startswith("Waiting"):
            console.print(message)
        status.update(message)

    try:
        # dbt logs to stdout while it runs; stdout carries only the summary (`--json` stays parseable).
        with redirect_stdout(sys.stderr), connect(settings) as conn, console.status("Starting…") as status:
            summary = run_pipeline(
                conn,
                s3_client(settings),
                settings,
                dry_run=dry_run,
                skip_dbt=skip_dbt,
                wait=wait,
                wait_timeout=wait_timeout,
                progress=progress,
            )
    except psycopg.OperationalError:
        console.print(
            "Cannot reach the database; nothing was changed. Run again when the database is back.",
            style="red",
            soft_wrap=True,
        )
        raise typer.Exit(code=EXIT_DATABASE_UNAVAILABLE) from None
    if as_json:
        print(json.dumps(summary.to_dict(), indent=2, default=str))
    else:
        _print_summary(summary)
    codes = {"failed": EXIT_FAILED, "busy": EXIT_RUN_IN_PROGRESS, "database_lost": EXIT_DATABASE_UNAVAILABLE}
    if summary.status in codes:
        raise typer.Exit(code=codes[summary.status])


@pipeline_app.command("trigger")
def trigger(
    wait: bool = typer.Option(False, "--wait", help="Wait for the run to finish; exit 1 if it failed."),
    timeout: float = typer.Option(900, help="Seconds to wait with --wait."),
) -> None:
    """Start a DAG run through Airflow's REST API now, instead of waiting for 02:00 UTC."""
    from elt.airflow_local import AirflowError, trigger_dag_run, wait_for_dag_run

    settings = get_settings()
    try:
        run_id = trigger_dag_run(settings, conf={"triggered_by": "cli"})
        print(run_id)
        if wait:
            with console.status(f"Waiting for {run_id}…"):
                state = wait_for_dag_run(settings, run_id, timeout=timeout)
            console.print(f"Run {run_id}: {state}")
            if state != "success":
                raise typer.Exit(code=1)
    except AirflowError as error:
        console.print(f"[red]{error}")
        raise typer.Exit(code=1) from error


def _print_summary(summary) -> None:
    if summary.status == "nothing_to_do":
        console.print("No files under the input prefix: nothing to do.")
        return
    if summary.status in ("busy", "database_lost"):
        console.print(summary.error, style="red", soft_wrap=True, markup=False)  # one line, however wide
        return
    label = " (dry run: nothing was changed)" if summary.dry_run else ""
    console.print(f"Batch {summary.batch_id}: {summary.status}{label}")
    files = Table("file", "entity", "status", "rows read", "rejected by reason", title="Files")
    for item in summary.files:
        reasons = ", ".join(f"{code} {n}" for code, n in item["rejected_by_reason"].items())
        files.add_row(
            item["key"],
            item["entity"] or "?",
            item["status"],
            str(item["rows_read"] or 0),
            reasons or (item["message"] if item["status"] in ("rejected", "duplicate") else ""),
        )
    console.print(files)
    if summary.tables:
        tables = Table("table", "processed", "inserted", "updated", "unchanged", "rejected", title="Tables")
        for row in summary.tables:
            tables.add_row(
                row["table"], *(str(row[k]) for k in ("processed", "inserted", "updated", "unchanged", "rejected"))
            )
        console.print(tables)
    if summary.error:
        console.print(f"[red]Failed:[/red] {summary.error}")


def upload(
    files: list[Path] = typer.Argument(..., exists=True, dir_okay=False, readable=True, help="CSV files to upload."),
    entity: str | None = typer.Option(None, help="Put the files under input/<entity>/ (else the name decides)."),
) -> None:
    """Put files into s3://$S3_BUCKET/$S3_PREFIX/input/ for the next pipeline run."""
    settings = get_settings()
    s3 = s3_client(settings)
    for path in files:
        key = settings.input_prefix + (f"{entity}/" if entity else "") + path.name
        if entity is None and entity_for_key(key, settings.input_prefix) is None:
            console.print(f"[yellow]{path.name}: the name names no entity; it will be rejected (use --entity).")
        s3.upload_file(str(path), settings.s3_bucket, key)
        console.print(f"Uploaded {path} → s3://{settings.s3_bucket}/{key}")


def register(app: typer.Typer) -> None:
    app.add_typer(pipeline_app, name="pipeline")
    app.command("upload")(upload)
