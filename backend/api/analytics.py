"""/analytics: totals (facility-stats) and the dbt marts, for admins and facility clients (the latter
always limited to their own facility). Analysts read the de-identified /research marts instead."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apiflask import APIBlueprint
from flask import Response, jsonify
from pydantic import BaseModel, create_model
from sqlalchemy import BigInteger, DateTime, Text, column, func, select, table
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.exc import ProgrammingError

from backend.api.crud import codec, contains
from backend.audit import record_access
from backend.auth import current_principal, requires
from backend.errors import ApiError
from backend.extensions import db
from backend.marts import CONDITION_ANALYSIS, FACILITY_PERFORMANCE, PATIENT_SUMMARY, TRIAGE_TRENDS, Mart
from backend.models import Facility, MedicalRecord, Patient, TriageVisit, Worker
from backend.openapi import errors
from backend.paging import Keyset, PageMeta, PageQuery, count_rows, paginate
from backend.schemas.analytics import (
    ConditionQuery,
    FacilityPerformanceQuery,
    FacilityStats,
    PatientSummaryQuery,
    StatsQuery,
    TriageTrendQuery,
)
from elt.reference import canonical_state

bp = APIBlueprint("analytics", __name__, tag="Analytics")
ALL_ROLES = ("admin", "facility")
UNDEFINED_TABLE = "42P01"


@bp.get("/facility-stats")
@requires(*ALL_ROLES)
@bp.input(StatsQuery, location="query")
@bp.output(FacilityStats)
@errors(404)
def facility_stats(query_data: StatsQuery):
    """Totals of facilities, patients, workers, medical records and triage visits

    With facility_id, that facility's counts. Counts above 10,000 rows are the planner's estimate
    unless count=exact.
    """
    principal = current_principal()
    facility_id = query_data.facility_id
    if principal.is_facility:
        if facility_id is not None and facility_id != principal.facility_id:
            raise ApiError(404, "not_found", f"No facility with id {facility_id}.")
        facility_id = principal.facility_id
    session = db.session
    exact = query_data.count == "exact"
    counts: dict[str, int] = {}
    estimated = False
    if facility_id is not None:
        if session.get(Facility, facility_id) is None:
            raise ApiError(404, "not_found", f"No facility with id {facility_id}.")
        counts["total_facilities"] = 1
    else:
        counts["total_facilities"], estimated = count_rows(session, select(Facility.id), exact)
    for name, model in (
        ("total_patients", Patient),
        ("total_workers", Worker),
        ("total_medical_records", MedicalRecord),
        ("total_triage_visits", TriageVisit),
    ):
        query = select(model.id)
        if facility_id is not None:
            query = query.where(model.facility_id == facility_id)
        counts[name], is_estimate = count_rows(session, query, exact)
        estimated = estimated or is_estimate
    return FacilityStats(facility_id=facility_id, is_estimate=estimated, **counts)


# ---------------------------------------------------------------- marts
def _list_model(mart: Mart) -> type[BaseModel]:
    return create_model(f"{mart.model_name}List", __base__=PageMeta, data=(list[mart.row_model(analyst=False)], ...))


def _mart_page(
    mart: Mart, params: PageQuery, filters: list[Any], adjust: Callable[[list[dict]], None] | None = None
) -> Response:
    """A page of a mart: role scoping, keyset order, analyst column hiding, audit of patient rows.

    Returned as a ready response: the documented row model has every column optional, and an
    analyst's rows must not carry identifying columns at all (not even as null).
    """
    principal = current_principal()
    analyst = principal.role == "analyst"
    table = mart.table
    query = select(*mart.visible_columns(analyst=analyst)).select_from(table).where(*filters)
    if principal.is_facility:
        if mart.facility_column is None:
            raise ApiError(403, "forbidden", "Facility clients cannot read this cross-facility mart.")
        query = query.where(table.c[mart.facility_column] == principal.facility_id)
    keyset = Keyset([table.c[name] for name in mart.key], mart.key_types())
    session = db.session
    try:
        page = paginate(session, query, keyset, params, codec())
    except ProgrammingError as error:
        if getattr(error.orig, "sqlstate", None) == UNDEFINED_TABLE:
            raise ApiError(
                503, "analytics_not_built", "The analytics marts are not built yet: run the pipeline (dbt build)."
            ) from None
        raise
    model = mart.row_model(analyst=analyst)
    values = [dict(row._mapping) for row in page.rows]
    if adjust is not None:
        adjust(values)
    rows = [model.model_validate(value) for value in values]
    if mart.audited:
        record_access(session, "list", mart.table_name, [row._mapping[mart.audit_id] for row in page.rows])
        session.commit()
    return jsonify(page.body([row.model_dump(mode="json") for row in rows]))


def _state(text: str | None) -> str | None:
    return (canonical_state(text) or text.strip()) if text else None


@bp.get("/triage-trends")
@requires(*ALL_ROLES)
@bp.input(TriageTrendQuery, location="query")
@bp.output(_list_model(TRIAGE_TRENDS))
@errors(400, 503)
def triage_trends(query_data: TriageTrendQuery):
    """Daily triage visits per facility and priority, with 7-day moving average and week-over-week growth

    Ordered by visit_date, facility_id, priority. Facility clients see their own facility only.
    """
    c = TRIAGE_TRENDS.table.c
    filters: list[Any] = []
    if query_data.facility_id is not None:
        filters.append(c.facility_id == query_data.facility_id)
    if query_data.state:
        filters.append(c.facility_state == _state(query_data.state))
    if query_data.priority:
        filters.append(c.priority == query_data.priority)
    if query_data.date_from:
        filters.append(c.visit_date >= query_data.date_from)
    if query_data.date_to:
        filters.append(c.visit_date <= query_data.date_to)
    return _mart_page(TRIAGE_TRENDS, query_data, filters)


@bp.get("/condition-analysis")
@requires("admin")
@bp.input(ConditionQuery, location="query")
@bp.output(_list_model(CONDITION_ANALYSIS))
@errors(400, 503)
def condition_analysis(query_data: ConditionQuery):
    """Likely conditions from triage visits by breakdown, with frequency and severity ranks

    Ordered by breakdown, then frequency_rank. Aggregates across facilities: admin clients.
    """
    c = CONDITION_ANALYSIS.table.c
    filters: list[Any] = []
    if query_data.breakdown:
        filters.append(c.breakdown == query_data.breakdown)
    if query_data.condition:
        filters.append(c.condition.ilike(contains(query_data.condition), escape="\\"))
    if query_data.state:
        filters.append(c.state == _state(query_data.state))
    if query_data.lga:
        filters.append(func.lower(c.lga) == query_data.lga.strip().lower())
    if query_data.age_group:
        filters.append(c.age_group == query_data.age_group)
    if query_data.sex:
        filters.append(c.sex == query_data.sex)
    if query_data.max_rank is not None:
        filters.append(c.frequency_rank <= query_data.max_rank)
    return _mart_page(CONDITION_ANALYSIS, query_data, filters)


@bp.get("/facility-performance")
@requires(*ALL_ROLES)
@bp.input(FacilityPerformanceQuery, location="query")
@bp.output(_list_model(FACILITY_PERFORMANCE))
@errors(400, 503)
def facility_performance(query_data: FacilityPerformanceQuery):
    """Per-facility volumes, monthly averages, volume and acuity categories and acuity mix

    Ordered by facility_id. Facility clients see their own facility only.
    """
    c = FACILITY_PERFORMANCE.table.c
    filters: list[Any] = []
    if query_data.facility_id is not None:
        filters.append(c.facility_id == query_data.facility_id)
    if query_data.state:
        filters.append(c.state == _state(query_data.state))
    if query_data.lga:
        filters.append(func.lower(c.lga) == query_data.lga.strip().lower())
    if query_data.volume_category:
        filters.append(c.volume_category == query_data.volume_category)
    if query_data.facility_category:
        filters.append(c.facility_category == query_data.facility_category)
    if query_data.acuity_category:
        filters.append(c.acuity_category == query_data.acuity_category)
    return _mart_page(FACILITY_PERFORMANCE, query_data, filters)


@bp.get("/patient-summary")
@requires(*ALL_ROLES)
@bp.input(PatientSummaryQuery, location="query")
@bp.output(_list_model(PATIENT_SUMMARY))
@errors(400, 503)
def patient_summary(query_data: PatientSummaryQuery):
    """One row per patient: 12-month activity, recent diagnoses and conditions, risk and engagement

    Ordered by patient_id. Facility clients see their own facility's patients only, and of their
    diagnoses only those their own facility recorded (as /medical-records shows them). Every read
    is audited.
    """
    c = PATIENT_SUMMARY.table.c
    filters: list[Any] = []
    if query_data.facility_id is not None:
        filters.append(c.facility_id == query_data.facility_id)
    if query_data.risk_level:
        filters.append(c.risk_level == query_data.risk_level)
    if query_data.engagement_level:
        filters.append(c.engagement_level == query_data.engagement_level)
    if query_data.age_group:
        filters.append(c.age_group == query_data.age_group)
    if query_data.sex:
        filters.append(c.sex == query_data.sex)
    principal = current_principal()
    adjust = (lambda rows: _own_diagnoses(rows, principal.facility_id)) if principal.is_facility else None
    return _mart_page(PATIENT_SUMMARY, query_data, filters, adjust)


# marts.patient_facility_diagnoses (dbt/models/clinical): the diagnoses each facility recorded itself.
FACILITY_DIAGNOSES = table(
    "patient_facility_diagnoses",
    column("patient_id", BigInteger),
    column("facility_id", BigInteger),
    column("recent_diagnoses", ARRAY(Text)),
    column("last_diagnosis", Text),
    column("last_diagnosis_at", DateTime(timezone=True)),
    schema="marts",
)
DIAGNOSIS_COLUMNS = ("recent_diagnoses", "last_diagnosis", "last_diagnosis_at")


def _own_diagnoses(rows: list[dict], facility_id: int) -> None:
    """Replace patient_summary's cross-facility diagnoses with the ones `facility_id` recorded."""
    if not rows:
        return
    c = FACILITY_DIAGNOSES.c
    found = db.session.execute(
        select(c.patient_id, *(c[name] for name in DIAGNOSIS_COLUMNS)).where(
            c.facility_id == facility_id, c.patient_id.in_([row["patient_id"] for row in rows])
        )
    )
    own = {item.patient_id: item._mapping for item in found}
    for row in rows:
        mine = own.get(row["patient_id"])
        row["recent_diagnoses"] = list(mine["recent_diagnoses"]) if mine else []
        row["last_diagnosis"] = mine["last_diagnosis"] if mine else None
        row["last_diagnosis_at"] = mine["last_diagnosis_at"] if mine else None
