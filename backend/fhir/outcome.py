"""Every error under /fhir is an OperationOutcome (FHIR's error resource), never the API's JSON shape.

The issue code comes from the HTTP status (FHIR's issue-type value set); the text is the same safe
message the rest of the API would give: no stack traces, SQL or host names.
"""

from __future__ import annotations

from typing import Any

from apiflask import HTTPError
from flask import Response, json
from werkzeug.exceptions import HTTPException

from backend.errors import handle_http_error, handle_unexpected

FHIR_JSON = "application/fhir+json"
ISSUE_CODES = {
    400: "invalid",
    401: "login",
    403: "forbidden",
    404: "not-found",
    405: "not-supported",
    406: "not-supported",
    409: "conflict",
    410: "deleted",
    422: "invalid",
    429: "throttled",
    500: "exception",
    503: "transient",
}


def operation_outcome(status: int, message: str, severity: str = "error") -> dict[str, Any]:
    return {
        "resourceType": "OperationOutcome",
        "issue": [
            {
                "severity": severity,
                "code": "informational" if severity == "information" else ISSUE_CODES.get(status, "processing"),
                "diagnostics": message,
            },
        ],
    }


def fhir_response(body: dict[str, Any], status: int = 200, headers: dict[str, str] | None = None) -> Response:
    response = Response(json.dumps(body), status=status, mimetype=FHIR_JSON, headers=headers)
    return response


def outcome_response(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    return fhir_response(operation_outcome(status, message), status, headers)


def handle_error(error: Exception) -> Response:
    """Blueprint error handler: the API's own error processing, re-shaped as an OperationOutcome."""
    if isinstance(error, HTTPException) and not isinstance(error, HTTPError):
        error = HTTPError(error.code or 500, error.description or error.name)
    assert isinstance(error, HTTPError)
    body, status, headers = handle_http_error(error)
    return outcome_response(status, body["message"], dict(headers or {}))


def handle_unexpected_error(error: Exception) -> Response:
    """Anything else (a database outage, a bug): logged by the API's handler, answered as an OperationOutcome."""
    if isinstance(error, HTTPException | HTTPError):
        return handle_error(error)
    body, status, *rest = handle_unexpected(error)
    return outcome_response(status, body["message"], dict(rest[0]) if rest else None)
