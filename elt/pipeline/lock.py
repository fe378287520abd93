"""One pipeline run at a time, whoever starts it: a PostgreSQL session-level advisory lock.

Why a session lock: it lives exactly as long as its holder's connection. A run that crashes, is
killed or loses its server loses the lock with it, so "is a run going on?" never depends on a row a
dead process forgot to update. A batch left `running` is therefore closed as failed only while we
hold the lock, that is once its own holder is gone.

In-process runs (the CLI, the API's runner, tests) hold the lock for the whole run. Airflow runs
every step in its own task process, so each task holds the lock for its own duration, and between
two tasks of a DAG run the lock is free. An Airflow batch still `running` is therefore taken as in
progress for up to `AIRFLOW_RUN_TIMEOUT` (the DAG's `dagrun_timeout`); the next DAG run closes it
at once (Airflow's `max_active_runs=1` says the earlier one is over).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

import psycopg

# A fixed 64-bit key, in the advisory-lock space of the warehouse database.
RUN_LOCK_KEY = 0x6D65_646C_696E_6B01  # "medlink" + 1
AIRFLOW = "airflow"
AIRFLOW_RUN_TIMEOUT = timedelta(hours=6)
POLL_SECONDS = 1.0
STALE_MESSAGE = "did not finish (its run ended without closing it); its files were processed again by a later batch"


@dataclass
class RunInProgress(Exception):
    """Another run holds the pipeline."""

    batch_id: int | None
    started_at: datetime | None
    triggered_by: str | None

    def __str__(self) -> str:
        if self.batch_id is None:
            return "a run is in progress (no batch opened yet)"
        started = self.started_at.strftime("%Y-%m-%d %H:%M:%S UTC") if self.started_at else "at an unknown time"
        return f"a run is in progress (batch {self.batch_id}, started {started} by {self.triggered_by})"


def try_lock(conn: psycopg.Connection) -> bool:
    return bool(conn.execute("select pg_try_advisory_lock(%s)", (RUN_LOCK_KEY,)).fetchone()[0])


def unlock(conn: psycopg.Connection) -> None:
    if conn.closed or conn.broken:
        return  # the server dropped the session, and the lock with it
    with contextlib.suppress(psycopg.OperationalError):
        conn.execute("select pg_advisory_unlock(%s)", (RUN_LOCK_KEY,))


def current_run(conn: psycopg.Connection) -> RunInProgress:
    """What the holder is doing: its batch when it has opened one."""
    row = conn.execute(
        "select id, started_at, triggered_by from etl.etl_batches where status = 'running' order by id desc limit 1"
    ).fetchone()
    return RunInProgress(*row) if row else RunInProgress(None, None, None)


def live_airflow_batch(conn: psycopg.Connection) -> RunInProgress | None:
    """An Airflow DAG run's batch that may still be going on between two of its tasks."""
    row = conn.execute(
        "select id, started_at, triggered_by from etl.etl_batches where status = 'running'"
        " and triggered_by = %s and started_at > now() - %s order by id desc limit 1",
        (AIRFLOW, AIRFLOW_RUN_TIMEOUT),
    ).fetchone()
    return RunInProgress(*row) if row else None


def close_stale_batches(conn: psycopg.Connection) -> list[int]:
    """Close every `running` batch as failed; only call it while holding the lock (their holders are gone)."""
    with conn.transaction():
        rows = conn.execute(
            "update etl.etl_batches set status = 'failed', completed_at = now(), error_message = %s"
            " where status = 'running' returning id",
            (STALE_MESSAGE,),
        ).fetchall()
    return [batch_id for (batch_id,) in rows]


@contextlib.contextmanager
def hold_run_lock(
    conn: psycopg.Connection,
    *,
    wait: bool = False,
    timeout: float | None = None,
    airflow_task: bool = False,
    on_wait: Callable[[RunInProgress], None] | None = None,
) -> Iterator[None]:
    """Hold the pipeline for the block, on `conn`'s session (autocommit).

    Without `wait`, another run raises `RunInProgress` at once; with it, `on_wait` is told once per
    run waited for and the lock is taken as soon as it is free (`RunInProgress` after `timeout`).
    In-process runs (not `airflow_task`) also wait for a live Airflow batch, and close stale ones.
    """
    deadline = None if timeout is None else time.monotonic() + timeout
    told: RunInProgress | None = None
    while True:
        busy = None
        if try_lock(conn):
            busy = None if airflow_task else live_airflow_batch(conn)
            if busy is None:
                break
            unlock(conn)
        busy = busy or current_run(conn)
        if not wait or (deadline is not None and time.monotonic() > deadline):
            raise busy
        if on_wait is not None and busy != told:
            on_wait(busy)
            told = busy
        time.sleep(POLL_SECONDS)
    try:
        yield
    finally:
        unlock(conn)
