"""Step 1, discover: list input/, fingerprint every object, open a batch, set duplicates aside."""

from __future__ import annotations

import hashlib

import psycopg
from botocore.exceptions import ClientError

from elt.pipeline.db import prepare
from elt.pipeline.entities import entity_for_key
from elt.pipeline.versions import changed, if_match
from elt.settings import Settings

CHUNK = 8 * 1024 * 1024


def list_input(s3, settings: Settings) -> list[dict]:
    paginator = s3.get_paginator("list_objects_v2")
    objects: list[dict] = []
    for page in paginator.paginate(Bucket=settings.s3_bucket, Prefix=settings.input_prefix):
        for item in page.get("Contents", []):
            if not item["Key"].endswith("/"):
                objects.append({"key": item["Key"], "size": item["Size"], "etag": item.get("ETag")})
    return sorted(objects, key=lambda item: item["key"])


def fingerprint(s3, bucket: str, key: str, etag: str | None) -> str:
    body = s3.get_object(Bucket=bucket, Key=key, **if_match(etag))["Body"]
    digest = hashlib.sha256()
    for chunk in body.iter_chunks(CHUNK):
        digest.update(chunk)
    return digest.hexdigest()


def open_batch(
    conn: psycopg.Connection, s3, settings: Settings, *, triggered_by: str = "cli", dry_run: bool = False
) -> dict | None:
    """Record a batch and its files; None (and no batch) when input/ holds nothing.

    A file whose fingerprint matches one already archived is marked `duplicate` and skipped.
    """
    prepare(conn)
    objects = list_input(s3, settings)
    if not objects:
        return None
    with conn.transaction():
        # A batch that never finished was closed by `elt.pipeline.lock.close_stale_batches`: its
        # files are still in input/ and are processed again here, which the idempotent upsert makes safe.
        batch_id = conn.execute(
            "insert into etl.etl_batches (triggered_by, dry_run) values (%s, %s) returning id",
            (triggered_by, dry_run),
        ).fetchone()[0]
    files = []
    for item in objects:
        try:
            sha256 = fingerprint(s3, settings.s3_bucket, item["key"], item["etag"])
        except ClientError as error:
            if not changed(error):
                raise
            continue  # replaced while we listed: the next run reads the new version

        entity = entity_for_key(item["key"], settings.input_prefix)
        earlier = conn.execute(
            "select id, archive_key from etl.etl_files where sha256 = %s and status = 'archived'"
            " order by id desc limit 1",
            (sha256,),
        ).fetchone()
        status, code, message = "pending", None, None
        if earlier:
            status, message = "duplicate", f"same content as file {earlier[0]}, already processed"
        elif not item["key"].lower().endswith(".csv"):
            status, code, message = "rejected", "not_csv", f"{item['key']}: only .csv files are accepted"
        elif entity is None:
            status, code = "rejected", "unknown_entity"
            message = (
                f"{item['key']}: the file name or folder must start with one of "
                "facilities, patients, workers, medical_records, triage_visits"
            )
        row = conn.execute(
            "insert into etl.etl_files (batch_id, object_key, entity, size_bytes, sha256, etag, status, archive_key,"
            " error_code, error_message) values (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s) returning id",
            (
                batch_id,
                item["key"],
                entity,
                item["size"],
                sha256,
                item["etag"],
                status,
                earlier[1] if earlier else None,
                code,
                message,
            ),
        ).fetchone()
        files.append({"file_id": row[0], "key": item["key"], "entity": entity, "status": status})
    return {"batch_id": batch_id, "files": files}
