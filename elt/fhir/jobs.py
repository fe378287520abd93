"""api.export_jobs from the runner's side: claim a job, keep it alive, finish it; expire old files.

A runner (the Airflow task or the API's background thread) claims a job with one UPDATE … RETURNING,
so two runners never run the same job. While it runs it refreshes heartbeat_at; a job left 'running'
with a stale heartbeat had its runner die (API restart, killed worker) and is claimed again, from the
start, by the next runner that looks. After MAX_ATTEMPTS claims a job fails instead of looping.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import psycopg
from psycopg.rows import dict_row

from elt.fhir.export import OutputFile

STALE_SECONDS = 60  # a heartbeat older than this means the runner is gone
# A job queued for another runner (Airflow) this long was never started: its dispatch was lost.
# Longer than a heartbeat: a busy scheduler may take a while to start a task.
QUEUED_STALE_SECONDS = 300
HEARTBEAT_SECONDS = 5
MAX_ATTEMPTS = 3
OPEN_STATUSES = ("queued", "running")

_CLAIMABLE = """
    (j.status = 'queued' and (j.runner = %(runner)s or j.created_at < now() - make_interval(secs => %(queued)s)))
    or (j.status = 'running' and j.heartbeat_at < now() - make_interval(secs => %(stale)s))
"""


@dataclass(frozen=True)
class ClaimedJob:
    id: uuid.UUID
    types: list[str]
    facility_id: int | None
    since: datetime | None
    attempts: int


def export_prefix(s3_prefix: str, job_id: uuid.UUID | str) -> str:
    """S3 folder of one job's files: <prefix>/export/<job>/."""
    return f"{s3_prefix}/export/{job_id}/"


def claim(conn: psycopg.Connection, job_id: uuid.UUID | str | None, runner: str) -> ClaimedJob | None:
    """Claim `job_id` (or, with None, the oldest claimable job) if it is claimable; None otherwise.

    A queued job is claimable at once by its own `runner` ('airflow' or 'local'), by any runner once
    nobody picked it up within QUEUED_STALE_SECONDS (its dispatch was lost).
    """
    params = {"job_id": job_id, "runner": runner, "stale": STALE_SECONDS, "queued": QUEUED_STALE_SECONDS}
    with conn.transaction():
        row = conn.execute(
            f"""
            select j.id, j.attempts from api.export_jobs as j
            where (%(job_id)s::uuid is null or j.id = %(job_id)s::uuid) and ({_CLAIMABLE})
            order by j.created_at
            limit 1
            for update skip locked
            """,
            params,
        ).fetchone()
        if row is None:
            return None
        if row[1] >= MAX_ATTEMPTS:
            conn.execute(
                "update api.export_jobs set status = 'failed', finished_at = now(), progress = null,"
                " error = 'the export was interrupted too many times' where id = %s",
                (row[0],),
            )
            return None
        claimed = conn.execute(
            """
            update api.export_jobs
            set status = 'running', attempts = attempts + 1, heartbeat_at = now(), runner = %s,
                started_at = coalesce(started_at, now()), progress = 'starting'
            where id = %s
            returning id, types, facility_id, since, attempts
            """,
            (runner, row[0]),
        ).fetchone()
    assert claimed is not None
    return ClaimedJob(*claimed)


def heartbeat(conn: psycopg.Connection, job_id: uuid.UUID, progress: str) -> bool:
    """Record progress; False when the job is no longer this runner's to run (cancelled, say)."""
    with conn.transaction():
        row = conn.execute(
            "update api.export_jobs set heartbeat_at = now(), progress = %s"
            " where id = %s and status = 'running' returning id",
            (progress, job_id),
        ).fetchone()
    return row is not None


def complete(
    conn: psycopg.Connection,
    job_id: uuid.UUID,
    transaction_time: datetime,
    outputs: list[OutputFile],
) -> bool:
    """Mark the job completed; False if it was cancelled meanwhile (its files are then the caller's to delete).

    The files live as long from now as the job was given at kick-off (expires_at - created_at).
    """
    output = [{"type": o.type, "name": o.name, "count": o.count} for o in outputs]
    with conn.transaction():
        row = conn.execute(
            """
            update api.export_jobs
            set status = 'completed', transaction_time = %s, output = %s::jsonb, progress = null,
                finished_at = now(), heartbeat_at = now(), expires_at = now() + (expires_at - created_at)
            where id = %s and status = 'running'
            returning id
            """,
            (transaction_time, json.dumps(output), job_id),
        ).fetchone()
    return row is not None


def fail(conn: psycopg.Connection, job_id: uuid.UUID, message: str) -> None:
    with conn.transaction():
        conn.execute(
            "update api.export_jobs set status = 'failed', error = %s, progress = null, finished_at = now()"
            " where id = %s and status = 'running'",
            (message, job_id),
        )


def delete_files(s3: Any, bucket: str, prefix: str) -> int:
    """Delete every object under `prefix`; returns how many."""
    deleted = 0
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
        keys = [{"Key": item["Key"]} for item in page.get("Contents", [])]
        if keys:
            s3.delete_objects(Bucket=bucket, Delete={"Objects": keys, "Quiet": True})
            deleted += len(keys)
    return deleted


def expire(conn: psycopg.Connection, s3: Any, bucket: str, s3_prefix: str) -> list[uuid.UUID]:
    """Jobs past expires_at (and cancelled ones) lose their files and become 'expired'."""
    expired = []
    with conn.cursor(row_factory=dict_row) as cursor:
        rows = cursor.execute(
            "select id from api.export_jobs where status in ('completed', 'failed', 'cancelled', 'queued')"
            " and (expires_at < now() or status = 'cancelled')"
        ).fetchall()
    for row in rows:
        delete_files(s3, bucket, export_prefix(s3_prefix, row["id"]))
        with conn.transaction():
            conn.execute(
                "update api.export_jobs set status = 'expired', progress = null where id = %s"
                " and status in ('completed', 'failed', 'cancelled', 'queued')",
                (row["id"],),
            )
        expired.append(row["id"])
    return expired
