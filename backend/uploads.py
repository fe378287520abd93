"""Checks on an uploaded CSV before it is stored: size, UTF-8, a header with the entity's required
columns, at least one row, and (for facility clients) every row naming the client's own facility.

These checks are a fast early answer, not what keeps facilities apart: the pipeline rejects every
row of a facility client's file outside its facility (outside_facility_scope), wherever it came
from. The file is spooled to a temporary file (memory up to SPOOL_MEMORY) and hashed, then read
by elt.pipeline.csvfile, the reader the pipeline uses, so both see the same records and answer
with the same reason codes.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from backend.errors import ApiError, field_error
from elt.pipeline.csvfile import WHOLE_FILE_REASONS, FileRejected, header_columns, records
from elt.pipeline.entities import ENTITY_SPECS, FACILITY_REF, entity_for_key, normalise_header
from elt.reference import canonical_lga, canonical_state

CHUNK = 1024 * 1024
SPOOL_MEMORY = 8 * 1024 * 1024


@dataclass
class InspectedFile:
    entity: str
    body: IO[bytes]  # positioned at 0
    size_bytes: int
    sha256: str
    header: list[str]
    row_count: int


@dataclass(frozen=True)
class OwnFacility:
    """The facility a facility client may upload rows for."""

    id: int
    facility_code: str | None
    name: str
    state: str
    lga: str


def resolve_entity(filename: str, requested: str | None) -> str:
    if requested:
        entity = requested.strip().lower().replace("-", "_")
        if entity not in ENTITY_SPECS:
            raise field_error("entity", "bad_entity", f"entity must be one of {', '.join(ENTITY_SPECS)}")
        return entity
    entity = entity_for_key(filename, "")
    if entity is None:
        raise field_error(
            "entity",
            "missing_required",
            f"name the entity in the form field entity or start the file name with it ({', '.join(ENTITY_SPECS)})",
        )
    return entity


def spool(stream: IO[bytes], limit: int) -> tuple[IO[bytes], int, str]:
    """Copy the upload to a temporary file; 413 as soon as it passes `limit` bytes."""
    body = tempfile.SpooledTemporaryFile(max_size=SPOOL_MEMORY)  # noqa: SIM115 (returned to the caller)
    digest = hashlib.sha256()
    size = 0
    while chunk := stream.read(CHUNK):
        size += len(chunk)
        if size > limit:
            body.close()
            raise ApiError(
                413,
                "payload_too_large",
                f"The file is larger than {limit // (1024 * 1024)} MB.",
                {"limit_bytes": limit},
            )
        digest.update(chunk)
        body.write(chunk)
    body.seek(0)
    return body, size, digest.hexdigest()


def _chunks(body: IO[bytes]) -> Iterator[bytes]:
    while chunk := body.read(CHUNK):
        yield chunk


def _content_error(code: str, message: str) -> ApiError:
    return ApiError(
        422,
        code,
        f"The file was not accepted: {message}.",
        {"errors": [{"field": "file", "code": code, "message": message}], "reason": WHOLE_FILE_REASONS[code]},
    )


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


def _foreign_column(own: OwnFacility, values: dict[str, str]) -> str | None:
    """The first facility column of a row that names a facility other than `own`."""
    checks: dict[str, Any] = {
        "facility_id": lambda v: v.isdigit() and int(v) == own.id,
        "facility_code": lambda v: own.facility_code is not None and _fold(v) == _fold(own.facility_code),
        "facility_name": lambda v: _fold(v) == _fold(own.name),
        "facility_state": lambda v: canonical_state(v) == own.state,
        "facility_lga": lambda v: canonical_lga(own.state, v) == own.lga,
    }
    for column in FACILITY_REF:
        value = values.get(column, "").strip()
        if value and not checks[column](value):
            return column
    return None


def inspect(stream: IO[bytes], entity: str, limit: int, own: OwnFacility | None = None) -> InspectedFile:
    body, size, sha256 = spool(stream, limit)
    rows = records(_chunks(body))
    try:
        first = next(rows, None)
        if first is None:
            raise FileRejected("empty_file", "it is empty")
        header_columns(ENTITY_SPECS[entity], first[1])
        header = [normalise_header(name) for name in first[1]]
        count = 0
        facility_columns = [index for index, name in enumerate(header) if name in FACILITY_REF]
        for line, fields in rows:
            count += 1
            if own is not None and facility_columns:
                values = {header[i]: fields[i] for i in facility_columns if i < len(fields)}
                column = _foreign_column(own, values)
                if column is not None:
                    raise ApiError(
                        403,
                        "outside_facility_scope",  # the pipeline's reason code for such a row
                        f"Line {line} names another facility in {column}: facility clients upload only "
                        "their own facility's rows.",
                        {"line": line, "column": column},
                    )
        if count == 0:
            raise FileRejected("header_only", "it has a header but no data rows")
    except FileRejected as rejection:
        rows.close()
        body.close()
        raise _content_error(rejection.code, rejection.message) from None
    except BaseException:
        rows.close()
        body.close()
        raise
    body.seek(0)
    return InspectedFile(entity, body, size, sha256, header, count)
