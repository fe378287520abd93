"""Checks on an uploaded CSV before it is stored: size, UTF-8, a header with the entity's required
columns, at least one row, and (for facility clients) every row naming the client's own facility.

The file is read once, spooled to a temporary file (memory up to SPOOL_MEMORY), hashed and parsed
in the same pass; the column contract comes from elt.pipeline.entities, as the pipeline uses it.
"""

from __future__ import annotations

import csv
import hashlib
import io
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from backend.errors import ApiError, field_error
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


def _rows(body: IO[bytes]) -> Iterator[tuple[int, list[str]]]:
    """(line number, fields) of each CSV record; 422 for invalid UTF-8, NUL characters or broken CSV."""
    text = io.TextIOWrapper(body, encoding="utf-8-sig", errors="strict", newline="")
    reader = csv.reader(text, strict=True)
    try:
        for fields in reader:
            if any("\x00" in field for field in fields):
                raise _content_error("bad_encoding", f"line {reader.line_num} contains NUL characters")
            yield reader.line_num, fields
    except UnicodeDecodeError as error:
        raise _content_error(
            "bad_encoding", f"the file is not UTF-8 (invalid byte near line {reader.line_num + 1})"
        ) from error
    except csv.Error as error:
        raise _content_error("bad_csv", f"line {reader.line_num}: {error}") from error
    finally:
        text.detach()


def _content_error(code: str, message: str) -> ApiError:
    return ApiError(
        422,
        code,
        f"The file was not accepted: {message}.",
        {"errors": [{"field": "file", "code": code, "message": message}]},
    )


def check_header(entity: str, header: list[str]) -> None:
    spec = ENTITY_SPECS[entity]
    present = set(header)
    for column in spec.required:
        if column not in present:
            raise ApiError(
                422,
                "missing_column",
                f"The {entity} file has no {column} column.",
                {
                    "errors": [{"field": "file", "code": "missing_column", "message": f"missing column {column}"}],
                    "column": column,
                },
            )
    for group in spec.one_of:
        if not present.intersection(group):
            names = ", ".join(group)
            raise ApiError(
                422,
                "missing_column",
                f"The {entity} file needs one of the columns {names}.",
                {
                    "errors": [{"field": "file", "code": "missing_column", "message": f"missing one of {names}"}],
                    "column": group[0],
                },
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
    rows = _rows(body)
    try:
        first = next(rows, None)
        if first is None:
            raise _content_error("empty_file", "it is empty")
        header = [normalise_header(name) for name in first[1]]
        check_header(entity, header)
        count = 0
        facility_columns = [index for index, name in enumerate(header) if name in FACILITY_REF]
        for line, fields in rows:
            if not any(field.strip() for field in fields):
                continue
            count += 1
            if own is not None and facility_columns:
                values = {header[i]: fields[i] for i in facility_columns if i < len(fields)}
                column = _foreign_column(own, values)
                if column is not None:
                    raise ApiError(
                        403,
                        "forbidden_facility",
                        f"Line {line} names another facility in {column}: facility clients upload only "
                        "their own facility's rows.",
                        {"line": line, "column": column},
                    )
        if count == 0:
            raise _content_error("empty_file", "it has a header but no rows")
    except BaseException:
        rows.close()  # detaches the text reader before the file goes
        body.close()
        raise
    body.seek(0)
    return InspectedFile(entity, body, size, sha256, header, count)
