"""SQLAlchemy models of the tables the API reads and writes.

The schema itself comes from the Alembic migrations (elt/db/migrations); these classes only map it.
Generated columns (natural keys) are left out: the database computes them and the API never sends them.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    ARRAY,
    BigInteger,
    Boolean,
    Computed,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Identity,
    SmallInteger,
    Text,
)
from sqlalchemy.dialects.postgresql import INET, JSONB, UUID
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.sql import func


class Base(DeclarativeBase):
    pass


def _id() -> Mapped[int]:
    return mapped_column(BigInteger, Identity(always=True), primary_key=True)


def _created() -> Mapped[datetime]:
    return mapped_column(DateTime(timezone=True), server_default=func.now())


def _natural_key(expression: str) -> Mapped[str]:
    # Computed: never written by the ORM; deferred: never loaded unless asked for.
    return mapped_column(Text, Computed(expression, persisted=True), deferred=True)


class Facility(Base):
    __tablename__ = "facilities"
    __table_args__: ClassVar[dict[str, str]] = {"schema": "public"}

    id: Mapped[int] = _id()
    name: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(Text)
    lga: Mapped[str] = mapped_column(Text)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    type: Mapped[str | None] = mapped_column(Text)
    facility_code: Mapped[str | None] = mapped_column(Text)
    ownership: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    address: Mapped[str | None] = mapped_column(Text)
    natural_key: Mapped[str] = _natural_key("etl.facility_key(name, state, lga)")
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _created()
    batch_id: Mapped[int | None] = mapped_column(BigInteger)


class Patient(Base):
    __tablename__ = "patients"
    __table_args__: ClassVar[dict[str, str]] = {"schema": "public"}

    id: Mapped[int] = _id()
    facility_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("public.facilities.id"))
    patient_number: Mapped[str | None] = mapped_column(Text)
    first_name: Mapped[str] = mapped_column(Text)
    last_name: Mapped[str] = mapped_column(Text)
    sex: Mapped[str] = mapped_column(Text)
    dob: Mapped[date] = mapped_column(Date)
    phone: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    address: Mapped[str | None] = mapped_column(Text)
    natural_key: Mapped[str] = _natural_key("etl.patient_key(patient_number, first_name, last_name, dob)")
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _created()
    batch_id: Mapped[int | None] = mapped_column(BigInteger)


class Worker(Base):
    __tablename__ = "workers"
    __table_args__: ClassVar[dict[str, str]] = {"schema": "public"}

    id: Mapped[int] = _id()
    facility_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("public.facilities.id"))
    staff_number: Mapped[str | None] = mapped_column(Text)
    first_name: Mapped[str] = mapped_column(Text)
    last_name: Mapped[str] = mapped_column(Text)
    cadre: Mapped[str] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    license_number: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, server_default="true")
    natural_key: Mapped[str] = _natural_key("etl.worker_key(staff_number, first_name, last_name, phone)")
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _created()
    batch_id: Mapped[int | None] = mapped_column(BigInteger)


class MedicalRecord(Base):
    __tablename__ = "medical_records"
    __table_args__: ClassVar[dict[str, str]] = {"schema": "public"}

    id: Mapped[int] = _id()
    patient_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("public.patients.id"))
    facility_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("public.facilities.id"))
    record_type: Mapped[str] = mapped_column(Text)
    record_ref: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    data: Mapped[dict[str, Any]] = mapped_column(JSONB, server_default="{}")
    natural_key: Mapped[str] = _natural_key(
        "etl.medical_record_key(record_ref, patient_id, record_type, recorded_at, data)"
    )
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _created()
    batch_id: Mapped[int | None] = mapped_column(BigInteger)


class TriageVisit(Base):
    __tablename__ = "triage_visits"
    __table_args__: ClassVar[dict[str, str]] = {"schema": "public"}

    id: Mapped[int] = _id()
    patient_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("public.patients.id"))
    facility_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("public.facilities.id"))
    visit_ref: Mapped[str | None] = mapped_column(Text)
    triage_level: Mapped[int] = mapped_column(SmallInteger)
    likely_conditions: Mapped[list[str]] = mapped_column(ARRAY(Text), server_default="{}")
    recommendations: Mapped[list[str]] = mapped_column(ARRAY(Text), server_default="{}")
    language: Mapped[str | None] = mapped_column(Text)
    provider: Mapped[str | None] = mapped_column(Text)
    visited_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    natural_key: Mapped[str] = _natural_key("etl.triage_visit_key(visit_ref, patient_id, visited_at)")
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _created()
    batch_id: Mapped[int | None] = mapped_column(BigInteger)


# ---------------------------------------------------------------- api schema (migration 0002)
class Client(Base):
    __tablename__ = "clients"
    __table_args__: ClassVar[dict[str, str]] = {"schema": "api"}

    client_id: Mapped[str] = mapped_column(Text, primary_key=True)
    name: Mapped[str | None] = mapped_column(Text)
    secret_hash: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(Text)
    facility_id: Mapped[int | None] = mapped_column(BigInteger, ForeignKey("public.facilities.id"))
    created_at: Mapped[datetime] = _created()
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class AccessAudit(Base):
    __tablename__ = "access_audit"
    __table_args__: ClassVar[dict[str, str]] = {"schema": "api"}

    id: Mapped[int] = _id()
    who: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(Text)
    resource: Mapped[str] = mapped_column(Text)
    ids: Mapped[list[int]] = mapped_column(ARRAY(BigInteger))
    at: Mapped[datetime] = _created()
    request_id: Mapped[str] = mapped_column(Text)
    # migration 0006 (issue 12)
    status: Mapped[int] = mapped_column(SmallInteger, server_default="200")
    source_address: Mapped[str | None] = mapped_column(INET)
    user_agent: Mapped[str | None] = mapped_column(Text)
    client_request_id: Mapped[str | None] = mapped_column(Text)
    upload_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    subject: Mapped[str | None] = mapped_column(Text)


class Upload(Base):
    __tablename__ = "uploads"
    __table_args__: ClassVar[dict[str, str]] = {"schema": "api"}

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    client_id: Mapped[str] = mapped_column(Text, ForeignKey("api.clients.client_id"))
    role: Mapped[str | None] = mapped_column(Text)  # the uploader's role; the pipeline scopes facility files
    facility_id: Mapped[int | None] = mapped_column(BigInteger)
    entity: Mapped[str] = mapped_column(Text)
    filename: Mapped[str] = mapped_column(Text)
    object_key: Mapped[str] = mapped_column(Text)
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(Text)
    row_count: Mapped[int] = mapped_column(BigInteger)
    trigger: Mapped[str] = mapped_column(Text)
    dag_run_id: Mapped[str | None] = mapped_column(Text)
    request_id: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = _created()


# ---------------------------------------------------------------- etl schema (read only here)
class EtlBatch(Base):
    __tablename__ = "etl_batches"
    __table_args__: ClassVar[dict[str, str]] = {"schema": "etl"}

    id: Mapped[int] = _id()
    status: Mapped[str] = mapped_column(Text)
    dry_run: Mapped[bool] = mapped_column(Boolean)
    triggered_by: Mapped[str] = mapped_column(Text)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    completed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    error_message: Mapped[str | None] = mapped_column(Text)


class EtlFile(Base):
    __tablename__ = "etl_files"
    __table_args__: ClassVar[dict[str, str]] = {"schema": "etl"}

    id: Mapped[int] = _id()
    batch_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("etl.etl_batches.id"))
    object_key: Mapped[str] = mapped_column(Text)
    entity: Mapped[str | None] = mapped_column(Text)
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(Text)
    header: Mapped[list[str] | None] = mapped_column(ARRAY(Text))
    rows_read: Mapped[int | None] = mapped_column(BigInteger)
    rows_rejected: Mapped[int | None] = mapped_column(BigInteger)
    error_code: Mapped[str | None] = mapped_column(Text)
    error_message: Mapped[str | None] = mapped_column(Text)
    archive_key: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class EtlAuditLog(Base):
    __tablename__ = "etl_audit_log"
    __table_args__: ClassVar[dict[str, str]] = {"schema": "etl"}

    id: Mapped[int] = _id()
    batch_id: Mapped[int | None] = mapped_column(BigInteger, ForeignKey("etl.etl_batches.id"))
    table_name: Mapped[str] = mapped_column(Text)
    records_processed: Mapped[int] = mapped_column(BigInteger)
    records_inserted: Mapped[int] = mapped_column(BigInteger)
    records_updated: Mapped[int] = mapped_column(BigInteger)
    records_unchanged: Mapped[int] = mapped_column(BigInteger)
    records_failed: Mapped[int] = mapped_column(BigInteger)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    completed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    status: Mapped[str] = mapped_column(Text)
    error_message: Mapped[str | None] = mapped_column(Text)
    task_id: Mapped[str | None] = mapped_column(Text)
    dag_run_id: Mapped[str | None] = mapped_column(Text)


class EtlRejectedRow(Base):
    __tablename__ = "etl_rejected_rows"
    __table_args__: ClassVar[dict[str, str]] = {"schema": "etl"}

    id: Mapped[int] = _id()
    batch_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("etl.etl_batches.id"))
    file_id: Mapped[int | None] = mapped_column(BigInteger, ForeignKey("etl.etl_files.id"))
    object_key: Mapped[str | None] = mapped_column(Text)
    entity: Mapped[str] = mapped_column(Text)
    row_number: Mapped[int | None] = mapped_column(BigInteger)
    reason_code: Mapped[str] = mapped_column(Text)
    column_name: Mapped[str | None] = mapped_column(Text)
    message: Mapped[str] = mapped_column(Text)
    raw: Mapped[dict[str, Any]] = mapped_column(JSONB)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
