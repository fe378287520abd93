"""Security headers on every response; /docs from the flask-swagger-ui package's files, or off."""

from __future__ import annotations

import re
from pathlib import Path

import flask_swagger_ui
import pytest
from conftest import dispose, make_api_settings

from backend.app import create_app

ASSETS = Path(flask_swagger_ui.__file__).parent / "dist"


def _responses(http, admin) -> dict[str, object]:
    return {
        "health": http.get("/health"),
        "index": http.get("/"),
        "spec": http.get("/openapi.json"),
        "docs": http.get("/docs"),
        "anonymous 401": http.get("/api/v1/patients"),
        "admin 200": admin.get("/api/v1/facilities"),
        "admin 404": admin.get("/api/v1/patients/987654"),
        "unknown route": admin.get("/api/v1/nothing-here"),
        "token 401": http.post("/api/v1/auth/token", data={"client_id": "mlk_nobody123", "client_secret": "x"}),
    }


def test_every_response_says_no_store_and_nosniff_and_no_hsts_without_a_proxy(http, admin):
    for name, response in _responses(http, admin).items():
        assert response.headers["Cache-Control"] == "no-store", name
        assert response.headers["X-Content-Type-Options"] == "nosniff", name
        assert "Strict-Transport-Security" not in response.headers, name


def test_behind_a_tls_proxy_every_response_carries_hsts(settings, api_db):
    application = create_app(make_api_settings(settings, api_proxy_hops=1))
    try:
        http = application.test_client()
        for path in ("/health", "/api/v1/patients", "/docs", "/openapi.json"):
            response = http.get(path)
            assert response.headers["Strict-Transport-Security"] == "max-age=63072000; includeSubDomains", path
            assert response.headers["Cache-Control"] == "no-store", path
    finally:
        dispose(application)


def test_docs_load_swagger_ui_only_from_this_server_and_the_files_are_the_packages(http):
    page = http.get("/docs").get_data(as_text=True)
    sources = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert sources, page
    assert all(source.startswith("/") and not source.startswith("//") for source in sources), sources
    assert "cdn" not in page.lower()
    for name in ("swagger-ui.css", "swagger-ui-bundle.js", "swagger-ui-standalone-preset.js"):
        url = f"/docs/assets/{name}"
        assert url in sources
        with http.get(url) as response:
            assert response.status_code == 200, name
            assert response.data == (ASSETS / name).read_bytes()
            assert response.headers["X-Content-Type-Options"] == "nosniff"
            assert response.mimetype in ("text/css", "text/javascript", "application/javascript")


@pytest.mark.parametrize("name", ["index.html", "../__init__.py", "swagger-ui.js.map", "nothing.js"])
def test_only_the_docs_own_assets_are_served(http, name):
    assert http.get(f"/docs/assets/{name}").status_code == 404


def test_docs_can_be_turned_off(settings, api_db):
    application = create_app(make_api_settings(settings, api_docs_enabled=False))
    try:
        http = application.test_client()
        assert http.get("/docs").status_code == 404
        with http.get("/docs/assets/swagger-ui-bundle.js") as response:
            assert response.status_code == 404
        assert http.get("/health").status_code == 200
    finally:
        dispose(application)
