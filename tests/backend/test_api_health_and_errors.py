"""/health, /, /openapi.json, request ids, and the one error shape (never internals)."""

from __future__ import annotations

import logging
import re
import socket

import pytest
from conftest import make_api_settings

from backend.app import create_app
from elt.settings import Settings


def test_health_reports_ok_with_a_timestamp_and_the_database(http):
    response = http.get("/health")
    body = response.get_json()
    assert response.status_code == 200
    assert (body["status"], body["database"]) == ("healthy", "connected")
    assert re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", body["timestamp"])


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def app_without_database(settings: Settings):
    """The API pointed at a port where no database listens (a database outage)."""
    down = settings.model_copy(
        update={"database_url": f"postgresql://medilink:secret-pw@127.0.0.1:{_closed_port()}/medilink"}
    )
    application = create_app(make_api_settings(down))
    yield application
    application.extensions["medilink.db"].engine.dispose()


def test_health_is_503_without_host_names_or_error_texts_when_the_database_is_down(app_without_database):
    response = app_without_database.test_client().get("/health")
    assert response.status_code == 503
    body = response.get_json()
    assert (body["status"], body["database"]) == ("unhealthy", "disconnected")
    text = response.get_data(as_text=True)
    for leak in ("127.0.0.1", "localhost", "secret-pw", "psycopg", "connection", "Traceback"):
        assert leak not in text


def test_an_api_call_during_a_database_outage_is_a_503_in_the_error_shape(app_without_database):
    http = app_without_database.test_client()
    response = http.post("/api/v1/auth/token", data={"client_id": "mlk_abcdefgh", "client_secret": "x"})
    assert response.status_code == 503
    body = response.get_json()
    assert body["code"] == "service_unavailable"
    assert body["details"]["request_id"] == response.headers["X-Request-ID"]
    assert "127.0.0.1" not in response.get_data(as_text=True)


def test_the_root_page_links_the_interactive_docs_and_the_openapi_document(http):
    response = http.get("/")
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    page = response.get_data(as_text=True)
    assert 'href="/docs"' in page and 'href="/openapi.json"' in page
    assert http.get("/docs").status_code == 200


def test_the_openapi_document_describes_every_resource_and_the_bearer_scheme(http):
    spec = http.get("/openapi.json").get_json()
    assert spec["openapi"].startswith("3.1")
    assert spec["components"]["securitySchemes"]["BearerAuth"]["scheme"] == "bearer"
    for path in (
        "/api/v1/facilities",
        "/api/v1/patients/{patient_id}",
        "/api/v1/workers",
        "/api/v1/medical-records",
        "/api/v1/triage-visits",
        "/api/v1/analytics/facility-stats",
        "/api/v1/analytics/triage-trends",
        "/api/v1/uploads",
        "/api/v1/batches/{batch_id}/errors",
        "/api/v1/auth/token",
    ):
        assert path in spec["paths"], path
    assert spec["paths"]["/api/v1/patients"]["get"]["security"] == [{"BearerAuth": []}]
    assert "security" not in spec["paths"]["/health"]["get"]
    error = spec["components"]["schemas"]["HTTPError"]
    assert error["required"] == ["code", "message", "details"]


def test_the_request_id_is_always_the_servers_own_and_an_incoming_one_never_replaces_it(http):
    fresh = http.get("/health")
    assert re.fullmatch(r"[0-9a-f]{32}", fresh.headers["X-Request-ID"])
    sent = http.get("/health", headers={"X-Request-ID": "edge-proxy.42"})
    assert re.fullmatch(r"[0-9a-f]{32}", sent.headers["X-Request-ID"])
    assert sent.headers["X-Request-ID"] != fresh.headers["X-Request-ID"]
    replaced = http.get("/health", headers={"X-Request-ID": "bad id <script>" + "x" * 80})
    assert re.fullmatch(r"[0-9a-f]{32}", replaced.headers["X-Request-ID"])


def test_unknown_routes_and_methods_answer_in_the_error_shape(http, admin):
    missing = admin.get("/api/v1/nothing-here")
    assert missing.status_code == 404
    assert missing.get_json()["code"] == "not_found"
    wrong_method = admin.open("/api/v1/facilities", method="DELETE")
    assert wrong_method.status_code == 405
    assert set(wrong_method.get_json()) == {"code", "message", "details"}


def test_malformed_json_is_a_400_not_a_stack_trace(admin):
    response = admin.post("/api/v1/facilities", data="{not json", content_type="application/json")
    assert response.status_code == 400
    assert response.get_json()["code"] == "bad_request"
    assert "Traceback" not in response.get_data(as_text=True)


def test_an_unexpected_error_is_a_500_with_only_the_request_id_and_the_log_has_the_traceback(settings, caplog, api_db):
    application = create_app(make_api_settings(settings))

    @application.get("/api/v1/explode")
    def explode():
        raise RuntimeError("secret internal detail at db.internal.example:5432")

    try:
        with caplog.at_level(logging.ERROR, logger="backend.errors"):
            response = application.test_client().get("/api/v1/explode", headers={"X-Request-ID": "req-500-test"})
        assert response.status_code == 500
        body = response.get_json()
        request_id = response.headers["X-Request-ID"]
        assert re.fullmatch(r"[0-9a-f]{32}", request_id)
        assert body == {
            "code": "internal_error",
            "message": "Internal server error.",
            "details": {"request_id": request_id},
        }
        assert "db.internal.example" not in response.get_data(as_text=True)
        logged = [record for record in caplog.records if request_id in record.getMessage()]
        assert logged and logged[0].exc_info is not None
    finally:
        application.extensions["medilink.db"].engine.dispose()


def test_the_seed_api_paths_answer_like_the_v1_paths(admin, make_facility):
    facility = make_facility()
    legacy = admin.get(f"/api/facilities/{facility['id']}")
    canonical = admin.get(f"/api/v1/facilities/{facility['id']}")
    assert legacy.status_code == canonical.status_code == 200
    assert legacy.get_json() == canonical.get_json()
    assert admin.get("/api/facilities?per_page=1").get_json()["total"] == 1


def test_cors_is_off_by_default_and_allows_only_the_configured_origins(settings, http, api_db):
    assert (
        "Access-Control-Allow-Origin" not in http.get("/api/v1/facilities", headers={"Origin": "https://x.org"}).headers
    )
    application = create_app(
        make_api_settings(settings, api_cors_origins="https://dash.example.org, https://ops.example.org")
    )
    try:
        client = application.test_client()
        allowed = client.get("/api/v1/facilities", headers={"Origin": "https://dash.example.org"})
        other = client.get("/api/v1/facilities", headers={"Origin": "https://evil.example.com"})
        assert allowed.headers["Access-Control-Allow-Origin"] == "https://dash.example.org"
        assert "Access-Control-Allow-Origin" not in other.headers
        preflight = client.options(
            "/api/v1/patients",
            headers={
                "Origin": "https://ops.example.org",
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "Authorization",
            },
        )
        assert preflight.headers["Access-Control-Allow-Origin"] == "https://ops.example.org"
        assert "authorization" in preflight.headers["Access-Control-Allow-Headers"].lower()
    finally:
        application.extensions["medilink.db"].engine.dispose()


def test_flask_env_development_logs_each_request_without_its_query_string(settings, caplog, api_db):
    backend_log = logging.getLogger("backend")
    saved = (backend_log.level, list(backend_log.handlers))
    application = create_app(make_api_settings(settings, flask_env="Development"))
    try:
        with caplog.at_level(logging.DEBUG, logger="backend"):
            response = application.test_client().get("/health?name=Ada+Obi", headers={"X-Request-ID": "dev-1"})
        assert response.status_code == 200
        lines = [record.getMessage() for record in caplog.records if record.name == "backend.requests"]
        # the server's own request id, never the caller's (X-Request-ID is stored apart, issue 12)
        assert lines == [f"GET /health -> 200 [{response.headers['X-Request-ID']}]"]
        assert "dev-1" not in lines[0] and "Ada" not in lines[0]
        assert backend_log.level == logging.DEBUG
    finally:
        backend_log.setLevel(saved[0])
        backend_log.handlers[:] = saved[1]
        application.extensions["medilink.db"].engine.dispose()


def test_flask_env_accepts_only_the_documents_two_values(settings):
    assert make_api_settings(settings).flask_env == "production"
    with pytest.raises(ValueError, match="flask_env"):
        make_api_settings(settings, flask_env="staging")
