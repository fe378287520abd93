"""POST /auth/token: OAuth2 client credentials → a short-lived HS256 access token."""

from __future__ import annotations

from urllib.parse import unquote

from apiflask import APIBlueprint
from flask import current_app, request
from sqlalchemy import select, text

from backend.errors import ApiError
from backend.extensions import db, limiter
from backend.models import Client
from backend.openapi import errors
from backend.schemas.auth import TokenRequest, TokenResponse
from backend.security import issue_token, verify_secret

bp = APIBlueprint("auth", __name__, tag="Authentication")

# Advisory-lock key space of the secret-verification slots (any constant unique to this use).
VERIFY_LOCK_KEY = 0x6D6C6B
# Takes the first free slot of API_TOKEN_VERIFY_CONCURRENCY; held until the request's transaction ends.
TAKE_SLOT = text(
    "select slot from generate_series(0, :slots - 1) as slot where pg_try_advisory_xact_lock(:key, slot) limit 1"
)


def _verification_slot() -> None:
    """Caps argon2 verifications running at once over every worker and host (PostgreSQL advisory
    locks): a flood of token requests from many addresses costs at most that many cores."""
    slots = current_app.config["MEDILINK_API_SETTINGS"].api_token_verify_concurrency
    if db.session.scalar(TAKE_SLOT, {"slots": slots, "key": VERIFY_LOCK_KEY}) is None:
        raise ApiError(503, "busy", "Too many token requests at once; retry in a second.", headers={"Retry-After": "1"})


def _token_limit() -> str:
    return current_app.config["MEDILINK_API_SETTINGS"].api_rate_limit_token


def _credentials(body: TokenRequest) -> tuple[str, str]:
    """From HTTP Basic (RFC 6749 §2.3.1, form-encoded parts) or the request body, not both."""
    auth = request.authorization
    if auth is not None and auth.type == "basic":
        if body.client_id or body.client_secret:
            raise ApiError(400, "invalid_request", "Send the client credentials either in the body or by Basic auth.")
        return unquote(auth.username or ""), unquote(auth.password or "")
    if not body.client_id or not body.client_secret:
        raise ApiError(
            400,
            "invalid_request",
            "client_id and client_secret are required (form, JSON or HTTP Basic).",
            {
                "errors": [
                    {
                        "field": "client_id" if not body.client_id else "client_secret",
                        "code": "missing_required",
                        "message": "required",
                    }
                ]
            },
        )
    return body.client_id, body.client_secret


@bp.post("/token")
@limiter.limit(_token_limit)
@bp.input(TokenRequest, location="json_or_form")
@bp.output(TokenResponse)
@errors(400, 401, 429)
def token(json_or_form_data: TokenRequest):
    """Get an access token

    OAuth2 client credentials: `client_id` and `client_secret` as form fields, JSON or HTTP Basic.
    The token is a short-lived bearer token (API_TOKEN_TTL_SECONDS) carrying the client's role.
    """
    if json_or_form_data.grant_type not in (None, "client_credentials"):
        raise ApiError(400, "unsupported_grant_type", "Only the client_credentials grant is supported.")
    client_id, secret = _credentials(json_or_form_data)
    client = db.session.scalars(select(Client).where(Client.client_id == client_id)).first()
    _verification_slot()
    valid = verify_secret(client.secret_hash if client else None, secret)
    if client is None or not valid or client.revoked_at is not None:
        raise ApiError(
            401,
            "invalid_client",
            "Unknown client, wrong secret or revoked client.",
            headers={"WWW-Authenticate": 'Basic realm="medilink"'},
        )
    settings = current_app.config["MEDILINK_API_SETTINGS"]
    access_token, _ = issue_token(
        client.client_id,
        client.role,
        client.facility_id,
        settings.api_jwt_secret.get_secret_value(),
        settings.api_token_ttl_seconds,
    )
    body = TokenResponse(
        access_token=access_token,
        expires_in=settings.api_token_ttl_seconds,
        role=client.role,
        facility_id=client.facility_id,
    )
    return body, 200, {"Cache-Control": "no-store", "Pragma": "no-cache"}
