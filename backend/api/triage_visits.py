"""/triage-visits: a facility client reads and writes only visits at its own facility."""

from __future__ import annotations

from apiflask import APIBlueprint
from sqlalchemy import select

from backend.api import crud
from backend.auth import requires
from backend.models import TriageVisit
from backend.openapi import errors
from backend.schemas.triage_visits import (
    TriageVisitIn,
    TriageVisitList,
    TriageVisitOut,
    TriageVisitPatch,
    TriageVisitQuery,
)

bp = APIBlueprint("triage_visits", __name__, tag="Triage visits")

RESOURCE = crud.Resource(
    name="triage_visits",
    label="triage visit",
    model=TriageVisit,
    create_model=TriageVisitIn,
    out=TriageVisitOut.model_validate,
    constraint="triage_visits_natural_key",
    key_function="triage_visit_key",
    key_columns=("visit_ref", "patient_id", "visited_at"),
)
COLUMNS = tuple(TriageVisitIn.model_fields)


@bp.get("")
@requires("admin", "facility")
@bp.input(TriageVisitQuery, location="query")
@bp.output(TriageVisitList)
@errors(400)
def list_triage_visits(query_data: TriageVisitQuery):
    """List triage visits

    Filters: patient_id, facility_id, triage_level, date_from / date_to (on visited_at).
    """
    query = select(TriageVisit)
    if query_data.patient_id is not None:
        query = query.where(TriageVisit.patient_id == query_data.patient_id)
    if query_data.facility_id is not None:
        query = query.where(TriageVisit.facility_id == query_data.facility_id)
    if query_data.triage_level is not None:
        query = query.where(TriageVisit.triage_level == query_data.triage_level)
    if query_data.date_from:
        query = query.where(TriageVisit.visited_at >= query_data.date_from)
    if query_data.date_to:
        query = query.where(TriageVisit.visited_at <= query_data.date_to)
    return crud.list_rows(RESOURCE, query, query_data)


@bp.get("/<int:visit_id>")
@requires("admin", "facility")
@bp.output(TriageVisitOut)
def get_triage_visit(visit_id: int):
    """Get a triage visit"""
    return crud.read_row(RESOURCE, visit_id)


@bp.post("")
@requires("admin", "facility")
@bp.input(TriageVisitIn, location="json")
@bp.output(TriageVisitOut, status_code=201)
@errors(409)
def create_triage_visit(json_data: TriageVisitIn):
    """Record a triage visit

    The same rules as a CSV row. The facility defaults to the patient's. Identity: visit_ref within
    the facility when given, else patient and visit time; 409 (with the existing id) when it exists.
    """
    patient = crud.patient_for_write(json_data.patient_id)
    values = json_data.model_dump()
    values["facility_id"] = crud.facility_for_write(
        json_data.facility_id if json_data.facility_id is not None else patient.facility_id
    )
    row = crud.insert_row(RESOURCE, values)
    return TriageVisitOut.model_validate(row), 201, {"Location": f"/api/v1/triage-visits/{row.id}"}


@bp.patch("/<int:visit_id>")
@requires("admin", "facility")
@bp.input(TriageVisitPatch, location="json")
@bp.output(TriageVisitOut)
@errors(409)
def update_triage_visit(visit_id: int, json_data):
    """Correct a triage visit

    Only the fields sent change; the merged visit must pass the create rules.
    """
    row = crud.get_visible(RESOURCE, visit_id)
    merged = crud.merged_input(RESOURCE, {column: getattr(row, column) for column in COLUMNS}, json_data)
    values = merged.model_dump()
    if merged.patient_id != row.patient_id:
        crud.patient_for_write(merged.patient_id)
    values["facility_id"] = row.facility_id
    if "facility_id" in json_data.model_fields_set:
        values["facility_id"] = crud.facility_for_write(merged.facility_id)
    return TriageVisitOut.model_validate(crud.update_row(RESOURCE, row, values))
