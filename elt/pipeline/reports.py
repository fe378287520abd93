"""Per-file error reports: the original row plus the reason, at rejected/<batch>/<file>.errors.csv."""

from __future__ import annotations

import csv
import io
import posixpath

import psycopg

from elt.pipeline.entities import ENTITY_SPECS, normalise_header
from elt.settings import Settings

REPORT_COLUMNS = ("row", "reason_code", "column", "message")


def report_key(settings: Settings, batch_id: int, object_key: str) -> str:
    return f"{settings.s3_prefix}/rejected/{batch_id}/{posixpath.basename(object_key)}.errors.csv"


def write_error_reports(conn: psycopg.Connection, s3, settings: Settings, batch_id: int) -> list[str]:
    """One report per file that had rejected rows; returns the report keys."""
    files = conn.execute(
        "select f.id, f.object_key, f.entity, f.header from etl.etl_files f where f.batch_id = %s"
        " and exists (select from etl.etl_rejected_rows r where r.file_id = f.id) order by f.id",
        (batch_id,),
    ).fetchall()
    keys = []
    for file_id, object_key, entity, header in files:
        spec = ENTITY_SPECS[entity]
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow([*header, *REPORT_COLUMNS])
        positions = [
            normalise_header(name) if normalise_header(name) in spec.columns else name.strip() for name in header
        ]
        rows = conn.execute(
            "select row_number, reason_code, column_name, message, raw from etl.etl_rejected_rows"
            " where file_id = %s order by row_number",
            (file_id,),
        )
        for row_number, code, column, message, raw in rows:
            writer.writerow([*(raw.get(name) for name in positions), row_number, code, column, message])
        key = report_key(settings, batch_id, object_key)
        s3.put_object(
            Bucket=settings.s3_bucket,
            Key=key,
            Body=buffer.getvalue().encode("utf-8"),
            ContentType="text/csv; charset=utf-8",
        )
        keys.append(key)
    return keys
