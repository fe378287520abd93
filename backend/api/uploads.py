"""/uploads: bulk CSV upload into the pipeline's input/ folder, then the pipeline is started."""

from __future__ import annotations

import logging
import uuid
from typing import Any

from apiflask import APIBlueprint
from boto3.exceptions import S3UploadFailedError
from botocore.exceptions import BotoCoreError, ClientError
from flask import current_app, g
from sqlalchemy import delete, insert, select
from werkzeug.utils import secure_filename

from backend import uploads
from backend.audit import record_access
from backend.auth import current_principal, requires
from backend.errors import ApiError, field_error
from backend.extensions import client_or_address, db, limiter
from backend.models import EtlBatch, EtlFile, Facility, Upload
from backend.openapi import errors
from backend.pipeline_trigger import TriggerError, trigger_airflow
from backend.schemas.batches import BatchOfUpload, FileStatus, UploadCreated, UploadForm, UploadOut

bp = APIBlueprint("uploads", __name__, tag="Uploads")
log = logging.getLogger("backend.uploads")


def _upload_limit() -> str:
    return current_app.config["MEDILINK_API_SETTINGS"].api_rate_limit_upload


def _own_facility() -> uploads.OwnFacility | None:
    principal = current_principal()
    if not principal.is_facility:
        return None
    facility = db.session.get(Facility, principal.facility_id)
    if facility is None:  # the client's facility cannot vanish (foreign key), but be explicit
        raise ApiError(403, "forbidden_facility", "This client's facility does not exist.")
    return uploads.OwnFacility(facility.id, facility.facility_code, facility.name, facility.state, facility.lga)


def _batch_of(object_key: str) -> BatchOfUpload | None:
    row = db.session.execute(
        select(EtlFile, EtlBatch.status)
        .join(EtlBatch, EtlBatch.id == EtlFile.batch_id)
        .where(EtlFile.object_key == object_key)
        .order_by(EtlFile.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    file, status = row
    return BatchOfUpload(id=file.batch_id, status=status, file=FileStatus.model_validate(file))


def _out(upload: Upload, **extra: Any) -> dict[str, Any]:
    body = UploadOut.model_validate(upload).model_dump()
    body["batch"] = _batch_of(upload.object_key)
    return {**body, **extra}


def _start_pipeline(upload_id: uuid.UUID, entity: str, object_key: str) -> tuple[str | None, bool, str]:
    """(dag_run_id, started, message)."""
    api_settings = current_app.config["MEDILINK_API_SETTINGS"]
    if api_settings.airflow_enabled:
        try:
            run_id = trigger_airflow(
                api_settings, {"upload_id": str(upload_id), "entity": entity, "object_key": object_key}
            )
        except TriggerError as error:
            log.error("could not trigger Airflow for upload %s: %s", upload_id, error)
            return None, False, f"Stored, but the pipeline did not start ({error}); the next run takes the file."
        return run_id, True, f"Stored; Airflow run {run_id} started."
    current_app.extensions["medilink.runner"].request_run()
    return None, True, "Stored; the pipeline is running in the API process."


@bp.post("")
@requires("admin", "facility")
@limiter.limit(_upload_limit, key_func=client_or_address)
@bp.input(UploadForm, location="files")
@bp.output(UploadCreated, status_code=202)
@errors(413, 429)
def create_upload(files_data: UploadForm):
    """Upload a CSV

    Multipart form: `file` (the CSV) and optionally `entity` (else taken from the file name, e.g.
    patients_2024.csv). The file is checked (size, UTF-8, header with the required columns, at least
    one row; facility clients: only rows of their own facility), stored under
    `s3://$S3_BUCKET/$S3_PREFIX/input/<entity>/<uuid>-<filename>` and the pipeline is started.
    Follow the batch with GET /uploads/{upload_id}.
    """
    principal = current_principal()
    file = files_data.file
    filename = secure_filename(file.filename or "") or "upload.csv"
    if not filename.lower().endswith(".csv"):
        raise field_error("file", "bad_file_type", "the file name must end in .csv")
    entity = uploads.resolve_entity(filename, files_data.entity)
    if entity == "facilities" and principal.is_facility:
        raise ApiError(403, "forbidden", "Facility clients cannot upload facilities; ask an administrator.")

    settings = current_app.config["MEDILINK_SETTINGS"]
    api_settings = current_app.config["MEDILINK_API_SETTINGS"]
    inspected = uploads.inspect(file.stream, entity, api_settings.max_upload_bytes, _own_facility())
    upload_id = uuid.uuid4()
    object_key = f"{settings.input_prefix}{entity}/{upload_id}-{filename}"
    trigger = "airflow" if api_settings.airflow_enabled else "local"
    session = db.session
    # The upload row (who, which role, which facility) is committed before the object exists: the
    # pipeline takes a file's scope from it, so a facility's file is never seen without its scope.
    session.execute(
        insert(Upload).values(
            id=upload_id,
            client_id=principal.client_id,
            role=principal.role,
            facility_id=principal.facility_id,
            entity=entity,
            filename=filename,
            object_key=object_key,
            size_bytes=inspected.size_bytes,
            sha256=inspected.sha256,
            row_count=inspected.row_count,
            trigger=trigger,
            request_id=g.request_id,
        )
    )
    record_access(session, "create", "uploads", [], upload_id=upload_id)
    session.commit()
    with inspected.body:
        try:
            current_app.extensions["medilink.s3"].upload_fileobj(
                inspected.body,
                settings.s3_bucket,
                object_key,
                ExtraArgs={
                    "ContentType": "text/csv",
                    "Metadata": {"upload-id": str(upload_id), "sha256": inspected.sha256},
                },
            )
        except (BotoCoreError, ClientError, S3UploadFailedError):
            log.exception("storing upload %s failed (request %s)", upload_id, g.request_id)
            session.execute(delete(Upload).where(Upload.id == upload_id))
            session.commit()
            raise ApiError(
                503,
                "storage_unavailable",
                "The file could not be stored; nothing was saved. Retry shortly.",
                {"request_id": g.request_id},
                headers={"Retry-After": "30"},
            ) from None

    run_id, started, message = _start_pipeline(upload_id, entity, object_key)
    upload = session.get(Upload, upload_id)
    if run_id is not None:
        upload.dag_run_id = run_id
        session.commit()
    body = _out(upload, pipeline_started=started, message=message)
    return body, 202, {"Location": f"/api/v1/uploads/{upload_id}"}


@bp.get("/<uuid:upload_id>")
@requires("admin", "facility")
@bp.output(UploadOut)
def get_upload(upload_id: uuid.UUID):
    """Get an upload and its batch

    `batch` is null until a pipeline run has taken the file; then it carries the batch status and
    this file's counts (rows read, rows rejected). Rejected rows: GET /batches/{id}/errors.
    """
    principal = current_principal()
    query = select(Upload).where(Upload.id == upload_id)
    if principal.is_facility:
        query = query.where(Upload.facility_id == principal.facility_id)
    upload = db.session.scalars(query).first()
    if upload is None:
        raise ApiError(404, "not_found", f"No upload with id {upload_id}.")
    return _out(upload)
