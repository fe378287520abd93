"""The whole pipeline once: discover → stage → validate → upsert → report → archive."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field

import psycopg

from elt.monitoring.checks import after_batch
from elt.pipeline.archive import archive_batch
from elt.pipeline.batches import finish_batch
from elt.pipeline.db import prepare
from elt.pipeline.discover import open_batch
from elt.pipeline.entities import ENTITIES
from elt.pipeline.failures import public_message
from elt.pipeline.metrics import entity_bytes, step, table_counts
from elt.pipeline.reports import write_error_reports
from elt.pipeline.stage import stage_entity
from elt.pipeline.transform import validate_and_upsert
from elt.settings import Settings

Progress = Callable[[str], None]


@dataclass
class BatchSummary:
    batch_id: int | None
    status: str  # completed | failed | nothing_to_do
    dry_run: bool = False
    files: list[dict] = field(default_factory=list)
    tables: list[dict] = field(default_factory=list)
    error: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


def run_pipeline(
    conn: psycopg.Connection,
    s3,
    settings: Settings,
    *,
    dry_run: bool = False,
    triggered_by: str = "cli",
    progress: Progress | None = None,
) -> BatchSummary:
    say = progress or (lambda _message: None)
    prepare(conn)
    say("Listing and fingerprinting input files")
    batch = open_batch(conn, s3, settings, triggered_by=triggered_by, dry_run=dry_run)
    if batch is None:
        return BatchSummary(batch_id=None, status="nothing_to_do", dry_run=dry_run)
    batch_id = batch["batch_id"]
    try:
        for entity in ENTITIES:
            say(f"Staging {entity}")
            with step(conn, batch_id, f"stage_{entity}") as record:
                staged = stage_entity(conn, s3, settings, batch_id, entity)
                record(rows_read=staged["rows"], bytes=entity_bytes(conn, batch_id, entity))
        say("Validating and upserting")
        with step(conn, batch_id, "validate_upsert") as record:
            tables = validate_and_upsert(conn, settings, batch_id, dry_run=dry_run)
            record(**table_counts(tables))
        if not dry_run:
            say("Writing error reports")
            with step(conn, batch_id, "error_reports"):
                write_error_reports(conn, s3, settings, batch_id)
            say("Archiving files")
            with step(conn, batch_id, "archive"):
                archive_batch(conn, s3, settings, batch_id)
        finish_batch(conn, batch_id, status="completed")
    except Exception as error:
        message = public_message("pipeline", error)  # fixed text: exception text can carry patient values
        finish_batch(conn, batch_id, status="failed", error=message)
        after_batch(conn, settings, batch_id)  # metrics textfile, slow-run alert
        return BatchSummary(batch_id, "failed", dry_run, file_summary(conn, batch_id), [], message)
    after_batch(conn, settings, batch_id)
    return BatchSummary(batch_id, "completed", dry_run, file_summary(conn, batch_id), tables)


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
