"""Fixtures for the contract tests: the API bound to the session's test database, an admin token
(the one addition the document's requests get), and an empty database whose ids start at 1, as
the document's examples (`facility_id=1`, `patient_id=1`) assume."""

from __future__ import annotations

import secrets

import psycopg
import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from backend.app import create_app
from backend.clients import create_client
from backend.extensions import limiter
from backend.settings import ApiSettings
from elt.settings import Settings


@pytest.fixture(scope="module")
def contract_app(settings: Settings):
    api_settings = ApiSettings(
        _env_file=None,
        api_jwt_secret=secrets.token_urlsafe(48),
        api_rate_limit_token="10000 per minute",
        api_rate_limit_upload="10000 per minute",
    )
    application = create_app(settings, api_settings)
    application.config["TESTING"] = True
    yield application
    application.extensions["medilink.runner"].wait(120)
    application.extensions["medilink.db"].engine.dispose()


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


@pytest.fixture
def empty_db(database_url: str) -> str:
    empty(database_url)
    return database_url


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


@pytest.fixture
def bearer(contract_app, settings: Settings, empty_db: str) -> dict[str, str]:
    return admin_bearer(contract_app, settings)
