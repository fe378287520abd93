"""gunicorn configuration (`--config python:backend.gunicorn_conf`): the metrics listener.

The master process serves the Prometheus metrics of all workers on API_METRICS_HOST:
API_METRICS_PORT (see backend/metrics.py); API_METRICS_PORT=0 turns the listener off. The
multiprocess directory is created empty here, before any worker imports prometheus_client
(which reads PROMETHEUS_MULTIPROC_DIR when it is imported), and removed when gunicorn exits.
"""

from __future__ import annotations

import os
import shutil
import tempfile

from elt.settings import Settings

# gunicorn reads this file once at start-up: the settings are built then, like any command's.
_settings = Settings()
_multiproc_dir = tempfile.mkdtemp(prefix="medilink-api-metrics-")
os.environ["PROMETHEUS_MULTIPROC_DIR"] = _multiproc_dir


def when_ready(server) -> None:
    if not _settings.api_metrics_port:
        server.log.info("API metrics listener off (API_METRICS_PORT=0)")
        return
    from prometheus_client import CollectorRegistry, multiprocess, start_http_server

    registry = CollectorRegistry()
    multiprocess.MultiProcessCollector(registry)
    try:
        start_http_server(_settings.api_metrics_port, addr=_settings.api_metrics_host, registry=registry)
    except OSError as error:  # the API itself still serves; the operator sees why metrics are missing
        server.log.error("API metrics listener not started on port %s: %s", _settings.api_metrics_port, error)
        return
    server.log.info("API metrics on http://%s:%s/metrics", _settings.api_metrics_host, _settings.api_metrics_port)


def child_exit(server, worker) -> None:
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)


def on_exit(server) -> None:
    shutil.rmtree(_multiproc_dir, ignore_errors=True)
