"""Health workers: request and response models."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field, field_validator

from backend.paging import PageMeta, PageQuery
from backend.schemas.base import Id, InputModel, Name, OutputModel, ShortText, blank_to_none, patch_model, rule
from elt import rules

Cadre = Literal[rules.CADRES]  # type: ignore[valid-type]  # one list: elt.rules


class WorkerIn(InputModel):
    facility_id: Id | None = Field(
        None, description="Required for admin clients; a facility client's own facility when omitted."
    )
    staff_number: ShortText | None = Field(None, description="The facility's own number; the identity when given.")
    first_name: Name
    last_name: Name
    cadre: Cadre = Field(description="Matched ignoring case and extra spaces.")
    phone: ShortText | None = Field(None, description="Any common Nigerian format; stored as E.164.")
    email: ShortText | None = None
    license_number: ShortText | None = None
    active: bool = Field(True, description="true/false (yes/no/1/0 accepted).")

    _blanks = field_validator("staff_number", "license_number", mode="before")(blank_to_none)

    @field_validator("cadre", mode="before")
    @classmethod
    def _cadre(cls, value: object) -> str:
        return rule(rules.parse_cadre, value)

    @field_validator("active", mode="before")
    @classmethod
    def _active(cls, value: object) -> bool:
        return rule(rules.parse_bool, value)

    @field_validator("phone", mode="before")
    @classmethod
    def _phone(cls, value: object) -> str | None:
        return rule(rules.normalize_phone, value)

    @field_validator("email", mode="before")
    @classmethod
    def _email(cls, value: object) -> str | None:
        return rule(rules.check_email, value)


WorkerPatch = patch_model(WorkerIn, "WorkerPatch", {"cadre": str, "active": bool | str})


class WorkerOut(OutputModel):
    id: int
    facility_id: int
    staff_number: str | None
    first_name: str
    last_name: str
    cadre: Cadre
    phone: str | None
    email: str | None
    license_number: str | None
    active: bool
    created_at: datetime
    updated_at: datetime
    batch_id: int | None


class WorkerQuery(PageQuery):
    facility_id: Id | None = None
    cadre: Cadre | None = None
    active: bool | None = None


class WorkerList(PageMeta):
    data: list[WorkerOut]
