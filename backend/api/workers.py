"""/workers: health workers. Admins see all; a facility client only its own facility's staff."""

from __future__ import annotations

from apiflask import APIBlueprint
from sqlalchemy import select

from backend.api import crud
from backend.auth import requires
from backend.models import Worker
from backend.openapi import errors
from backend.schemas.workers import WorkerIn, WorkerList, WorkerOut, WorkerPatch, WorkerQuery

bp = APIBlueprint("workers", __name__, tag="Workers")

RESOURCE = crud.Resource(
    name="workers",
    label="worker",
    model=Worker,
    create_model=WorkerIn,
    out=WorkerOut.model_validate,
    constraint="workers_natural_key",
    key_function="worker_key",
    key_columns=("staff_number", "first_name", "last_name", "phone"),
)
COLUMNS = tuple(WorkerIn.model_fields)


@bp.get("")
@requires("admin", "facility")
@bp.input(WorkerQuery, location="query")
@bp.output(WorkerList)
@errors(400)
def list_workers(query_data: WorkerQuery):
    """List health workers

    Filters: facility_id, cadre, active.
    """
    query = select(Worker)
    if query_data.facility_id is not None:
        query = query.where(Worker.facility_id == query_data.facility_id)
    if query_data.cadre:
        query = query.where(Worker.cadre == query_data.cadre)
    if query_data.active is not None:
        query = query.where(Worker.active.is_(query_data.active))
    return crud.list_rows(RESOURCE, query, query_data)


@bp.get("/<int:worker_id>")
@requires("admin", "facility")
@bp.output(WorkerOut)
def get_worker(worker_id: int):
    """Get a health worker"""
    return crud.read_row(RESOURCE, worker_id)


@bp.post("")
@requires("admin", "facility")
@bp.input(WorkerIn, location="json")
@bp.output(WorkerOut, status_code=201)
@errors(409)
def create_worker(json_data: WorkerIn):
    """Add a health worker

    The same rules as a CSV row. Identity: staff_number within the facility when given, else
    first name, last name and phone; 409 (with the existing id) when that worker exists.
    """
    values = json_data.model_dump()
    values["facility_id"] = crud.facility_for_write(json_data.facility_id)
    row = crud.insert_row(RESOURCE, values)
    return WorkerOut.model_validate(row), 201, {"Location": f"/api/v1/workers/{row.id}"}


@bp.patch("/<int:worker_id>")
@requires("admin", "facility")
@bp.input(WorkerPatch, location="json")
@bp.output(WorkerOut)
@errors(409)
def update_worker(worker_id: int, json_data):
    """Correct a health worker

    Only the fields sent change; the merged row must pass the create rules.
    """
    row = crud.get_visible(RESOURCE, worker_id)
    merged = crud.merged_input(RESOURCE, {column: getattr(row, column) for column in COLUMNS}, json_data)
    values = merged.model_dump()
    if "facility_id" in json_data.model_fields_set:
        values["facility_id"] = crud.facility_for_write(merged.facility_id)
    return WorkerOut.model_validate(crud.update_row(RESOURCE, row, values))
