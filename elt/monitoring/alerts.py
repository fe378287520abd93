"""Alerts: what went wrong, in a title and a few lines, sent to the one target MEDILINK_ALERT_URL.

Delivery goes through Airflow's Apprise notifier (apache-airflow-providers-apprise), so the same
code path serves the DAG's callbacks and the CLI. The target is one Apprise URL: `mailto://…`,
`json://host/path` (a webhook), `slack://…`, … Without it an alert is only logged. Alerts carry
counts, ids and reason codes, never row values (which may hold patient data).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from elt.settings import Settings

log = logging.getLogger(__name__)

KINDS = ("dag_failed", "dbt_tests_failed", "slow_run", "freshness", "rejection_rate", "silent_facility")


@dataclass(frozen=True)
class Alert:
    kind: str  # one of KINDS; the README's runbook has a section per kind
    title: str
    body: str
    severity: str = "failure"  # failure | warning

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown alert kind {self.kind!r}")


def send(alerts: Iterable[Alert], settings: Settings) -> int:
    """Log every alert and send it to MEDILINK_ALERT_URL; returns how many were handed to Apprise."""
    alerts = list(alerts)
    for alert in alerts:
        log.warning("Alert %s: %s", alert.kind, alert.title)
    if not alerts or settings.medilink_alert_url is None:
        return 0
    from airflow.providers.apprise.notifications.apprise import AppriseNotifier  # heavy: only when sending
    from apprise import NotifyType

    url = settings.medilink_alert_url.get_secret_value()
    for alert in alerts:
        notifier = AppriseNotifier(
            title=f"[medilink] {alert.title}",
            body=f"{alert.body}\n\nalert: {alert.kind} (see the runbook in the README)",
            notify_type=NotifyType.FAILURE if alert.severity == "failure" else NotifyType.WARNING,
            config=url,
        )
        notifier.notify({})
    return len(alerts)
