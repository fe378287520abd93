"""Step 2, stage: stream each object from S3 straight into COPY, keeping file and row number.

The fast path hands the bytes to PostgreSQL's own CSV parser. A file with ragged rows (a row
with too many or too few fields) makes that COPY fail as a whole, so such a file is read again
through Python's csv module, which stages every row and marks the ragged ones for rejection.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
from botocore.exceptions import ClientError
from psycopg import errors, sql

from elt.pipeline.db import prepare
from elt.pipeline.entities import ENTITY_SPECS, Entity, normalise_header
from elt.pipeline.versions import changed, if_match
from elt.settings import Settings

CHUNK = 1024 * 1024
HEADER_LIMIT = 1024 * 1024


class FileRejected(Exception):
    """The whole file breaks the contract (bad header, not UTF-8, not CSV, empty)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


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
    key, size = source.key, source.size
    try:
        with conn.transaction():
            conn.execute(
                f"delete from {spec.stage_table} where batch_id = %s and file_id = %s",
                (batch_id, file_id),
            )
            if size == 0:
                raise FileRejected("empty_file", f"{key}: the file is empty")
            header, columns, warnings = _read_header(s3, bucket, source, spec)
            count = _copy_rows(conn, s3, bucket, source, spec, batch_id, file_id, header, columns)
            if count == 0:
                raise FileRejected("header_only", f"{key}: the file has a header row but no data rows")
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
        conn.execute(
            "update etl.etl_files set status = 'rejected', error_code = %s, error_message = %s, rows_read = 0,"
            " updated_at = now() where id = %s",
            (rejection.code, rejection.message, file_id),
        )
        return 0


def _read_header(s3, bucket: str, source: Source, spec: Entity) -> tuple[list[str], list[str | None], list[str]]:
    """The file's header, its column → staging column mapping, and warnings for ignored columns."""
    key = source.key
    body = source.read(s3, bucket, Range=f"bytes=0-{HEADER_LIMIT - 1}").read()
    if not body.strip(b"\xef\xbb\xbf \t\r\n"):
        raise FileRejected("empty_file", f"{key}: the file is empty")
    if b"\x00" in body:
        raise FileRejected("not_csv", f"{key}: the file is not a CSV text file (it contains binary data)")
    first_line = body.split(b"\n", 1)[0]
    try:
        text = first_line.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FileRejected("not_utf8", f"{key}: the file is not UTF-8 (bad byte at position {error.start})") from error
    header = next(csv.reader([text]))
    names = [normalise_header(name) for name in header]
    if any(not name for name in names):
        raise FileRejected("bad_header", f"{key}: column {names.index('') + 1} of the header has no name")
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise FileRejected("bad_header", f"{key}: the header repeats the column(s) {', '.join(duplicates)}")
    missing = [column for column in spec.required if column not in names]
    missing += ["/".join(group) for group in spec.one_of if not any(column in names for column in group)]
    if missing:
        plural = "s" if len(missing) > 1 else ""
        raise FileRejected("missing_column", f"{key}: required column{plural} missing: {', '.join(missing)}")
    columns = [name if name in spec.columns else None for name in names]
    unknown = [header[i].strip() for i, column in enumerate(columns) if column is None]
    warnings = []
    if unknown:
        where = "kept in data" if spec.extras_into_data else "ignored"
        warnings.append(f"unknown column(s) {', '.join(unknown)} {where}")
    return header, columns, warnings


def _copy_rows(
    conn: psycopg.Connection,
    s3,
    bucket: str,
    source: Source,
    spec: Entity,
    batch_id: int,
    file_id: int,
    header: list[str],
    columns: list[str | None],
) -> int:
    width = len(columns)
    raw_columns = [f"c{i}" for i in range(width)]
    conn.execute("drop table if exists pg_temp.file_rows")
    conn.execute(
        sql.SQL(
            "create temp table file_rows ({cols}, row_number bigint generated by default as identity"
            " (start with 2), parse_error text) on commit drop"
        ).format(cols=sql.SQL(", ").join(sql.SQL("{} text").format(sql.Identifier(c)) for c in raw_columns))
    )
    column_list = sql.SQL(", ").join(map(sql.Identifier, raw_columns))
    try:
        with (
            conn.transaction(),
            conn.cursor().copy(
                sql.SQL("copy file_rows ({}) from stdin (format csv, header true, encoding 'UTF8')").format(column_list)
            ) as copy,
        ):
            for chunk in source.read(s3, bucket).iter_chunks(CHUNK):
                copy.write(chunk)
    except (errors.CharacterNotInRepertoire, errors.UntranslatableCharacter) as error:
        raise FileRejected("not_utf8", f"{source.key}: the file is not valid UTF-8 text") from error
    except errors.BadCopyFileFormat:
        _copy_rows_leniently(conn, s3, bucket, source, raw_columns)
    # Known columns go to their staging column; unknown ones are kept in `extra` by header name.
    known = [(f"c{i}", column) for i, column in enumerate(columns) if column is not None]
    extras = [(f"c{i}", i) for i, column in enumerate(columns) if column is None]
    extra_expr = sql.SQL("null")
    if extras:
        extra_expr = sql.SQL("jsonb_strip_nulls(jsonb_build_object({}))").format(
            sql.SQL(", ").join(
                sql.SQL("{}, {}").format(sql.Literal(header[i].strip()), sql.Identifier(c)) for c, i in extras
            )
        )
    statement = sql.SQL(
        "insert into {table} (batch_id, file_id, row_number, {targets}, extra, parse_error)"
        " select {batch}, {file}, row_number, {sources}, {extra}, parse_error from file_rows"
    ).format(
        table=sql.SQL(spec.stage_table),
        targets=sql.SQL(", ").join(sql.Identifier(column) for _, column in known),
        batch=sql.Literal(batch_id),
        file=sql.Literal(file_id),
        sources=sql.SQL(", ").join(sql.Identifier(c) for c, _ in known),
        extra=extra_expr,
    )
    return conn.execute(statement).rowcount


def _copy_rows_leniently(conn: psycopg.Connection, s3, bucket: str, source: Source, raw_columns: list[str]) -> None:
    """Python's csv reader: every record is staged; a ragged one carries its parse error."""
    width = len(raw_columns)
    columns = sql.SQL(", ").join(map(sql.Identifier, [*raw_columns, "row_number", "parse_error"]))
    conn.execute("truncate file_rows")
    lines = _lines(source.read(s3, bucket).iter_chunks(CHUNK))
    reader = csv.reader(lines, strict=False)
    next(reader, None)
    with conn.cursor().copy(sql.SQL("copy file_rows ({}) from stdin").format(columns)) as copy:
        for row_number, record in enumerate(reader, start=2):
            if len(record) == width:
                copy.write_row((*record, row_number, None))
            else:
                padded = (record + [None] * width)[:width]
                problem = f"row has {len(record)} fields, the header has {width}"
                copy.write_row((*padded, row_number, problem))


def _lines(chunks: Iterator[bytes]) -> Iterator[str]:
    """Decode UTF-8 (a leading BOM dropped) and yield lines that keep their line endings."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")(errors="strict")
    pending = ""
    try:
        for chunk in chunks:
            pending += decoder.decode(chunk)
            *complete, pending = pending.split("\n")
            for line in complete:
                yield line + "\n"
        pending += decoder.decode(b"", final=True)
    except UnicodeDecodeError as error:
        raise FileRejected("not_utf8", "the file is not valid UTF-8 text") from error
    if pending:
        yield pending
