"""Bearer-token authentication and role checks for the API views.

`@requires("admin", "facility")` authenticates before the request body or query is even parsed, so
an anonymous caller learns nothing but 401. A revoked client's tokens fail at once: every request
looks the client up (one primary-key read).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from flask import current_app, g, request
from sqlalchemy import select

from backend.errors import ApiError
from backend.extensions import db
from backend.models import Client
from backend.openapi import DESCRIPTIONS, annotate
from backend.security import Principal, TokenError, decode_token

SCHEME_NAME = "BearerAuth"
SECURITY_SCHEMES = {
    SCHEME_NAME: {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "JWT",
        "description": "Access token from POST /api/v1/auth/token (OAuth2 client credentials).",
    }
}
F = TypeVar("F", bound=Callable[..., Any])


def _unauthorized(code: str, message: str) -> ApiError:
    challenge = 'Bearer realm="medilink"'
    if code != "unauthorized":
        challenge += f', error="invalid_token", error_description="{message}"'
    return ApiError(401, code, message, headers={"WWW-Authenticate": challenge})


def authenticate() -> Principal:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise _unauthorized("unauthorized", "A bearer token is required: get one from POST /api/v1/auth/token.")
    secret = current_app.config["MEDILINK_API_SETTINGS"].api_jwt_secret.get_secret_value()
    try:
        principal = decode_token(token.strip(), secret)
    except TokenError as error:
        raise _unauthorized(error.code, error.message) from None
    client = db.session.execute(
        select(Client.revoked_at, Client.role, Client.facility_id).where(Client.client_id == principal.client_id)
    ).first()
    if client is None or client.revoked_at is not None:
        raise _unauthorized("token_revoked", "The client behind this token has been revoked.")
    if (client.role, client.facility_id) != (principal.role, principal.facility_id):
        raise _unauthorized("invalid_token", "The client's role changed; request a new token.")
    return principal


def requires(*roles: str) -> Callable[[F], F]:
    """Authenticate the caller and allow only `roles`; documents the bearer scheme in OpenAPI."""

    def decorator(view: F) -> F:
        @wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            principal = authenticate()
            if principal.role not in roles:
                raise ApiError(
                    403,
                    "forbidden",
                    f"Clients with role {principal.role!r} may not use this endpoint (allowed: {', '.join(roles)}).",
                )
            g.principal = principal
            return view(*args, **kwargs)

        annotate(wrapper, security=SCHEME_NAME, responses={401: DESCRIPTIONS[401], 403: DESCRIPTIONS[403]})
        return wrapper  # type: ignore[return-value]

    return decorator


def current_principal() -> Principal:
    return g.principal
