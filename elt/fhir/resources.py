"""The exported resource types, in dependency order (a resource's references point to types before it).

Each type's SQL (elt/fhir/sql/<name>.sql) builds whole resources with jsonb_build_object and takes two
parameters: facility_id (null: every facility) and since (null: any time; else rows whose
updated_at is later). A Patient-level export carries the patient compartment plus the Organizations
its resources reference; a system-level or Group export also carries the health workers.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

SQL_DIR = Path(__file__).parent / "sql"


@dataclass(frozen=True)
class ResourceType:
    name: str  # FHIR resourceType
    sql_name: str
    patient_level: bool  # part of a Patient-level export


RESOURCE_TYPES = (
    ResourceType("Organization", "organization", True),
    ResourceType("Practitioner", "practitioner", False),
    ResourceType("PractitionerRole", "practitioner_role", False),
    ResourceType("Patient", "patient", True),
    ResourceType("Encounter", "encounter", True),
    ResourceType("Condition", "condition", True),
    ResourceType("Observation", "observation", True),
    ResourceType("MedicationStatement", "medication_statement", True),
)
BY_NAME = {resource.name: resource for resource in RESOURCE_TYPES}
LEVELS = ("system", "patient", "group")


def types_for(level: str) -> tuple[str, ...]:
    """Every type an export at `level` carries when no _type is given."""
    if level not in LEVELS:
        raise ValueError(f"unknown export level {level!r}")
    return tuple(r.name for r in RESOURCE_TYPES if level != "patient" or r.patient_level)


def ordered(types: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """`types` in export order, duplicates dropped; unknown names raise ValueError."""
    unknown = sorted(set(types) - set(BY_NAME))
    if unknown:
        raise ValueError(f"unsupported resource type(s): {', '.join(unknown)}")
    return tuple(r.name for r in RESOURCE_TYPES if r.name in types)


@cache
def resource_sql(name: str) -> str:
    return (SQL_DIR / f"{BY_NAME[name].sql_name}.sql").read_text(encoding="utf-8")
