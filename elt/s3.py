"""The S3 client: boto3's usual credential chain, plus AWS_ENDPOINT_URL for non-AWS servers."""

from __future__ import annotations

import boto3
from botocore.config import Config

from elt.settings import Settings


def s3_client(settings: Settings):
    return boto3.client(
        "s3",
        endpoint_url=settings.aws_endpoint_url,
        region_name=settings.aws_default_region,
        aws_access_key_id=settings.aws_access_key_id,
        aws_secret_access_key=settings.aws_secret_access_key,
        config=Config(retries={"max_attempts": 5, "mode": "standard"}, s3={"addressing_style": "path"}),
    )
