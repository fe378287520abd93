"""Where exported NDJSON goes: an S3 object written by multipart upload, or a local file.

A sink is opened per resource type, takes chunks with `write`, and ends with `close()` (keep the
data) or `abort()` (leave nothing behind). S3 parts are PART_BYTES (S3's minimum part is 5 MiB, the
last part excepted), so memory stays at a few parts whatever the export's size.
"""

from __future__ import annotations

from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from pathlib import Path
from typing import Any, Protocol

PART_BYTES = 8 * 1024 * 1024
NDJSON = "application/fhir+ndjson"


class Sink(Protocol):
    def write(self, data: bytes) -> None: ...

    def close(self) -> None: ...

    def abort(self) -> None: ...


class S3Sink:
    """One S3 object by multipart upload; nothing is visible under the key until `close()`.

    Parts upload on a background thread while the database keeps streaming, at most
    IN_FLIGHT parts at a time (so memory stays at a few parts, and a slow S3 slows the export
    rather than filling memory).
    """

    IN_FLIGHT = 2

    def __init__(self, s3: Any, bucket: str, key: str, part_bytes: int = PART_BYTES) -> None:
        self.s3, self.bucket, self.key = s3, bucket, key
        self.part_bytes = part_bytes
        self._buffer = bytearray()
        self._parts: list[Future[dict[str, Any]]] = []
        self._upload_id: str | None = None
        self._pool: ThreadPoolExecutor | None = None

    def write(self, data: bytes) -> None:
        self._buffer += data
        if len(self._buffer) >= self.part_bytes:
            self._flush()

    def _flush(self) -> None:
        if self._upload_id is None:
            upload = self.s3.create_multipart_upload(Bucket=self.bucket, Key=self.key, ContentType=NDJSON)
            self._upload_id = upload["UploadId"]
            self._pool = ThreadPoolExecutor(max_workers=self.IN_FLIGHT, thread_name_prefix="fhir-s3-part")
        assert self._pool is not None
        pending = [part for part in self._parts if not part.done()]
        if len(pending) >= self.IN_FLIGHT:
            wait(pending, return_when=FIRST_COMPLETED)
        self._parts.append(self._pool.submit(self._upload_part, len(self._parts) + 1, bytes(self._buffer)))
        self._buffer.clear()

    def _upload_part(self, number: int, body: bytes) -> dict[str, Any]:
        part = self.s3.upload_part(
            Bucket=self.bucket, Key=self.key, UploadId=self._upload_id, PartNumber=number, Body=body
        )
        return {"ETag": part["ETag"], "PartNumber": number}

    def close(self) -> None:
        if self._upload_id is None:  # small enough for one request
            self.s3.put_object(Bucket=self.bucket, Key=self.key, Body=bytes(self._buffer), ContentType=NDJSON)
            return
        if self._buffer:
            self._flush()
        try:
            parts = [part.result() for part in self._parts]
        except BaseException:
            self.abort()
            raise
        self._shutdown()
        self.s3.complete_multipart_upload(
            Bucket=self.bucket, Key=self.key, UploadId=self._upload_id, MultipartUpload={"Parts": parts}
        )

    def abort(self) -> None:
        self._shutdown()
        if self._upload_id is not None:
            self.s3.abort_multipart_upload(Bucket=self.bucket, Key=self.key, UploadId=self._upload_id)
        self._buffer.clear()

    def _shutdown(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


class FileSink:
    """A local file, written under a temporary name and renamed into place by `close()`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._partial = path.with_name(path.name + ".partial")
        self._handle = self._partial.open("wb")

    def write(self, data: bytes) -> None:
        self._handle.write(data)

    def close(self) -> None:
        self._handle.close()
        self._partial.replace(self.path)

    def abort(self) -> None:
        self._handle.close()
        self._partial.unlink(missing_ok=True)
