"""Write the requested resource types, one NDJSON file each, from one consistent snapshot.

All types are read in a single REPEATABLE READ transaction, so every reference inside an export
points to a resource of the same snapshot, and `transactionTime` (the snapshot's time) is exact:
nothing changed later is in it, nothing changed before it is missing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import psycopg

from elt.fhir.resources import ordered
from elt.fhir.sinks import Sink
from elt.fhir.stream import ndjson_chunks


class ExportCancelled(Exception):
    """The progress callback asked to stop; the current file was aborted."""


@dataclass(frozen=True)
class OutputFile:
    type: str
    name: str  # file name, e.g. Patient.ndjson
    count: int


@dataclass(frozen=True)
class Progress:
    type: str
    type_index: int  # 1-based position of `type` among the requested types
    type_total: int
    written: int  # resources of `type` so far
    total_written: int  # resources of all types so far

    def describe(self) -> str:
        return f"{self.type} ({self.type_index} of {self.type_total} types): {self.total_written} resources written"


@dataclass(frozen=True)
class ExportResult:
    transaction_time: datetime
    outputs: list[OutputFile]


def parse_since(value: str) -> datetime:
    """A _since / --since value: an ISO 8601 instant with a time zone (2024-05-01T00:00:00Z)."""
    try:
        since = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"{value!r} is not a FHIR instant (e.g. 2024-05-01T00:00:00Z)") from None
    if since.tzinfo is None:
        raise ValueError(f"{value!r} needs a time zone (e.g. 2024-05-01T00:00:00Z)")
    return since


def file_name(resource_type: str) -> str:
    return f"{resource_type}.ndjson"


def export(
    conn: psycopg.Connection,
    types: list[str] | tuple[str, ...],
    facility_id: int | None,
    since: datetime | None,
    open_sink: Callable[[str], Sink],
    on_progress: Callable[[Progress], bool] | None = None,
) -> ExportResult:
    """Write each type through `open_sink(file name)`; a type with no resources leaves no file.

    `on_progress` is called after every chunk; returning False aborts the current file and raises
    ExportCancelled (files already closed are the caller's to remove).
    """
    wanted = ordered(types)
    outputs: list[OutputFile] = []
    total = 0
    conn.autocommit = False
    with conn.transaction():
        conn.execute("set transaction isolation level repeatable read, read only")
        transaction_time = conn.execute("select now()").fetchone()[0]  # type: ignore[index]
        for index, resource_type in enumerate(wanted, start=1):
            name = file_name(resource_type)
            sink = open_sink(name)
            written = 0
            try:
                for data, lines in ndjson_chunks(conn, resource_type, facility_id, since):
                    sink.write(data)
                    written += lines
                    total += lines
                    progress = Progress(resource_type, index, len(wanted), written, total)
                    if on_progress is not None and not on_progress(progress):
                        raise ExportCancelled()
            except BaseException:
                sink.abort()
                raise
            if written:
                sink.close()
                outputs.append(OutputFile(resource_type, name, written))
            else:
                sink.abort()
            if on_progress is not None and not on_progress(Progress(resource_type, index, len(wanted), written, total)):
                raise ExportCancelled()
    return ExportResult(transaction_time, outputs)
