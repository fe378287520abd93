"""Rate limits: a default per client on every route, stricter ones for count=exact and CSV exports,
counts shared through Redis between gunicorn workers, and a cap on concurrent secret verification."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid

import psycopg
import pytest
import redis
from conftest import Caller, dispose, issue, make_api_settings

from backend.api.auth import VERIFY_LOCK_KEY
from backend.app import create_app
from backend.clients import create_client
from backend.extensions import limiter
from backend.ratelimit_storage import SweepingMemoryStorage
from elt.settings import Settings
from elt.stack.ports import free_port

REDIS_URL = "redis://127.0.0.1:6379/0"


@pytest.fixture
def limited(settings, sa_session, api_db):
    """make(**limits) → (app, admin caller, analyst caller) on an app with those limits."""
    made = []

    def make(**limits: str):
        application = create_app(make_api_settings(settings, **limits))
        made.append(application)
        http = application.test_client()
        callers = []
        for role in ("admin", "analyst"):
            client = create_client(sa_session, role)
            callers.append(Caller(http, client, issue(http, client)))
        limiter.reset()
        return application, *callers

    yield make
    for application in made:
        dispose(application)


def test_the_storage_is_redis_when_configured_or_redis_url_is_set_and_memory_otherwise(clean_environment):
    secret = "s" * 40
    assert Settings(_env_file=None, api_jwt_secret=secret).ratelimit_storage == "memory://"
    assert Settings(_env_file=None, api_jwt_secret=secret, redis_url=REDIS_URL).ratelimit_storage == REDIS_URL
    both = Settings(
        _env_file=None, api_jwt_secret=secret, api_ratelimit_storage_uri="redis://limits:6379/1", redis_url=REDIS_URL
    )
    assert both.ratelimit_storage == "redis://limits:6379/1"


def test_the_default_limit_counts_per_client_on_every_route(limited):
    _, admin, analyst = limited(api_rate_limit_default="3 per minute")
    statuses = [admin.get("/api/v1/facilities").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    limited_response = admin.get("/api/v1/facilities")
    assert limited_response.get_json()["code"] == "rate_limited"
    assert int(limited_response.headers["Retry-After"]) > 0
    # another client has its own count, and each route its own (analysts read /research, not /facilities)
    assert analyst.get("/api/v1/research/condition-counts").status_code != 429
    assert admin.get("/api/v1/analytics/facility-stats").status_code == 200


def test_count_exact_has_a_stricter_limit_shared_by_every_list(limited):
    _, admin, _ = limited(api_rate_limit_exact_count="2 per minute")
    assert admin.get("/api/v1/patients?count=exact").status_code == 200
    assert admin.get("/api/v1/medical-records?count=exact").status_code == 200
    assert admin.get("/api/v1/triage-visits?count=exact").status_code == 429
    # lists without count=exact are not held back by it
    assert admin.get("/api/v1/triage-visits").status_code == 200


def test_csv_exports_have_a_stricter_limit(limited):
    _, admin, _ = limited(api_rate_limit_export="2 per minute")
    statuses = [admin.get("/api/v1/batches/1/errors?format=csv").status_code for _ in range(2)]
    assert 429 not in statuses
    assert admin.get("/api/v1/batches/1/errors", headers={"Accept": "text/csv"}).status_code == 429
    assert admin.get("/api/v1/batches/1/errors").status_code != 429


def test_the_embedded_memory_storage_starts_no_thread_per_request(limited):
    _, admin, _ = limited()
    storage = limiter.storage
    assert isinstance(storage, SweepingMemoryStorage)
    timer = storage.timer
    before = threading.active_count()
    for _ in range(20):
        assert admin.get("/api/v1/facilities").status_code == 200
    assert storage.timer is timer
    assert threading.active_count() <= before


def test_token_requests_wait_for_a_free_verification_slot_across_all_workers(http, sa_session, api_db, api_settings):
    client = create_client(sa_session, "admin")
    credentials = {"client_id": client.client_id, "client_secret": client.client_secret}
    slots = api_settings.api_token_verify_concurrency
    with psycopg.connect(api_db, autocommit=True) as holder:
        # another worker (this connection) is verifying `slots` secrets right now
        holder.execute(
            "select pg_advisory_lock(%s, slot) from generate_series(0, %s - 1) as slot", (VERIFY_LOCK_KEY, slots)
        )
        busy = http.post("/api/v1/auth/token", data=credentials)
        assert busy.status_code == 503
        assert busy.get_json()["code"] == "busy"
        assert int(busy.headers["Retry-After"]) >= 1  # Flask-Limiter may raise it to its window's reset
        holder.execute("select pg_advisory_unlock(%s, 0)", (VERIFY_LOCK_KEY,))
        assert http.post("/api/v1/auth/token", data=credentials).status_code == 200


def _post_token(port: int) -> int:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/api/v1/auth/token",
        data=b"client_id=mlk_nobody123&client_secret=wrong",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 (loopback)
            return response.status
    except urllib.error.HTTPError as error:
        error.close()
        return error.code


def test_gunicorn_workers_share_counts_through_redis(tmp_path, database_url, settings):
    prefix = f"medilink-test-{uuid.uuid4().hex}"
    port = free_port()
    env = {
        "PATH": os.environ["PATH"],
        "PYTHONPATH": os.getcwd(),
        "MEDILINK_HOME": str(tmp_path),
        "DATABASE_URL": database_url,
        "S3_BUCKET": settings.s3_bucket,
        "API_JWT_SECRET": "s" * 40,
        "API_RATELIMIT_STORAGE_URI": REDIS_URL,
        "API_RATELIMIT_KEY_PREFIX": prefix,
        "API_RATE_LIMIT_TOKEN": "4 per minute",
    }
    command = [sys.executable, "-m", "gunicorn", "backend.wsgi:app", "--bind", f"127.0.0.1:{port}", "--workers", "3"]
    process = subprocess.Popen(
        command, env=env, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    store = redis.Redis.from_url(REDIS_URL)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2):
                    break
            except OSError:
                assert process.poll() is None and time.monotonic() < deadline, "gunicorn did not start"
                time.sleep(0.3)
        # each request on a new connection, so the three workers take them in turn
        statuses = [_post_token(port) for _ in range(10)]
        assert statuses.count(401) == 4, statuses
        assert statuses.count(429) == 6, statuses
        keys = [key.decode() for key in store.scan_iter(f"*{prefix}*")]
        assert any("auth.token" in key for key in keys), keys
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(30)
        for key in store.scan_iter(f"*{prefix}*"):
            store.delete(key)
        store.close()
