"""Medical records: request and response models.

The clinical fields live in the `data` JSON column, shaped as the bulk path shapes them
(elt/pipeline/sql/validate_medical_records.sql): absent fields are left out, so a record sent
through the API and the same record in a CSV get the same natural key.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import Field, field_validator

from backend.paging import PageMeta, PageQuery
from backend.schemas.base import (
    Id,
    InputModel,
    LongText,
    OutputModel,
    ShortText,
    as_utc,
    blank_to_none,
    patch_model,
    rule,
)
from elt import rules

RecordType = Literal[rules.RECORD_TYPES]  # type: ignore[valid-type]  # one list: elt.rules
DATA_FIELDS = ("diagnosis", "icd10_code", "treatment", "medications", "notes")


class MedicalRecordIn(InputModel):
    patient_id: Id
    facility_id: Id | None = Field(None, description="Where the record was made; the patient's facility when omitted.")
    record_type: RecordType = Field(description="Matched ignoring case.")
    record_ref: ShortText | None = Field(None, description="The facility's own reference; the identity when given.")
    recorded_at: datetime | None = Field(None, description="ISO 8601; UTC when no zone is given.")
    diagnosis: LongText | None = None
    icd10_code: ShortText | None = Field(None, description="A WHO ICD-10 category or subcategory, e.g. B54, B50.9.")
    treatment: LongText | None = None
    medications: LongText | None = Field(None, description="Free text, e.g. 'Amlodipine 5mg daily; Aspirin 75mg'.")
    notes: LongText | None = None

    _blanks = field_validator("record_ref", "diagnosis", "treatment", "medications", "notes", mode="before")(
        blank_to_none
    )

    @field_validator("record_type", mode="before")
    @classmethod
    def _record_type(cls, value: object) -> str:
        return rule(rules.parse_record_type, value)

    @field_validator("recorded_at", mode="before")
    @classmethod
    def _recorded_at(cls, value: object) -> datetime | None:
        return rule(rules.parse_timestamp, value, "recorded_at")

    @field_validator("icd10_code", mode="before")
    @classmethod
    def _icd10(cls, value: object) -> str | None:
        return rule(rules.check_icd10, value)

    def data(self, keep: dict[str, Any] | None = None) -> dict[str, Any]:
        """The `data` column: `keep` (a stored row's extra keys) overlaid with the clinical fields."""
        data = {key: value for key, value in (keep or {}).items() if key not in DATA_FIELDS}
        data.update({key: getattr(self, key) for key in DATA_FIELDS if getattr(self, key) is not None})
        return data


MedicalRecordPatch = patch_model(MedicalRecordIn, "MedicalRecordPatch", {"record_type": str, "recorded_at": str})


class MedicalRecordOut(OutputModel):
    id: int
    patient_id: int
    facility_id: int
    record_type: RecordType
    record_ref: str | None
    recorded_at: datetime | None
    diagnosis: str | None = None
    icd10_code: str | None = None
    treatment: str | None = None
    medications: str | None = None
    notes: str | None = None
    data: dict[str, Any] = Field(description="Everything recorded, including columns the CSV had beyond the contract.")
    created_at: datetime
    updated_at: datetime
    batch_id: int | None

    @classmethod
    def of(cls, row: Any) -> MedicalRecordOut:
        data = row.data or {}
        fields = {key: (str(data[key]) if data.get(key) is not None else None) for key in DATA_FIELDS}
        return cls.model_validate(
            {
                **{column: getattr(row, column) for column in cls.model_fields if column not in DATA_FIELDS},
                **fields,
            }
        )


class MedicalRecordQuery(PageQuery):
    patient_id: Id | None = None
    facility_id: Id | None = None
    record_type: RecordType | None = None
    date_from: datetime | None = Field(None, description="recorded_at on or after (ISO 8601; UTC without a zone).")
    date_to: datetime | None = Field(None, description="recorded_at on or before.")

    _utc = field_validator("date_from", "date_to", mode="after")(as_utc)


class MedicalRecordList(PageMeta):
    data: list[MedicalRecordOut]
