"""One error shape for every failure: `{code, message, details}`.

Validation errors name the field; a 500 carries only the request id (the traceback goes to the log,
never to the client); database outages become a 503 without host names or driver text.
"""

from __future__ import annotations

import logging
from typing import Any

from apiflask import APIFlask, HTTPError
from apiflask.exceptions import _ValidationError
from flask import g, request
from pydantic import ValidationError
from sqlalchemy.exc import OperationalError

log = logging.getLogger("backend.errors")

DEFAULT_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
    429: "rate_limited",
    500: "internal_error",
    503: "service_unavailable",
}

# The OpenAPI schema of every error response (APIFlask's HTTP_ERROR_SCHEMA / VALIDATION_ERROR_SCHEMA).
ERROR_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["code", "message", "details"],
    "properties": {
        "code": {"type": "string", "description": "Machine-readable reason, e.g. not_found, bad_phone."},
        "message": {"type": "string", "description": "What went wrong, for people."},
        "details": {
            "type": "object",
            "description": "Structured context: `errors` (field, code, message) for validation errors, "
            "`request_id` for server errors, the existing `id` for conflicts.",
            "additionalProperties": True,
        },
    },
}


class ApiError(HTTPError):
    """An error with our own `code`; raise it anywhere in a request."""

    def __init__(
        self,
        status_code: int,
        code: str,
        message: str,
        details: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(status_code, message, detail=details or {}, headers=headers)
        self.code = code


def field_error(field: str, code: str, message: str, status: int = 422) -> ApiError:
    """A validation error about one field, in the same shape as a schema validation error."""
    return ApiError(
        status,
        "validation_error",
        f"Invalid value for {field}: {message}",
        {"errors": [{"field": field, "code": code, "message": message}]},
    )


def _field_name(loc: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in loc) or "body"


def validation_errors(error: ValidationError) -> list[dict[str, str]]:
    """Pydantic errors as `[{field, code, message}]`; rule errors keep their reason code."""
    items = []
    for item in error.errors(include_url=False, include_input=False):
        message = item["msg"]
        # Pydantic prefixes messages of plain ValueErrors; ours are complete sentences already.
        message = message.removeprefix("Value error, ")
        items.append({"field": _field_name(item["loc"]), "code": item["type"], "message": message})
    return items


def validation_error_response(error: ValidationError, location: str) -> ApiError:
    errors = validation_errors(error)
    first = errors[0]
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    where = {"query": "query parameter", "json": "field", "form": "field"}.get(location, "field")
    return ApiError(
        422,
        "validation_error",
        f"Invalid {where} {first['field']}: {first['message']}{more}",
        {"location": location, "errors": errors},
    )


def _body(code: str, message: str, details: dict[str, Any] | None) -> dict[str, Any]:
    return {"code": code, "message": message, "details": details or {}}


def handle_http_error(error: HTTPError):
    """APIFlask's error processor: every HTTPError, werkzeug error and validation error ends here."""
    if isinstance(error, _ValidationError):
        cause = error.__cause__
        location = next(iter(error.detail), "json") if isinstance(error.detail, dict) else "json"
        if isinstance(cause, ValidationError):
            error = validation_error_response(cause, location)
        else:
            error = ApiError(422, "validation_error", "The request is not valid.", {"location": location})
    status = error.status_code
    code = getattr(error, "code", None) or DEFAULT_CODES.get(status, "error")
    details = error.detail if isinstance(error.detail, dict) else {}
    message = error.message or ""
    if status == 413 and not isinstance(error, ApiError):
        message = "The request body is larger than this server accepts."
    if status == 429 and not isinstance(error, ApiError):
        message = "Too many requests: slow down and retry after the time in the Retry-After header."
    if status >= 500:
        details = {**details, "request_id": g.get("request_id", "")}
    return _body(code, message, details), status, error.headers


def handle_unexpected(error: Exception):
    """Anything not raised on purpose: logged with the request id, answered without internals.

    OperationalError is what SQLAlchemy raises for a refused connection or a statement timeout.
    """
    request_id = g.get("request_id", "")
    if isinstance(error, OperationalError):
        log.error("database unavailable (request %s %s %s)", request_id, request.method, request.path)
        return (
            _body("service_unavailable", "The database is unavailable; retry shortly.", {"request_id": request_id}),
            503,
            {"Retry-After": "5"},
        )
    log.exception("unhandled error (request %s %s %s)", request_id, request.method, request.path)
    return _body("internal_error", "Internal server error.", {"request_id": request_id}), 500


def init_app(app: APIFlask) -> None:
    app.config["HTTP_ERROR_SCHEMA"] = ERROR_SCHEMA
    app.config["VALIDATION_ERROR_SCHEMA"] = ERROR_SCHEMA
    app.error_processor(handle_http_error)
    app.register_error_handler(Exception, handle_unexpected)
