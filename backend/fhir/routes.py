"""/fhir: the Bulk Data kick-off, status, cancel and download endpoints (IG v2).

Who may export what: an analyst nothing; a facility client its own facility (Patient level or its
own Group); an admin everything, including the system-level $export. A job, its status and its
files belong to the client that started it: anyone else gets 404, as if it did not exist.
The scope (facility) is fixed at kick-off and stored with the job; the runner's SQL filters on it.
"""

from __future__ import annotations

import logging
import uuid
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

from apiflask import APIBlueprint, HTTPError
from flask import Response, current_app, g, request, url_for
from sqlalchemy import func, select
from werkzeug.exceptions import HTTPException

from backend.audit import record_access
from backend.auth import authenticate, requires
from backend.errors import ApiError
from backend.extensions import db
from backend.fhir.capability import capability_statement
from backend.fhir.kickoff import KickoffError, parse_kickoff
from backend.fhir.models import ExportJob
from backend.fhir.outcome import (
    fhir_response,
    handle_error,
    handle_unexpected_error,
    operation_outcome,
    outcome_response,
)
from backend.fhir.runner import DispatchError, trigger_airflow
from backend.models import Facility
from elt.fhir import jobs as job_rules

bp = APIBlueprint("fhir", __name__, enable_openapi=False)
bp.register_error_handler(HTTPError, handle_error)
bp.register_error_handler(HTTPException, handle_error)
bp.register_error_handler(Exception, handle_unexpected_error)

RETRY_AFTER_SECONDS = 5
MAX_OPEN_JOBS = 3  # per client: one client cannot queue enough work to stall everyone else's
DOWNLOAD_CHUNK = 1 << 20
NDJSON = "application/fhir+ndjson"

log = logging.getLogger("backend.fhir")


def _bad_request(message: str) -> ApiError:
    return ApiError(400, "bad_request", message)


@bp.get("/metadata")
def metadata() -> Response:
    """The CapabilityStatement (no token needed: clients read it to learn how to authenticate)."""
    body = capability_statement(
        request.url_root.rstrip("/") + "/fhir",
        current_app.config["API_VERSION"],
        datetime.now(UTC).date().isoformat(),
    )
    return fhir_response(body)


@bp.get("/$export")
@requires("admin")
def system_export() -> Response:
    return _kickoff("system", None)


@bp.get("/Patient/$export")
@requires("admin", "facility")
def patient_export() -> Response:
    return _kickoff("patient", g.principal.facility_id)


@bp.get("/Group/<int:facility_id>/$export")
@requires("admin", "facility")
def group_export(facility_id: int) -> Response:
    principal = g.principal
    if principal.role == "facility" and principal.facility_id != facility_id:
        raise ApiError(403, "forbidden", "A facility client may export only its own facility's Group.")
    if db.session.get(Facility, facility_id) is None:
        raise ApiError(404, "not_found", f"Group {facility_id} does not exist.")
    return _kickoff("group", facility_id)


def _kickoff(level: str, facility_id: int | None) -> Response:
    try:
        asked = parse_kickoff(request, level)
    except KickoffError as error:
        raise _bad_request(str(error)) from None
    principal = g.principal
    session = db.session
    open_jobs = session.scalar(
        select(func.count())
        .select_from(ExportJob)
        .where(ExportJob.client_id == principal.client_id, ExportJob.status.in_(job_rules.OPEN_STATUSES))
    )
    if open_jobs >= MAX_OPEN_JOBS:
        raise ApiError(
            429,
            "too_many_exports",
            f"This client already has {open_jobs} exports in progress; wait for one to finish or cancel one.",
            headers={"Retry-After": "60"},
        )
    api_settings = current_app.config["MEDILINK_API_SETTINGS"]
    job = ExportJob(
        id=uuid.uuid4(),
        client_id=principal.client_id,
        role=principal.role,
        facility_id=facility_id,
        level=level,
        types=list(asked.types),
        since=asked.since,
        request_url=request.url,
        request_id=g.request_id,
        runner="airflow" if api_settings.airflow_enabled else "local",
        expires_at=datetime.now(UTC) + timedelta(hours=api_settings.fhir_export_ttl_hours),
    )
    session.add(job)
    record_access(session, "export", f"fhir:{level}", [facility_id] if facility_id else [])
    session.commit()
    _dispatch(job)
    location = url_for("fhir.job_status", job_id=job.id, _external=True)
    body = operation_outcome(202, f"Export {job.id} accepted; poll Content-Location for its status.", "information")
    return fhir_response(body, 202, {"Content-Location": location})


def _dispatch(job: ExportJob) -> None:
    settings = current_app.config["MEDILINK_SETTINGS"]
    if job.runner == "airflow":
        try:
            job.dag_run_id = trigger_airflow(settings, job.id)
            db.session.commit()
            return
        except DispatchError as error:
            log.warning("FHIR export %s: Airflow did not take it (%s); running it in the API", job.id, error)
            job.runner = "local"
            db.session.commit()
    current_app.extensions["medilink.fhir_runner"].request_run()


def _own_job(job_id: uuid.UUID) -> ExportJob:
    """The caller's job; 404 for anyone else's, so job ids reveal nothing."""
    principal = authenticate()
    g.principal = principal
    job = db.session.get(ExportJob, job_id)
    if job is None or job.client_id != principal.client_id or job.status in ("cancelled", "expired"):
        raise ApiError(404, "not_found", "No such export (it may have expired or been cancelled).")
    if job.status == "completed" and job.expires_at <= datetime.now(UTC):
        raise ApiError(404, "not_found", "No such export (it may have expired or been cancelled).")
    return job


def _looks_abandoned(job: ExportJob) -> bool:
    now = datetime.now(UTC)
    if job.status == "queued":
        return job.created_at < now - timedelta(seconds=job_rules.QUEUED_STALE_SECONDS)
    return job.heartbeat_at is None or job.heartbeat_at < now - timedelta(seconds=job_rules.STALE_SECONDS)


@bp.get("/_jobs/<uuid:job_id>")
def job_status(job_id: uuid.UUID) -> Response:
    job = _own_job(job_id)
    if job.status in job_rules.OPEN_STATUSES:
        if _looks_abandoned(job):
            current_app.extensions["medilink.fhir_runner"].request_run()
        progress = job.progress or ("queued" if job.status == "queued" else "running")
        return Response(
            status=202,
            headers={"X-Progress": progress[:100], "Retry-After": str(RETRY_AFTER_SECONDS)},
        )
    if job.status == "failed":
        return outcome_response(500, "The export failed on the server; start a new one.")
    manifest = {
        "transactionTime": job.transaction_time.astimezone(UTC).isoformat().replace("+00:00", "Z"),
        "request": job.request_url,
        "requiresAccessToken": True,
        "output": [
            {
                "type": item["type"],
                "url": url_for("fhir.download", job_id=job.id, name=item["name"], _external=True),
                "count": item["count"],
            }
            for item in job.output
        ],
        "error": [],
    }
    response = current_app.json.response(manifest)
    response.headers["Expires"] = format_datetime(job.expires_at.astimezone(UTC), usegmt=True)
    return response


@bp.delete("/_jobs/<uuid:job_id>")
def cancel_job(job_id: uuid.UUID) -> Response:
    job = _own_job(job_id)
    was = job.status
    job.status = "cancelled"
    job.progress = None
    db.session.commit()
    if was in ("completed", "failed"):
        settings = current_app.config["MEDILINK_SETTINGS"]
        prefix = job_rules.export_prefix(settings.s3_prefix, job.id)
        job_rules.delete_files(current_app.extensions["medilink.s3"], settings.s3_bucket, prefix)
    body = operation_outcome(202, f"Export {job.id} cancelled; its files are deleted.", "information")
    return fhir_response(body, 202)


@bp.get("/_jobs/<uuid:job_id>/<name>")
def download(job_id: uuid.UUID, name: str) -> Response:
    """One output file, streamed from S3 (never read whole into memory)."""
    job = _own_job(job_id)
    item = next((item for item in job.output if item["name"] == name), None)
    if job.status != "completed" or item is None:
        raise ApiError(404, "not_found", "No such file in this export.")
    record_access(db.session, "export", f"fhir:{item['type']}", [job.facility_id] if job.facility_id else [])
    db.session.commit()
    settings = current_app.config["MEDILINK_SETTINGS"]
    key = job_rules.export_prefix(settings.s3_prefix, job.id) + name
    body = current_app.extensions["medilink.s3"].get_object(Bucket=settings.s3_bucket, Key=key)["Body"]

    def chunks():
        try:
            yield from body.iter_chunks(DOWNLOAD_CHUNK)
        finally:
            body.close()

    return Response(chunks(), mimetype=NDJSON, headers={"Content-Disposition": f'attachment; filename="{name}"'})
