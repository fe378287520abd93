"""Start export jobs outside the request.

With AIRFLOW_API_URL set, each job starts a run of the DAG `fhir_bulk_export` (conf {"job_id"}); if
Airflow cannot be reached the job runs here instead. Otherwise a daemon thread of the API runs jobs
(`elt.fhir.run.run_jobs`), one after another. The thread also picks up jobs whose runner died
(a heartbeat older than a minute, e.g. after an API restart) and deletes expired files: a pass runs
when the app starts, every SWEEP_SECONDS, and whenever a client polls a job that looks abandoned.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from typing import Any
from urllib.parse import quote

import httpx
import psycopg

from elt.settings import Settings

DAG_ID = "fhir_bulk_export"
HTTP_TIMEOUT = 15
# Even with no requests at all, expired files are deleted and abandoned jobs picked up this often.
SWEEP_SECONDS = 600

log = logging.getLogger("backend.fhir")


class DispatchError(RuntimeError):
    """Airflow did not take the job."""


def trigger_airflow(settings: Settings, job_id: uuid.UUID) -> str:
    """Start a `fhir_bulk_export` run for one job; returns the dag_run_id."""
    from backend.pipeline_trigger import airflow_login

    base = settings.airflow_api_url or ""
    try:
        username, password = airflow_login(settings)
        with httpx.Client(timeout=HTTP_TIMEOUT) as client:
            login = client.post(f"{base}/auth/token", json={"username": username, "password": password})
            token = login.json().get("access_token") if login.status_code in (200, 201) else None
            if not token:
                raise DispatchError(f"Airflow refused the login (HTTP {login.status_code})")
            run = client.post(
                f"{base}/api/v2/dags/{quote(DAG_ID)}/dagRuns",
                json={"logical_date": None, "conf": {"job_id": str(job_id)}},
                headers={"Authorization": f"Bearer {token}"},
            )
    except (httpx.HTTPError, ValueError, RuntimeError) as error:
        raise DispatchError(str(error).splitlines()[0] if str(error) else type(error).__name__) from error
    if run.status_code not in (200, 201) or "dag_run_id" not in run.json():
        raise DispatchError(f"Airflow refused to start {DAG_ID} (HTTP {run.status_code})")
    return str(run.json()["dag_run_id"])


class ExportRunner:
    """Runs claimable export jobs in one daemon thread; requests during a run queue one more pass."""

    def __init__(self, settings: Settings, s3: Any) -> None:
        self.settings = settings
        self.s3 = s3
        self._lock = threading.Lock()
        self._pending = False
        self._thread: threading.Thread | None = None
        self._sweeper: threading.Thread | None = None

    def start(self) -> None:
        """One pass now (jobs whose runner died), then one every SWEEP_SECONDS."""
        self.request_run()
        if self._sweeper is None:
            self._sweeper = threading.Thread(target=self._sweep, name="medilink-fhir-sweep", daemon=True)
            self._sweeper.start()

    def _sweep(self) -> None:
        while True:
            time.sleep(SWEEP_SECONDS)
            self.request_run()

    def request_run(self) -> None:
        with self._lock:
            self._pending = True
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="medilink-fhir-export", daemon=True)
                self._thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until no pass is pending or running (tests, shutdown); False on timeout."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
            return not thread.is_alive()
        return True

    def _loop(self) -> None:
        from elt.fhir.run import run_jobs

        while True:
            with self._lock:
                if not self._pending:
                    self._thread = None
                    return
                self._pending = False
            try:
                # local jobs at once; Airflow's only once their dispatch looks lost
                run_jobs(self.settings, self.s3, "local")
            except psycopg.OperationalError:
                log.warning("the FHIR export runner cannot reach the database; it retries on the next request")
            except Exception:
                log.exception("the FHIR export runner failed")
