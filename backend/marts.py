"""The dbt marts the API serves (schema `marts`), described once: columns with their types, the
keyset order, and what each role may see. Column names and meanings follow dbt/models/**.yml.

Each mart yields a SQLAlchemy Core table (only the listed columns are ever selected, so a column
dbt adds does not change the API) and a Pydantic row model for the OpenAPI document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, create_model
from sqlalchemy import BigInteger, Boolean, Date, DateTime, Float, TableClause, Text, column, table
from sqlalchemy.dialects.postgresql import ARRAY

SCHEMA = "marts"

_SQL_TYPES: dict[Any, Any] = {
    int: BigInteger,
    float: Float,
    str: Text,
    bool: Boolean,
    date: Date,
    datetime: lambda: DateTime(timezone=True),
    list[str]: lambda: ARRAY(Text),
}


@dataclass(frozen=True)
class Col:
    name: str
    type: Any
    description: str = ""


@dataclass(frozen=True)
class Mart:
    path: str  # URL segment under /analytics
    table_name: str
    columns: tuple[Col, ...]
    key: tuple[str, ...]  # a unique, non-null column tuple: the keyset order
    facility_column: str | None = None  # facility clients see only their facility's rows
    identifying: tuple[str, ...] = ()  # hidden from analysts
    audited: bool = False  # patient-level rows: every read is audited
    audit_id: str | None = None  # the column whose values go into the audit row
    model_name: str = ""
    _cache: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def table(self) -> TableClause:
        if "table" not in self._cache:
            self._cache["table"] = table(
                self.table_name, *(column(c.name, _SQL_TYPES[c.type]()) for c in self.columns), schema=SCHEMA
            )
        return self._cache["table"]

    def key_types(self) -> list[Any]:
        types = {c.name: c.type for c in self.columns}
        return [types[name] for name in self.key]

    def row_model(self, *, analyst: bool) -> type[BaseModel]:
        name = self.model_name + ("AnalystRow" if analyst else "Row")
        if name not in self._cache:
            hidden = set(self.identifying) if analyst else set()
            fields = {
                c.name: (c.type | None, Field(None, description=c.description or None))
                for c in self.columns
                if c.name not in hidden
            }
            self._cache[name] = create_model(name, __config__=ConfigDict(from_attributes=True), **fields)
        return self._cache[name]

    def visible_columns(self, *, analyst: bool) -> list[Any]:
        hidden = set(self.identifying) if analyst else set()
        return [self.table.c[c.name] for c in self.columns if c.name not in hidden]


TRIAGE_TRENDS = Mart(
    path="triage-trends",
    table_name="triage_trends",
    model_name="TriageTrend",
    key=("visit_date", "facility_id", "priority"),
    facility_column="facility_id",
    columns=(
        Col("id", str, "md5 of facility_id, visit_date and priority."),
        Col("facility_id", int),
        Col("facility_name", str),
        Col("facility_state", str),
        Col("facility_lga", str),
        Col("visit_date", date, "Local date of the visits."),
        Col("priority", str, "Critical, High, Medium or Low (from the triage level)."),
        Col("visit_count", int, "Visits that day."),
        Col("visits_last_7_days", float, "Visits in the 7 days ending on visit_date."),
        Col("moving_avg_7d", float, "visits_last_7_days / 7."),
        Col("visits_previous_7_days", float, "Visits in the 7 days before that window."),
        Col("wow_growth_pct", float, "Week-over-week growth in percent; null when the previous week had none."),
    ),
)

CONDITION_ANALYSIS = Mart(
    path="condition-analysis",
    table_name="condition_analysis",
    model_name="ConditionAnalysis",
    key=("breakdown", "frequency_rank", "id"),
    columns=(
        Col("id", str),
        Col("breakdown", str, "overall, state, lga, age_group, sex or age_group_sex."),
        Col("condition_key", str, "The condition in lower case."),
        Col("condition", str, "The condition's most common spelling."),
        Col("state", str),
        Col("lga", str),
        Col("age_group", str, "Infant, Child, Adolescent, Adult, Senior or Unknown."),
        Col("sex", str),
        Col("visit_count", int, "Triage visits listing the condition."),
        Col("patient_count", int, "Distinct patients among those visits."),
        Col("share_of_group_mentions", float),
        Col("avg_triage_level", float, "Mean triage level (lower is more severe)."),
        Col("urgent_visit_count", int, "Visits with priority Critical or High."),
        Col("urgent_share", float),
        Col("frequency_rank", int, "1 for the most frequent condition in the group."),
        Col("severity_rank", int, "1 for the most severe condition in the group."),
    ),
)

FACILITY_PERFORMANCE = Mart(
    path="facility-performance",
    table_name="facility_performance",
    model_name="FacilityPerformance",
    key=("facility_id",),
    facility_column="facility_id",
    columns=(
        Col("facility_id", int),
        Col("facility_name", str),
        Col("facility_category", str, "Primary, Secondary, Tertiary, Other or Unknown."),
        Col("facility_type", str),
        Col("state", str),
        Col("lga", str),
        Col("geopolitical_zone", str),
        Col("total_triage_visits", int),
        Col("total_medical_records", int),
        Col("total_encounters", int),
        Col("unique_patients_seen", int),
        Col("encounters_per_patient", float),
        Col("first_active_month", date),
        Col("last_active_month", date),
        Col("reporting_months", int),
        Col("active_months", int),
        Col("avg_monthly_triage_visits", float),
        Col("avg_monthly_medical_records", float),
        Col("avg_monthly_encounters", float),
        Col("volume_category", str, "High, Medium, Low or No activity."),
        Col("critical_visits", int),
        Col("high_visits", int),
        Col("medium_visits", int),
        Col("low_visits", int),
        Col("critical_share", float),
        Col("high_share", float),
        Col("medium_share", float),
        Col("low_share", float),
        Col("avg_triage_level", float),
        Col("acuity_category", str, "From the mean triage level: High (< 2.5), Medium (< 3.5), Low, or No triage."),
    ),
)

PATIENT_SUMMARY = Mart(
    path="patient-summary",
    table_name="patient_summary",
    model_name="PatientSummary",
    key=("patient_id",),
    facility_column="facility_id",
    identifying=("full_name",),
    audited=True,
    audit_id="patient_id",
    columns=(
        Col("patient_id", int),
        Col("full_name", str, "First and last name (not shown to analyst clients)."),
        Col("sex", str),
        Col("age_years", int),
        Col("age_group", str),
        Col("facility_id", int, "The registering facility."),
        Col("facility_name", str),
        Col("facility_state", str),
        Col("records_last_12_months", int),
        Col("triage_visits_last_12_months", int),
        Col("visits_last_12_months", int),
        Col("admissions_last_12_months", int),
        Col("referrals_last_12_months", int),
        Col("urgent_visits_last_12_months", int),
        Col("highest_acuity_level_last_12_months", int),
        Col("active_months_last_12_months", int),
        Col("recent_diagnoses", list[str], "Up to three distinct diagnoses, most recent first."),
        Col("last_diagnosis", str),
        Col("last_diagnosis_at", datetime),
        Col("recent_conditions", list[str], "Up to three distinct likely conditions from triage, most recent first."),
        Col("last_visit_at", datetime),
        Col("last_triage_level", int),
        Col("last_triage_priority", str),
        Col("has_chronic_condition", bool),
        Col("has_urgent_triage_last_12_months", bool),
        Col("is_high_risk_age", bool),
        Col("is_frequent_visitor", bool),
        Col("risk_score", int, "0–5."),
        Col("risk_level", str, "High, Medium or Low."),
        Col("engagement_score", int, "0–100: recency, frequency and reachability (see dbt docs)."),
        Col("engagement_level", str, "High (60+), Medium (30+) or Low."),
    ),
)

MARTS = (TRIAGE_TRENDS, CONDITION_ANALYSIS, FACILITY_PERFORMANCE, PATIENT_SUMMARY)
