"""Small helpers that add to a view's OpenAPI description without overwriting earlier additions.

APIFlask's `doc()` replaces every key it is given, so two decorators that each add error responses
would erase each other; these merge instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

DESCRIPTIONS = {
    400: "Bad request (for example a malformed cursor or form)",
    401: "Missing, invalid, expired or revoked token",
    403: "The client's role or facility may not do this",
    404: "Not found (or not visible to this client)",
    406: "Not acceptable",
    409: "Conflicts with an existing row; details.id names it",
    413: "Upload larger than API_MAX_UPLOAD_MB",
    415: "Unsupported media type",
    422: "Validation error; details.errors names each field",
    429: "Rate limit exceeded; see Retry-After",
    503: "Database unavailable",
}


def annotate(view: Any, *, security: str | None = None, responses: dict[int, Any] | None = None) -> None:
    spec: dict[str, Any] = view.__dict__.setdefault("_spec", {})
    if security is not None:
        spec["security"] = security
    if responses:
        merged = dict(spec.get("responses") or {})
        merged.update(responses)
        spec["responses"] = merged


def errors(*codes: int) -> Callable[[F], F]:
    """Document these error statuses (all share the `{code, message, details}` schema)."""

    def decorator(view: F) -> F:
        annotate(view, responses={code: DESCRIPTIONS[code] for code in codes})
        return view

    return decorator
