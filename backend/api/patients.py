"""/patients: admins see all; a facility client only its own facility's patients (others are 404)."""

from __future__ import annotations

from apiflask import APIBlueprint
from sqlalchemy import or_, select

from backend.api import crud
from backend.auth import requires
from backend.models import Patient
from backend.openapi import errors
from backend.schemas.patients import PatientIn, PatientList, PatientOut, PatientPatch, PatientQuery

bp = APIBlueprint("patients", __name__, tag="Patients")

RESOURCE = crud.Resource(
    name="patients",
    label="patient",
    model=Patient,
    create_model=PatientIn,
    out=PatientOut.model_validate,
    constraint="patients_natural_key",
    key_function="patient_key",
    key_columns=("patient_number", "first_name", "last_name", "dob"),
)
COLUMNS = tuple(PatientIn.model_fields)


@bp.get("")
@requires("admin", "facility")
@bp.input(PatientQuery, location="query")
@bp.output(PatientList)
@errors(400)
def list_patients(query_data: PatientQuery):
    """List patients

    Filters: facility_id, sex, name (substring of first or last name), dob_from, dob_to.
    """
    query = select(Patient)
    if query_data.facility_id is not None:
        query = query.where(Patient.facility_id == query_data.facility_id)
    if query_data.sex:
        query = query.where(Patient.sex == query_data.sex)
    if query_data.name:
        pattern = crud.contains(query_data.name)
        query = query.where(
            or_(Patient.first_name.ilike(pattern, escape="\\"), Patient.last_name.ilike(pattern, escape="\\"))
        )
    if query_data.dob_from:
        query = query.where(Patient.dob >= query_data.dob_from)
    if query_data.dob_to:
        query = query.where(Patient.dob <= query_data.dob_to)
    return crud.list_rows(RESOURCE, query, query_data)


@bp.get("/<int:patient_id>")
@requires("admin", "facility")
@bp.output(PatientOut)
def get_patient(patient_id: int):
    """Get a patient"""
    return crud.read_row(RESOURCE, patient_id)


@bp.post("")
@requires("admin", "facility")
@bp.input(PatientIn, location="json")
@bp.output(PatientOut, status_code=201)
@errors(409)
def create_patient(json_data: PatientIn):
    """Register a patient

    The same rules as a CSV row. Identity: patient_number within the facility when given, else
    first name, last name and date of birth; 409 (with the existing id) when that patient exists.
    """
    values = json_data.model_dump()
    values["facility_id"] = crud.facility_for_write(json_data.facility_id)
    row = crud.insert_row(RESOURCE, values)
    return PatientOut.model_validate(row), 201, {"Location": f"/api/v1/patients/{row.id}"}


@bp.patch("/<int:patient_id>")
@requires("admin", "facility")
@bp.input(PatientPatch, location="json")
@bp.output(PatientOut)
@errors(409)
def update_patient(patient_id: int, json_data):
    """Correct a patient

    Only the fields sent change; the merged row must pass the create rules.
    """
    row = crud.get_visible(RESOURCE, patient_id)
    merged = crud.merged_input(RESOURCE, {column: getattr(row, column) for column in COLUMNS}, json_data)
    values = merged.model_dump()
    if "facility_id" in json_data.model_fields_set:
        values["facility_id"] = crud.facility_for_write(merged.facility_id)
    return PatientOut.model_validate(crud.update_row(RESOURCE, row, values))
