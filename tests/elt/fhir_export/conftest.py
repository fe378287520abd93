"""A generated sample (bad rows included) run through the real pipeline, ready to export."""

from __future__ import annotations

import pytest

from elt.pipeline import connect, run_pipeline
from elt.sample import write_sample


@pytest.fixture
def loaded_sample(clean_db, empty_bucket, settings, s3_client, tmp_path):
    """Facilities, patients, workers, records and visits from the sample generator, 3% bad rows."""
    manifest = write_sample(
        tmp_path / "sample", facilities=12, patients=400, workers=60, records=700, triage=700, seed=14, bad_rows=0.03
    )
    for path in sorted((tmp_path / "sample").glob("*.csv")):
        s3_client.put_object(Bucket=settings.s3_bucket, Key=settings.input_prefix + path.name, Body=path.read_bytes())
    with connect(settings) as conn:
        summary = run_pipeline(conn, s3_client, settings, triggered_by="test")
    assert summary.status == "completed", summary.error
    return manifest
