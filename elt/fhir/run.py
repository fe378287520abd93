"""Run export jobs: claim → export every type to S3 → complete (or fail, or clean up a cancel).

Called by the Airflow DAG `fhir_bulk_export` and by the API's in-process runner; both go through
`run_jobs`. The export reads on its own connection inside one snapshot; job bookkeeping uses a
second, autocommit connection so heartbeats are visible at once.
"""

from __future__ import annotations

import logging
import time
import uuid
from typing import Any

import psycopg

from elt.fhir import jobs
from elt.fhir.export import ExportCancelled, Progress, export
from elt.fhir.sinks import S3Sink
from elt.settings import Settings

log = logging.getLogger("elt.fhir")


def run_jobs(settings: Settings, s3: Any, runner: str, job_id: uuid.UUID | str | None = None) -> int:
    """Expire old jobs, then run `job_id` (or every claimable job) until none is left; returns how many ran.

    `runner` is who runs them ('airflow' or 'local'): queued jobs dispatched to it are taken at once.
    """
    ran = 0
    with psycopg.connect(settings.libpq_url, autocommit=True, application_name="medilink-fhir-export") as control:
        jobs.expire(control, s3, settings.s3_bucket, settings.s3_prefix)
        while (claimed := jobs.claim(control, job_id, runner)) is not None:
            run_claimed(settings, s3, control, claimed)
            ran += 1
            if job_id is not None:
                break
    return ran


def run_claimed(settings: Settings, s3: Any, control: psycopg.Connection, job: jobs.ClaimedJob) -> str:
    """Run one claimed job; returns its final status."""
    prefix = jobs.export_prefix(settings.s3_prefix, job.id)
    last_beat = 0.0

    def on_progress(progress: Progress) -> bool:
        nonlocal last_beat
        now = time.monotonic()
        if now - last_beat < jobs.HEARTBEAT_SECONDS:
            return True
        last_beat = now
        return jobs.heartbeat(control, job.id, progress.describe())

    log.info("FHIR export %s: attempt %s, %s type(s)", job.id, job.attempts, len(job.types))
    try:
        with psycopg.connect(settings.libpq_url, application_name="medilink-fhir-export") as conn:
            result = export(
                conn,
                job.types,
                job.facility_id,
                job.since,
                lambda name: S3Sink(s3, settings.s3_bucket, prefix + name),
                on_progress,
            )
    except ExportCancelled:
        jobs.delete_files(s3, settings.s3_bucket, prefix)
        log.info("FHIR export %s: cancelled", job.id)
        return "cancelled"
    except Exception:
        log.exception("FHIR export %s failed", job.id)
        jobs.fail(control, job.id, "the export failed on the server")
        jobs.delete_files(s3, settings.s3_bucket, prefix)
        return "failed"
    if not jobs.complete(control, job.id, result.transaction_time, result.outputs):
        jobs.delete_files(s3, settings.s3_bucket, prefix)
        return "cancelled"
    log.info("FHIR export %s: %s file(s)", job.id, len(result.outputs))
    return "completed"
