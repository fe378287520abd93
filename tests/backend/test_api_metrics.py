"""Prometheus metrics of the API: real gunicorn workers, a separate listener, nothing on the public port."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from elt.stack.ports import free_port

SERVE = "import typer; from backend.cli import register; app = typer.Typer(); register(app); app()"


def test_the_public_app_has_no_metrics_route(http):
    assert http.get("/metrics").status_code == 404
    assert http.get("/api/v1/metrics").status_code == 404


def _get(url: str) -> tuple[int, bytes]:
    response = httpx.get(url, timeout=5)
    return response.status_code, response.content


def _wait_for(url: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            httpx.get(url, timeout=2)
            return
        except httpx.TransportError:
            assert process.poll() is None, process.stdout.read().decode()
            assert time.monotonic() < deadline, f"{url} did not answer within 60 s"
            time.sleep(0.3)


@pytest.fixture
def served_api(tmp_path, database_url, settings):
    port, metrics_port = free_port(), free_port()
    keep = ("PATH", "AWS_ENDPOINT_URL", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_DEFAULT_REGION")
    env = {key: os.environ[key] for key in keep if key in os.environ} | {
        "MEDILINK_HOME": str(tmp_path),
        "DATABASE_URL": database_url,
        "API_JWT_SECRET": "s" * 40,
        "S3_BUCKET": settings.s3_bucket,
        "PYTHONPATH": os.getcwd(),
        "API_METRICS_PORT": str(metrics_port),
    }
    process = subprocess.Popen(
        [sys.executable, "-c", SERVE, "api", "serve", "--port", str(port), "--workers", "3"],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        _wait_for(f"http://127.0.0.1:{port}/health", process)
        _wait_for(f"http://127.0.0.1:{metrics_port}/metrics", process)
        yield f"http://127.0.0.1:{port}", f"http://127.0.0.1:{metrics_port}/metrics"
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.communicate(timeout=30)


def _samples(body: bytes) -> dict[tuple, float]:
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(body.decode())
        for sample in family.samples
    }


def test_metrics_count_every_request_of_every_worker_on_their_own_listener(served_api):
    public, metrics = served_api
    health = (("method", "GET"), ("route", "/health"), ("status", "200"))
    patient = (("method", "GET"), ("route", "/api/v1/patients/<int:patient_id>"), ("status", "401"))
    unmatched = (("method", "GET"), ("route", "<unmatched>"), ("status", "404"))
    keys = [
        ("medilink_api_requests_total", health),
        ("medilink_api_requests_total", patient),
        ("medilink_api_requests_total", unmatched),
        ("medilink_api_request_duration_seconds_count", health),
        ("medilink_api_request_duration_seconds_bucket", (("le", "+Inf"), *health)),
    ]
    status, body = _get(metrics)
    assert status == 200
    before = _samples(body)

    assert _get(public + "/metrics")[0] == 404  # not through the public listener
    for _ in range(30):  # three workers share these
        assert _get(public + "/health")[0] == 200
    for patient_id in range(1, 6):
        assert _get(f"{public}/api/v1/patients/{patient_id}")[0] == 401  # no token

    after = _samples(_get(metrics)[1])
    delta = [after.get(key, 0) - before.get(key, 0) for key in keys]
    # 30 health checks; 5 patient reads in one series whatever the id; the /metrics probe unmatched.
    assert delta == [30, 5, 1, 30, 30]
    assert after[("medilink_api_request_duration_seconds_sum", health)] > 0
