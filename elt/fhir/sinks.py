"""Where exported NDJSON goes: an S3 object written by multipart upload, or a local file.

A sink is opened per resource type, takes chunks with `write`, and ends with `close()` (keep the
data) or `abort()` (leave nothing behind). S3 parts are PART_BYTES (S3's minimum part is 5 MiB, the
last part excepted), so memory stays at one part whatever the export's size.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

PART_BYTES = 8 * 1024 * 1024
NDJSON = "application/fhir+ndjson"


class Sink(Protocol):
    def write(self, data: bytes) -> None: ...

    def close(self) -> None: ...

    def abort(self) -> None: ...


class S3Sink:
    """One S3 object by multipart upload; nothing is visible under the key until `close()`."""

    def __init__(self, s3: Any, bucket: str, key: str) -> None:
        self.s3, self.bucket, self.key = s3, bucket, key
        self._buffer = bytearray()
        self._parts: list[dict[str, Any]] = []
        self._upload_id: str | None = None

    def write(self, data: bytes) -> None:
        self._buffer += data
        if len(self._buffer) >= PART_BYTES:
            self._flush()

    def _flush(self) -> None:
        if self._upload_id is None:
            upload = self.s3.create_multipart_upload(Bucket=self.bucket, Key=self.key, ContentType=NDJSON)
            self._upload_id = upload["UploadId"]
        number = len(self._parts) + 1
        part = self.s3.upload_part(
            Bucket=self.bucket, Key=self.key, UploadId=self._upload_id, PartNumber=number, Body=bytes(self._buffer)
        )
        self._parts.append({"ETag": part["ETag"], "PartNumber": number})
        self._buffer.clear()

    def close(self) -> None:
        if self._upload_id is None:  # small enough for one request
            self.s3.put_object(Bucket=self.bucket, Key=self.key, Body=bytes(self._buffer), ContentType=NDJSON)
            return
        if self._buffer:
            self._flush()
        self.s3.complete_multipart_upload(
            Bucket=self.bucket, Key=self.key, UploadId=self._upload_id, MultipartUpload={"Parts": self._parts}
        )

    def abort(self) -> None:
        if self._upload_id is not None:
            self.s3.abort_multipart_upload(Bucket=self.bucket, Key=self.key, UploadId=self._upload_id)
        self._buffer.clear()


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
