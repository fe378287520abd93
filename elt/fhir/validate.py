"""Check exported NDJSON: every line parses as its R4B resource (fhir.resources), and every
reference points to a resource in the same export."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from fhir.resources.R4B import get_fhir_model_class

REFERENCE_KEYS = ("reference",)


@dataclass
class Report:
    lines: int = 0
    by_type: dict[str, int] = field(default_factory=dict)
    invalid: list[str] = field(default_factory=list)  # "<file>:<line>: <error>"
    ids: set[str] = field(default_factory=set)  # "Type/id"
    references: set[str] = field(default_factory=set)

    @property
    def dangling(self) -> set[str]:
        return self.references - self.ids

    @property
    def ok(self) -> bool:
        return not self.invalid and not self.dangling


def _references(value: object, found: set[str]) -> None:
    if isinstance(value, dict):
        reference = value.get("reference")
        if isinstance(reference, str):
            found.add(reference)
        for item in value.values():
            _references(item, found)
    elif isinstance(value, list):
        for item in value:
            _references(item, found)


def check_lines(report: Report, source: str, lines: Iterable[bytes | str]) -> None:
    """Parse each NDJSON line of `source` (a file name, for messages) into `report`."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            report.invalid.append(f"{source}:{number}: empty line")
            continue
        report.lines += 1
        try:
            data = json.loads(line)
            resource_type = data["resourceType"]
            get_fhir_model_class(resource_type).model_validate(data)
        except Exception as error:
            report.invalid.append(f"{source}:{number}: {str(error).splitlines()[0][:300]}")
            continue
        report.by_type[resource_type] = report.by_type.get(resource_type, 0) + 1
        report.ids.add(f"{resource_type}/{data['id']}")
        _references(data, report.references)
