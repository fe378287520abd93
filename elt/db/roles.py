"""The service roles migrations 0007 and 0010 create (NOLOGIN), and giving them LOGIN with a password.

Passwords are hashed here (SCRAM-SHA-256, by libpq) before they reach the server, so no plain
password appears in a statement, a server log or pg_stat_activity.
"""

from __future__ import annotations

from dataclasses import dataclass

import psycopg
from psycopg import sql
from pydantic import SecretStr

from elt.settings import Settings


@dataclass(frozen=True)
class ServiceRole:
    name: str
    password_setting: str  # the Settings field (environment variable, upper-cased) with its password
    purpose: str


ROLES = (
    ServiceRole("medilink_api", "medilink_api_db_password", "the REST API"),
    ServiceRole("medilink_pipeline", "medilink_pipeline_db_password", "the ingest pipeline (Airflow tasks)"),
    ServiceRole("medilink_dbt", "medilink_dbt_db_password", "dbt"),
    ServiceRole("medilink_analyst", "medilink_analyst_db_password", "analysts' SQL access to research"),
    ServiceRole("medilink_reporting", "medilink_reporting_db_password", "the admin Operations dashboards (0010)"),
)


def password_for(settings: Settings, role: ServiceRole) -> SecretStr | None:
    return getattr(settings, role.password_setting)


def enable_login(conn: psycopg.Connection, settings: Settings) -> list[tuple[str, str]]:
    """LOGIN + password for every role whose password is configured; returns (role, outcome)."""
    outcomes = []
    for role in ROLES:
        password = password_for(settings, role)
        exists = conn.execute("select 1 from pg_roles where rolname = %s", (role.name,)).fetchone()
        if not exists:
            outcomes.append((role.name, "missing: run `medilink db upgrade` first"))
            continue
        if password is None:
            outcomes.append((role.name, f"unchanged: {role.password_setting.upper()} is not set"))
            continue
        verifier = conn.pgconn.encrypt_password(
            password.get_secret_value().encode(), role.name.encode(), b"scram-sha-256"
        ).decode()
        conn.execute(
            sql.SQL("alter role {} login password {}").format(sql.Identifier(role.name), sql.Literal(verifier))
        )
        outcomes.append((role.name, "login enabled"))
    return outcomes
