"""The CloudWatch heartbeat behind Terraform's `<name>-pipeline-heartbeat` alarm.

CloudWatch cannot run here, so moto stands in for it; the batch and its database are real.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import boto3
import psycopg
import pytest
from moto import mock_aws

from elt.monitoring.heartbeat import METRIC, NAMESPACE, put_heartbeat
from elt.pipeline.steps import StepContext, finish
from elt.settings import Settings


@pytest.fixture
def cloudwatch(monkeypatch):
    # The session points boto3 at the test S3 server through AWS_ENDPOINT_URL; CloudWatch is AWS's.
    monkeypatch.delenv("AWS_ENDPOINT_URL", raising=False)
    with mock_aws():
        yield boto3.client("cloudwatch", region_name="eu-west-1")


def heartbeats(cloudwatch, deployment: str) -> float:
    now = datetime.now(UTC)
    stats = cloudwatch.get_metric_statistics(
        Namespace="Medilink",
        MetricName="PipelineHeartbeat",
        Dimensions=[{"Name": "Deployment", "Value": deployment}],
        StartTime=now - timedelta(hours=1),
        EndTime=now + timedelta(hours=1),
        Period=3600,
        Statistics=["Sum"],
    )
    return sum(point["Sum"] for point in stats["Datapoints"])


def with_heartbeat(settings: Settings, deployment: str | None) -> Settings:
    return settings.model_copy(update={"medilink_cloudwatch_heartbeat": deployment, "aws_default_region": "eu-west-1"})


def test_the_heartbeat_is_the_metric_the_alarm_watches(cloudwatch, settings):
    # The names Terraform's alarm uses (terraform/provider.tf locals), written out independently.
    assert (NAMESPACE, METRIC) == ("Medilink", "PipelineHeartbeat")
    assert put_heartbeat(with_heartbeat(settings, "medilink-production")) is True
    assert heartbeats(cloudwatch, "medilink-production") == 1.0
    assert heartbeats(cloudwatch, "medilink-staging") == 0.0


def test_no_deployment_configured_sends_nothing(cloudwatch, settings):
    assert put_heartbeat(with_heartbeat(settings, None)) is False
    assert cloudwatch.list_metrics(Namespace="Medilink")["Metrics"] == []


def _batch(database_url: str) -> int:
    with psycopg.connect(database_url, autocommit=True) as conn:
        return conn.execute("insert into etl.etl_batches (triggered_by) values ('cli') returning id").fetchone()[0]


def test_a_completed_batch_sends_one_heartbeat_and_a_failed_one_none(cloudwatch, settings, database_url):
    configured = with_heartbeat(settings, "medilink-test")
    with psycopg.connect(database_url, autocommit=True) as conn:
        assert (
            finish(StepContext(conn, None, configured, batch_id=_batch(database_url)), "validate_upsert: x") == "failed"
        )
        assert heartbeats(cloudwatch, "medilink-test") == 0.0
        assert finish(StepContext(conn, None, configured, batch_id=_batch(database_url))) == "completed"
        assert heartbeats(cloudwatch, "medilink-test") == 1.0
        assert finish(StepContext(conn, None, configured, batch_id=_batch(database_url), dry_run=True)) == "completed"
    assert heartbeats(cloudwatch, "medilink-test") == 1.0  # a dry run is not a run
