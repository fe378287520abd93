"""The research marts (schema `research`, built by dbt/models/research) as the API serves them.

Every research query runs on its own connection under SET LOCAL ROLE medilink_analyst, so the
database itself keeps these endpoints inside the de-identified schema: a bug in a filter cannot
reach public.patients. Columns and meanings follow dbt/models/research/_research.yml.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, Field, create_model
from sqlalchemy import BigInteger, Connection, Engine, TableClause, Text, column, table, text
from sqlalchemy.dialects.postgresql import ARRAY

SCHEMA = "research"
ANALYST_ROLE = "medilink_analyst"
_SQL_TYPES: dict[Any, Any] = {int: BigInteger, str: Text, list[str]: lambda: ARRAY(Text)}


@dataclass(frozen=True)
class ResearchTable:
    path: str
    table_name: str
    model_name: str
    key: tuple[str, ...]
    columns: tuple[tuple[str, Any, str], ...]  # (name, type, description)
    _cache: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def table(self) -> TableClause:
        if "table" not in self._cache:
            self._cache["table"] = table(
                self.table_name, *(column(name, _SQL_TYPES[kind]()) for name, kind, _ in self.columns), schema=SCHEMA
            )
        return self._cache["table"]

    @property
    def names(self) -> list[str]:
        return [name for name, _, _ in self.columns]

    def row_model(self) -> type[BaseModel]:
        if "row" not in self._cache:
            fields = {name: (kind | None, Field(None, description=doc or None)) for name, kind, doc in self.columns}
            self._cache["row"] = create_model(self.model_name + "Row", **fields)
        return self._cache["row"]


_MONTH = ("month", str, "Calendar month, YYYY-MM.")
_AGE_BAND = ("age_band", str, "00-09 … 80-89, 90+ or Unknown.")
_SEX = ("sex", str, "M, F or Other.")
_FACILITY_TYPE = ("facility_type", str, "Primary, Secondary, Tertiary, Other or Unknown.")
_STATE = ("state", str, "Facility state.")
_LGA = ("lga", str, "Facility LGA; null where the cell was generalised to the state.")
_PEOPLE = ("patient_count", int, "Distinct people in the cell (at least k).")

PATIENT_EPISODES = ResearchTable(
    path="patient-episodes",
    table_name="patient_episodes",
    model_name="PatientEpisode",
    key=("patient_key", "month"),
    columns=(
        ("patient_key", str, "Pseudonymous patient key (HMAC-SHA256; stable while the key is)."),
        _MONTH,
        _AGE_BAND,
        _SEX,
        _STATE,
        _LGA,
        _FACILITY_TYPE,
        ("record_count", int, "Medical records in the month."),
        ("triage_visit_count", int, "Triage visits in the month."),
        ("icd10_chapters", list[str], "ICD-10 chapters (I–XXII) of the month's coded diagnoses."),
        ("critical_visits", int, ""),
        ("high_visits", int, ""),
        ("medium_visits", int, ""),
        ("low_visits", int, ""),
    ),
)
CONDITION_COUNTS = ResearchTable(
    path="condition-counts",
    table_name="condition_counts",
    model_name="ConditionCount",
    key=("id",),
    columns=(
        ("id", str, "md5 of the cell's values."),
        _MONTH,
        ("icd10_chapter", str, "ICD-10 chapter, I–XXII."),
        _AGE_BAND,
        _SEX,
        _FACILITY_TYPE,
        _STATE,
        _LGA,
        _PEOPLE,
        ("record_count", int, "Medical records in the cell."),
    ),
)
TRIAGE_COUNTS = ResearchTable(
    path="triage-counts",
    table_name="triage_counts",
    model_name="TriageCount",
    key=("id",),
    columns=(
        ("id", str, "md5 of the cell's values."),
        _MONTH,
        ("priority", str, "Critical, High, Medium or Low."),
        _AGE_BAND,
        _SEX,
        _FACILITY_TYPE,
        _STATE,
        _LGA,
        _PEOPLE,
        ("visit_count", int, "Triage visits in the cell."),
    ),
)
FACILITY_ACTIVITY = ResearchTable(
    path="facility-activity",
    table_name="facility_activity",
    model_name="FacilityActivity",
    key=("id",),
    columns=(
        ("id", str, "md5 of the cell's values."),
        _MONTH,
        _FACILITY_TYPE,
        _STATE,
        _LGA,
        ("facility_count", int, "Facilities the cell's people attended."),
        _PEOPLE,
        ("record_count", int, ""),
        ("triage_visit_count", int, ""),
    ),
)
TABLES = (PATIENT_EPISODES, CONDITION_COUNTS, TRIAGE_COUNTS, FACILITY_ACTIVITY)


@contextmanager
def analyst_connection(engine: Engine) -> Iterator[Connection]:
    """A connection whose transaction runs as the analyst role, rolled back at the end."""
    with engine.connect() as connection:
        transaction = connection.begin()
        try:
            connection.execute(text(f"set local role {ANALYST_ROLE}"))
            yield connection
        finally:
            transaction.rollback()


def to_csv(names: list[str], rows: list[dict[str, Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(names)
    for row in rows:
        writer.writerow([";".join(value) if isinstance(value, list) else value for value in row.values()])
    return buffer.getvalue().encode("utf-8")


def to_parquet(research: ResearchTable, rows: list[dict[str, Any]]) -> bytes:
    import pyarrow as pa  # imported on first download only
    import pyarrow.parquet as pq

    types = {int: pa.int64(), str: pa.string(), list[str]: pa.list_(pa.string())}
    schema = pa.schema([(name, types[kind]) for name, kind, _ in research.columns])
    columns = {name: [row[name] for row in rows] for name in research.names}
    buffer = io.BytesIO()
    pq.write_table(pa.table(columns, schema=schema), buffer)
    return buffer.getvalue()
