"""`medilink sample`: write deterministic sample upload CSVs (optionally with known-bad rows)."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from elt.sample import write_sample

console = Console(stderr=True)


def sample(
    out: Path = typer.Option(..., "--out", help="Directory to write the five CSVs and manifest.json into."),
    facilities: int = typer.Option(20, min=0, help="Facility rows."),
    patients: int = typer.Option(1000, min=0, help="Patient rows."),
    workers: int = typer.Option(100, min=0, help="Health-worker rows."),
    records: int = typer.Option(2000, min=0, help="Medical-record rows."),
    triage: int = typer.Option(2000, min=0, help="Triage-visit rows."),
    seed: int = typer.Option(42, help="Same seed, same bytes."),
    bad_rows: float = typer.Option(
        0.0, "--bad-rows", min=0.0, max=0.5, help="Share of each file replaced by known-bad rows, e.g. 0.02."
    ),
) -> None:
    """Write facilities, patients, workers, medical_records and triage_visits CSVs of Nigerian sample data.

    Rows stream to disk, so millions of rows fit in little memory.

    With --bad-rows, manifest.json lists each bad row's number and the reason the validator must give.
    """
    totals = {
        "facilities.csv": facilities,
        "patients.csv": patients,
        "workers.csv": workers,
        "medical_records.csv": records,
        "triage_visits.csv": triage,
    }
    columns = (
        TextColumn("{task.description:<20}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=False) as progress:
        tasks = {name: progress.add_task(name, total=total) for name, total in totals.items()}

        def report(name: str, rows: int) -> None:
            progress.update(tasks[name], completed=rows)

        try:
            manifest = write_sample(
                out,
                facilities=facilities,
                patients=patients,
                workers=workers,
                records=records,
                triage=triage,
                seed=seed,
                bad_rows=bad_rows,
                progress=report,
            )
        except ValueError as error:
            raise typer.BadParameter(str(error)) from error

    table = Table(title=f"Sample in {out} (seed {seed}, reference date {manifest.reference_date})")
    table.add_column("file")
    table.add_column("rows", justify="right")
    table.add_column("good", justify="right")
    table.add_column("bad rows by reason")
    for name, entry in manifest.files.items():
        reasons = ", ".join(f"{reason} {count}" for reason, count in entry.reasons.items()) or "-"
        table.add_row(name, str(entry.rows), str(entry.good), reasons)
    console.print(table)
    console.print(f"Manifest: {out / 'manifest.json'}")


def register(app: typer.Typer) -> None:
    app.command("sample")(sample)
