"""The one way a CSV file's bytes become records, shared by the API's pre-check and the loader.

Two parsers reading the same bytes differently is a way in: a quote inside an unquoted field, a
CR-only line end or a NUL byte once made the API's check (Python's csv) and the loader (COPY) see
different columns. So both read through `records()` here: strict UTF-8 (a leading BOM dropped),
no NUL bytes, any of CR, LF or CRLF as line ends, Python's csv in strict mode with a field and a
header width limit. The loader then writes the parsed values with COPY's text format, which
carries values, never CSV syntax. Anything this reader refuses rejects the whole file with one
of the codes in WHOLE_FILE_REASONS, in the API and in the pipeline alike.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator

from elt.pipeline.entities import Entity, normalise_header

MAX_COLUMNS = 1600  # PostgreSQL's own limit on a table's width; no contract comes near it
MAX_FIELD_CHARS = 1024 * 1024  # one value; a larger one is not a value a person typed

# Why a whole file is set aside. The API's pre-check answers with the same codes (HTTP 422).
WHOLE_FILE_REASONS = {
    "empty_file": "the file is empty",
    "header_only": "the file has a header row but no data rows",
    "not_utf8": "the file is not UTF-8 text",
    "not_csv": "the file is not a CSV text file (binary data, NUL bytes or not .csv)",
    "bad_csv": "the CSV quoting is broken (a quote that does not open or close a field)",
    "field_too_large": f"a value is longer than {MAX_FIELD_CHARS} characters",
    "too_many_columns": f"the header has more than {MAX_COLUMNS} columns",
    "bad_header": "a header column has no name or is repeated",
    "missing_column": "a required column is missing",
    "unknown_entity": "the file name does not say which entity it holds",
    "outside_facility_scope": "the file's uploader may not load it",
    "database_refused": "the database refused the file's content",
    "quarantined": "the file failed in several runs for reasons outside its content",
}


class FileRejected(Exception):
    """The whole file breaks the contract; `code` is one of WHOLE_FILE_REASONS."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class _Chunks(io.RawIOBase):
    """A readable stream over byte chunks that refuses NUL bytes as it goes."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._chunks = iter(chunks)
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self._pending:
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            if b"\x00" in chunk:
                raise FileRejected("not_csv", "the file contains NUL bytes (binary data, not CSV text)")
            self._pending = chunk
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size


def records(chunks: Iterable[bytes]) -> Iterator[tuple[int, list[str]]]:
    """(line number where the record ends, fields) for every record; blank lines are skipped.

    Raises FileRejected (not_utf8, not_csv, bad_csv, field_too_large) at the first problem.
    """
    text = io.TextIOWrapper(io.BufferedReader(_Chunks(chunks)), encoding="utf-8-sig", errors="strict", newline="")
    csv.field_size_limit(MAX_FIELD_CHARS)
    reader = csv.reader(text, strict=True)
    try:
        for fields in reader:
            if fields:
                yield reader.line_num, fields
    except UnicodeDecodeError as error:
        raise FileRejected(
            "not_utf8", f"the file is not UTF-8 text (invalid byte near line {reader.line_num + 1})"
        ) from error
    except csv.Error as error:
        code = "field_too_large" if "field larger" in str(error) else "bad_csv"
        detail = WHOLE_FILE_REASONS[code] if code == "field_too_large" else str(error)
        raise FileRejected(code, f"line {reader.line_num + 1}: {detail}") from error


def header_columns(spec: Entity, header: list[str]) -> tuple[list[str | None], list[str]]:
    """Each header column's contract column (None: unknown) and warnings; FileRejected when unusable."""
    if len(header) > MAX_COLUMNS:
        raise FileRejected("too_many_columns", f"the header has {len(header)} columns, at most {MAX_COLUMNS} are read")
    names = [normalise_header(name) for name in header]
    if any(not name for name in names):
        raise FileRejected("bad_header", f"column {names.index('') + 1} of the header has no name")
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise FileRejected("bad_header", f"the header repeats the column(s) {', '.join(duplicates)}")
    missing = [column for column in spec.required if column not in names]
    missing += ["/".join(group) for group in spec.one_of if not any(column in names for column in group)]
    if missing:
        plural = "s" if len(missing) > 1 else ""
        raise FileRejected("missing_column", f"required column{plural} missing: {', '.join(missing)}")
    columns = [name if name in spec.columns else None for name in names]
    unknown = [header[i].strip() for i, column in enumerate(columns) if column is None]
    warnings = []
    if unknown:
        where = "kept in data" if spec.extras_into_data else "ignored"
        shown = ", ".join(unknown[:20]) + (f" and {len(unknown) - 20} more" if len(unknown) > 20 else "")
        warnings.append(f"unknown column(s) {shown} {where}")
    return columns, warnings
