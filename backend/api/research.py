"""/research: the de-identified, k-anonymous research marts (dbt/models/research), for analysts
and admins. The only patient-related data an analyst client can read through the API.

Each request reads on its own connection as the medilink_analyst database role (see
backend/research.py). Pages are JSON; `format=csv|parquet` downloads every matching row, and
each download is recorded in the access audit as an export. The dashboards' models
(research.triage_daily, facility_map, condition_profile) are read by Superset and have no endpoint.
"""

from __future__ import annotations

from typing import Any

from apiflask import APIBlueprint
from flask import Response, jsonify
from pydantic import BaseModel, create_model
from sqlalchemy import func, select
from sqlalchemy.exc import ProgrammingError
from sqlalchemy.orm import Session

from backend.api.crud import codec
from backend.audit import record_access
from backend.auth import requires
from backend.errors import ApiError
from backend.extensions import db
from backend.openapi import annotate, errors
from backend.paging import Keyset, PageMeta, paginate
from backend.research import (
    CONDITION_COUNTS,
    FACILITY_ACTIVITY,
    PATIENT_EPISODES,
    TRIAGE_COUNTS,
    ResearchTable,
    analyst_connection,
    to_csv,
    to_parquet,
)
from backend.schemas.research import (
    ConditionCountQuery,
    EpisodeQuery,
    PeopleQuery,
    ResearchQuery,
    TriageCountQuery,
)
from elt.reference import canonical_state

bp = APIBlueprint("research", __name__, tag="Research")
ROLES = ("admin", "analyst")
UNDEFINED_TABLE = "42P01"
DOWNLOADS = {
    "csv": ("text/csv; charset=utf-8", "csv", to_csv),
    "parquet": ("application/vnd.apache.parquet", "parquet", None),
}
FILE_RESPONSES = {
    "content": {
        "application/json": {},
        "text/csv": {"schema": {"type": "string"}},
        "application/vnd.apache.parquet": {"schema": {"type": "string", "format": "binary"}},
    }
}


def downloads(view):
    """Document the CSV and Parquet forms of the 200 answer, keeping the error responses."""
    annotate(view, responses={200: {"description": "A page (JSON) or every row (CSV, Parquet)", **FILE_RESPONSES}})
    return view


def _list_model(research: ResearchTable) -> type[BaseModel]:
    return create_model(f"{research.model_name}List", __base__=PageMeta, data=(list[research.row_model()], ...))


def _filters(research: ResearchTable, query: ResearchQuery) -> list[Any]:
    c = research.table.c
    filters: list[Any] = []
    if query.month_from:
        filters.append(c.month >= query.month_from)
    if query.month_to:
        filters.append(c.month <= query.month_to)
    if query.state:
        filters.append(c.state == (canonical_state(query.state) or query.state.strip()))
    if query.lga:
        filters.append(func.lower(c.lga) == query.lga.strip().lower())
    if query.facility_type:
        filters.append(c.facility_type == query.facility_type)
    if isinstance(query, PeopleQuery):
        if query.age_band:
            filters.append(c.age_band == query.age_band)
        if query.sex:
            filters.append(c.sex == query.sex)
    return filters


def _serve(research: ResearchTable, query: ResearchQuery, filters: list[Any]) -> Response:
    table = research.table
    statement = select(*(table.c[name] for name in research.names)).where(*filters)
    keyset = Keyset([table.c[name] for name in research.key], [str] * len(research.key))
    try:
        with analyst_connection(db.engine) as connection:
            if query.format == "json":
                page = paginate(Session(bind=connection), statement, keyset, query, codec())
                rows = [dict(row._mapping) for row in page.rows]
                return jsonify(page.body(rows))
            rows = [dict(row._mapping) for row in connection.execute(statement.order_by(*keyset.order()))]
    except ProgrammingError as error:
        if getattr(error.orig, "sqlstate", None) == UNDEFINED_TABLE:
            raise ApiError(
                503, "research_not_built", "The research marts are not built yet: run the pipeline (dbt build)."
            ) from None
        raise
    return _download(research, query.format, rows)


def _download(research: ResearchTable, kind: str, rows: list[dict[str, Any]]) -> Response:
    session = db.session
    record_access(session, "export", f"research/{research.path}", [])
    session.commit()
    mimetype, suffix, _ = DOWNLOADS[kind]
    body = to_csv(research.names, rows) if kind == "csv" else to_parquet(research, rows)
    return Response(
        body,
        mimetype=mimetype,
        headers={"Content-Disposition": f'attachment; filename="{research.table_name}.{suffix}"'},
    )


@bp.get("/patient-episodes")
@requires(*ROLES)
@bp.input(EpisodeQuery, location="query")
@bp.output(_list_model(PATIENT_EPISODES))
@downloads
@errors(400, 503)
def patient_episodes(query_data: EpisodeQuery):
    """One row per pseudonymous patient and month: ICD-10 chapters and triage priority counts

    Ordered by patient_key, month. Every row's group (month, age band, sex, state, LGA, facility
    type) holds at least k people.
    """
    c = PATIENT_EPISODES.table.c
    filters = _filters(PATIENT_EPISODES, query_data)
    if query_data.icd10_chapter:
        filters.append(c.icd10_chapters.contains([query_data.icd10_chapter]))
    if query_data.patient_key:
        filters.append(c.patient_key == query_data.patient_key)
    return _serve(PATIENT_EPISODES, query_data, filters)


@bp.get("/condition-counts")
@requires(*ROLES)
@bp.input(ConditionCountQuery, location="query")
@bp.output(_list_model(CONDITION_COUNTS))
@downloads
@errors(400, 503)
def condition_counts(query_data: ConditionCountQuery):
    """People and medical records per month, ICD-10 chapter, age band, sex, facility type and area

    Ordered by id. Each row holds at least k people.
    """
    filters = _filters(CONDITION_COUNTS, query_data)
    if query_data.icd10_chapter:
        filters.append(CONDITION_COUNTS.table.c.icd10_chapter == query_data.icd10_chapter)
    return _serve(CONDITION_COUNTS, query_data, filters)


@bp.get("/triage-counts")
@requires(*ROLES)
@bp.input(TriageCountQuery, location="query")
@bp.output(_list_model(TRIAGE_COUNTS))
@downloads
@errors(400, 503)
def triage_counts(query_data: TriageCountQuery):
    """People and triage visits per month, priority, age band, sex, facility type and area

    Ordered by id. Each row holds at least k people.
    """
    filters = _filters(TRIAGE_COUNTS, query_data)
    if query_data.priority:
        filters.append(TRIAGE_COUNTS.table.c.priority == query_data.priority)
    return _serve(TRIAGE_COUNTS, query_data, filters)


@bp.get("/facility-activity")
@requires(*ROLES)
@bp.input(ResearchQuery, location="query")
@bp.output(_list_model(FACILITY_ACTIVITY))
@downloads
@errors(400, 503)
def facility_activity(query_data: ResearchQuery):
    """Facilities, people, records and visits per month, facility type and area (no facility named)

    Ordered by id. Each row holds at least k people.
    """
    return _serve(FACILITY_ACTIVITY, query_data, _filters(FACILITY_ACTIVITY, query_data))
