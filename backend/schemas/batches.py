"""Uploads, pipeline batches and rejected rows: response and query models."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from apiflask.fields import UploadFile
from pydantic import BaseModel, Field

from backend.paging import PageMeta, PageQuery
from backend.schemas.base import Id, OutputModel, StorableText

Entity = Literal["facilities", "patients", "workers", "medical_records", "triage_visits"]


class UploadForm(StorableText):
    """The multipart form of POST /uploads."""

    file: UploadFile = Field(description="The CSV: UTF-8, a header row with the entity's required columns.")
    entity: Entity | None = Field(None, description="Which entity the CSV holds; read from the file name when omitted.")


class FileStatus(OutputModel):
    id: int
    batch_id: int
    object_key: str
    entity: str | None
    status: str = Field(
        description="pending, staged, loaded, archived, duplicate, rejected, superseded, failed (this run could"
        " not finish it; the next run tries again) or quarantined (failed in 3 runs; set aside for an operator)."
    )
    size_bytes: int
    sha256: str
    rows_read: int | None
    rows_rejected: int | None
    error_code: str | None
    error_message: str | None
    archive_key: str | None
    created_at: datetime
    updated_at: datetime


class BatchOfUpload(BaseModel):
    id: int
    status: str = Field(description="running, completed or failed.")
    file: FileStatus


class UploadOut(OutputModel):
    id: uuid.UUID
    entity: Entity
    filename: str
    object_key: str
    size_bytes: int
    sha256: str
    row_count: int = Field(description="Data rows in the file (the header excluded).")
    trigger: Literal["airflow", "local"]
    dag_run_id: str | None
    facility_id: int | None
    created_at: datetime
    batch: BatchOfUpload | None = Field(None, description="The pipeline batch that took the file; null until one has.")


class UploadCreated(UploadOut):
    pipeline_started: bool = Field(description="False when the pipeline could not be started; the file waits.")
    message: str


class BatchTable(OutputModel):
    table_name: str
    status: str
    records_processed: int
    records_inserted: int
    records_updated: int
    records_unchanged: int
    records_failed: int
    started_at: datetime
    completed_at: datetime | None
    error_message: str | None


class BatchOut(OutputModel):
    id: int
    status: str = Field(description="running, completed or failed.")
    dry_run: bool
    triggered_by: str
    started_at: datetime
    completed_at: datetime | None
    error_message: str | None


class BatchDetail(BatchOut):
    rows_read: int
    rows_rejected: int
    files: list[FileStatus]
    tables: list[BatchTable] = Field(description="Per-table counts (etl_audit_log); empty for facility clients.")


class BatchQuery(PageQuery):
    status: Literal["running", "completed", "failed"] | None = None


class BatchList(PageMeta):
    data: list[BatchOut]


class RejectedRow(OutputModel):
    id: int
    batch_id: int
    file_id: int | None
    object_key: str | None
    entity: str
    row_number: int | None = Field(description="The line in the file; the header is row 1.")
    reason_code: str
    column_name: str | None
    message: str
    raw: dict[str, Any]


class ErrorQuery(PageQuery):
    file_id: Id | None = None
    entity: Entity | None = None
    reason_code: str | None = Field(None, max_length=100)
    format: Literal["json", "csv"] | None = Field(
        None, description="csv: every matching row as a CSV download (also with Accept: text/csv)."
    )


class RejectedRowList(PageMeta):
    data: list[RejectedRow]
