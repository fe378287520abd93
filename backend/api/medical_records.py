"""/medical-records: a facility client reads and writes only records made at its own facility."""

from __future__ import annotations

from apiflask import APIBlueprint
from sqlalchemy import select

from backend.api import crud
from backend.auth import requires
from backend.models import MedicalRecord
from backend.openapi import errors
from backend.schemas.medical_records import (
    DATA_FIELDS,
    MedicalRecordIn,
    MedicalRecordList,
    MedicalRecordOut,
    MedicalRecordPatch,
    MedicalRecordQuery,
)

bp = APIBlueprint("medical_records", __name__, tag="Medical records")

RESOURCE = crud.Resource(
    name="medical_records",
    label="medical record",
    model=MedicalRecord,
    create_model=MedicalRecordIn,
    out=MedicalRecordOut.of,
    constraint="medical_records_natural_key",
    key_function="medical_record_key",
    key_columns=("record_ref", "patient_id", "record_type", "recorded_at", "data"),
)


def _columns(record: MedicalRecordIn, facility_id: int, keep: dict | None = None) -> dict:
    return {
        "patient_id": record.patient_id,
        "facility_id": facility_id,
        "record_type": record.record_type,
        "record_ref": record.record_ref,
        "recorded_at": record.recorded_at,
        "data": record.data_column(keep),
    }


@bp.get("")
@requires("admin", "facility")
@bp.input(MedicalRecordQuery, location="query")
@bp.output(MedicalRecordList)
@errors(400)
def list_medical_records(query_data: MedicalRecordQuery):
    """List medical records

    Filters: patient_id, facility_id, record_type, date_from / date_to (on recorded_at).
    """
    query = select(MedicalRecord)
    if query_data.patient_id is not None:
        query = query.where(MedicalRecord.patient_id == query_data.patient_id)
    if query_data.facility_id is not None:
        query = query.where(MedicalRecord.facility_id == query_data.facility_id)
    if query_data.record_type:
        query = query.where(MedicalRecord.record_type == query_data.record_type)
    if query_data.date_from:
        query = query.where(MedicalRecord.recorded_at >= query_data.date_from)
    if query_data.date_to:
        query = query.where(MedicalRecord.recorded_at <= query_data.date_to)
    return crud.list_rows(RESOURCE, query, query_data)


@bp.get("/<int:record_id>")
@requires("admin", "facility")
@bp.output(MedicalRecordOut)
def get_medical_record(record_id: int):
    """Get a medical record"""
    return crud.read_row(RESOURCE, record_id)


@bp.post("")
@requires("admin", "facility")
@bp.input(MedicalRecordIn, location="json")
@bp.output(MedicalRecordOut, status_code=201)
@errors(409)
def create_medical_record(json_data: MedicalRecordIn):
    """Add a medical record

    The same rules as a CSV row. The facility defaults to the patient's. Identity: record_ref within
    the facility when given, else the record's content; 409 (with the existing id) when it exists.
    """
    patient = crud.patient_for_write(json_data.patient_id)
    facility_id = crud.facility_for_write(
        json_data.facility_id if json_data.facility_id is not None else patient.facility_id
    )
    row = crud.insert_row(RESOURCE, _columns(json_data, facility_id))
    return MedicalRecordOut.of(row), 201, {"Location": f"/api/v1/medical-records/{row.id}"}


@bp.patch("/<int:record_id>")
@requires("admin", "facility")
@bp.input(MedicalRecordPatch, location="json")
@bp.output(MedicalRecordOut)
@errors(409)
def update_medical_record(record_id: int, json_data):
    """Correct a medical record

    Only the fields sent change; the merged record must pass the create rules.
    """
    row = crud.get_visible(RESOURCE, record_id)
    data = row.data or {}
    nested = json_data.data or {}  # the document's form: fields sent under data replace the stored ones
    current = {
        "patient_id": row.patient_id,
        "facility_id": row.facility_id,
        "record_type": row.record_type,
        "record_ref": row.record_ref,
        "recorded_at": row.recorded_at,
        **{key: data.get(key) for key in DATA_FIELDS if key not in nested},
    }
    merged = crud.merged_input(RESOURCE, current, json_data)
    if merged.patient_id != row.patient_id:
        crud.patient_for_write(merged.patient_id)
    facility_id = row.facility_id
    if "facility_id" in json_data.model_fields_set:
        facility_id = crud.facility_for_write(merged.facility_id)
    return MedicalRecordOut.of(crud.update_row(RESOURCE, row, _columns(merged, facility_id, data)))
