"""Closing a batch, and recording failures that happen outside the pipeline's own steps."""

from __future__ import annotations

import psycopg

from elt.pipeline.db import prepare
from elt.pipeline.entities import ENTITY_SPECS


def finish_batch(conn: psycopg.Connection, batch_id: int, *, status: str, error: str | None = None) -> None:
    """Mark the batch completed or failed, and drop its staged rows (they served their purpose)."""
    prepare(conn)
    with conn.transaction():
        conn.execute(
            # A failure recorded earlier (by the failing step itself) is the one kept.
            "update etl.etl_batches set status = %s, completed_at = now(),"
            " error_message = coalesce(error_message, %s) where id = %s",
            (status, error, batch_id),
        )
        if status == "completed":
            for spec in ENTITY_SPECS.values():
                conn.execute(f"delete from {spec.stage_table} where batch_id = %s", (batch_id,))


def record_task_failure(
    conn: psycopg.Connection, *, batch_id: int | None, task_id: str, dag_run_id: str | None, error: str
) -> None:
    """An orchestrator's task failed: keep who and why in the audit log so the API can show it."""
    prepare(conn)
    with conn.transaction():
        conn.execute(
            "insert into etl.etl_audit_log (batch_id, table_name, status, error_message, task_id, dag_run_id,"
            " completed_at) values (%s, %s, 'failed', %s, %s, %s, now())",
            (batch_id, "pipeline", error[:2000], task_id, dag_run_id),
        )
        if batch_id is not None:
            conn.execute(
                "update etl.etl_batches set status = 'failed', completed_at = now(),"
                " error_message = coalesce(error_message, %s) where id = %s",
                (f"task {task_id} failed: {error[:500]}", batch_id),
            )
