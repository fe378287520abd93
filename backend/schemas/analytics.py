"""Analytics: aggregate counts and the dbt marts."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

from backend.paging import PageQuery
from backend.schemas.base import Id, StorableText
from elt import rules

AgeGroup = Literal["Infant", "Child", "Adolescent", "Adult", "Senior", "Unknown"]


class StatsQuery(StorableText):
    facility_id: Id | None = Field(None, description="Counts of one facility (a facility client: always its own).")
    count: Literal["estimated", "exact"] = Field("estimated", description="exact: full counts on big tables.")


class FacilityStats(BaseModel):
    """The design document's keys (`total_*`), plus workers, the facility asked about and estimate flag."""

    facility_id: int | None
    total_facilities: int
    total_patients: int
    total_workers: int
    total_medical_records: int
    total_triage_visits: int
    is_estimate: bool = Field(description="True when any count is the planner's estimate (more than 10,000 rows).")


class TriageTrendQuery(PageQuery):
    facility_id: Id | None = None
    state: str | None = Field(None, max_length=100, description="Facility state (name or alias).")
    priority: Literal["Critical", "High", "Medium", "Low"] | None = None
    date_from: date | None = Field(None, description="visit_date on or after.")
    date_to: date | None = Field(None, description="visit_date on or before.")


class ConditionQuery(PageQuery):
    breakdown: Literal["overall", "state", "lga", "age_group", "sex", "age_group_sex"] | None = Field(
        None, description="Which grouping; e.g. breakdown=state&state=Lagos&max_rank=10 is Lagos's top ten."
    )
    condition: str | None = Field(None, max_length=100, description="Substring of the condition, case-insensitive.")
    state: str | None = Field(None, max_length=100)
    lga: str | None = Field(None, max_length=100)
    age_group: AgeGroup | None = None
    sex: Literal[rules.SEXES] | None = None  # type: ignore[valid-type]
    max_rank: int | None = Field(None, ge=1, le=100_000, description="Only conditions ranked this high or higher.")


class FacilityPerformanceQuery(PageQuery):
    facility_id: Id | None = None
    state: str | None = Field(None, max_length=100)
    lga: str | None = Field(None, max_length=100)
    volume_category: Literal["High", "Medium", "Low", "No activity"] | None = None
    facility_category: Literal["Primary", "Secondary", "Tertiary", "Other", "Unknown"] | None = None
    acuity_category: Literal["High", "Medium", "Low", "No triage"] | None = None


class PatientSummaryQuery(PageQuery):
    facility_id: Id | None = None
    risk_level: Literal["High", "Medium", "Low"] | None = None
    engagement_level: Literal["High", "Medium", "Low"] | None = None
    age_group: AgeGroup | None = None
    sex: Literal[rules.SEXES] | None = None  # type: ignore[valid-type]
