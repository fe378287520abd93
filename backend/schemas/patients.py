"""Patients: request and response models."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import Field, field_validator

from backend.paging import PageMeta, PageQuery
from backend.schemas.base import (
    Id,
    InputModel,
    LongText,
    Name,
    OutputModel,
    ShortText,
    blank_to_none,
    patch_model,
    rule,
)
from elt import rules

Sex = Literal[rules.SEXES]  # type: ignore[valid-type]  # one list: elt.rules


class PatientIn(InputModel):
    facility_id: Id | None = Field(
        None, description="Required for admin clients; a facility client's own facility when omitted."
    )
    patient_number: ShortText | None = Field(None, description="The facility's own number; the identity when given.")
    first_name: Name
    last_name: Name
    sex: Sex = Field(description="M, F or Other (male/female/m/f accepted).")
    dob: date = Field(description="Date of birth: YYYY-MM-DD or DD/MM/YYYY, from 1900-01-01 up to today.")
    phone: ShortText | None = Field(None, description="Any common Nigerian format; stored as E.164.")
    email: ShortText | None = None
    address: LongText | None = None

    _blanks = field_validator("patient_number", "address", mode="before")(blank_to_none)

    @field_validator("sex", mode="before")
    @classmethod
    def _sex(cls, value: object) -> str:
        return rule(rules.parse_sex, value)

    @field_validator("dob", mode="before")
    @classmethod
    def _dob(cls, value: object) -> date:
        parsed = rule(rules.parse_date, value, "dob")
        return rule(rules.check_dob, parsed)

    @field_validator("phone", mode="before")
    @classmethod
    def _phone(cls, value: object) -> str | None:
        return rule(rules.normalize_phone, value)

    @field_validator("email", mode="before")
    @classmethod
    def _email(cls, value: object) -> str | None:
        return rule(rules.check_email, value)


PatientPatch = patch_model(PatientIn, "PatientPatch", {"sex": str, "dob": str})


class PatientOut(OutputModel):
    id: int
    facility_id: int
    patient_number: str | None
    first_name: str
    last_name: str
    sex: Sex
    dob: date
    phone: str | None
    email: str | None
    address: str | None
    created_at: datetime
    updated_at: datetime
    batch_id: int | None


class PatientQuery(PageQuery):
    facility_id: Id | None = None
    sex: Sex | None = None
    name: str | None = Field(None, max_length=100, description="Case-insensitive substring of first or last name.")
    dob_from: date | None = Field(None, description="Born on or after this date.")
    dob_to: date | None = Field(None, description="Born on or before this date.")


class PatientList(PageMeta):
    data: list[PatientOut]
