"""Bearer-token authentication and role checks for the API views.

`@requires("admin", "facility")` authenticates before the request body or query is even parsed, so
an anonymous caller learns nothing but 401. A revoked client's tokens fail at once: every request
checks the client's row, read through the worker's client cache (backend/client_cache.py), which
PostgreSQL empties by NOTIFY the moment a client is revoked or changed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from flask import current_app, g, request
from sqlalchemy import select

from backend.client_cache import ClientRow
from backend.db import READ_METHODS
from backend.errors import ApiError
from backend.extensions import db
from backend.models import Client
from backend.openapi import DESCRIPTIONS, annotate
from backend.security import LEEWAY_SECONDS, Principal, TokenError, decode_token

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


def _bearer() -> str | None:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


class VerifiedTokens:
    """Tokens this worker has verified: a token is immutable, so its signature is checked once and its
    expiry (with the same leeway) on every use. Bounded; the oldest entries go first."""

    def __init__(self, size: int = 4096) -> None:
        self._size = size
        self._tokens: dict[str, Principal] = {}

    def decode(self, token: str, secret: str) -> Principal:
        principal = self._tokens.get(token)
        if principal is None:
            principal = decode_token(token, secret)
            if len(self._tokens) >= self._size:
                del self._tokens[next(iter(self._tokens))]
            self._tokens[token] = principal
        if time.time() > principal.expires_at + LEEWAY_SECONDS:
            self._tokens.pop(token, None)
            raise TokenError("token_expired", "The access token has expired; request a new one.")
        return principal


def token_principal() -> Principal | None:
    """Who the bearer token names, signature and expiry checked (not yet the client row); once per request.

    The rate limiter keys on it before the view runs; `authenticate` then checks the client.
    """
    if "token_result" not in g:
        token = _bearer()
        result: Principal | TokenError | None = None
        if token is not None:
            secret = current_app.config["MEDILINK_API_SETTINGS"].api_jwt_secret.get_secret_value()
            try:
                result = current_app.extensions["medilink.tokens"].decode(token, secret)
            except TokenError as error:
                result = error
        g.token_result = result
    result = g.token_result
    if isinstance(result, Principal):
        g.token_principal = result  # signed by us: the audit of a refusal may name it
        return result
    return None


def _load_client(client_id: str) -> ClientRow | None:
    row = db.session.execute(
        select(Client.revoked_at, Client.role, Client.facility_id).where(Client.client_id == client_id)
    ).first()
    return None if row is None else ClientRow(row.revoked_at is not None, row.role, row.facility_id)


def authenticate() -> Principal:
    principal = token_principal()
    if principal is None:
        error = g.token_result
        if isinstance(error, TokenError):
            raise _unauthorized(error.code, error.message)
        raise _unauthorized("unauthorized", "A bearer token is required: get one from POST /api/v1/auth/token.")
    cache = current_app.extensions["medilink.clients"]
    client = cache.cached(principal.client_id) if request.method in READ_METHODS else None
    if client is not None:
        g.client_unconfirmed = True  # confirmed before the answer leaves (see confirm_client)
    else:
        client = _load_client(principal.client_id)
        if client is not None:
            cache.put(principal.client_id, client)
    _check(principal, client)
    return principal


def _check(principal: Principal, client: ClientRow | None) -> None:
    if client is None or client.revoked:
        raise _unauthorized("token_revoked", "The client behind this token has been revoked.")
    if (client.role, client.facility_id) != (principal.role, principal.facility_id):
        raise _unauthorized("invalid_token", "The client's role changed; request a new token.")


def client_confirmed() -> None:
    """The current client was just found active by a statement of this request (its audit)."""
    g.client_unconfirmed = False


def confirm_client() -> None:
    """Raise 401 unless the client, served from the cache so far, is still active and unchanged."""
    if g.pop("client_unconfirmed", False):
        principal = g.token_principal
        _check(principal, _load_client(principal.client_id))


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
