"""Client secrets (argon2) and access tokens (HS256 JWT). No Flask here: the CLI uses it too."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

ROLES = ("admin", "facility", "analyst")
ISSUER = "medilink-api"
AUDIENCE = "medilink"
ALGORITHM = "HS256"
LEEWAY_SECONDS = 5  # clock skew allowed on exp/nbf/iat

_hasher = PasswordHasher()
# Verified when a client id is unknown, so a wrong id costs as much time as a wrong secret.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(32))


def new_client_id() -> str:
    return "mlk_" + secrets.token_hex(10)


def new_client_secret() -> str:
    return secrets.token_urlsafe(32)


def hash_secret(secret: str) -> str:
    return _hasher.hash(secret)


def verify_secret(secret_hash: str | None, secret: str) -> bool:
    try:
        return _hasher.verify(secret_hash or _DUMMY_HASH, secret) and secret_hash is not None
    except (VerificationError, InvalidHashError):
        return False


@dataclass(frozen=True)
class Principal:
    """Who is calling: the client behind a verified token."""

    client_id: str
    role: str
    facility_id: int | None
    jti: str
    expires_at: float = 0.0  # the token's exp (POSIX seconds)

    @property
    def is_facility(self) -> bool:
        return self.role == "facility"


def issue_token(
    client_id: str, role: str, facility_id: int | None, secret: str, ttl_seconds: int
) -> tuple[str, datetime]:
    now = datetime.now(UTC)
    expires = now + timedelta(seconds=ttl_seconds)
    claims = {
        "iss": ISSUER,
        "aud": AUDIENCE,
        "sub": client_id,
        "role": role,
        "facility_id": facility_id,
        "iat": now,
        "nbf": now,
        "exp": expires,
        "jti": uuid.uuid4().hex,
    }
    return jwt.encode(claims, secret, algorithm=ALGORITHM), expires


class TokenError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def decode_token(token: str, secret: str) -> Principal:
    """The principal of a valid token; TokenError saying why otherwise."""
    try:
        claims = jwt.decode(
            token,
            secret,
            algorithms=[ALGORITHM],
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub", "jti", "iss", "aud"]},
            leeway=LEEWAY_SECONDS,
        )
    except jwt.ExpiredSignatureError as error:
        raise TokenError("token_expired", "The access token has expired; request a new one.") from error
    except jwt.PyJWTError as error:
        raise TokenError("invalid_token", "The access token is not valid.") from error
    role = claims.get("role")
    facility_id = claims.get("facility_id")
    if role not in ROLES or (role == "facility") != isinstance(facility_id, int):
        raise TokenError("invalid_token", "The access token is not valid.")
    return Principal(str(claims["sub"]), role, facility_id, str(claims["jti"]), float(claims["exp"]))
