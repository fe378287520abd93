"""Files as the API stores them: an api.uploads row (client, role, facility) written before the object."""

from __future__ import annotations

import hashlib
import uuid

import psycopg


def client(database_url: str, role: str, facility_id: int | None = None) -> str:
    client_id = f"test-{role}-{uuid.uuid4().hex[:12]}"
    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute(
            "insert into api.clients (client_id, secret_hash, role, facility_id) values (%s, 'not-a-hash', %s, %s)",
            (client_id, role, facility_id),
        )
    return client_id


def api_upload(
    harness, name: str, content: str | bytes, client_id: str, *, entity: str, stored: bytes | None = None
) -> str:
    """Record the upload as POST /uploads does, then store the object (`stored` replaces its bytes)."""
    body = content.encode("utf-8") if isinstance(content, str) else content
    key = harness.settings.input_prefix + name
    with psycopg.connect(harness.database_url, autocommit=True) as conn:
        role, facility_id = conn.execute(
            "select role, facility_id from api.clients where client_id = %s", (client_id,)
        ).fetchone()
        conn.execute(
            "insert into api.uploads (id, client_id, role, facility_id, entity, filename, object_key, size_bytes,"
            " sha256, row_count, trigger, request_id) values (%s, %s, %s, %s, %s, %s, %s, %s, %s, 1, 'local', 'test')",
            (
                uuid.uuid4(),
                client_id,
                role,
                facility_id,
                entity,
                name,
                key,
                len(body),
                hashlib.sha256(body).hexdigest(),
            ),
        )
    harness.upload(name, stored if stored is not None else body)
    return key
