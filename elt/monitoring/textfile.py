"""The pipeline's metrics as Prometheus text for node-exporter's textfile collector.

node-exporter reads `*.prom` files from its `--collector.textfile.directory`; prometheus_client's
`write_to_textfile` writes a temporary file and renames it, so a scrape never sees half a file.
The values come from the database (etl.batch_metrics, etl.etl_step_metrics), so the CLI and the
DAG's tasks, on whichever worker, write the same thing.
"""

from __future__ import annotations

from pathlib import Path

import psycopg
from prometheus_client import CollectorRegistry, Gauge, write_to_textfile

from elt.monitoring.batches import recent_batches

FILE_NAME = "medilink_pipeline.prom"


def render_registry(conn: psycopg.Connection) -> CollectorRegistry:
    registry = CollectorRegistry()
    finished = [b for b in recent_batches(conn, limit=20) if b["status"] != "running" and not b["dry_run"]]
    last_success = conn.execute(
        "select extract(epoch from max(completed_at)) from etl.etl_batches where status = 'completed' and not dry_run"
    ).fetchone()[0]
    Gauge(
        "medilink_pipeline_last_success_timestamp_seconds",
        "When the last batch completed (Unix time); the daily heartbeat.",
        registry=registry,
    ).set(float(last_success or 0))
    if not finished:
        return registry
    last = finished[0]
    labels = {"status": last["status"]}
    Gauge("medilink_pipeline_last_batch_id", "Id of the last finished batch.", registry=registry).set(last["batch_id"])
    Gauge(
        "medilink_pipeline_last_batch_completed_timestamp_seconds",
        "When the last finished batch ended (Unix time).",
        ["status"],
        registry=registry,
    ).labels(**labels).set(last["completed_at"].timestamp() if last["completed_at"] else 0)
    Gauge(
        "medilink_pipeline_last_batch_duration_seconds", "Wall time of the last finished batch.", registry=registry
    ).set(float(last["duration_seconds"] or 0))
    rows = Gauge("medilink_pipeline_last_batch_rows", "Rows of the last finished batch.", ["kind"], registry=registry)
    for kind in ("read", "loaded", "rejected"):
        rows.labels(kind=kind).set(last[f"rows_{kind}"])
    Gauge("medilink_pipeline_last_batch_bytes", "Bytes read by the last finished batch.", registry=registry).set(
        last["bytes"]
    )
    step_seconds = Gauge(
        "medilink_pipeline_last_batch_step_duration_seconds",
        "Wall time of each step of the last finished batch.",
        ["step", "status"],
        registry=registry,
    )
    for step in last["steps"]:
        step_seconds.labels(step=step["step"], status=step["status"]).set(step["duration_seconds"])
    return registry


def write_textfile(conn: psycopg.Connection, directory: Path) -> Path:
    """Write (atomically) `medilink_pipeline.prom` into the collector's directory."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / FILE_NAME
    write_to_textfile(str(path), render_registry(conn))
    return path
