"""Query parameters of /research: filters on the released quasi-identifiers, paging, format."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from backend.paging import PageQuery
from elt import rules

MONTH_PATTERN = r"^\d{4}-(0[1-9]|1[0-2])$"
AgeBand = Literal["00-09", "10-19", "20-29", "30-39", "40-49", "50-59", "60-69", "70-79", "80-89", "90+", "Unknown"]
FacilityType = Literal["Primary", "Secondary", "Tertiary", "Other", "Unknown"]


class ResearchQuery(PageQuery):
    format: Literal["json", "csv", "parquet"] = Field(
        "json",
        description="json: one page. csv or parquet: every matching row as a file download (paging ignored).",
    )
    month_from: str | None = Field(None, pattern=MONTH_PATTERN, description="YYYY-MM, inclusive.")
    month_to: str | None = Field(None, pattern=MONTH_PATTERN, description="YYYY-MM, inclusive.")
    state: str | None = Field(None, max_length=100, description="State (name or alias).")
    lga: str | None = Field(None, max_length=100, description="LGA, case-insensitive.")
    facility_type: FacilityType | None = None


class PeopleQuery(ResearchQuery):
    age_band: AgeBand | None = None
    sex: Literal[rules.SEXES] | None = None  # type: ignore[valid-type]


class EpisodeQuery(PeopleQuery):
    icd10_chapter: str | None = Field(None, pattern=r"^[IVX]{1,5}$", description="Episodes with this chapter.")
    patient_key: str | None = Field(None, pattern=r"^[0-9a-f]{64}$", description="One pseudonymous patient.")


class ConditionCountQuery(PeopleQuery):
    icd10_chapter: str | None = Field(None, pattern=r"^[IVX]{1,5}$", description="ICD-10 chapter, I–XXII.")


class TriageCountQuery(PeopleQuery):
    priority: Literal["Critical", "High", "Medium", "Low"] | None = None
