"""Medical records: request and response models.

The clinical fields live in the `data` JSON column, shaped as the bulk path shapes them
(elt/pipeline/sql/validate_medical_records.sql): absent fields are left out, so a record sent
through the API and the same record in a CSV get the same natural key.

A request may send them flat (`"diagnosis": …`) or nested as the design document does
(`"data": {"diagnosis": …}`); `lift_data` moves the nested ones to the top level before any rule
runs, so both forms pass exactly the same validators.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import ConfigDict, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from backend.paging import OrderedPageQuery, PageMeta
from backend.schemas.base import (
    Id,
    InputModel,
    LongText,
    OutputModel,
    ShortText,
    StorableText,
    as_utc,
    blank_to_none,
    patch_model,
    rule,
)
from elt import rules

RecordType = Literal[rules.RECORD_TYPES]  # type: ignore[valid-type]  # one list: elt.rules
DATA_FIELDS = ("diagnosis", "icd10_code", "treatment", "medications", "notes")


def lift_data(values: Any) -> Any:
    """`{"data": {"diagnosis": …}, …}` → `{"diagnosis": …, …}`.

    Keys that are not clinical fields stay under `data`, where `NestedData` refuses them by name
    (`data.<key>`). The same field sent both ways must carry the same value.
    """
    if not isinstance(values, dict) or not isinstance(values.get("data"), dict):
        return values
    lifted = dict(values)
    rest = dict(lifted.pop("data"))
    for key in DATA_FIELDS:
        if key not in rest:
            continue
        nested = rest.pop(key)
        if key in lifted and lifted[key] != nested:
            raise PydanticCustomError(
                "conflicting_fields",
                "{field} is sent both at the top level and in data, with different values",
                {"field": key},
            )
        lifted[key] = nested
    if rest:
        lifted["data"] = rest
    return lifted


class NestedData(StorableText):
    """The nested `data` object as the design document sends it (and as the OpenAPI document shows it).

    Its fields never reach this model: `lift_data` has moved them to the top level, where their
    rules run. What remains here is unknown keys, refused by name.
    """

    model_config = ConfigDict(extra="forbid")

    diagnosis: LongText | None = None
    icd10_code: ShortText | None = None
    treatment: LongText | None = None
    medications: LongText | None = None
    notes: LongText | None = None


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
    data: NestedData | None = Field(
        None,
        description="The design document's form: diagnosis, icd10_code, treatment, medications and notes nested "
        "here instead of at the top level. Both forms pass the same rules.",
    )

    @model_validator(mode="before")
    @classmethod
    def _nested_data(cls, values: Any) -> Any:
        return lift_data(values)

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

    def data_column(self, keep: dict[str, Any] | None = None) -> dict[str, Any]:
        """The `data` column: `keep` (a stored row's extra keys) overlaid with the clinical fields."""
        data = {key: value for key, value in (keep or {}).items() if key not in DATA_FIELDS}
        data.update({key: getattr(self, key) for key in DATA_FIELDS if getattr(self, key) is not None})
        return data


MedicalRecordPatch = patch_model(
    MedicalRecordIn, "MedicalRecordPatch", {"record_type": str, "recorded_at": str, "data": dict[str, Any]}
)


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


class MedicalRecordQuery(OrderedPageQuery):
    patient_id: Id | None = None
    facility_id: Id | None = None
    record_type: RecordType | None = None
    date_from: datetime | None = Field(None, description="recorded_at on or after (ISO 8601; UTC without a zone).")
    date_to: datetime | None = Field(None, description="recorded_at on or before.")

    _utc = field_validator("date_from", "date_to", mode="after")(as_utc)


class MedicalRecordList(PageMeta):
    data: list[MedicalRecordOut]
