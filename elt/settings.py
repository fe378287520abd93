"""Every setting of the platform, in one object, read once from the environment and `.env` files.

Precedence (highest first): values passed in, the process environment, `.env` in the working
directory, then the `stack.env` written by `medilink stack up` (so a running embedded stack is found
without exports). Nothing is read at import: the env-file paths are worked out when a `Settings`
is built, so a MEDILINK_HOME set later (a test, a wrapper script) is honoured.

The pipeline and the CLI need no API setting; the API checks its own when it is built
(`backend.app.create_app` calls `Settings.require_api()`).
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import parse_qsl, quote, urlencode

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def default_home() -> Path:
    """The `.medilink/` state folder: embedded stack data, logs, generated secrets."""
    return Path(os.environ.get("MEDILINK_HOME") or PROJECT_ROOT / ".medilink")


def default_env_files() -> tuple[str, str]:
    """The stack's env file, then `.env` (later files win), resolved now, not at import."""
    return (str(default_home() / "stack.env"), ".env")


def clean_host(value: str | None) -> str | None:
    """`http://db.example.org/` → `db.example.org`: users paste URLs where a host is wanted."""
    if value is None:
        return None
    host = value.strip()
    for scheme in ("postgresql://", "postgres://", "https://", "http://"):
        if host.lower().startswith(scheme):
            host = host[len(scheme) :]
    host = host.split("/", 1)[0].rstrip("/")
    return host or None


class ApiSettingsMissing(RuntimeError):
    """The API was asked to start without a setting only it needs (the message names the variables)."""


class Settings(BaseSettings):
    # Errors name the setting, never echo its value (a short API_JWT_SECRET must not reach a log).
    model_config = SettingsConfigDict(
        env_file_encoding="utf-8", extra="ignore", case_sensitive=False, hide_input_in_errors=True
    )

    def __init__(self, **values: Any) -> None:
        # `_env_file=None` (tests) reads no file; without it, the files are found at build time.
        values.setdefault("_env_file", default_env_files())
        super().__init__(**values)

    # Warehouse: DATABASE_URL wins; otherwise it is built from the seed's POSTGRES_* variables.
    database_url: str | None = None
    postgres_host: str | None = None
    postgres_port: int = 5432
    postgres_user: str = "postgres"
    postgres_password: str | None = None
    postgres_db: str = "medilink"

    # Object storage: credentials and region come from boto3's usual chain.
    s3_bucket: str = "medilink"
    s3_prefix: str = "medical_records"
    aws_endpoint_url: str | None = None
    # AWS_REGION is the design document's name (its compose file); AWS_DEFAULT_REGION wins when both are set.
    aws_default_region: str = Field("us-east-1", validation_alias=AliasChoices("aws_default_region", "aws_region"))
    # Only for non-AWS S3 servers (the embedded stack writes them to stack.env); on AWS leave
    # them unset and boto3's chain finds the instance role.
    aws_access_key_id: str | None = None
    aws_secret_access_key: str | None = None

    medilink_home: Path = Field(default_factory=default_home)

    # --- the design document's S3 variables (issue 11)
    # S3_INPUT_PREFIX / S3_ARCHIVE_PREFIX (e.g. `medical_records/input/`) name the folders the
    # document's compose file sets; unset, they are `<S3_PREFIX>/input/` and `<S3_PREFIX>/archive/`.
    s3_input_prefix: str | None = None
    s3_archive_prefix: str | None = None
    # --- operations (issue 15)
    # libpq TLS: added to the warehouse URL (and dbt's profile) unless DATABASE_URL already says.
    # On AWS: verify-full with the RDS CA bundle as POSTGRES_SSLROOTCERT.
    postgres_sslmode: Literal["disable", "allow", "prefer", "require", "verify-ca", "verify-full"] | None = None
    postgres_sslrootcert: str | None = None
    # One apprise URL (mailto://…, json://…, slack://…) that alerts go to; unset: alerts are only logged.
    medilink_alert_url: SecretStr | None = None
    # Node-exporter textfile-collector directory for the pipeline's per-batch metrics; unset: none written.
    medilink_metrics_textfile_dir: Path | None = None
    # A run slower than this many times the median of recent completed runs raises an alert.
    medilink_slow_run_factor: float = Field(default=3.0, gt=1)
    # Data quality: a facility's rejection rate above its 30-day baseline by more than this (absolute,
    # 0.10 = ten percentage points) raises an alert; so does an active facility silent for N days.
    medilink_dq_rejection_margin: float = Field(default=0.10, gt=0, lt=1)
    medilink_dq_silent_days: int = Field(default=7, ge=1)
    # A facility counts as active when it uploaded within this many days.
    medilink_dq_active_days: int = Field(default=90, ge=1)
    # The local Airflow (`medilink airflow up`) sends StatsD metrics here (host:port) when set.
    medilink_airflow_statsd: str | None = None
    # CloudWatch heartbeat after each completed batch (Medilink/PipelineHeartbeat, dimension
    # Deployment=<this value>, e.g. medilink-production); the EC2 host sets it. Unset: none sent.
    medilink_cloudwatch_heartbeat: str | None = None
    # --- local Airflow (elt/airflow_local.py; `medilink stack up` writes the metadata URL)
    airflow_database_url: str | None = None
    medilink_airflow_host: str = "127.0.0.1"
    medilink_airflow_port: int = 8088
    medilink_airflow_worker_log_port: int = 8793
    medilink_airflow_triggerer_log_port: int = 8794
    # --- local Superset (elt/dashboard/; `medilink dashboard up`)
    medilink_superset_host: str = "127.0.0.1"
    medilink_superset_port: int = 8089

    # --- API (backend/): checked by `require_api()` when the API is built, not by other commands
    # HS256 key for access tokens; 32 bytes at least (RFC 7518 §3.2). No default on purpose: a
    # server must not start with a guessable signing key.
    api_jwt_secret: Annotated[SecretStr, Field(min_length=32)] | None = None
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
    # --- metrics (issue 15)
    # Prometheus metrics listener of gunicorn's master; never the public port. 0: no listener.
    api_metrics_port: int = Field(default=9464, ge=0, le=65535)
    api_metrics_host: str = "127.0.0.1"

    @field_validator("flask_env", mode="before")
    @classmethod
    def _flask_env(cls, value: object) -> object:
        return value.strip().lower() if isinstance(value, str) else value

    @field_validator("api_ratelimit_storage_uri", mode="before")
    @classmethod
    def _blank_storage(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @property
    def ratelimit_storage(self) -> str:
        return self.api_ratelimit_storage_uri or "memory://"

    # --- database roles, research marts (issue 13)
    # Passwords `medilink db roles` gives the service roles (LOGIN is set only for those given).
    medilink_api_db_password: SecretStr | None = None
    medilink_pipeline_db_password: SecretStr | None = None
    medilink_dbt_db_password: SecretStr | None = None
    medilink_analyst_db_password: SecretStr | None = None
    medilink_reporting_db_password: SecretStr | None = None  # the Operations dashboards (Superset)
    # dbt connects as this user when set (medilink_dbt); otherwise as the warehouse user above.
    dbt_postgres_user: str | None = None
    dbt_postgres_password: SecretStr | None = None
    # HMAC-SHA256 key of research.*.patient_key; reaches PostgreSQL as a session setting only.
    medilink_pseudonym_key: SecretStr | None = Field(None, min_length=32)
    # Every released research row holds for at least this many people.
    medilink_research_k: int = Field(5, ge=2, le=1000)

    # --- retention (issue 13)
    # Days kept; the DAG `retention` and `medilink retention purge` remove what is older.
    medilink_retention_rejected_raw_days: int = Field(90, ge=1)  # etl.etl_rejected_rows.raw
    medilink_retention_staged_rows_days: int = Field(30, ge=1)  # etl.stage_* rows of finished batches
    medilink_retention_archive_days: int = Field(365, ge=1)  # S3 <prefix>/archive/
    medilink_retention_rejected_reports_days: int = Field(90, ge=1)  # S3 <prefix>/rejected/
    medilink_retention_audit_days: int = Field(2190, ge=2190)  # api.access_audit: six years at least

    @field_validator("postgres_host", mode="before")
    @classmethod
    def _clean_host(cls, value: str | None) -> str | None:
        return clean_host(value)

    @field_validator("postgres_port", mode="before")
    @classmethod
    def _default_port(cls, value: object) -> object:
        # An empty POSTGRES_PORT= in .env means "the default", not a crash in int().
        if value is None or (isinstance(value, str) and not value.strip()):
            return 5432
        return value

    @field_validator(
        "database_url",
        "aws_endpoint_url",
        "postgres_password",
        "aws_access_key_id",
        "aws_secret_access_key",
        "s3_input_prefix",
        "s3_archive_prefix",
        "postgres_sslmode",
        "postgres_sslrootcert",
        "medilink_alert_url",
        "medilink_metrics_textfile_dir",
        "medilink_airflow_statsd",
        "medilink_cloudwatch_heartbeat",
        "airflow_database_url",
        "airflow_api_url",
        "airflow_username",
        "airflow_password",
        "medilink_api_db_password",
        "medilink_pipeline_db_password",
        "medilink_dbt_db_password",
        "medilink_analyst_db_password",
        "medilink_reporting_db_password",
        "dbt_postgres_user",
        "dbt_postgres_password",
        "medilink_pseudonym_key",
        mode="before",
    )
    @classmethod
    def _empty_is_unset(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @field_validator("api_cors_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        if isinstance(value, str):
            return [origin.strip().rstrip("/") for origin in value.split(",") if origin.strip()]
        return value

    @field_validator("airflow_api_url", mode="after")
    @classmethod
    def _no_trailing_slash(cls, value: str | None) -> str | None:
        return value.rstrip("/") if value else value

    @field_validator("s3_prefix", mode="after")
    @classmethod
    def _strip_slashes(cls, value: str) -> str:
        return value.strip("/")

    @field_validator("s3_input_prefix", "s3_archive_prefix", mode="after")
    @classmethod
    def _folder(cls, value: str | None) -> str | None:
        folder = value.strip().strip("/") if value else ""
        return folder + "/" if folder else None

    @property
    def database_configured(self) -> bool:
        return bool(self.database_url or self.postgres_host)

    @property
    def sqlalchemy_url(self) -> str:
        """The warehouse URL for SQLAlchemy and Alembic (psycopg 3 driver)."""
        url = self.libpq_url
        return "postgresql+psycopg://" + url.split("://", 1)[1]

    @property
    def libpq_url(self) -> str:
        """The warehouse URL as libpq (psycopg, psql) reads it, with POSTGRES_SSLMODE/SSLROOTCERT."""
        return self._with_tls(self._base_libpq_url())

    def _with_tls(self, url: str) -> str:
        """Add sslmode/sslrootcert to the query unless the URL names them already (the URL wins)."""
        wanted = {"sslmode": self.postgres_sslmode, "sslrootcert": self.postgres_sslrootcert}
        base, _, query = url.partition("?")
        params = parse_qsl(query, keep_blank_values=True)
        present = {key for key, _value in params}
        added = [(key, value) for key, value in wanted.items() if value and key not in present]
        return f"{base}?{urlencode(params + added, safe='/')}" if added else url

    def _base_libpq_url(self) -> str:
        if self.database_url:
            scheme, rest = self.database_url.split("://", 1)
            return "postgresql://" + rest if scheme.startswith("postgres") else self.database_url
        if not self.postgres_host:
            raise RuntimeError(
                "No database configured: set DATABASE_URL or POSTGRES_HOST, "
                "or start the embedded stack with `medilink stack up`."
            )
        auth = quote(self.postgres_user, safe="")
        if self.postgres_password:
            auth += ":" + quote(self.postgres_password, safe="")
        return f"postgresql://{auth}@{self.postgres_host}:{self.postgres_port}/{self.postgres_db}"

    def role_libpq_url(self, user: str, password: SecretStr | None) -> str:
        """The warehouse URL with another user and password (a service's own role)."""
        from sqlalchemy.engine import make_url

        url = make_url(self.libpq_url).set(username=user, password=password.get_secret_value() if password else None)
        return url.render_as_string(hide_password=False)

    @property
    def pipeline_libpq_url(self) -> str:
        """The URL the pipeline (Airflow tasks) connects with: medilink_pipeline when its password
        is configured (MEDILINK_PIPELINE_DB_PASSWORD), else the warehouse user."""
        if self.medilink_pipeline_db_password is None:
            return self.libpq_url
        return self.role_libpq_url("medilink_pipeline", self.medilink_pipeline_db_password)

    @property
    def input_prefix(self) -> str:
        """Where uploads land, ending in `/`: S3_INPUT_PREFIX, else `<S3_PREFIX>/input/`."""
        return self.s3_input_prefix or f"{self.s3_prefix}/input/"

    @property
    def archive_prefix(self) -> str:
        """Where processed files go, ending in `/`: S3_ARCHIVE_PREFIX, else `<S3_PREFIX>/archive/`."""
        return self.s3_archive_prefix or f"{self.s3_prefix}/archive/"

    # --- API (backend/)
    def require_api(self) -> Settings:
        """The API's own settings are complete: raises `ApiSettingsMissing` naming what is not."""
        if self.api_jwt_secret is None:
            raise ApiSettingsMissing("API_JWT_SECRET is not set (32 characters at least; the API signs tokens with it)")
        return self

    @property
    def max_upload_bytes(self) -> int:
        return self.api_max_upload_mb * 1024 * 1024

    @property
    def airflow_enabled(self) -> bool:
        return bool(self.airflow_api_url)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
