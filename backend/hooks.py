"""What every request gets: a request id of the server's own, security headers, and an audit row
when it is refused (401, 403, or 404 on patient-level data).

The server's request id (X-Request-ID in every response, `request_id` in logs, error bodies and the
audit) is always generated here; an X-Request-ID the caller sent is kept apart, as the audit's
`client_request_id`, never instead of it, so a caller cannot plant or reuse ids in our records.
"""

from __future__ import annotations

import logging
import re
import uuid

from flask import Flask, current_app, g, request
from flask.wrappers import Response

from backend.audit import record_denial
from backend.auth import confirm_client
from backend.errors import ApiError, handle_http_error
from backend.extensions import db

API_PREFIX = "/api/v1/"
REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
HSTS = "max-age=63072000; includeSubDomains"
# Resources whose rows describe patients: a 404 there may be a probe for another facility's patient.
PATIENT_LEVEL = frozenset({"patients", "medical-records", "triage-visits", "uploads", "batches"})
DENIED = (401, 403)

log = logging.getLogger("backend.audit")
request_log = logging.getLogger("backend.requests")


def start_request() -> None:
    g.request_id = uuid.uuid4().hex
    incoming = request.headers.get("X-Request-ID", "")
    g.client_request_id = incoming if REQUEST_ID.match(incoming) else None


def _denied_resource(status: int) -> tuple[str, list[int]] | None:
    """(audit resource, ids in the path) when this response refuses access, else None."""
    path = request.path
    if not path.startswith(API_PREFIX):
        return None
    segments = path[len(API_PREFIX) :].split("/")
    resource = segments[0]
    if status not in DENIED and not (status == 404 and resource in PATIENT_LEVEL):
        return None
    ids = [int(segments[1])] if len(segments) > 1 and segments[1].isdigit() and len(segments[1]) < 19 else []
    return resource.replace("-", "_") or "api", ids


def _audit_denial(status: int) -> None:
    denied = _denied_resource(status)
    if denied is None:
        return
    try:
        with db.engine.begin() as connection:
            record_denial(connection, status, *denied)
    except Exception:
        # the refusal stands either way; an unreachable database is already a 503 elsewhere
        log.exception("could not audit a refused request (request %s)", g.get("request_id", ""))


def _confirmed(response: Response) -> Response:
    """The response, or a 401 when the client it was computed for (from the cache) is revoked."""
    if not g.get("client_unconfirmed") or response.status_code >= 400:
        return response
    try:
        confirm_client()
    except ApiError as error:
        body, status, headers = handle_http_error(error)
        return current_app.make_response((body, status, headers))
    return response


def finish_request(response: Response, hsts: bool) -> Response:
    response = _confirmed(response)
    _audit_denial(response.status_code)
    headers = response.headers
    headers["X-Request-ID"] = g.get("request_id", "")
    headers["Cache-Control"] = "no-store"
    headers["X-Content-Type-Options"] = "nosniff"
    if hsts:
        headers["Strict-Transport-Security"] = HSTS
    # FLASK_ENV=development: one DEBUG line per request; the path only (query strings may hold names).
    request_log.debug("%s %s -> %s [%s]", request.method, request.path, response.status_code, g.get("request_id", ""))
    return response


def init_app(app: Flask, hsts: bool) -> None:
    app.before_request(start_request)
    app.after_request(lambda response: finish_request(response, hsts))
