"""Every setting of the platform, read once from the environment and `.env`.

Precedence (highest first): process environment, `.env` in the working directory, then the
`stack.env` written by `medilink stack up` (so a running embedded stack is found without exports).
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

from pydantic import Field, SecretStr, field_validator
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
    aws_default_region: str = "us-east-1"
    # Only for non-AWS S3 servers (the embedded stack writes them to stack.env); on AWS leave
    # them unset and boto3's chain finds the instance role.
    aws_access_key_id: str | None = None
    aws_secret_access_key: str | None = None

    medilink_home: Path = Field(default_factory=default_home)

    # --- database roles, research marts (issue 13)
    # Passwords `medilink db roles` gives the service roles (LOGIN is set only for those given).
    medilink_api_db_password: SecretStr | None = None
    medilink_pipeline_db_password: SecretStr | None = None
    medilink_dbt_db_password: SecretStr | None = None
    medilink_analyst_db_password: SecretStr | None = None
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
        "medilink_api_db_password",
        "medilink_pipeline_db_password",
        "medilink_dbt_db_password",
        "medilink_analyst_db_password",
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

    @field_validator("s3_prefix", mode="after")
    @classmethod
    def _strip_slashes(cls, value: str) -> str:
        return value.strip("/")

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
        """The warehouse URL as libpq (psycopg, psql) reads it."""
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
        return f"{self.s3_prefix}/input/"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
