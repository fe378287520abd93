"""`medilink status` (the last batches, their timing and rejection rate on one screen) and
`medilink quality check` (the per-facility data-quality alerts, sent to MEDILINK_ALERT_URL)."""

from __future__ import annotations

import json

import typer
from rich.console import Console
from rich.table import Table

from elt.pipeline import connect
from elt.settings import get_settings

console = Console()
quality_app = typer.Typer(help="Per-facility data quality (marts.data_quality_daily).", no_args_is_help=True)


def _seconds(value: float | None) -> str:
    if value is None:
        return "—"
    minutes, seconds = divmod(float(value), 60)
    return f"{int(minutes)}m{seconds:04.1f}s" if minutes else f"{seconds:.1f}s"


def _rate(value: float | None) -> str:
    return "—" if value is None else f"{value:.1%}"


def status(
    limit: int = typer.Option(10, "--limit", "-n", min=1, max=200, help="How many batches to show."),
    as_json: bool = typer.Option(False, "--json", help="Print the batches as JSON on stdout."),
) -> None:
    """The last batches: status, timing (slowest step), rows read/loaded/rejected and the rejection rate."""
    from elt.monitoring.batches import median_duration, recent_batches

    with connect(get_settings()) as conn:
        batches = recent_batches(conn, limit)
        median = median_duration(conn)
    if as_json:
        print(json.dumps({"median_duration_seconds": median, "batches": batches}, indent=2, default=str))
        return
    if not batches:
        console.print("No batches yet: upload files and run `medilink pipeline run`.")
        return
    table = Table(
        "batch", "status", "started (UTC)", "took", "slowest step", "files", "MB", "read", "loaded", "rejected",
        "rej. rate", title="Last batches",
    )  # fmt: skip
    for batch in batches:
        steps = batch["steps"]
        slowest = max(steps, key=lambda step: step["duration_seconds"]) if steps else None
        colour = {"failed": "red", "running": "yellow"}.get(batch["status"], "green")
        table.add_row(
            str(batch["batch_id"]) + (" (dry)" if batch["dry_run"] else ""),
            f"[{colour}]{batch['status']}[/{colour}]",
            batch["started_at"].strftime("%Y-%m-%d %H:%M:%S"),
            _seconds(batch["duration_seconds"]),
            f"{slowest['step']} {_seconds(slowest['duration_seconds'])}" if slowest else "—",
            str(batch["files"]),
            f"{batch['bytes'] / 1e6:.1f}",
            str(batch["rows_read"]),
            str(batch["rows_loaded"]),
            str(batch["rows_rejected"]),
            _rate(batch["rejection_rate"]),
        )
    console.print(table)
    console.print(f"Median of recent completed runs: {_seconds(median)}")
    for batch in batches:
        if batch["status"] == "failed" and batch["error_message"]:
            console.print(f"[red]Batch {batch['batch_id']} failed:[/red] {batch['error_message']}")


@quality_app.command("check")
def check(
    send: bool = typer.Option(True, "--send/--no-send", help="Send the alerts to MEDILINK_ALERT_URL."),
) -> None:
    """Alert on facilities whose rejection rate jumped above their 30-day baseline, or that went silent.

    Reads marts.data_quality_daily (built by `medilink dbt build`). Exits 1 when there is an alert.
    """
    from elt.monitoring.alerts import send as send_alerts
    from elt.monitoring.checks import quality_alerts

    settings = get_settings()
    with connect(settings) as conn:
        alerts = quality_alerts(conn, settings)
    for alert in alerts:
        console.print(f"[yellow]{alert.kind}[/yellow] {alert.title}")
    if not alerts:
        console.print("Data quality: nothing to report.")
        return
    if send:
        send_alerts(alerts, settings)
    raise typer.Exit(code=1)


def register(app: typer.Typer) -> None:
    app.command("status")(status)
    app.add_typer(quality_app, name="quality")
