"""The token endpoint's models (OAuth2 client credentials, RFC 6749 §4.4)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from backend.schemas.base import StorableText


class TokenRequest(StorableText):
    model_config = ConfigDict(extra="ignore")

    grant_type: str | None = Field(
        None, max_length=100, description="client_credentials (the only grant; may be omitted)."
    )
    client_id: str | None = Field(None, max_length=100, description="Or use HTTP Basic authentication.")
    client_secret: str | None = Field(None, max_length=200)


class TokenResponse(BaseModel):
    access_token: str
    token_type: Literal["Bearer"] = "Bearer"  # noqa: S105 (the OAuth2 token type, not a secret)
    expires_in: int = Field(description="Seconds until the token expires.")
    role: Literal["admin", "facility", "analyst"]
    facility_id: int | None
