"""Fixtures for the API tests: an app bound to the session's test database and S3, API clients of
every role, and small factories that write rows the way the API does."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import psycopg
import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from backend.app import create_app
from backend.clients import NewClient, create_client
from backend.extensions import limiter
from elt.settings import Settings


def make_api_settings(base: Settings, **overrides: Any) -> Settings:
    """The session's settings plus what the API needs (a signing key, generous rate limits), built
    and validated afresh (env files and the environment play no part: every field is given)."""
    values: dict[str, Any] = base.model_dump() | {
        "api_jwt_secret": secrets.token_urlsafe(48),
        "api_rate_limit_token": "10000 per minute",
        "api_rate_limit_upload": "10000 per minute",
        "api_rate_limit_default": "100000 per minute",
        "api_rate_limit_exact_count": "100000 per minute",
        "api_rate_limit_export": "100000 per minute",
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)


@pytest.fixture(scope="session")
def api_settings(settings: Settings) -> Settings:
    return make_api_settings(settings)


def dispose(application) -> None:
    """Wait for background pipeline runs, close pooled connections (no unraisable warnings)."""
    application.extensions["medilink.runner"].wait(120)
    application.extensions["medilink.fhir_runner"].wait(120)
    application.extensions["medilink.db"].engine.dispose()


@pytest.fixture(scope="session")
def app(api_settings: Settings):
    application = create_app(api_settings)
    application.config["TESTING"] = True
    yield application
    dispose(application)


@pytest.fixture
def http(app):
    limiter.reset()
    return app.test_client()


@pytest.fixture
def api_db(clean_db: str) -> str:
    """Empty production, pipeline and api tables (reference data stays)."""
    with psycopg.connect(clean_db, autocommit=True) as conn:
        conn.execute("truncate api.access_audit, api.uploads, api.clients restart identity cascade")
    return clean_db


@pytest.fixture
def sa_session(settings: Settings) -> Iterator[Session]:
    engine = create_engine(settings.sqlalchemy_url)
    with Session(engine) as session:
        yield session
    engine.dispose()


@dataclass
class Caller:
    """An API client with a token: `caller.get(path)` etc. send the bearer header."""

    http: Any
    client: NewClient
    token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def open(self, path: str, method: str = "GET", **kwargs: Any):
        return self.http.open(path, method=method, headers={**self.headers, **kwargs.pop("headers", {})}, **kwargs)

    def get(self, path: str, **kwargs: Any):
        return self.open(path, "GET", **kwargs)

    def post(self, path: str, **kwargs: Any):
        return self.open(path, "POST", **kwargs)

    def patch(self, path: str, **kwargs: Any):
        return self.open(path, "PATCH", **kwargs)


def issue(http, client: NewClient) -> str:
    response = http.post(
        "/api/v1/auth/token",
        data={"grant_type": "client_credentials", "client_id": client.client_id, "client_secret": client.client_secret},
    )
    assert response.status_code == 200, response.get_json()
    return response.get_json()["access_token"]


@pytest.fixture
def caller(http, sa_session, api_db) -> Callable[..., Caller]:
    """caller("admin") / caller("facility", facility_id) / caller("analyst")."""

    def make(role: str, facility_id: int | None = None) -> Caller:
        client = create_client(sa_session, role, facility_id)
        return Caller(http, client, issue(http, client))

    return make


@pytest.fixture
def admin(caller) -> Caller:
    return caller("admin")


@pytest.fixture
def analyst(caller) -> Caller:
    return caller("analyst")


# ---------------------------------------------------------------- factories (through the API)
FACILITY = {
    "name": "Ikeja General Hospital",
    "state": "Lagos",
    "lga": "Ikeja",
    "type": "General Hospital",
    "facility_code": "LA-IKJ-001",
    "phone": "08031234567",
}


@pytest.fixture
def make_facility(admin) -> Callable[..., dict]:
    def make(**fields: Any) -> dict:
        body = {**FACILITY, **fields}
        response = admin.post("/api/v1/facilities", json=body)
        assert response.status_code == 201, response.get_json()
        return response.get_json()

    return make


@pytest.fixture
def make_patient(admin) -> Callable[..., dict]:
    def make(facility_id: int, **fields: Any) -> dict:
        body = {
            "facility_id": facility_id,
            "first_name": "Ada",
            "last_name": "Obi",
            "sex": "F",
            "dob": "1990-05-17",
            **fields,
        }
        response = admin.post("/api/v1/patients", json=body)
        assert response.status_code == 201, response.get_json()
        return response.get_json()

    return make


def audit_rows(database_url: str) -> list[tuple]:
    with psycopg.connect(database_url) as conn:
        return conn.execute(
            "select who, role, action, resource, ids, request_id from api.access_audit order by id"
        ).fetchall()
