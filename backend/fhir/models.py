"""api.export_jobs, as the API reads and writes it (the runner side is elt.fhir.jobs)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import ARRAY, BigInteger, DateTime, Integer, Text
from sqlalchemy.dialects.postgresql import JSONB, UUID
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.sql import func

from backend.models import Base


class ExportJob(Base):
    __tablename__ = "export_jobs"
    __table_args__: ClassVar[dict[str, str]] = {"schema": "api"}

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    client_id: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(Text)
    facility_id: Mapped[int | None] = mapped_column(BigInteger)
    level: Mapped[str] = mapped_column(Text)
    types: Mapped[list[str]] = mapped_column(ARRAY(Text))
    since: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    request_url: Mapped[str] = mapped_column(Text)
    request_id: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(Text, server_default="queued")
    runner: Mapped[str] = mapped_column(Text)
    dag_run_id: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, server_default="0")
    progress: Mapped[str | None] = mapped_column(Text)
    heartbeat_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    transaction_time: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    output: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, server_default="[]")
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
