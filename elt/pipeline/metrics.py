"""Recording what each step of a batch took and moved, into etl.etl_step_metrics.

`step()` wraps one step: its wall time and outcome are recorded even when it fails, and a
failure to record never fails the pipeline (metrics are for people, the data comes first).
`record_facility_rows()` runs inside an entity's validate/upsert transaction, so the per-facility
counts commit (or roll back, in a dry run) with the rows they count.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

import psycopg

from elt.pipeline.sqlfiles import sql as load_sql

log = logging.getLogger(__name__)
COUNTS = ("rows_read", "rows_loaded", "rows_rejected", "bytes")
Record = Callable[..., None]


@contextmanager
def step(conn: psycopg.Connection, batch_id: int, name: str) -> Iterator[Record]:
    """`with step(conn, batch_id, "archive") as record: record(rows_read=…)` times one step."""
    counts: dict[str, int | None] = {}

    def record(**values: int | None) -> None:
        unknown = set(values) - set(COUNTS)
        if unknown:
            raise TypeError(f"unknown step counts: {', '.join(sorted(unknown))}")
        counts.update(values)

    started = datetime.now(UTC)
    status = "failed"
    try:
        yield record
        status = "success"
    finally:
        record_step(conn, batch_id, name, status=status, started=started, finished=datetime.now(UTC), **counts)


def record_step(
    conn: psycopg.Connection,
    batch_id: int,
    name: str,
    *,
    status: str,
    started: datetime,
    finished: datetime,
    **counts: int | None,
) -> None:
    """Insert one step's row; log (never raise) when the database will not take it."""
    if conn.broken or conn.closed:  # the server is gone: the run reports that once, in one line
        return
    values = [counts.get(column) for column in COUNTS]
    try:
        with conn.transaction():
            conn.execute(
                "insert into etl.etl_step_metrics (batch_id, step, status, started_at, finished_at, rows_read,"
                " rows_loaded, rows_rejected, bytes) values (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
                (batch_id, name, status, started, finished, *values),
            )
    except psycopg.Error as error:
        log.warning("Step metrics of batch %s/%s not recorded: %s", batch_id, name, type(error).__name__)


def entity_bytes(conn: psycopg.Connection, batch_id: int, entity: str) -> int:
    """Bytes of the entity's files this batch read."""
    return conn.execute(
        "select coalesce(sum(size_bytes), 0) from etl.etl_files where batch_id = %s and entity = %s"
        " and status not in ('duplicate', 'superseded')",
        (batch_id, entity),
    ).fetchone()[0]


def table_counts(tables: list[dict]) -> dict[str, int]:
    """validate_and_upsert's per-table counts as one step's loaded/rejected rows."""
    return {
        "rows_read": sum(table["processed"] for table in tables),
        "rows_loaded": sum(table["processed"] - table["rejected"] for table in tables),
        "rows_rejected": sum(table["rejected"] for table in tables),
    }


def record_facility_rows(conn: psycopg.Connection, batch_id: int, entity: str) -> None:
    """Count pg_temp.checked per facility and verdict (call inside the entity's transaction)."""
    conn.execute(load_sql("record_facility_rows"), {"batch_id": batch_id, "entity": entity})
