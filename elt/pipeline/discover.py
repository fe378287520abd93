"""Step 1, discover: list input/, fingerprint every object, open a batch, set duplicates aside.

Each file's row carries its scope: an object the API stored has an api.uploads row (written before
the object), which names the uploading client, its role and its facility. A facility client's file
gets `scope_facility_id`, and validation rejects every row of it outside that facility. Objects
with no upload row were put in S3 by an operator (CLI, S3 drop) and keep the unscoped behaviour;
facilities cannot write to S3 except through the API, so they cannot drop an unscoped file.

A file that a run could not finish for a reason outside its content (database down, S3 error,
`failed`) is tried again by the next run; after MAX_ATTEMPTS such runs it is `quarantined`: moved
to quarantine/<batch>/ with a note, so it is reported and no longer retried.
"""

from __future__ import annotations

import hashlib

import psycopg
from botocore.exceptions import ClientError

from elt.pipeline.db import prepare
from elt.pipeline.entities import entity_for_key
from elt.pipeline.versions import changed, if_match
from elt.settings import Settings

CHUNK = 8 * 1024 * 1024
MAX_ATTEMPTS = 3


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
        scope = _scope(conn, item["key"])
        attempt = 1 + _failed_attempts(conn, item["key"], sha256)
        earlier = conn.execute(
            "select id, archive_key from etl.etl_files where sha256 = %s and status = 'archived'"
            " and scope_facility_id is not distinct from %s order by id desc limit 1",
            (sha256, scope["scope_facility_id"]),
        ).fetchone()
        status, code, message = "pending", None, None
        if scope["problem"]:
            status, code, message = "rejected", "outside_facility_scope", f"{item['key']}: {scope['problem']}"
        elif attempt > MAX_ATTEMPTS:
            status, code = "quarantined", "quarantined"
            message = (
                f"{item['key']}: failed in {MAX_ATTEMPTS} runs for reasons outside its content; moved to"
                " quarantine/ for an operator (copy it back to input/ to try again)"
            )
        elif earlier:
            status, message = "duplicate", f"same content as file {earlier[0]}, already processed"
        elif not item["key"].lower().endswith(".csv"):
            status, code, message = "rejected", "not_csv", f"{item['key']}: only .csv files are accepted"
        elif entity is None:
            status, code = "rejected", "unknown_entity"
            message = (
                f"{item['key']}: the file name or folder must start with one of "
                "facilities, patients, workers, medical_records, triage_visits"
            )
        if scope["sha256"] is not None and scope["sha256"] != sha256 and status == "pending":
            status, code = "rejected", "outside_facility_scope"
            message = f"{item['key']}: the stored object is not the file the API received"
        row = conn.execute(
            "insert into etl.etl_files (batch_id, object_key, entity, size_bytes, sha256, etag, status, archive_key,"
            " error_code, error_message, uploader_client_id, uploader_role, scope_facility_id, attempt)"
            " values (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) returning id",
            (
                batch_id,
                item["key"],
                entity,
                item["size"],
                sha256,
                item["etag"],
                status,
                earlier[1] if earlier and status == "duplicate" else None,
                code,
                message,
                scope["client_id"],
                scope["role"],
                scope["scope_facility_id"],
                attempt,
            ),
        ).fetchone()
        files.append({"file_id": row[0], "key": item["key"], "entity": entity, "status": status})
    return {"batch_id": batch_id, "files": files}


def _scope(conn: psycopg.Connection, key: str) -> dict:
    """Who stored the object through the API, and the facility its rows must belong to."""
    row = conn.execute(
        "select u.client_id, coalesce(u.role, c.role), u.facility_id, u.sha256 from api.uploads as u"
        " left join api.clients as c on c.client_id = u.client_id where u.object_key = %s",
        (key,),
    ).fetchone()
    scope = {"client_id": None, "role": None, "scope_facility_id": None, "sha256": None, "problem": None}
    if row is None:
        return scope  # an operator's drop: unscoped, as before
    client_id, role, facility_id, sha256 = row
    scope.update(client_id=client_id, role=role, sha256=sha256)
    if role != "admin":
        scope["scope_facility_id"] = facility_id if facility_id is not None else -1
        if facility_id is None:
            scope["problem"] = "the uploading client is bound to no facility"
    return scope


def _failed_attempts(conn: psycopg.Connection, key: str, sha256: str) -> int:
    """Earlier runs that took this object version but did not finish it, since its last quarantine."""
    return conn.execute(
        "select count(*) from etl.etl_files f join etl.etl_batches b on b.id = f.batch_id"
        " where f.object_key = %(key)s and f.sha256 = %(sha)s and not b.dry_run and b.status <> 'running'"
        " and f.status in ('pending', 'staged', 'loaded', 'failed')"
        " and f.id > coalesce((select max(q.id) from etl.etl_files q where q.object_key = %(key)s"
        "   and q.sha256 = %(sha)s and q.status = 'quarantined'), 0)",
        {"key": key, "sha": sha256},
    ).fetchone()[0]
