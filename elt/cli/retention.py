"""`medilink retention purge [--dry-run]`: remove what the retention periods keep no longer."""

from __future__ import annotations

import psycopg
import typer
from rich.console import Console
from rich.table import Table

from elt.retention import purge as run_purge
from elt.s3 import s3_client
from elt.settings import get_settings

retention_app = typer.Typer(help="Storage limitation: retention periods for pipeline data, files and audit.")
console = Console(stderr=True)


@retention_app.callback()
def _group() -> None:
    """Storage limitation: retention periods for pipeline data, files and audit."""


@retention_app.command()
def purge(
    dry_run: bool = typer.Option(False, "--dry-run", help="Count what would be removed; change nothing."),
) -> None:
    """Empty rejected rows' raw values, delete old staged rows, archived files, error reports and audit rows.

    Periods (days) come from MEDILINK_RETENTION_* settings; see the README's retention table.
    Idempotent: a second run removes nothing.
    """
    settings = get_settings()
    with console.status("Applying the retention periods…"), psycopg.connect(settings.libpq_url) as conn:
        results = run_purge(conn, s3_client(settings), settings, dry_run=dry_run)
    table = Table("what", "kept (days)", "would remove" if dry_run else "removed", title="Retention")
    for result in results:
        table.add_row(result.item, str(result.keep_days), str(result.count))
    console.print(table)


def register(app: typer.Typer) -> None:
    app.add_typer(retention_app, name="retention")
