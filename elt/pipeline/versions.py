"""Reading exactly the S3 object version a batch recorded.

An uploader may replace `input/patients.csv` while a batch works on it. Every read after discovery
and the archive copy carry the ETag seen at discovery, so a replaced file is never processed half
old, half new, nor archived (and deleted) unread: it waits in input/ for the next run.
"""

from __future__ import annotations

from botocore.exceptions import ClientError


def if_match(etag: str | None) -> dict[str, str]:
    return {"IfMatch": etag} if etag else {}


def copy_if_match(etag: str | None) -> dict[str, str]:
    return {"CopySourceIfMatch": etag} if etag else {}


def changed(error: ClientError) -> bool:
    """The object is no longer the version we recorded (HTTP 412)."""
    code = str(error.response.get("Error", {}).get("Code", ""))
    status = error.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
    return code in ("PreconditionFailed", "412") or status == 412
