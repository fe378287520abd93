"""Fixtures for the contract tests: the API bound to the session's test database, an admin token
(the one addition the document's requests get), and an empty database whose ids start at 1, as
the document's examples (`facility_id=1`, `patient_id=1`) assume."""

from __future__ import annotations

import secrets

import pytest
from contract_support import admin_bearer, empty

from backend.app import create_app
from elt.settings import Settings


@pytest.fixture(scope="module")
def contract_app(settings: Settings):
    api_settings = Settings(
        _env_file=None,
        **settings.model_dump()
        | {
            "api_jwt_secret": secrets.token_urlsafe(48),
            "api_rate_limit_token": "10000 per minute",
            "api_rate_limit_upload": "10000 per minute",
            "api_rate_limit_default": "100000 per minute",
        },
    )
    application = create_app(api_settings)
    application.config["TESTING"] = True
    yield application
    application.extensions["medilink.runner"].wait(120)
    application.extensions["medilink.db"].engine.dispose()


@pytest.fixture
def empty_db(database_url: str) -> str:
    empty(database_url)
    return database_url


@pytest.fixture
def bearer(contract_app, settings: Settings, empty_db: str) -> dict[str, str]:
    return admin_bearer(contract_app, settings)
