"""One resource type as NDJSON lines, straight from PostgreSQL's COPY.

`COPY (select <resource JSON text> …) TO STDOUT` sends one message per row. The JSON's strings come
from to_json, which escapes every control character, so the only thing COPY's text format changes
is the backslash, which it doubles; halving it back gives the JSON exactly. A NULL row (COPY's \\N)
would mean a mapping bug: it stops the export rather than reaching a file. Rows flow through in
chunks of about `chunk_bytes`; nothing holds a whole type in memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import psycopg
from psycopg import sql

from elt.fhir.resources import resource_sql

CHUNK_BYTES = 1 << 20


def ndjson_chunks(
    conn: psycopg.Connection,
    resource_type: str,
    facility_id: int | None,
    since: datetime | None,
    chunk_bytes: int = CHUNK_BYTES,
) -> Iterator[tuple[bytes, int]]:
    """Yield (NDJSON bytes, number of lines) chunks of one type's resources."""
    query = sql.SQL("copy ({}) to stdout").format(sql.SQL(resource_sql(resource_type)))  # type: ignore[arg-type]
    params = {"facility_id": facility_id, "since": since}
    parts: list[bytes] = []
    size = lines = 0
    with conn.cursor().copy(query, params) as copy:
        for row in copy:
            data = bytes(row)
            if data.startswith(b"\\N\n") or b"\n\\N\n" in data:
                # a concatenation met an unexpected null; never write a line that is not a resource
                raise RuntimeError(f"a {resource_type} resource was built as NULL (a mapping bug)")
            parts.append(data)
            size += len(data)
            lines += data.count(b"\n")
            # cut only after a whole row, so no doubled backslash is split between chunks
            if size >= chunk_bytes and data.endswith(b"\n"):
                yield _unescape(parts), lines
                parts, size, lines = [], 0, 0
    if parts:
        yield _unescape(parts), lines


def _unescape(parts: list[bytes]) -> bytes:
    return b"".join(parts).replace(b"\\\\", b"\\")
