"""The API's own settings. The warehouse and S3 settings come from `elt.settings.Settings`.

API_JWT_SECRET has no default on purpose: a server must not start with a guessable signing key.
"""

from __future__ import annotations

from typing import Annotated, Literal

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

    # --- the design document's FLASK_ENV (issue 11)
    # `development` logs the API at DEBUG level (request handling, pipeline triggers); nothing else
    # changes: never Flask's debugger, never error details in responses. Any other value is refused.
    flask_env: Literal["production", "development"] = "production"

    @field_validator("flask_env", mode="before")
    @classmethod
    def _flask_env(cls, value: object) -> object:
        return value.strip().lower() if isinstance(value, str) else value

    # --- FHIR export (issue 14)
    # Hours a finished $export's files stay downloadable; then they are deleted from S3.
    fhir_export_ttl_hours: int = Field(default=24, ge=1, le=24 * 30)
    # --- rate limits, headers, docs, speed (issue 12)
    # Flask-Limiter storage: redis://… shares counts between workers and hosts. Unset: REDIS_URL, else
    # memory://, which counts per gunicorn worker (each worker lets a client through at the full rate).
    api_ratelimit_storage_uri: str | None = Field(
        None, validation_alias=AliasChoices("api_ratelimit_storage_uri", "redis_url")
    )
    api_ratelimit_key_prefix: str = "medilink"
    # Per client (token subject; the address before authentication) on every route.
    api_rate_limit_default: str = "6000 per minute"
    # Stricter: lists with count=exact (a full COUNT), CSV exports, and (above) uploads and tokens.
    api_rate_limit_exact_count: str = "60 per minute"
    api_rate_limit_export: str = "30 per minute"
    # Secret verifications (argon2, ~50 ms of CPU and 64 MiB each) running at once over all workers.
    api_token_verify_concurrency: int = Field(default=2, ge=1, le=64)
    # /docs: Swagger UI 5 (OpenAPI 3.1), its files served from the flask-swagger-ui package.
    api_docs_enabled: bool = True
    # Validate every response against its model before sending (tests, debugging); off: serialize only.
    api_validate_responses: bool = False
    # Seconds a worker trusts its cached client row; revocations reach the cache at once (NOTIFY).
    api_client_cache_seconds: int = Field(default=30, ge=0, le=3600)

    @field_validator("api_ratelimit_storage_uri", mode="before")
    @classmethod
    def _blank_storage(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @property
    def ratelimit_storage(self) -> str:
        return self.api_ratelimit_storage_uri or "memory://"

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
