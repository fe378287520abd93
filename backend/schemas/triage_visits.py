"""Triage visits: request and response models."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from backend.paging import OrderedPageQuery, PageMeta
from backend.schemas.base import Id, InputModel, OutputModel, ShortText, as_utc, blank_to_none, patch_model, rule
from elt import rules

Language = Literal[rules.LANGUAGES]  # type: ignore[valid-type]  # one list: elt.rules
ListItems = list[ShortText]


class TriageVisitIn(InputModel):
    patient_id: Id
    facility_id: Id | None = Field(None, description="Where the visit happened; the patient's facility when omitted.")
    visit_ref: ShortText | None = Field(None, description="The facility's own reference; the identity when given.")
    triage_level: int = Field(ge=1, le=5, description="1 (most urgent) to 5.")
    likely_conditions: ListItems = Field(
        default_factory=list, max_length=50, description="A list, or text separated by semicolons."
    )
    recommendations: ListItems = Field(
        default_factory=list, max_length=50, description="A list, or text separated by semicolons."
    )
    language: Language | None = Field(None, description="en, ha, yo, ig or pcm.")
    provider: ShortText | None = None
    visited_at: datetime | None = Field(
        None, validate_default=True, description="ISO 8601; UTC when no zone is given. Required without visit_ref."
    )

    _blanks = field_validator("visit_ref", "provider", mode="before")(blank_to_none)

    @field_validator("triage_level", mode="before")
    @classmethod
    def _level(cls, value: object) -> int:
        return rule(rules.parse_triage_level, value)

    @field_validator("likely_conditions", "recommendations", mode="before")
    @classmethod
    def _list(cls, value: object, info: ValidationInfo) -> list[str]:
        if value is not None and not isinstance(value, str | list):
            raise PydanticCustomError("bad_list", f"{info.field_name} must be a list or semicolon-separated text")
        return rule(rules.parse_list, value, info.field_name)

    @field_validator("language", mode="before")
    @classmethod
    def _language(cls, value: object) -> str | None:
        return rule(rules.parse_language, value)

    @field_validator("visited_at", mode="before")
    @classmethod
    def _visited_at(cls, value: object) -> datetime | None:
        return rule(rules.parse_timestamp, value, "visited_at")

    @field_validator("visited_at", mode="after")
    @classmethod
    def _identifiable(cls, value: datetime | None, info: ValidationInfo) -> datetime | None:
        # a visit is identified by its reference or by when it happened (triage_visits_identifiable)
        if value is None and "visit_ref" in info.data and info.data["visit_ref"] is None:
            raise PydanticCustomError("missing_required", "visited_at is required when visit_ref is not given")
        return value


TriageVisitPatch = patch_model(
    TriageVisitIn,
    "TriageVisitPatch",
    {
        "triage_level": int | str,
        "language": str,
        "visited_at": str,
        "likely_conditions": list[str] | str,
        "recommendations": list[str] | str,
    },
)


class TriageVisitOut(OutputModel):
    id: int
    patient_id: int
    facility_id: int
    visit_ref: str | None
    triage_level: int
    likely_conditions: list[str]
    recommendations: list[str]
    language: Language | None
    provider: str | None
    visited_at: datetime | None
    created_at: datetime
    updated_at: datetime
    batch_id: int | None


class TriageVisitQuery(OrderedPageQuery):
    patient_id: Id | None = None
    facility_id: Id | None = None
    triage_level: int | None = Field(None, ge=1, le=5)
    date_from: datetime | None = Field(None, description="visited_at on or after (ISO 8601; UTC without a zone).")
    date_to: datetime | None = Field(None, description="visited_at on or before.")

    _utc = field_validator("date_from", "date_to", mode="after")(as_utc)


class TriageVisitList(PageMeta):
    data: list[TriageVisitOut]
