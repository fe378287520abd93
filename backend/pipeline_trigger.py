"""Ask for a pipeline run after an upload: the API stores files, it does not run steps of its own.

With AIRFLOW_API_URL set, the DAG `medical_records_etl_pipeline` is triggered through Airflow's
REST API (v2, token from /auth/token). Without it, `LocalRunner` runs the same step list as
`medilink pipeline run` (`elt.pipeline.run_pipeline`, dbt included) in a background thread. The
pipeline's own lock keeps that run apart from any other (another gunicorn worker, the CLI, a DAG
run): the runner waits for it. An upload that arrives during a run gets a follow-up run, so no
file waits for the next upload.
"""

from __future__ import annotations

import json
import logging
import threading
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import quote

from elt.settings import Settings

DAG_ID = "medical_records_etl_pipeline"
HTTP_TIMEOUT = 15

log = logging.getLogger("backend.pipeline")


class TriggerError(RuntimeError):
    """The pipeline could not be started; the message is safe to show (no URLs or credentials)."""


# ---------------------------------------------------------------- Airflow
def _post_json(url: str, body: dict[str, Any], token: str | None = None) -> tuple[int, dict[str, Any]]:
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(url, data=json.dumps(body).encode(), headers=headers, method="POST")  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=HTTP_TIMEOUT) as response:  # noqa: S310 (URL from settings)
            return response.status, json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as error:
        return error.code, {}
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        raise TriggerError("Airflow is not answering") from error


def airflow_login(settings: Settings) -> tuple[str, str]:
    """The configured Airflow user, else the local Airflow's generated admin (never created here)."""
    if settings.airflow_username and settings.airflow_password:
        return settings.airflow_username, settings.airflow_password.get_secret_value()
    from elt.airflow_local import ADMIN_USER, LocalAirflow

    passwords = LocalAirflow.from_settings(settings).passwords_file
    if passwords.exists():
        password = json.loads(passwords.read_text() or "{}").get(ADMIN_USER)
        if password:
            return ADMIN_USER, password
    raise TriggerError("no Airflow login is configured (AIRFLOW_USERNAME, AIRFLOW_PASSWORD)")


def trigger_airflow(settings: Settings, conf: dict[str, Any]) -> str:
    """Start a run of the DAG now; returns its dag_run_id."""
    base = settings.airflow_api_url or ""
    username, password = airflow_login(settings)
    status, body = _post_json(f"{base}/auth/token", {"username": username, "password": password})
    if status not in (200, 201) or "access_token" not in body:
        raise TriggerError(f"Airflow refused the login (HTTP {status})")
    status, body = _post_json(
        f"{base}/api/v2/dags/{quote(DAG_ID)}/dagRuns", {"logical_date": None, "conf": conf}, body["access_token"]
    )
    if status not in (200, 201) or "dag_run_id" not in body:
        raise TriggerError(f"Airflow refused to start {DAG_ID} (HTTP {status})")
    return str(body["dag_run_id"])


# ---------------------------------------------------------------- in-process
class LocalRunner:
    """Runs the pipeline in a daemon thread, coalescing requests that arrive during a run."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._pending = False
        self._thread: threading.Thread | None = None
        self.last_summary: Any = None

    def request_run(self) -> None:
        with self._lock:
            self._pending = True
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="medilink-pipeline", daemon=True)
                self._thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until no run is pending or running (tests and graceful shutdown); False on timeout."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
            return not thread.is_alive()
        return True

    def _loop(self) -> None:
        while True:
            with self._lock:
                if not self._pending:
                    self._thread = None
                    return
                self._pending = False
            try:
                self.last_summary = self._run_once()
            except Exception:
                log.exception("the pipeline run started by an upload failed")

    def _run_once(self) -> Any:
        from elt.pipeline import connect, run_pipeline
        from elt.s3 import s3_client

        with connect(self.settings) as conn:
            summary = run_pipeline(conn, s3_client(self.settings), self.settings, triggered_by="api", wait=True)
        log.info("pipeline run finished: batch %s %s", summary.batch_id, summary.status)
        if summary.status == "database_lost":  # a fixed text: step, batch, what was committed
            log.warning("pipeline run: %s", summary.error)
        return summary
