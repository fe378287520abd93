"""Step 5, archive: move processed files to archive/YYYY/MM/DD/<batch>/, files rejected whole to
rejected/<batch>/ and quarantined files to quarantine/<batch>/, each of the last two with a .error.txt
beside it. A source is deleted only after its copy is confirmed. A file that cannot be moved fails
only itself: it is marked `failed` and stays in input/ for the next run.
"""

from __future__ import annotations

import psycopg
from botocore.exceptions import ClientError

from elt.pipeline.db import prepare
from elt.pipeline.failures import database_gone, mark_failed
from elt.pipeline.versions import changed, copy_if_match
from elt.settings import Settings


def archive_batch(conn: psycopg.Connection, s3, settings: Settings, batch_id: int) -> list[dict]:
    prepare(conn)
    started_at = conn.execute("select started_at from etl.etl_batches where id = %s", (batch_id,)).fetchone()[0]
    day = started_at.strftime("%Y/%m/%d")
    files = conn.execute(
        "select id, object_key, size_bytes, etag, status, archive_key, error_message from etl.etl_files"
        " where batch_id = %s and status in ('loaded', 'rejected', 'duplicate', 'quarantined') order by id",
        (batch_id,),
    ).fetchall()
    moved = []
    for row in files:
        file_id = row[0]
        try:
            move = _archive_file(conn, s3, settings, batch_id, day, row)
        except Exception as failure:
            if database_gone(conn, failure):
                raise
            mark_failed(conn, file_id, "archive", failure)
            continue
        if move is not None:
            moved.append(move)
    return moved


def _archive_file(
    conn: psycopg.Connection,
    s3,
    settings: Settings,
    batch_id: int,
    day: str,
    row: tuple,
) -> dict | None:
    file_id, key, size, etag, status, archive_key, error = row
    bucket = settings.s3_bucket
    head = _head(s3, bucket, key)
    if head is None:
        return None  # moved by an earlier, interrupted run of this step
    current = head["ETag"]
    if etag and current != etag:
        _superseded(conn, file_id)  # replaced after discovery: the new version is the next run's
        return None
    relative = key[len(settings.input_prefix) :] if key.startswith(settings.input_prefix) else key
    if status == "duplicate" and archive_key and _has_copy(s3, bucket, archive_key, size):
        s3.delete_object(Bucket=bucket, Key=key)  # identical content is archived already
        return {"key": key, "to": archive_key, "status": status}
    if status in ("rejected", "quarantined"):
        folder = "rejected" if status == "rejected" else "quarantine"
        target = f"{settings.s3_prefix}/{folder}/{batch_id}/{relative}"
        s3.put_object(
            Bucket=bucket,
            Key=target + ".error.txt",
            Body=(error or status).encode("utf-8") + b"\n",
            ContentType="text/plain; charset=utf-8",
        )
    else:
        target = f"{settings.archive_prefix}{day}/{batch_id}/{relative}"
    try:
        s3.copy({"Bucket": bucket, "Key": key}, bucket, target, ExtraArgs=copy_if_match(etag))
    except ClientError as failure:
        if changed(failure):
            _superseded(conn, file_id)
            return None
        raise
    if not _has_copy(s3, bucket, target, size):
        raise RuntimeError(f"archive copy of file {file_id} could not be confirmed; the source was kept")
    with conn.transaction():
        conn.execute(
            "update etl.etl_files set archive_key = %s, updated_at = now(),"
            " status = case when status in ('rejected', 'quarantined') then status else 'archived' end where id = %s",
            (target, file_id),
        )
    if (_head(s3, bucket, key) or {}).get("ETag") == current:  # not replaced between the copy and now
        s3.delete_object(Bucket=bucket, Key=key)
    return {"key": key, "to": target, "status": status}


def _superseded(conn: psycopg.Connection, file_id: int) -> None:
    with conn.transaction():
        conn.execute(
            "update etl.etl_files set error_message = 'replaced in S3 while this batch ran; the new version is"
            " processed by the next run', updated_at = now() where id = %s",
            (file_id,),
        )


def _head(s3, bucket: str, key: str) -> dict | None:
    """The object's metadata, or None when there is no such object."""
    try:
        return s3.head_object(Bucket=bucket, Key=key)
    except ClientError as error:
        if error.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
            return None
        raise


def _has_copy(s3, bucket: str, key: str, size: int) -> bool:
    head = _head(s3, bucket, key)
    return head is not None and head["ContentLength"] == size
