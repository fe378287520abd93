"""The API's own settings. The warehouse and S3 settings come from `elt.settings.Settings`.

API_JWT_SECRET has no default on purpose: a server must not start with a guessable signing key.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from elt.settings import default_home


class ApiSettings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=(str(default_home() / "stack.env"), ".env"),
        env_file_encoding="utf-8",
        extra="ignore",
        case_sensitive=False,
    )

    # HS256 key for access tokens; 32 bytes at least (RFC 7518 §3.2).
    api_jwt_secret: SecretStr = Field(min_length=32)
    api_token_ttl_seconds: int = Field(default=900, ge=60, le=86400)
    # Comma-separated origins allowed by CORS; empty: no CORS headers at all.
    api_cors_origins: Annotated[list[str], NoDecode] = Field(default_factory=list)
    api_max_upload_mb: int = Field(default=50, ge=1, le=1024)
    # Flask-Limiter notation, e.g. "10 per minute" or "10/minute;100/hour".
    api_rate_limit_token: str = "10 per minute"  # noqa: S105 (a rate, not a secret)
    api_rate_limit_upload: str = "60 per hour"
    # memory:// is per process; use redis://… when several gunicorn workers must share counts.
    api_ratelimit_storage_uri: str = "memory://"
    # How many reverse proxies in front of gunicorn set X-Forwarded-For (0: trust none).
    api_proxy_hops: int = Field(default=0, ge=0, le=5)
    # Per-statement limit for API queries, so one pathological filter cannot pin a worker.
    api_statement_timeout_ms: int = Field(default=30000, ge=100)

    # When set, uploads start the Airflow DAG; otherwise the pipeline runs in a thread of the API.
    # Without a username and password, the local Airflow's generated admin login is used
    # (MEDILINK_HOME/airflow/passwords.json, written by `medilink airflow up`).
    airflow_api_url: str | None = None
    # AIRFLOW_ADMIN_USER / AIRFLOW_ADMIN_PASSWORD are the names docker-compose.yaml passes.
    airflow_username: str | None = Field(None, validation_alias=AliasChoices("airflow_username", "airflow_admin_user"))
    airflow_password: SecretStr | None = Field(
        None, validation_alias=AliasChoices("airflow_password", "airflow_admin_password")
    )

    # --- metrics (issue 15)
    # Prometheus metrics listener of gunicorn's master; never the public port. 0: no listener.
    api_metrics_port: int = Field(default=9464, ge=0, le=65535)
    api_metrics_host: str = "127.0.0.1"

    @field_validator("api_cors_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        if isinstance(value, str):
            return [origin.strip().rstrip("/") for origin in value.split(",") if origin.strip()]
        return value

    @field_validator("airflow_api_url", "airflow_username", "airflow_password", mode="before")
    @classmethod
    def _empty_is_unset(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @field_validator("airflow_api_url", mode="after")
    @classmethod
    def _no_trailing_slash(cls, value: str | None) -> str | None:
        return value.rstrip("/") if value else value

    @property
    def max_upload_bytes(self) -> int:
        return self.api_max_upload_mb * 1024 * 1024

    @property
    def airflow_enabled(self) -> bool:
        return bool(self.airflow_api_url)
