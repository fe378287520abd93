"""Tokens: OAuth2 client credentials, bearer checks on every /api route, revocation, rate limits."""

from __future__ import annotations

import base64
import time
from datetime import UTC, datetime, timedelta

import jwt
import pytest
from conftest import issue, make_api_settings
from sqlalchemy import text

from backend.app import create_app
from backend.clients import create_client, revoke_client
from backend.extensions import limiter

TOKEN_URL = "/api/v1/auth/token"
PUBLIC = {"/health", "/", "/openapi.json", "/docs", "/docs/oauth2-redirect", "/api/v1/auth/token"}


def test_form_credentials_give_a_short_lived_hs256_token_with_role_facility_and_jti(
    http, sa_session, api_db, api_settings, make_facility
):
    facility = make_facility()
    client = create_client(sa_session, "facility", facility["id"])
    response = http.post(
        TOKEN_URL,
        data={"grant_type": "client_credentials", "client_id": client.client_id, "client_secret": client.client_secret},
    )
    assert response.status_code == 200
    body = response.get_json()
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 900
    assert (body["role"], body["facility_id"]) == ("facility", facility["id"])
    assert response.headers["Cache-Control"] == "no-store"
    claims = jwt.decode(
        body["access_token"], api_settings.api_jwt_secret.get_secret_value(), algorithms=["HS256"], audience="medilink"
    )
    assert claims["sub"] == client.client_id
    assert (claims["role"], claims["facility_id"]) == ("facility", facility["id"])
    assert len(claims["jti"]) == 32
    assert claims["exp"] - claims["iat"] == 900
    assert jwt.get_unverified_header(body["access_token"])["alg"] == "HS256"


def test_json_body_and_http_basic_credentials_work_too(http, sa_session, api_db):
    client = create_client(sa_session, "analyst")
    by_json = http.post(TOKEN_URL, json={"client_id": client.client_id, "client_secret": client.client_secret})
    basic = base64.b64encode(f"{client.client_id}:{client.client_secret}".encode()).decode()
    by_basic = http.post(
        TOKEN_URL, data={"grant_type": "client_credentials"}, headers={"Authorization": f"Basic {basic}"}
    )
    assert by_json.status_code == 200 and by_json.get_json()["role"] == "analyst"
    assert by_basic.status_code == 200 and by_basic.get_json()["role"] == "analyst"


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"client_secret": "x"}, 400, "invalid_request"),
        ({"client_id": "mlk_x"}, 400, "invalid_request"),
        ({"grant_type": "password", "client_id": "a", "client_secret": "b"}, 400, "unsupported_grant_type"),
        ({"client_id": "mlk_unknown0000000000", "client_secret": "whatever"}, 401, "invalid_client"),
    ],
)
def test_bad_token_requests_are_refused_with_the_error_shape(http, api_db, body, status, code):
    response = http.post(TOKEN_URL, data=body)
    assert response.status_code == status
    assert response.get_json()["code"] == code
    assert set(response.get_json()) == {"code", "message", "details"}


def test_a_wrong_secret_and_a_revoked_client_get_no_token(http, sa_session, api_db):
    client = create_client(sa_session, "admin")
    wrong = http.post(TOKEN_URL, data={"client_id": client.client_id, "client_secret": client.client_secret + "x"})
    assert wrong.status_code == 401 and wrong.get_json()["code"] == "invalid_client"
    assert revoke_client(sa_session, client.client_id)
    revoked = http.post(TOKEN_URL, data={"client_id": client.client_id, "client_secret": client.client_secret})
    assert revoked.status_code == 401 and revoked.get_json()["code"] == "invalid_client"


def test_secrets_are_stored_as_argon2_hashes_only(sa_session, api_db):
    client = create_client(sa_session, "admin")
    stored = sa_session.execute(
        text("select secret_hash from api.clients where client_id = :id"), {"id": client.client_id}
    ).scalar_one()
    assert stored.startswith("$argon2id$")
    assert client.client_secret not in stored


def _api_rules(app) -> list[tuple[str, str]]:
    rules = []
    for rule in app.url_map.iter_rules():
        if rule.rule in PUBLIC or rule.endpoint == "static" or not rule.rule.startswith("/api/"):
            continue
        path = rule.rule
        for name in rule.arguments:
            path = path.replace(f"<int:{name}>", "1").replace(f"<uuid:{name}>", "00000000-0000-0000-0000-000000000001")
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            rules.append((method, path))
    return rules


def test_every_api_route_except_the_token_endpoint_answers_401_without_a_token(app, http, api_db):
    rules = _api_rules(app)
    assert len(rules) >= 25  # every entity, analytics, uploads, batches
    for method, path in rules:
        response = http.open(path, method=method)
        assert response.status_code == 401, (method, path, response.status_code)
        assert response.get_json()["code"] == "unauthorized"
        assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_health_root_and_docs_need_no_token(http, api_db):
    assert http.get("/health").status_code == 200
    assert http.get("/").status_code == 200
    assert http.get("/openapi.json").status_code == 200
    assert http.get("/docs").status_code == 200


def test_expired_tampered_and_foreign_tokens_are_rejected_with_their_reason(http, api_settings, admin):
    secret = api_settings.api_jwt_secret.get_secret_value()
    now = datetime.now(UTC)
    base = {
        "iss": "medilink-api",
        "aud": "medilink",
        "sub": admin.client.client_id,
        "role": "admin",
        "facility_id": None,
        "jti": "j" * 32,
    }
    expired = jwt.encode({**base, "iat": now - timedelta(hours=2), "exp": now - timedelta(hours=1)}, secret, "HS256")
    foreign = jwt.encode({**base, "iat": now, "exp": now + timedelta(minutes=5)}, "another-secret-" * 4, "HS256")
    header, payload, signature = admin.token.split(".")
    tampered = ".".join([header, payload, signature[::-1]])
    cases = {
        expired: "token_expired",
        foreign: "invalid_token",
        tampered: "invalid_token",
        "not-a-jwt": "invalid_token",
    }
    for token, code in cases.items():
        response = http.get("/api/v1/facilities", headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 401, code
        assert response.get_json()["code"] == code


def test_a_revoked_clients_existing_tokens_stop_working_at_once(http, admin, sa_session):
    assert admin.get("/api/v1/facilities").status_code == 200
    assert revoke_client(sa_session, admin.client.client_id)
    response = admin.get("/api/v1/facilities")
    assert response.status_code == 401
    assert response.get_json()["code"] == "token_revoked"


def test_a_token_outlives_its_ttl_by_no_more_than_the_leeway(settings, sa_session, api_db):
    short = create_app(make_api_settings(settings, api_token_ttl_seconds=60))
    try:
        client = create_client(sa_session, "admin")
        http = short.test_client()
        token = issue(http, client)
        claims = jwt.decode(token, options={"verify_signature": False})
        assert claims["exp"] - claims["iat"] == 60
        # a token whose exp lies in the past (beyond the 5 s leeway) is refused
        secret = short.config["MEDILINK_API_SETTINGS"].api_jwt_secret.get_secret_value()
        stale = jwt.encode({**claims, "exp": int(time.time()) - 6}, secret, "HS256")
        response = http.get("/api/v1/facilities", headers={"Authorization": f"Bearer {stale}"})
        assert response.get_json()["code"] == "token_expired"
    finally:
        short.extensions["medilink.db"].engine.dispose()


def test_the_token_endpoint_is_rate_limited_per_address(settings, sa_session, api_db):
    limited = create_app(make_api_settings(settings, api_rate_limit_token="3 per minute"))
    try:
        limiter.reset()
        client = create_client(sa_session, "analyst")
        http = limited.test_client()
        form = {"client_id": client.client_id, "client_secret": client.client_secret}
        statuses = [http.post(TOKEN_URL, data=form).status_code for _ in range(4)]
        assert statuses == [200, 200, 200, 429]
        refused = http.post(TOKEN_URL, data=form)
        assert refused.get_json()["code"] == "rate_limited"
        assert int(refused.headers["Retry-After"]) > 0
    finally:
        limiter.reset()
        limited.extensions["medilink.db"].engine.dispose()
