"""`medilink fhir export`: write a FHIR R4 Bulk Data export (NDJSON per resource type) to a folder.

The same SQL and streaming as the API's $export, for operators with database access: no job, no S3.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import psycopg
import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

from elt.fhir.export import Progress as ExportProgress
from elt.fhir.export import export, parse_since
from elt.fhir.resources import RESOURCE_TYPES, ordered, types_for
from elt.fhir.sinks import FileSink
from elt.settings import get_settings

console = Console(stderr=True)
fhir_app = typer.Typer(help="FHIR R4 Bulk Data export of the production tables.", no_args_is_help=True)
TYPE_NAMES = ", ".join(r.name for r in RESOURCE_TYPES)


def _since(value: str | None) -> datetime | None:
    try:
        return parse_since(value) if value is not None else None
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None


def _types(value: str | None, facility: int | None) -> tuple[str, ...]:
    if not value:
        return types_for("group" if facility else "system")
    try:
        return ordered([name.strip() for name in value.split(",") if name.strip()])
    except ValueError as error:
        raise typer.BadParameter(f"{error} (known: {TYPE_NAMES})") from None


@fhir_app.command("export")
def export_command(
    out: Path = typer.Option(..., "--out", help="Folder for <Type>.ndjson files (created if missing)."),
    type_: str | None = typer.Option(None, "--type", help=f"Comma-separated resource types (default: {TYPE_NAMES})."),
    since: str | None = typer.Option(None, "--since", help="Only rows changed after this time (ISO 8601 with zone)."),
    facility: int | None = typer.Option(None, "--facility", min=1, help="Only this facility's data (its id)."),
    validate: bool = typer.Option(False, "--validate", help="Parse every written line with fhir.resources (R4B)."),
) -> None:
    """Export facilities, patients, workers, visits, diagnoses, blood pressures and medications as NDJSON.

    All types come from one database snapshot; every reference points to a resource in the same
    export when no --type or --since narrows it. Memory stays flat at any size.
    """
    types = _types(type_, facility)
    since_at = _since(since)
    out.mkdir(parents=True, exist_ok=True)
    columns = (TextColumn("{task.description:<20}"), BarColumn(), TextColumn("{task.fields[count]:>10} resources"))
    with Progress(*columns, TimeElapsedColumn(), console=console) as bar:
        tasks: dict[str, TaskID] = {name: bar.add_task(name, total=None, count=0) for name in types}

        def report(progress: ExportProgress) -> bool:
            bar.update(tasks[progress.type], count=progress.written)
            return True

        with psycopg.connect(get_settings().libpq_url, application_name="medilink-fhir-cli") as conn:
            result = export(conn, types, facility, since_at, lambda name: FileSink(out / name), report)
        for task in tasks.values():
            bar.update(task, total=1, completed=1)
    table = Table(title=f"FHIR export in {out} (transactionTime {result.transaction_time.isoformat()})")
    table.add_column("type")
    table.add_column("file")
    table.add_column("resources", justify="right")
    for item in result.outputs:
        table.add_row(item.type, item.name, str(item.count))
    console.print(table)
    if validate:
        _validate(out, [item.name for item in result.outputs])


def _validate(out: Path, names: list[str]) -> None:
    from elt.fhir.validate import Report, check_lines

    report = Report()
    for name in names:
        with (out / name).open("rb") as handle:
            check_lines(report, name, handle)
    for problem in report.invalid[:20]:
        console.print(f"[red]invalid[/red] {problem}")
    for reference in sorted(report.dangling)[:20]:
        console.print(f"[red]dangling reference[/red] {reference}")
    if not report.ok:
        raise typer.Exit(1)
    console.print(f"All {report.lines} lines are valid R4B resources; every reference resolves.")


def register(app: typer.Typer) -> None:
    app.add_typer(fhir_app, name="fhir")
