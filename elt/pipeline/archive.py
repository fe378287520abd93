"""Step 5, archive: move processed files to archive/YYYY/MM/DD/<batch>/ and files rejected whole to
rejected/<batch>/ with a .error.txt beside them. A source is deleted only after its copy is confirmed.
"""

from __future__ import annotations

import psycopg

from elt.pipeline.db import prepare
from elt.settings import Settings


def archive_batch(conn: psycopg.Connection, s3, settings: Settings, batch_id: int) -> list[dict]:
    prepare(conn)
    started_at = conn.execute("select started_at from etl.etl_batches where id = %s", (batch_id,)).fetchone()[0]
    day = started_at.strftime("%Y/%m/%d")
    files = conn.execute(
        "select id, object_key, size_bytes, status, archive_key, error_message from etl.etl_files"
        " where batch_id = %s and status in ('loaded', 'rejected', 'duplicate') order by id",
        (batch_id,),
    ).fetchall()
    moved = []
    bucket = settings.s3_bucket
    for file_id, key, size, status, archive_key, error in files:
        if not _exists(s3, bucket, key):
            continue  # moved by an earlier, interrupted run of this step
        relative = key[len(settings.input_prefix) :] if key.startswith(settings.input_prefix) else key
        if status == "duplicate" and archive_key and _exists(s3, bucket, archive_key, size):
            s3.delete_object(Bucket=bucket, Key=key)  # identical content is archived already
            moved.append({"key": key, "to": archive_key, "status": status})
            continue
        if status == "rejected":
            target = f"{settings.s3_prefix}/rejected/{batch_id}/{relative}"
            s3.put_object(
                Bucket=bucket,
                Key=target + ".error.txt",
                Body=(error or "rejected").encode("utf-8") + b"\n",
                ContentType="text/plain; charset=utf-8",
            )
        else:
            target = f"{settings.s3_prefix}/archive/{day}/{batch_id}/{relative}"
        s3.copy({"Bucket": bucket, "Key": key}, bucket, target)
        if not _exists(s3, bucket, target, size):
            raise RuntimeError(f"archive copy of {key} could not be confirmed; the source was kept")
        with conn.transaction():
            conn.execute(
                "update etl.etl_files set archive_key = %s, updated_at = now(),"
                " status = case when status = 'rejected' then 'rejected' else 'archived' end where id = %s",
                (target, file_id),
            )
        s3.delete_object(Bucket=bucket, Key=key)
        moved.append({"key": key, "to": target, "status": status})
    return moved


def _exists(s3, bucket: str, key: str, size: int | None = None) -> bool:
    try:
        head = s3.head_object(Bucket=bucket, Key=key)
    except s3.exceptions.ClientError as error:
        if error.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
            return False
        raise
    return size is None or head["ContentLength"] == size
