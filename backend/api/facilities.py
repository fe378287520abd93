"""/facilities: the facility directory. Admins and facility clients read it; only admins write it."""

from __future__ import annotations

from apiflask import APIBlueprint
from sqlalchemy import ColumnElement, or_, select

from backend.api import crud
from backend.auth import requires
from backend.errors import ApiError
from backend.extensions import db
from backend.models import Facility
from backend.openapi import errors
from backend.schemas.facilities import FacilityIn, FacilityList, FacilityOut, FacilityPatch, FacilityQuery
from elt.reference import canonical_lga, canonical_state

bp = APIBlueprint("facilities", __name__, tag="Facilities")

RESOURCE = crud.Resource(
    name="facilities",
    label="facility",
    model=Facility,
    create_model=FacilityIn,
    out=FacilityOut.model_validate,
    constraint="facilities_natural_key",
    key_function="facility_key",
    key_columns=("name", "state", "lga"),
    key_scope=None,
    facility_scoped=False,
    audited=False,
)
COLUMNS = tuple(FacilityIn.model_fields)


@bp.get("")
@requires("admin", "facility")
@bp.input(FacilityQuery, location="query")
@bp.output(FacilityList)
@errors(400)
def list_facilities(query_data: FacilityQuery):
    """List facilities

    Filters, all ignoring case as the design document's API did: state (a name or alias such as
    `LAGOS` or `fct`; otherwise part of the name), lga, type and name (part of the value).
    """
    query = select(Facility)
    if query_data.state:
        state = canonical_state(query_data.state)
        query = query.where(Facility.state == state if state else _contains(Facility.state, query_data.state))
    if query_data.lga:
        state = canonical_state(query_data.state) if query_data.state else None
        lga = canonical_lga(state, query_data.lga) if state else None
        matches = _contains(Facility.lga, query_data.lga)
        query = query.where(or_(Facility.lga == lga, matches) if lga else matches)
    if query_data.type:
        query = query.where(_contains(Facility.type, query_data.type))
    if query_data.name:
        query = query.where(_contains(Facility.name, query_data.name))
    return crud.list_rows(RESOURCE, query, query_data)


def _contains(column, text: str) -> ColumnElement[bool]:
    return column.ilike(crud.contains(text), escape="\\")


@bp.get("/<int:facility_id>")
@requires("admin", "facility")
@bp.output(FacilityOut)
def get_facility(facility_id: int):
    """Get a facility"""
    return crud.read_row(RESOURCE, facility_id)


@bp.post("")
@requires("admin")
@bp.input(FacilityIn, location="json")
@bp.output(FacilityOut, status_code=201)
@errors(409)
def create_facility(json_data: FacilityIn):
    """Create a facility

    The same rules as a CSV row: state and LGA are canonicalised, the phone becomes E.164.
    409 (with the existing id) when a facility with this name, state and LGA, or this facility_code, exists.
    """
    _check_code(json_data.facility_code, None)
    row = crud.insert_row(RESOURCE, json_data.model_dump())
    return FacilityOut.model_validate(row), 201, {"Location": f"/api/v1/facilities/{row.id}"}


@bp.patch("/<int:facility_id>")
@requires("admin")
@bp.input(FacilityPatch, location="json")
@bp.output(FacilityOut)
@errors(409)
def update_facility(facility_id: int, json_data):
    """Correct a facility

    Only the fields sent change; the merged row must pass the create rules.
    """
    row = crud.get_visible(RESOURCE, facility_id)
    current = {column: getattr(row, column) for column in COLUMNS}
    merged = crud.merged_input(RESOURCE, current, json_data)
    _check_code(merged.facility_code, row.id)
    return FacilityOut.model_validate(crud.update_row(RESOURCE, row, merged.model_dump()))


def _check_code(code: str | None, own_id: int | None) -> None:
    if code is None:
        return
    other = db.session.scalar(select(Facility.id).where(Facility.facility_code == code, Facility.id != (own_id or 0)))
    if other is not None:
        raise ApiError(
            409, "conflict", f"A facility with facility_code {code!r} exists already (id {other}).", {"id": other}
        )
