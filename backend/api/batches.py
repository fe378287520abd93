"""/batches: pipeline batches, their files and per-table counts, and the rows they rejected.

Facility clients see only batches that took one of their facility's uploads, and within those only
their own files and rejected rows.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

from apiflask import APIBlueprint
from flask import Response, g, request
from sqlalchemy import Select, exists, func, select
from sqlalchemy.orm import Session

from backend.api.crud import codec
from backend.audit import record_access, request_context
from backend.auth import current_principal, requires
from backend.errors import ApiError
from backend.extensions import db
from backend.models import EtlAuditLog, EtlBatch, EtlFile, EtlRejectedRow, Upload
from backend.openapi import annotate, errors
from backend.paging import Keyset, id_keyset, paginate
from backend.schemas.batches import (
    BatchDetail,
    BatchList,
    BatchOut,
    BatchQuery,
    BatchTable,
    ErrorQuery,
    FileStatus,
    RejectedRow,
    RejectedRowList,
)
from elt.pipeline.reports import neutralise

bp = APIBlueprint("batches", __name__, tag="Batches")
CSV_COLUMNS = (
    "id",
    "batch_id",
    "file_id",
    "object_key",
    "entity",
    "row_number",
    "reason_code",
    "column_name",
    "message",
    "raw",
)
CSV_CHUNK = 5_000
# Rejected rows in file order: by file, then line (nulls as 0, so the keyset compares values).
ERROR_ORDER = Keyset(
    [func.coalesce(EtlRejectedRow.file_id, 0), func.coalesce(EtlRejectedRow.row_number, 0), EtlRejectedRow.id],
    [int, int, int],
    extract=lambda row: [row[0].file_id or 0, row[0].row_number or 0, row[0].id],
)


# What a facility client reads when a batch failed: the stored message may quote an exception, and
# exception text can carry another facility's values. Admins see the stored message.
FACILITY_BATCH_ERROR = "step_failed: the pipeline run did not finish; files not yet archived are taken by the next run"


def _batch_out(batch: EtlBatch) -> BatchOut:
    out = BatchOut.model_validate(batch)
    if current_principal().is_facility and out.error_message:
        out = out.model_copy(update={"error_message": FACILITY_BATCH_ERROR})
    return out


def _own_files() -> Select:
    """Ids of the files this client may see (all for admins)."""
    principal = current_principal()
    query = select(EtlFile.id)
    if principal.is_facility:
        query = query.join(Upload, Upload.object_key == EtlFile.object_key).where(
            Upload.facility_id == principal.facility_id
        )
    return query


def _visible_batches(query: Select) -> Select:
    if current_principal().is_facility:
        query = query.where(exists(_own_files().where(EtlFile.batch_id == EtlBatch.id)))
    return query


def _batch_or_404(batch_id: int) -> EtlBatch:
    batch = db.session.scalars(_visible_batches(select(EtlBatch).where(EtlBatch.id == batch_id))).first()
    if batch is None:
        raise ApiError(404, "not_found", f"No batch with id {batch_id}.")
    return batch


@bp.get("")
@requires("admin", "facility")
@bp.input(BatchQuery, location="query")
@bp.output(BatchList)
@errors(400)
def list_batches(query_data: BatchQuery):
    """List pipeline batches, newest first"""
    query = _visible_batches(select(EtlBatch))
    if query_data.status:
        query = query.where(EtlBatch.status == query_data.status)
    page = paginate(db.session, query, id_keyset(EtlBatch.id, descending=True), query_data, codec())
    return page.body([_batch_out(row[0]) for row in page.rows])


@bp.get("/<int:batch_id>")
@requires("admin", "facility")
@bp.output(BatchDetail)
def get_batch(batch_id: int):
    """Get a batch: status, files with their counts, per-table counts"""
    batch = _batch_or_404(batch_id)
    files = list(
        db.session.scalars(
            select(EtlFile).where(EtlFile.batch_id == batch_id, EtlFile.id.in_(_own_files())).order_by(EtlFile.id)
        )
    )
    tables = []
    if not current_principal().is_facility:  # table totals span every facility in the batch
        tables = list(
            db.session.scalars(select(EtlAuditLog).where(EtlAuditLog.batch_id == batch_id).order_by(EtlAuditLog.id))
        )
    return BatchDetail(
        **_batch_out(batch).model_dump(),
        rows_read=sum(file.rows_read or 0 for file in files),
        rows_rejected=sum(file.rows_rejected or 0 for file in files),
        files=[FileStatus.model_validate(file) for file in files],
        tables=[BatchTable.model_validate(table) for table in tables],
    )


def _wants_csv(query_data: ErrorQuery) -> bool:
    if query_data.format is not None:
        return query_data.format == "csv"
    best = request.accept_mimetypes.best_match(["application/json", "text/csv"], default="application/json")
    return best == "text/csv" and request.accept_mimetypes["text/csv"] > request.accept_mimetypes["application/json"]


@bp.get("/<int:batch_id>/errors")
@requires("admin", "facility")
@bp.input(ErrorQuery, location="query")
@bp.output(RejectedRowList)
@errors(400)
def list_batch_errors(batch_id: int, query_data: ErrorQuery):
    """Rows a batch rejected, with the reason

    JSON pages by default; the whole list as CSV with `?format=csv` or `Accept: text/csv`.
    Filters: file_id, entity, reason_code. `raw` is the row as it was in the file.
    """
    _batch_or_404(batch_id)
    query = select(EtlRejectedRow).where(EtlRejectedRow.batch_id == batch_id, EtlRejectedRow.file_id.in_(_own_files()))
    if query_data.file_id is not None:
        query = query.where(EtlRejectedRow.file_id == query_data.file_id)
    if query_data.entity:
        query = query.where(EtlRejectedRow.entity == query_data.entity)
    if query_data.reason_code:
        query = query.where(EtlRejectedRow.reason_code == query_data.reason_code)
    if _wants_csv(query_data):
        return _csv_response(batch_id, query)
    page = paginate(db.session, query, ERROR_ORDER, query_data, codec())
    rows = [row[0] for row in page.rows]
    record_access(db.session, "list", "rejected_rows", [row.id for row in rows])
    db.session.commit()
    return page.body([RejectedRow.model_validate(row) for row in rows])


annotate(
    list_batch_errors,
    responses={
        200: {"description": "Rejected rows", "content": {"text/csv": {"schema": {"type": "string"}}}},
    },
)


def _csv_response(batch_id: int, query: Select) -> Response:
    """Every matching row as CSV, streamed in chunks; each chunk is audited before it is sent.

    The stream outlives the request, so it uses its own session (closed when the stream ends or
    the client goes away) and the principal and request id captured now.
    """
    engine, principal, request_id = db.engine, current_principal(), g.request_id
    context = request_context()  # address, user agent, the caller's request id

    def generate() -> Iterator[str]:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(CSV_COLUMNS)
        yield buffer.getvalue()
        chunk = query.order_by(*ERROR_ORDER.order()).limit(CSV_CHUNK)
        with Session(engine) as session:
            while rows := list(session.scalars(chunk)):
                ids = [row.id for row in rows]
                record_access(session, "export", "rejected_rows", ids, principal, request_id, context=context)
                session.commit()
                buffer.seek(0)
                buffer.truncate()
                for row in rows:
                    writer.writerow(
                        [
                            neutralise(cell)
                            for cell in (
                                row.id,
                                row.batch_id,
                                row.file_id,
                                row.object_key,
                                row.entity,
                                row.row_number,
                                row.reason_code,
                                row.column_name,
                                row.message,
                                json.dumps(row.raw, ensure_ascii=False, sort_keys=True),
                            )
                        ]
                    )
                yield buffer.getvalue()
                position = [rows[-1].file_id or 0, rows[-1].row_number or 0, rows[-1].id]
                chunk = query.where(ERROR_ORDER.after(position)).order_by(*ERROR_ORDER.order()).limit(CSV_CHUNK)

    return Response(
        generate(),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="batch-{batch_id}-errors.csv"'},
    )
