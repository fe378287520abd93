"""Per-file error reports: the original row plus the reason, at rejected/<batch>/<file id>/<name>.errors.csv.

The file id in the key keeps two files of one name in one batch apart. Reports are opened in
spreadsheets, so a cell that would start a formula (= + - @, a tab or a CR) is written with a
leading `'` (OWASP's CSV injection advice); the raw values stay intact in etl.etl_rejected_rows.
"""

from __future__ import annotations

import csv
import io
import posixpath

import psycopg

from elt.pipeline.db import prepare
from elt.pipeline.entities import ENTITY_SPECS, normalise_header
from elt.pipeline.failures import database_gone, mark_failed
from elt.settings import Settings

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

REPORT_COLUMNS = ("row", "reason_code", "column", "message")


def report_key(settings: Settings, batch_id: int, file_id: int, object_key: str) -> str:
    return f"{settings.s3_prefix}/rejected/{batch_id}/{file_id}/{posixpath.basename(object_key)}.errors.csv"


def neutralise(value: object) -> object:
    """A text cell a spreadsheet would run as a formula gets a leading quote."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_error_reports(conn: psycopg.Connection, s3, settings: Settings, batch_id: int) -> list[str]:
    """One report per file that had rejected rows; returns the report keys."""
    prepare(conn)
    files = conn.execute(
        "select f.id, f.object_key, f.entity, f.header from etl.etl_files f where f.batch_id = %s"
        " and exists (select from etl.etl_rejected_rows r where r.file_id = f.id) order by f.id",
        (batch_id,),
    ).fetchall()
    keys = []
    for file_id, object_key, entity, header in files:
        try:
            keys.append(_write_report(conn, s3, settings, batch_id, file_id, object_key, ENTITY_SPECS[entity], header))
        except Exception as error:
            if database_gone(conn, error):
                raise
            mark_failed(conn, file_id, "report", error)  # tried again by the next run
    return keys


def _write_report(
    conn: psycopg.Connection, s3, settings: Settings, batch_id: int, file_id: int, object_key: str, spec, header
) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([neutralise(name) for name in [*header, *REPORT_COLUMNS]])
    positions = [normalise_header(name) if normalise_header(name) in spec.columns else name.strip() for name in header]
    rows = conn.execute(
        "select row_number, reason_code, column_name, message, raw from etl.etl_rejected_rows"
        " where file_id = %s order by row_number",
        (file_id,),
    )
    for row_number, code, column, message, raw in rows:
        cells = [*(raw.get(name) for name in positions), row_number, code, column, message]
        writer.writerow([neutralise(cell) for cell in cells])
    key = report_key(settings, batch_id, file_id, object_key)
    s3.put_object(
        Bucket=settings.s3_bucket,
        Key=key,
        Body=buffer.getvalue().encode("utf-8"),
        ContentType="text/csv; charset=utf-8",
    )
    return key
