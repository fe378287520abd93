"""Alerts reach a real webhook on 127.0.0.1 through Airflow's Apprise notifier, with their content."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from elt.monitoring.alerts import Alert, send
from elt.settings import Settings

# Delivery goes through Airflow's Apprise notifier: Airflow must be configured first.
pytestmark = pytest.mark.usefixtures("airflow_env", "clean_environment")


def alert_settings(webhook, tmp_path) -> Settings:
    return Settings(
        _env_file=None, medilink_home=tmp_path, medilink_alert_url=f"json://127.0.0.1:{webhook.server_port}/alerts"
    )


def test_an_alert_arrives_at_the_webhook_with_its_title_body_and_kind(webhook, tmp_path):
    alert = Alert("slow_run", "Batch 7 took 95 s, 3.4x its median", "Median 28 s.", severity="warning")
    assert send([alert], alert_settings(webhook, tmp_path)) == 1
    ((path, payload),) = webhook.received
    assert path == "/alerts"
    assert payload["title"] == "[medilink] Batch 7 took 95 s, 3.4x its median"
    assert payload["message"].startswith("Median 28 s.")
    assert "alert: slow_run" in payload["message"]
    assert payload["type"] == "warning"


def test_the_dag_failure_notifier_sends_the_run_and_the_failed_task(webhook, tmp_path, monkeypatch):
    from elt.monitoring.notifiers import DbtTestsFailedNotifier, PipelineFailureNotifier
    from elt.settings import get_settings

    monkeypatch.setenv("MEDILINK_ALERT_URL", f"json://127.0.0.1:{webhook.server_port}/hook")
    monkeypatch.setenv("MEDILINK_HOME", str(tmp_path))
    get_settings.cache_clear()
    try:
        PipelineFailureNotifier().notify(
            {
                "dag": SimpleNamespace(dag_id="medical_records_etl_pipeline"),
                "run_id": "manual__2026-01-01",
                "reason": "task_failure",
                "ti": SimpleNamespace(task_id="generate_ids_transform", run_id="manual__2026-01-01"),
            }
        )
        DbtTestsFailedNotifier().notify(
            {
                "ti": SimpleNamespace(task_id="dbt_test", run_id="scheduled__2026-01-02"),
                "exception": RuntimeError("dbt_test failed: 2 node(s) failed: not_null_patients_id, unique_x"),
            }
        )
    finally:
        get_settings.cache_clear()
    (_, failed), (_, dbt) = webhook.received
    assert failed["title"] == "[medilink] Pipeline run failed: medical_records_etl_pipeline"
    assert "run manual__2026-01-01 failed" in failed["message"]
    assert "Last task: generate_ids_transform" in failed["message"]
    assert failed["type"] == "failure"
    assert dbt["title"] == "[medilink] dbt tests failed"
    assert "not_null_patients_id, unique_x" in dbt["message"]
    assert "alert: dbt_tests_failed" in dbt["message"]


def test_without_a_target_alerts_are_only_logged(webhook, tmp_path, caplog):
    settings = Settings(_env_file=None, medilink_home=tmp_path)
    assert send([Alert("freshness", "Stale sources: patients", "…")], settings) == 0
    assert webhook.received == []
    assert "Stale sources: patients" in caplog.text


def test_an_unknown_alert_kind_is_refused():
    with pytest.raises(ValueError, match="unknown alert kind"):
        Alert("something", "t", "b")
