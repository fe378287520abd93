"""Phone rules for the set-based validator, taken from the phonenumbers library's own metadata."""

from __future__ import annotations

import re
from functools import cache

import phonenumbers

from elt.rules import RuleError, normalize_phone

NUMBER_TYPES = (
    "fixed_line",
    "mobile",
    "toll_free",
    "premium_rate",
    "shared_cost",
    "voip",
    "personal_number",
    "pager",
    "uan",
    "voicemail",
)
FORMATTING = re.compile(r"[\s().\-/]")


@cache
def ng_national_pattern() -> str:
    """A PostgreSQL regex matching every valid Nigerian national number (any number type)."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region("NG")
    patterns = [
        desc.national_number_pattern
        for desc in (getattr(metadata, kind) for kind in NUMBER_TYPES)
        if desc is not None and desc.national_number_pattern
    ]
    return "^(?:" + "|".join(f"(?:{pattern})" for pattern in patterns) + ")$"


def needs_library(raw: str) -> bool:
    """Numbers of other countries: the SQL rule knows only Nigeria's plan."""
    digits = FORMATTING.sub("", raw.strip())
    return digits.startswith("+") and not digits.startswith("+234")


def foreign_phone_overrides(values: list[str]) -> list[tuple[str, str | None]]:
    """(raw, E.164 or None when invalid) for the few foreign numbers of a batch."""
    results = []
    for raw in values:
        try:
            results.append((raw, normalize_phone(raw)))
        except RuleError:
            results.append((raw, None))
    return results
