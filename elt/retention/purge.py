"""The purge steps, in one place for the CLI (`medilink retention purge`) and the DAG `retention`."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path

import psycopg
from psycopg import sql

from elt.settings import Settings

log = logging.getLogger(__name__)
STAGE_TABLES = ("stage_facilities", "stage_patients", "stage_workers", "stage_medical_records", "stage_triage_visits")
DELETE_BATCH = 1000  # S3 DeleteObjects takes at most 1,000 keys
SQL_DIR = Path(__file__).parent / "sql"


@cache
def _sql(name: str) -> str:
    return (SQL_DIR / f"{name}.sql").read_text(encoding="utf-8")


@dataclass(frozen=True)
class PurgeResult:
    item: str
    keep_days: int
    count: int
    dry_run: bool

    def describe(self) -> str:
        verb = "would remove" if self.dry_run else "removed"
        return f"retention: {self.item}: {verb} {self.count} (kept {self.keep_days} days)"


def purge(conn: psycopg.Connection, s3, settings: Settings, *, dry_run: bool = False, now: datetime | None = None):
    """Run every retention step; returns one PurgeResult per step (also logged)."""
    now = now or datetime.now(UTC)
    results = [
        _rejected_raw(conn, settings.medilink_retention_rejected_raw_days, now, dry_run),
        _staged_rows(conn, settings.medilink_retention_staged_rows_days, now, dry_run),
        _objects(s3, settings, "archive", settings.medilink_retention_archive_days, now, dry_run),
        _objects(s3, settings, "rejected", settings.medilink_retention_rejected_reports_days, now, dry_run),
        _audit(conn, settings.medilink_retention_audit_days, dry_run),
    ]
    for result in results:
        log.info(result.describe())
    return results


def _rejected_raw(conn: psycopg.Connection, days: int, now: datetime, dry_run: bool) -> PurgeResult:
    cutoff = now - timedelta(days=days)
    query = _sql("rejected_raw_count" if dry_run else "rejected_raw")
    with conn.transaction():
        count = conn.execute(query, {"cutoff": cutoff}).fetchone()[0]
    return PurgeResult("raw values of rejected rows (etl.etl_rejected_rows.raw)", days, count, dry_run)


def _staged_rows(conn: psycopg.Connection, days: int, now: datetime, dry_run: bool) -> PurgeResult:
    cutoff = now - timedelta(days=days)
    count = 0
    with conn.transaction():
        for table in STAGE_TABLES:
            query = sql.SQL(_sql("staged_count" if dry_run else "staged")).format(table=sql.Identifier("etl", table))
            count += conn.execute(query, {"cutoff": cutoff}).fetchone()[0]
    return PurgeResult("staged rows of finished batches (etl.stage_*)", days, count, dry_run)


def _audit(conn: psycopg.Connection, days: int, dry_run: bool) -> PurgeResult:
    with conn.transaction():
        count = conn.execute("select api.purge_access_audit(%s, %s)", (days, dry_run)).fetchone()[0]
    return PurgeResult("API access audit rows (api.access_audit)", days, count, dry_run)


def _objects(s3, settings: Settings, folder: str, days: int, now: datetime, dry_run: bool) -> PurgeResult:
    cutoff = now - timedelta(days=days)
    prefix = f"{settings.s3_prefix}/{folder}/"
    expired = []
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=settings.s3_bucket, Prefix=prefix):
        expired += [item["Key"] for item in page.get("Contents", []) if item["LastModified"] < cutoff]
    if not dry_run:
        for start in range(0, len(expired), DELETE_BATCH):
            chunk = expired[start : start + DELETE_BATCH]
            answer = s3.delete_objects(
                Bucket=settings.s3_bucket, Delete={"Objects": [{"Key": key} for key in chunk], "Quiet": True}
            )
            if answer.get("Errors"):
                first = answer["Errors"][0]
                raise RuntimeError(f"S3 refused to delete {len(answer['Errors'])} objects, e.g. {first.get('Key')}")
    return PurgeResult(f"S3 objects under {prefix}", days, len(expired), dry_run)
