"""Facilities: request and response models."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field, ValidationInfo, field_validator

from backend.paging import PageMeta, PageQuery
from backend.schemas.base import InputModel, LongText, Name, OutputModel, ShortText, blank_to_none, patch_model, rule
from elt import rules


class FacilityIn(InputModel):
    name: Name
    state: str = Field(description="State name or alias (e.g. 'FCT', 'lagos state'); stored canonical.")
    lga: str = Field(description="LGA of that state, matched ignoring case, spaces and punctuation.")
    type: ShortText | None = None
    facility_code: ShortText | None = Field(None, description="Unique when given.")
    ownership: ShortText | None = None
    lat: float | None = Field(None, ge=-90, le=90)
    lon: float | None = Field(None, ge=-180, le=180)
    phone: ShortText | None = Field(None, description="Any common Nigerian format; stored as E.164.")
    email: ShortText | None = None
    address: LongText | None = None

    _blanks = field_validator("type", "facility_code", "ownership", "address", mode="before")(blank_to_none)

    @field_validator("state", mode="before")
    @classmethod
    def _state(cls, value: object) -> str:
        return rule(rules.canonical_state, value)

    @field_validator("lga", mode="before")
    @classmethod
    def _lga(cls, value: object, info: ValidationInfo) -> object:
        state = info.data.get("state")
        if state is None:  # the state itself failed; its error is reported
            return value
        return rule(rules.canonical_lga, state, value)

    @field_validator("lat", "lon", mode="before")
    @classmethod
    def _coordinate(cls, value: object, info: ValidationInfo) -> float | None:
        return rule(rules.parse_coordinate, value, info.field_name)

    @field_validator("phone", mode="before")
    @classmethod
    def _phone(cls, value: object) -> str | None:
        return rule(rules.normalize_phone, value)

    @field_validator("email", mode="before")
    @classmethod
    def _email(cls, value: object) -> str | None:
        return rule(rules.check_email, value)


FacilityPatch = patch_model(FacilityIn, "FacilityPatch")


class FacilityOut(OutputModel):
    id: int
    name: str
    state: str
    lga: str
    type: str | None
    facility_code: str | None
    ownership: str | None
    lat: float | None
    lon: float | None
    phone: str | None
    email: str | None
    address: str | None
    created_at: datetime
    updated_at: datetime
    batch_id: int | None = Field(description="The pipeline batch that last wrote the row; null for API writes.")


class FacilityQuery(PageQuery):
    state: str | None = Field(
        None, max_length=100, description="State name or alias, any case; otherwise part of the name."
    )
    lga: str | None = Field(None, max_length=100, description="Part of the LGA, any case.")
    type: str | None = Field(None, max_length=100, description="Part of the type, any case (e.g. `hospital`).")
    name: str | None = Field(None, max_length=100, description="Case-insensitive substring of the name.")


class FacilityList(PageMeta):
    data: list[FacilityOut]
