"""/analytics/data-quality: marts.data_quality_daily, per facility and day.

Admins see every facility; a facility client sees its own facility only (the filter is part of
the query, so another facility's rows are never read). Analysts are refused: a facility's upload
history is operational data, not research data.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from apiflask import APIBlueprint
from flask import jsonify
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import BigInteger, Date, Float, column, select, table
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.exc import ProgrammingError

from backend.api.crud import codec
from backend.auth import current_principal, requires
from backend.errors import ApiError
from backend.extensions import db
from backend.openapi import errors
from backend.paging import Keyset, PageMeta, PageQuery, paginate
from backend.schemas.base import Id

bp = APIBlueprint("data_quality", __name__, tag="Analytics")
UNDEFINED_TABLE = "42P01"

DATA_QUALITY = table(
    "data_quality_daily",
    column("facility_id", BigInteger),
    column("day", Date),
    column("rows_uploaded", BigInteger),
    column("rows_accepted", BigInteger),
    column("rows_rejected", BigInteger),
    column("rejection_rate", Float),
    column("rejected_by_reason", JSONB),
    column("rejection_rate_by_reason", JSONB),
    column("last_upload_date", Date),
    column("days_since_last_upload", BigInteger),
    schema="marts",
)


class DataQualityQuery(PageQuery):
    facility_id: Id | None = Field(None, description="One facility (a facility client: always its own).")
    date_from: date | None = Field(None, description="First day, inclusive.")
    date_to: date | None = Field(None, description="Last day, inclusive.")


class DataQualityRow(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    facility_id: int
    day: date
    rows_uploaded: int = Field(description="Rows in the facility's files that day (accepted + rejected).")
    rows_accepted: int
    rows_rejected: int
    rejection_rate: float | None = Field(description="rows_rejected / rows_uploaded; null on a day without uploads.")
    rejected_by_reason: dict[str, int] = Field(description="Rejected rows per reason code.")
    rejection_rate_by_reason: dict[str, float]
    last_upload_date: date
    days_since_last_upload: int


class DataQualityList(PageMeta):
    data: list[DataQualityRow]


@bp.get("/data-quality")
@requires("admin", "facility")
@bp.input(DataQualityQuery, location="query")
@bp.output(DataQualityList)
@errors(400, 503)
def data_quality(query_data: DataQualityQuery):
    """Per facility and day: rows uploaded, rejection rate by reason, days since the last upload

    Ordered by facility_id, then day. Admins: every facility; facility clients: their own only.
    """
    principal = current_principal()
    c = DATA_QUALITY.c
    filters: list[Any] = []
    if principal.is_facility:
        filters.append(c.facility_id == principal.facility_id)
    if query_data.facility_id is not None:
        filters.append(c.facility_id == query_data.facility_id)
    if query_data.date_from:
        filters.append(c.day >= query_data.date_from)
    if query_data.date_to:
        filters.append(c.day <= query_data.date_to)
    query = select(*DATA_QUALITY.c).where(*filters)
    keyset = Keyset([c.facility_id, c.day], [int, date])
    try:
        page = paginate(db.session, query, keyset, query_data, codec())
    except ProgrammingError as error:
        if getattr(error.orig, "sqlstate", None) == UNDEFINED_TABLE:
            raise ApiError(
                503, "analytics_not_built", "The analytics marts are not built yet: run the pipeline (dbt build)."
            ) from None
        raise
    rows = [DataQualityRow.model_validate(dict(row._mapping)).model_dump(mode="json") for row in page.rows]
    return jsonify(page.body(rows))
