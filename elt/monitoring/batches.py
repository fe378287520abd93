"""Reading back what the pipeline recorded: recent batches with their step timings, and the median run."""

from __future__ import annotations

import psycopg
from psycopg.rows import dict_row

# Fewer completed runs than this and a median says nothing yet: no slow-run alert.
MIN_RUNS_FOR_MEDIAN = 3
MEDIAN_WINDOW = 30


def recent_batches(conn: psycopg.Connection, limit: int = 10) -> list[dict]:
    """The last `limit` batches (newest first) from etl.batch_metrics, each with its steps."""
    with conn.cursor(row_factory=dict_row) as cursor:
        batches = cursor.execute("select * from etl.batch_metrics order by batch_id desc limit %s", (limit,)).fetchall()
        steps = cursor.execute(
            "select batch_id, step, status, duration_seconds, rows_read, rows_loaded, rows_rejected, bytes"
            " from etl.etl_step_metrics where batch_id = any(%s) order by started_at, id",
            ([batch["batch_id"] for batch in batches],),
        ).fetchall()
    for batch in batches:
        batch["steps"] = [step for step in steps if step["batch_id"] == batch["batch_id"]]
        batch["rejection_rate"] = rejection_rate(batch["rows_rejected"], batch["rows_read"])
    return batches


def rejection_rate(rejected: int | None, read: int | None) -> float | None:
    return (rejected or 0) / read if read else None


def median_duration(conn: psycopg.Connection, *, before_batch_id: int | None = None) -> float | None:
    """Median wall time of the last completed, non-dry-run batches (before the given one)."""
    count, median = conn.execute(
        "select count(*), percentile_cont(0.5) within group (order by duration_seconds) from ("
        " select duration_seconds from etl.batch_metrics where status = 'completed' and not dry_run"
        " and (%(before)s::bigint is null or batch_id < %(before)s::bigint)"
        " order by batch_id desc limit %(window)s) as recent",
        {"before": before_batch_id, "window": MEDIAN_WINDOW},
    ).fetchone()
    return float(median) if count >= MIN_RUNS_FOR_MEDIAN else None
