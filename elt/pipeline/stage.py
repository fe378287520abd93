"""Step 2, stage: read each object from S3 through the shared CSV reader into its staging table.

Every file is read by `elt.pipeline.csvfile.records()`, the reader the API's pre-check uses, and
its values are written with COPY's text format: PostgreSQL never parses the file's CSV itself, so
the loader and the API cannot read one file two ways. A ragged row (more or fewer fields than the
header) is staged with its parse error and rejected by validation; a file the reader refuses is
rejected whole. A file fails only itself: any content error rejects that file, and any other
error on one file (S3 failed, an unexpected bug) marks it `failed` for this run while the batch
goes on (it stays in input/ and is quarantined after MAX_ATTEMPTS runs, see discover).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import psycopg
from botocore.exceptions import ClientError
from psycopg import sql
from psycopg.types.json import Jsonb

from elt.pipeline.csvfile import FileRejected, header_columns, records
from elt.pipeline.db import prepare
from elt.pipeline.entities import ENTITY_SPECS, Entity
from elt.pipeline.failures import content_error, mark_failed, reject_file
from elt.pipeline.versions import changed, if_match
from elt.settings import Settings

CHUNK = 1024 * 1024

__all__ = ["FileRejected", "FileSuperseded", "Source", "stage_chunks", "stage_entity", "stage_file"]


def stage_entity(conn: psycopg.Connection, s3, settings: Settings, batch_id: int, entity: str) -> dict:
    """Stage every pending file of one entity in the batch; returns {"entity", "files", "rows"}."""
    prepare(conn)
    spec = ENTITY_SPECS[entity]
    pending = conn.execute(
        "select id, object_key, size_bytes, etag from etl.etl_files where batch_id = %s and entity = %s"
        " and status = 'pending'"
        " order by id",
        (batch_id, entity),
    ).fetchall()
    rows = 0
    for file_id, key, size, etag in pending:
        rows += stage_file(conn, s3, settings.s3_bucket, spec, batch_id, file_id, Source(key, size, etag))
    return {"entity": entity, "files": len(pending), "rows": rows}


@dataclass(frozen=True)
class Source:
    """The object version discovery recorded; every read asks S3 for exactly that version."""

    key: str
    size: int
    etag: str | None

    def read(self, s3, bucket: str, **extra) -> object:
        try:
            return s3.get_object(Bucket=bucket, Key=self.key, **if_match(self.etag), **extra)["Body"]
        except ClientError as error:
            if changed(error):
                raise FileSuperseded(self.key) from error
            raise


class FileSuperseded(Exception):
    """The object was replaced after discovery; the new version waits in input/ for the next run."""


def stage_file(
    conn: psycopg.Connection, s3, bucket: str, spec: Entity, batch_id: int, file_id: int, source: Source
) -> int:
    """Stage one file (idempotent: its earlier staged rows are replaced). Returns rows staged."""
    return stage_chunks(conn, spec, batch_id, file_id, source.key, lambda: source.read(s3, bucket).iter_chunks(CHUNK))


def stage_chunks(
    conn: psycopg.Connection,
    spec: Entity,
    batch_id: int,
    file_id: int,
    key: str,
    read: Callable[[], Iterable[bytes]],
) -> int:
    """Stage the bytes `read()` yields as file `file_id`; the file ends staged, rejected, superseded or failed."""
    try:
        with conn.transaction():
            conn.execute(
                f"delete from {spec.stage_table} where batch_id = %s and file_id = %s",
                (batch_id, file_id),
            )
            header, count, warnings = _copy_rows(conn, read(), spec, batch_id, file_id)
            if count == 0:
                raise FileRejected("header_only", "the file has a header row but no data rows")
            conn.execute(
                "update etl.etl_files set status = 'staged', header = %s, rows_read = %s, error_message = %s,"
                " updated_at = now() where id = %s",
                (header, count, "; ".join(warnings) or None, file_id),
            )
            return count
    except FileSuperseded:
        conn.execute(
            "update etl.etl_files set status = 'superseded', rows_read = 0, updated_at = now(), error_message ="
            " 'replaced in S3 while this batch ran; the new version is processed by the next run' where id = %s",
            (file_id,),
        )
        return 0
    except FileRejected as rejection:
        reject_file(conn, file_id, rejection.code, f"{key}: {rejection.message}")
        return 0
    except Exception as error:
        rejection = content_error(conn, error)
        if rejection is not None:
            reject_file(conn, file_id, rejection.code, f"{key}: {rejection.message}")
        else:
            mark_failed(conn, file_id, "stage", error)
        return 0


def _copy_rows(
    conn: psycopg.Connection, chunks: Iterable[bytes], spec: Entity, batch_id: int, file_id: int
) -> tuple[list[str], int, list[str]]:
    """Read the file once: header checks, then every record into the staging table. (header, rows, warnings)"""
    rows = records(chunks)
    try:
        first = next(rows, None)
        if first is None:
            raise FileRejected("empty_file", "the file is empty")
        header = first[1]
        columns, warnings = header_columns(spec, header)
        width = len(columns)
        known = [(i, column) for i, column in enumerate(columns) if column is not None]
        extras = [(i, header[i].strip()) for i, column in enumerate(columns) if column is None]
        targets = ["batch_id", "file_id", "row_number", *(column for _, column in known), "extra", "parse_error"]
        statement = sql.SQL("copy {} ({}) from stdin").format(
            sql.SQL(spec.stage_table), sql.SQL(", ").join(map(sql.Identifier, targets))
        )
        count = 0
        with conn.cursor().copy(statement) as copy:
            for count, (_, fields) in enumerate(rows, start=1):
                problem = None
                if len(fields) != width:
                    problem = f"row has {len(fields)} fields, the header has {width}"
                    fields = (fields + [None] * width)[:width]
                extra = {name: fields[i] for i, name in extras if fields[i]} if extras else None
                copy.write_row(
                    (
                        batch_id,
                        file_id,
                        count + 1,
                        *(fields[i] or None for i, _ in known),  # empty is NULL, as COPY's CSV had it
                        Jsonb(extra) if extra else None,
                        problem,
                    )
                )
        return header, count, warnings
    finally:
        rows.close()
