"""The CSV contract per entity: columns, required columns, and how a file is recognised."""

from __future__ import annotations

import re
from dataclasses import dataclass

FACILITY_REF = ("facility_id", "facility_code", "facility_name", "facility_state", "facility_lga")
PATIENT_REF = ("patient_id", "patient_number")


@dataclass(frozen=True)
class Entity:
    name: str
    columns: tuple[str, ...]
    required: tuple[str, ...]
    # Groups of which at least one column must be present ("facility" may be named three ways).
    one_of: tuple[tuple[str, ...], ...] = ()
    extras_into_data: bool = False  # unknown columns kept (medical records) or ignored with a warning

    @property
    def noun(self) -> str:
        """One row of this entity, in words: "facility", "medical record"."""
        return {
            "facilities": "facility",
            "patients": "patient",
            "workers": "worker",
            "medical_records": "medical record",
            "triage_visits": "triage visit",
        }[self.name]

    @property
    def stage_table(self) -> str:
        return f"etl.stage_{self.name}"


ENTITY_SPECS: dict[str, Entity] = {
    spec.name: spec
    for spec in (
        Entity(
            "facilities",
            (
                "name",
                "state",
                "lga",
                "type",
                "lat",
                "lon",
                "facility_code",
                "ownership",
                "phone",
                "email",
                "address",
            ),
            ("name", "state", "lga"),
        ),
        Entity(
            "patients",
            (
                *FACILITY_REF,
                "patient_number",
                "first_name",
                "last_name",
                "sex",
                "dob",
                "phone",
                "email",
                "address",
            ),
            ("first_name", "last_name", "sex", "dob"),
            one_of=(FACILITY_REF,),
        ),
        Entity(
            "workers",
            (
                *FACILITY_REF,
                "staff_number",
                "first_name",
                "last_name",
                "cadre",
                "phone",
                "email",
                "license_number",
                "active",
            ),
            ("first_name", "last_name", "cadre"),
            one_of=(FACILITY_REF,),
        ),
        Entity(
            "medical_records",
            (
                *FACILITY_REF,
                *PATIENT_REF,
                "record_ref",
                "record_type",
                "recorded_at",
                "diagnosis",
                "icd10_code",
                "treatment",
                "medications",
                "notes",
            ),
            ("record_type",),
            one_of=(FACILITY_REF, PATIENT_REF),
            extras_into_data=True,
        ),
        Entity(
            "triage_visits",
            (
                *FACILITY_REF,
                *PATIENT_REF,
                "visit_ref",
                "triage_level",
                "likely_conditions",
                "recommendations",
                "language",
                "provider",
                "visited_at",
            ),
            ("triage_level",),
            one_of=(FACILITY_REF, PATIENT_REF),
        ),
    )
}

# Dependency order: a child is validated after its parents are upserted, so it can name them.
ENTITIES: tuple[str, ...] = ("facilities", "patients", "workers", "medical_records", "triage_visits")


def entity_for_key(key: str, input_prefix: str) -> str | None:
    """`input/patients/x.csv` or `input/patients_2024.csv` → "patients"; None when neither says."""
    relative = key[len(input_prefix) :] if key.startswith(input_prefix) else key
    parts = relative.split("/")
    if len(parts) > 1 and parts[0].lower() in ENTITY_SPECS:
        return parts[0].lower()
    file_name = parts[-1].lower()
    # Longest names first, so "medical_records…" is never read as something shorter.
    for name in sorted(ENTITY_SPECS, key=len, reverse=True):
        if re.match(rf"{name}(?![a-z])", file_name) or re.match(rf"{name.replace('_', '-')}(?![a-z])", file_name):
            return name
    return None


def normalise_header(name: str) -> str:
    """Header names match case-insensitively, ignoring surrounding spaces (and a BOM)."""
    return name.replace("\ufeff", "").strip().lower().replace(" ", "_")
