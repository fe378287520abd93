"""Every setting of the platform, read once from the environment and `.env`.

Precedence (highest first): process environment, `.env` in the working directory, then the
`stack.env` written by `medilink stack up` (so a running embedded stack is found without exports).
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal
from urllib.parse import parse_qsl, quote, urlencode

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def default_home() -> Path:
    """The `.medilink/` state folder: embedded stack data, logs, generated secrets."""
    return Path(os.environ.get("MEDILINK_HOME") or PROJECT_ROOT / ".medilink")


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


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=(str(default_home() / "stack.env"), ".env"),
        env_file_encoding="utf-8",
        extra="ignore",
        case_sensitive=False,
    )

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
        mode="before",
    )
    @classmethod
    def _empty_is_unset(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            return None
        return value

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

    @property
    def input_prefix(self) -> str:
        """Where uploads land, ending in `/`: S3_INPUT_PREFIX, else `<S3_PREFIX>/input/`."""
        return self.s3_input_prefix or f"{self.s3_prefix}/input/"

    @property
    def archive_prefix(self) -> str:
        """Where processed files go, ending in `/`: S3_ARCHIVE_PREFIX, else `<S3_PREFIX>/archive/`."""
        return self.s3_archive_prefix or f"{self.s3_prefix}/archive/"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
