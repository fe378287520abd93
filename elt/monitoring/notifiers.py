"""Airflow notifiers for the DAGs: a failed run, failed dbt tests. Imported by the DAG files only.

Each builds an `Alert` from the callback's context (DAG, run, task, the exception's first line)
and sends it with `elt.monitoring.alerts.send` to MEDILINK_ALERT_URL.
"""

from __future__ import annotations

from typing import Any

from airflow.sdk import BaseNotifier

from elt.monitoring.alerts import Alert, send
from elt.settings import get_settings

ERROR_LIMIT = 500


def _first_line(error: object) -> str:
    if error is None:
        return "no error message"
    text = str(error).strip().splitlines()
    return (f"{type(error).__name__}: {text[0]}" if text else type(error).__name__)[:ERROR_LIMIT]


def dag_failure_alert(context: dict[str, Any]) -> Alert:
    dag_id = context["dag"].dag_id if context.get("dag") is not None else "?"
    run_id = context.get("run_id") or "?"
    ti = context.get("ti")
    lines = [f"DAG {dag_id}, run {run_id} failed."]
    if context.get("reason"):
        lines.append(f"Reason: {context['reason']}")
    if ti is not None:
        lines.append(f"Last task: {ti.task_id}")
    lines.append("Failed tasks and their errors: etl.etl_audit_log (dag_run_id) and the Airflow UI.")
    return Alert("dag_failed", f"Pipeline run failed: {dag_id}", "\n".join(lines))


def dbt_tests_alert(context: dict[str, Any]) -> Alert:
    ti = context.get("ti")
    run_id = getattr(ti, "run_id", None) or context.get("run_id") or "?"
    return Alert(
        "dbt_tests_failed",
        "dbt tests failed",
        f"Run {run_id}: {_first_line(context.get('exception'))}\n"
        "The batch's rows are loaded; the marts may hold rows that break a test.",
    )


class PipelineFailureNotifier(BaseNotifier):
    """DAG-level on_failure_callback: one alert per failed run."""

    template_fields = ()

    def notify(self, context: dict[str, Any]) -> None:
        send([dag_failure_alert(context)], get_settings())


class DbtTestsFailedNotifier(BaseNotifier):
    """on_failure_callback of the dbt_test task (after its retries)."""

    template_fields = ()

    def notify(self, context: dict[str, Any]) -> None:
        send([dbt_tests_alert(context)], get_settings())
