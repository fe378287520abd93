"""Prometheus metrics of the API: requests and latency per route, method and status.

The numbers are served on a listener of their own (API_METRICS_HOST:API_METRICS_PORT, default
127.0.0.1:9464), started by gunicorn's master (backend/gunicorn_conf.py), never by the public
app: the API has no /metrics route, so neither the internet nor a facility client can read them.

gunicorn forks several workers; each writes its samples to memory-mapped files in
PROMETHEUS_MULTIPROC_DIR (prometheus_client's multiprocess mode) and the master's listener sums
them. The route label is the URL rule (`/api/v1/patients/<int:patient_id>`), never the raw path,
so ids and junk paths cannot blow up the number of series.
"""

from __future__ import annotations

from time import perf_counter

from flask import Flask, g, request
from prometheus_client import Counter, Histogram

UNMATCHED = "<unmatched>"
LABELS = ("method", "route", "status")

REQUESTS = Counter("medilink_api_requests", "HTTP requests answered by the API.", LABELS)
LATENCY = Histogram(
    "medilink_api_request_duration_seconds",
    "Time from the request reaching Flask to the response leaving it.",
    LABELS,
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0),
)


def _start() -> None:
    g.metrics_started = perf_counter()


def _observe(response):
    started = g.pop("metrics_started", None)
    if started is not None:
        labels = {
            "method": request.method,
            "route": request.url_rule.rule if request.url_rule is not None else UNMATCHED,
            "status": str(response.status_code),
        }
        REQUESTS.labels(**labels).inc()
        LATENCY.labels(**labels).observe(perf_counter() - started)
    return response


def init_app(app: Flask) -> None:
    app.before_request(_start)
    app.after_request(_observe)
