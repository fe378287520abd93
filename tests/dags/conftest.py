"""Airflow for the DAG tests: its own AIRFLOW_HOME and a fresh metadata database on the test server.

Airflow reads its configuration once, when it is first imported. So no test module imports it at
the top: they get it through the `airflow_env` fixture, which sets the environment (the same one
`medilink airflow env` prints) for that test alone, after the metadata database was migrated once.
"""

from __future__ import annotations

import json
import sys
import threading
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import psycopg
import pytest

from elt.airflow_local import DAG_ID, DAGS_FOLDER, LocalAirflow
from elt.settings import Settings, get_settings
from elt.stack.ports import free_port

# Airflow's own noise, not ours: FastAPI's test client (the in-process Execution API that
# `dag.test()` uses) warns that starlette will drop httpx.
AIRFLOW_WARNINGS = ("ignore:Using `httpx` with `starlette.testclient` is deprecated",)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            for spec in AIRFLOW_WARNINGS:
                item.add_marker(pytest.mark.filterwarnings(spec))


@pytest.fixture(scope="session")
def airflow_local(settings: Settings, server_url: str) -> Iterator[LocalAirflow]:
    """A LocalAirflow on free ports whose metadata lives in a fresh database, dropped at the end."""
    name = f"airflow_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f'create database "{name}"')
    base = server_url.rsplit("/", 1)[0]
    yield LocalAirflow(
        settings=settings,
        metadata_url="postgresql+psycopg://" + f"{base}/{name}".split("://", 1)[1],
        port=free_port(),
        worker_log_port=free_port(),
        triggerer_log_port=free_port(),
    )
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f'drop database if exists "{name}" with (force)')


@pytest.fixture(scope="session")
def airflow_metadata(airflow_local: LocalAirflow) -> Iterator[dict[str, str]]:
    """Airflow's environment (what `medilink airflow env` prints), its metadata database migrated.

    Nothing is exported here: `airflow_env` applies the environment to one test at a time."""
    if "airflow" in sys.modules:
        pytest.fail("Airflow was imported before the DAG tests configured it; import it inside tests only.")
    env = airflow_local.env()
    airflow_local.migrate()
    yield env
    if "airflow.settings" in sys.modules:
        # Close Airflow's pooled connections before its database is dropped.
        sys.modules["airflow.settings"].dispose_orm()


@pytest.fixture
def airflow_env(airflow_metadata: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """Airflow's environment for this test only (the tasks read elt settings from it too); every
    other test sees the environment it had, whatever the order the tests run in."""
    for key, value in airflow_metadata.items():
        monkeypatch.setenv(key, value)
    get_settings.cache_clear()
    yield airflow_metadata
    get_settings.cache_clear()


@pytest.fixture
def dag(airflow_env: dict[str, str]):
    """The DAG as the dag-processor sees it, parsed afresh so a test may change a copy."""
    from airflow.dag_processing.dagbag import DagBag

    bag = DagBag(dag_folder=str(DAGS_FOLDER))
    assert bag.import_errors == {}
    return bag.dags[DAG_ID]


@pytest.fixture
def task_states(airflow_env: dict[str, str]):
    """task_id → state of a finished DAG run, read back from the metadata database."""
    from airflow.utils.session import create_session

    def states(dag_run) -> dict[str, str]:
        with create_session() as session:
            return {ti.task_id: str(ti.state) for ti in dag_run.get_task_instances(session=session)}

    return states


# ---------------------------------------------------------------- a webhook that alerts reach
class WebhookSink(ThreadingHTTPServer):
    """An HTTP server on 127.0.0.1 keeping every POSTed JSON body (Apprise's json:// target)."""

    received: list[tuple[str, dict]]


class _WebhookHandler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.received.append((self.path, json.loads(body)))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def webhook() -> Iterator[WebhookSink]:
    server = WebhookSink(("127.0.0.1", 0), _WebhookHandler)
    server.received = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
