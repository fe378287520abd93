"""Run the step list (`elt.pipeline.steps.STEPS`) in this process: `medilink pipeline run` and the API.

The run holds the pipeline's lock (`elt.pipeline.lock`) from the first step to the last. A lost
database connection ends the run with one line saying which step, which batch and what was
committed; the batch stays `running` until the next run, holding the lock, closes it as failed
and processes its files again (every step is idempotent).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field

import psycopg

from elt.monitoring.checks import after_batch
from elt.pipeline import metrics
from elt.pipeline.db import prepare
from elt.pipeline.entities import ENTITIES
from elt.pipeline.failures import public_message
from elt.pipeline.lock import RunInProgress, hold_run_lock
from elt.pipeline.steps import FIRST, LAST, STEPS, Step, StepContext
from elt.pipeline.transform import TableFailed
from elt.settings import Settings

Progress = Callable[[str], None]


@dataclass
class BatchSummary:
    batch_id: int | None
    status: str  # completed | failed | nothing_to_do | busy | database_lost
    dry_run: bool = False
    files: list[dict] = field(default_factory=list)
    tables: list[dict] = field(default_factory=list)
    error: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


class DatabaseLost(Exception):
    """The server went away mid-run; the message is the one line an operator needs."""


def run_pipeline(
    conn: psycopg.Connection,
    s3,
    settings: Settings,
    *,
    dry_run: bool = False,
    skip_dbt: bool = False,
    triggered_by: str = "cli",
    wait: bool = False,
    wait_timeout: float | None = None,
    progress: Progress | None = None,
) -> BatchSummary:
    """Every step once, in order. Another run in progress: `busy` at once, or after it with `wait`."""
    say = progress or (lambda _message: None)
    prepare(conn)
    context = StepContext(conn, s3, settings, dry_run=dry_run, triggered_by=triggered_by)
    try:
        with hold_run_lock(conn, wait=wait, timeout=wait_timeout, on_wait=lambda busy: say(f"Waiting: {busy}")):
            return _run_steps(context, say, skip_dbt=skip_dbt)
    except RunInProgress as busy:
        return BatchSummary(None, "busy", dry_run, error=f"{busy}; try again when it has finished")
    except DatabaseLost as lost:
        return BatchSummary(context.batch_id, "database_lost", dry_run, error=str(lost))


def _run_steps(context: StepContext, say: Progress, *, skip_dbt: bool) -> BatchSummary:
    conn, dry_run = context.conn, context.dry_run
    committed: list[str] = []
    say(FIRST.doc)
    try:
        batch = FIRST.call(context)
    except Exception as error:
        _raise_if_lost(conn, error, FIRST, context, committed)
        return BatchSummary(None, "failed", dry_run, error=f"{FIRST.name}: {describe(error)}")
    if batch is None:
        return BatchSummary(None, "nothing_to_do", dry_run)
    context.batch_id = batch["batch_id"]
    committed.append(f"batch opened with {len(batch['files'])} file(s)")
    failure: str | None = None
    failed_step: Step | None = None
    tables: list[dict] = []
    for step in STEPS[1:-1]:
        if (dry_run and not step.in_dry_run) or (skip_dbt and step.dbt):
            continue
        if failed_step is not None and not (step.after_dbt_failure and failed_step.dbt):
            continue
        say(step.doc)
        try:
            result = _timed(context, step)
        except Exception as error:
            _raise_if_lost(conn, error, step, context, committed)
            # stored and shown to facility clients: a fixed text, never the exception's (it can carry values)
            failure, failed_step = public_message(step.name, error), step
            continue
        committed.append(_what_committed(step, result, dry_run))
        if step.name == "validate_upsert":
            tables = result
    try:
        LAST.call(context, failure)
    except Exception as error:
        _raise_if_lost(conn, error, LAST, context, committed)
        raise
    after_batch(conn, context.settings, context.batch_id)  # metrics textfile, slow-run alert; never raises
    return BatchSummary(
        context.batch_id,
        "failed" if failure else "completed",
        dry_run,
        file_summary(conn, context.batch_id),
        tables,
        failure,
    )


def _timed(context: StepContext, step: Step) -> object:
    """Run one step, timing it (per entity for `stage`) into etl.etl_step_metrics."""
    conn, batch_id = context.conn, context.batch_id
    assert batch_id is not None
    if step.per_entity:
        results = []
        for entity in ENTITIES:
            with metrics.step(conn, batch_id, f"{step.name}_{entity}") as record:
                staged = step.call(context, entity)
                record(rows_read=staged["rows"], bytes=metrics.entity_bytes(conn, batch_id, entity))
            results.append(staged)
        return results
    with metrics.step(conn, batch_id, step.name) as record:
        result = step.call(context)
        if step.name == "validate_upsert":
            record(**metrics.table_counts(result))
    return result


def describe(error: BaseException) -> str:
    """The error's kind and first line: no stack trace, no SQL."""
    lines = str(error).strip().splitlines()
    return f"{type(error).__name__}: {lines[0]}" if lines else type(error).__name__


def _what_committed(step: Step, result: object, dry_run: bool) -> str:
    if step.name == "stage":
        return f"{sum(item['rows'] for item in result)} row(s) staged"  # type: ignore[union-attr]
    if step.name == "validate_upsert":
        return "nothing (dry run)" if dry_run else "tables " + ", ".join(item["table"] for item in result)  # type: ignore[union-attr]
    return step.name


def _raise_if_lost(
    conn: psycopg.Connection, error: BaseException, step: Step, context: StepContext, committed: list[str]
) -> None:
    """Turn a dropped server connection into one line: step, batch, what was committed, what to do."""
    if not (conn.broken or conn.closed):
        return
    done = list(committed)
    if isinstance(error, TableFailed) and error.committed and not context.dry_run:
        done.append("tables " + ", ".join(error.committed))
    where = f"batch {context.batch_id}" if context.batch_id is not None else "before a batch was opened"
    kept = "; ".join(done) if done else "nothing"
    raise DatabaseLost(
        f"Lost the database connection during step {step.name} ({where}). Committed: {kept};"
        " the step's open transaction was rolled back. Run again when the database is back."
    ) from None


def file_summary(conn: psycopg.Connection, batch_id: int) -> list[dict]:
    rows = conn.execute(
        "select f.id, f.object_key, f.entity, f.status, f.rows_read, f.error_code, f.error_message, f.archive_key,"
        " f.attempt,"
        " coalesce((select jsonb_object_agg(reason_code, n) from (select reason_code, count(*) as n"
        "   from etl.etl_rejected_rows r where r.file_id = f.id group by reason_code) as g), '{}'::jsonb)"
        " from etl.etl_files f where f.batch_id = %s order by f.id",
        (batch_id,),
    ).fetchall()
    return [
        {
            "file_id": file_id,
            "key": key,
            "entity": entity,
            "status": status,
            "rows_read": rows_read,
            "error_code": code,
            "message": message,
            "archive_key": archive_key,
            "attempt": attempt,
            "rejected_by_reason": reasons,
        }
        for file_id, key, entity, status, rows_read, code, message, archive_key, attempt, reasons in rows
    ]
