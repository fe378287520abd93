"""Helpers the contract tests share (imported by name; conftest.py holds only fixtures)."""

from __future__ import annotations

import psycopg
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from backend.clients import create_client
from backend.extensions import limiter
from elt.settings import Settings


def empty(database_url: str) -> None:
    """No rows anywhere (reference data stays) and every identity restarted at 1."""
    tables = ", ".join(
        (
            "public.triage_visits, public.medical_records, public.workers, public.patients, public.facilities",
            "etl.etl_rejected_rows, etl.etl_audit_log, etl.etl_files, etl.etl_batches",
            "api.access_audit, api.uploads, api.clients",
        )
    )
    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute(f"truncate {tables} restart identity cascade")


def admin_bearer(contract_app, settings: Settings) -> dict[str, str]:
    """`Authorization: Bearer …` of a new admin client."""
    limiter.reset()
    engine = create_engine(settings.sqlalchemy_url)
    with Session(engine) as session:
        client = create_client(session, "admin", None)
    engine.dispose()
    response = contract_app.test_client().post(
        "/api/v1/auth/token",
        data={"grant_type": "client_credentials", "client_id": client.client_id, "client_secret": client.client_secret},
    )
    assert response.status_code == 200, response.get_json()
    return {"Authorization": f"Bearer {response.get_json()['access_token']}"}
