"""The pipeline's daily heartbeat for the CloudWatch alarm Terraform builds (`<name>-pipeline-heartbeat`).

A completed batch puts `Medilink/PipelineHeartbeat` (value 1, unit Count, dimension `Deployment`)
when MEDILINK_CLOUDWATCH_HEARTBEAT names the deployment (`<project>-<environment>`; the EC2 host
sets it). Unset, as on a laptop or in CI, nothing is sent. A heartbeat that cannot be sent is
logged and never fails the batch: the alarm itself then tells the operator.
"""

from __future__ import annotations

import logging

import boto3

from elt.settings import Settings

NAMESPACE = "Medilink"
METRIC = "PipelineHeartbeat"

log = logging.getLogger(__name__)


def put_heartbeat(settings: Settings) -> bool:
    """Send one heartbeat; True when CloudWatch took it."""
    deployment = settings.medilink_cloudwatch_heartbeat
    if not deployment:
        return False
    try:
        cloudwatch = boto3.client("cloudwatch", region_name=settings.aws_default_region)
        cloudwatch.put_metric_data(
            Namespace=NAMESPACE,
            MetricData=[
                {
                    "MetricName": METRIC,
                    "Dimensions": [{"Name": "Deployment", "Value": deployment}],
                    "Value": 1.0,
                    "Unit": "Count",
                }
            ],
        )
    except Exception as error:  # the heartbeat must never fail a batch whose data is in
        log.warning("Pipeline heartbeat not sent to CloudWatch: %s", type(error).__name__)
        return False
    return True
