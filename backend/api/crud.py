"""What the five entity blueprints share: visibility by role, paging with audit, creates and corrections.

Creates use `INSERT … ON CONFLICT ON CONSTRAINT <natural key> DO NOTHING`; when nothing was inserted,
the existing row is found through the same etl.*_key() function the generated column uses and the
answer is 409 with its id. Corrections re-validate the whole merged row with the create model, so a
PATCH obeys exactly the rules a POST (and a CSV row) does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from flask import current_app
from pydantic import BaseModel, ValidationError
from sqlalchemy import ColumnElement, Select, func, literal, select, update
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from backend.audit import read_parameters, read_statement, record_access
from backend.auth import client_confirmed, confirm_client, current_principal
from backend.errors import ApiError, field_error, validation_error_response
from backend.extensions import db
from backend.models import Facility, Patient
from backend.paging import CursorCodec, PageQuery, id_keyset, paginate

UNIQUE_VIOLATION = "23505"
CHECK_VIOLATION = "23514"


@dataclass(frozen=True)
class Resource:
    name: str  # URL segment and audit resource, e.g. "patients"
    label: str  # one row, for messages, e.g. "patient"
    model: Any
    create_model: type[BaseModel]
    out: Callable[[Any], BaseModel]
    constraint: str  # the natural-key unique constraint
    key_function: str  # etl.<key_function>(*key_columns) computes the natural key
    key_columns: tuple[str, ...]
    key_scope: str | None = "facility_id"  # natural keys are unique per facility
    facility_scoped: bool = True  # facility clients see only their own facility's rows
    audited: bool = True  # patient-level data: every read and write is audited


def contains(text: str) -> str:
    """An ILIKE pattern (escape character: backslash) matching `text` anywhere, wildcards taken literally."""
    escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def codec() -> CursorCodec:
    return current_app.extensions["medilink.cursor"]


def visible(resource: Resource, query: Select) -> Select:
    principal = current_principal()
    if resource.facility_scoped and principal.is_facility:
        query = query.where(resource.model.facility_id == principal.facility_id)
    return query


def list_rows(resource: Resource, query: Select, params: PageQuery) -> dict[str, Any]:
    """One audited page by id; descending when the query asks for `order=desc` (newest first)."""
    session = db.session
    keyset = id_keyset(resource.model.id, descending=getattr(params, "order", "asc") == "desc")
    page = paginate(session, visible(resource, query), keyset, params, codec())
    rows = [row[0] for row in page.rows]
    if resource.audited:
        record_access(session, "list", resource.name, [row.id for row in rows])
        session.commit()
    return page.body([resource.out(row) for row in rows])


def get_visible(resource: Resource, row_id: int) -> Any:
    """The row when it exists and this client may see it; 404 otherwise (never 403: no hint it exists)."""
    row = db.session.scalars(visible(resource, select(resource.model).where(resource.model.id == row_id))).first()
    if row is None:
        raise ApiError(404, "not_found", f"No {resource.label} with id {row_id}.")
    return row


def read_row(resource: Resource, row_id: int) -> BaseModel:
    if not resource.audited:
        return resource.out(get_visible(resource, row_id))
    scoped = resource.facility_scoped and current_principal().is_facility  # as visible() decides
    statement = read_statement(resource.model, scoped)
    row = db.session.scalars(statement, read_parameters(resource.name, row_id)).first()
    if row is None:
        confirm_client()  # no row: perhaps only because the cached client was revoked (then 401)
        raise ApiError(404, "not_found", f"No {resource.label} with id {row_id}.")
    client_confirmed()
    db.session.commit()
    return resource.out(row)


# ---------------------------------------------------------------- references
def facility_for_write(requested: int | None, field: str = "facility_id") -> int:
    """The facility a new row belongs to: a facility client's own; an admin must name an existing one."""
    principal = current_principal()
    if principal.is_facility:
        if requested is not None and requested != principal.facility_id:
            raise ApiError(
                403,
                "forbidden_facility",
                "Facility clients can only write rows of their own facility.",
                {"field": field, "facility_id": principal.facility_id},
            )
        return principal.facility_id  # type: ignore[return-value]
    if requested is None:
        raise field_error(field, "missing_required", f"{field} is required")
    if db.session.get(Facility, requested) is None:
        raise field_error(field, "unknown_facility", f"no facility with id {requested}")
    return requested


def patient_for_write(patient_id: int) -> Patient:
    """A patient this client may see; the same answer for missing and other-facility patients."""
    query = select(Patient).where(Patient.id == patient_id)
    principal = current_principal()
    if principal.is_facility:
        query = query.where(Patient.facility_id == principal.facility_id)
    patient = db.session.scalars(query).first()
    if patient is None:
        raise field_error("patient_id", "unknown_patient", f"no patient with id {patient_id}")
    return patient


# ---------------------------------------------------------------- writes
def _key_value(value: Any) -> ColumnElement:
    return literal(value, type_=JSONB) if isinstance(value, dict) else literal(value)


def existing_id(resource: Resource, values: dict[str, Any]) -> int | None:
    """The id of the row whose natural key equals the one `values` would have."""
    key_function = getattr(func.etl, resource.key_function)
    key = key_function(*(_key_value(values.get(column)) for column in resource.key_columns))
    query = select(resource.model.id).where(resource.model.natural_key == key)
    if resource.key_scope:
        query = query.where(getattr(resource.model, resource.key_scope) == values[resource.key_scope])
    return db.session.scalar(query)


def _conflict(resource: Resource, row_id: int | None, what: str = "natural key") -> ApiError:
    return ApiError(
        409,
        "conflict",
        f"A {resource.label} with the same {what} exists already" + (f" (id {row_id})." if row_id is not None else "."),
        {"id": row_id} if row_id is not None else {},
    )


def _integrity(resource: Resource, error: IntegrityError, values: dict[str, Any]) -> ApiError:
    original = error.orig
    sqlstate = getattr(original, "sqlstate", None)
    diag = getattr(original, "diag", None)
    constraint = getattr(diag, "constraint_name", None)
    if sqlstate == UNIQUE_VIOLATION:
        if constraint == resource.constraint:
            return _conflict(resource, existing_id(resource, values))
        if constraint == "facilities_facility_code_key":
            row_id = db.session.scalar(select(Facility.id).where(Facility.facility_code == values["facility_code"]))
            return _conflict(resource, row_id, "facility_code")
        return _conflict(resource, None, "unique value")
    if sqlstate == CHECK_VIOLATION:
        return ApiError(422, "validation_error", f"The {resource.label} breaks a database rule ({constraint}).")
    raise error


def insert_row(resource: Resource, values: dict[str, Any]) -> Any:
    """Insert, audit, commit; 409 with the existing id when the natural key is taken."""
    session: Session = db.session
    statement = (
        pg_insert(resource.model)
        .values(**values)
        .on_conflict_do_nothing(constraint=resource.constraint)
        .returning(resource.model.id)
    )
    try:
        with session.begin_nested():
            new_id = session.scalar(statement)
    except IntegrityError as error:
        raise _integrity(resource, error, values) from None
    if new_id is None:
        raise _conflict(resource, existing_id(resource, values))
    if resource.audited:
        record_access(session, "create", resource.name, [new_id])
    session.commit()
    return session.get(resource.model, new_id)


def merged_input(resource: Resource, current: dict[str, Any], patch: BaseModel) -> BaseModel:
    """Validate the stored values overlaid with the patch, through the create model's rules."""
    changes = patch.model_dump(exclude_unset=True)
    try:
        return resource.create_model.model_validate({**current, **changes})
    except ValidationError as error:
        raise validation_error_response(error, "json") from None


def update_row(resource: Resource, row: Any, values: dict[str, Any]) -> Any:
    """Write the changed columns, audit, commit; 409 when the new natural key is taken by another row."""
    session: Session = db.session
    changes = {column: value for column, value in values.items() if getattr(row, column) != value}
    if changes:
        statement = (
            update(resource.model)
            .where(resource.model.id == row.id)
            .values(**changes, updated_at=func.now(), batch_id=None)
        )
        try:
            with session.begin_nested():
                session.execute(statement)
        except IntegrityError as error:
            merged = {column: getattr(row, column) for column in resource.key_columns} | values
            if resource.key_scope:
                merged.setdefault(resource.key_scope, getattr(row, resource.key_scope))
            raise _integrity(resource, error, merged) from None
    if resource.audited:
        record_access(session, "update", resource.name, [row.id])
    session.commit()
    session.refresh(row)
    return row
