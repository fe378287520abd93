"""Read a $export kick-off request as the Bulk Data IG (v2) defines it.

Headers: `Accept` must allow application/fhir+json (absent: taken as that); `Prefer` must ask for
respond-async (absent: taken as that, as v2 allows). Parameters: `_outputFormat` (NDJSON only),
`_type` (comma-separated; each must be exported at this level), `_since` (a FHIR instant with a
time zone). Any other parameter is refused rather than silently ignored: a client asking for
`_typeFilter` or `_elements` would otherwise get more data than it asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from flask import Request

from elt.fhir.export import parse_since
from elt.fhir.resources import ordered, types_for

OUTPUT_FORMATS = ("application/fhir+ndjson", "application/ndjson", "ndjson")
ACCEPTABLE = ("application/fhir+json", "application/json", "*/*", "application/*")
KNOWN_PARAMETERS = {"_outputFormat", "_type", "_since"}


class KickoffError(ValueError):
    """The request is not a valid kick-off; the message names the header or parameter."""


@dataclass(frozen=True)
class KickoffRequest:
    types: tuple[str, ...]
    since: datetime | None


def _single(request: Request, name: str) -> str | None:
    values = request.args.getlist(name)
    if len(values) > 1:
        raise KickoffError(f"{name} may be given once")
    return values[0] if values else None


def parse_kickoff(request: Request, level: str) -> KickoffRequest:
    accept = request.headers.get("Accept", "").strip()
    if accept and not any(kind in accept for kind in ACCEPTABLE):
        raise KickoffError("Accept must be application/fhir+json")
    prefer = request.headers.get("Prefer")
    if prefer is not None and "respond-async" not in prefer:
        raise KickoffError("Prefer must be respond-async: $export answers asynchronously")
    unknown = sorted(set(request.args) - KNOWN_PARAMETERS)
    if unknown:
        raise KickoffError(f"parameter(s) not supported: {', '.join(unknown)}")
    output_format = _single(request, "_outputFormat")
    if output_format is not None and output_format not in OUTPUT_FORMATS:
        raise KickoffError("_outputFormat must be application/fhir+ndjson")
    allowed = types_for(level)
    types = allowed
    type_value = _single(request, "_type")
    if type_value is not None:
        asked = [name.strip() for name in type_value.split(",") if name.strip()]
        if not asked:
            raise KickoffError("_type names no resource type")
        not_here = sorted(set(asked) - set(allowed))
        if not_here:
            raise KickoffError(
                f"_type: {', '.join(not_here)} not exported at this level (supported: {', '.join(allowed)})"
            )
        types = ordered(asked)
    since_value = _single(request, "_since")
    try:
        since = parse_since(since_value) if since_value is not None else None
    except ValueError as error:
        raise KickoffError(f"_since {error}") from None
    return KickoffRequest(types, since)
