"""A file replaced in S3 while a batch works on it is never half-read, archived unread, or deleted."""

import pytest

from elt.pipeline import (
    archive_batch,
    connect,
    finish_batch,
    open_batch,
    stage_entity,
    validate_and_upsert,
)
from tests.elt.pipeline.fixtures import FACILITIES

pytestmark = pytest.mark.pg_compat

NEWER = "name,state,lga\nGeneral Hospital Epe,Lagos,Epe\n"


def test_a_file_replaced_before_staging_waits_for_the_next_run(harness):
    key = harness.upload("facilities.csv", FACILITIES)
    with connect(harness.settings) as conn:
        batch = open_batch(conn, harness.s3, harness.settings)
        harness.upload("facilities.csv", NEWER)  # the uploader replaces it
        stage_entity(conn, harness.s3, harness.settings, batch["batch_id"], "facilities")
        validate_and_upsert(conn, harness.settings, batch["batch_id"])
        archive_batch(conn, harness.s3, harness.settings, batch["batch_id"])
        finish_batch(conn, batch["batch_id"], status="completed")
    assert harness.query("select status from etl.etl_files") == [("superseded",)]
    assert harness.count("facilities") == 0
    assert harness.read(key) == NEWER.encode()

    summary = harness.run()
    assert summary.status == "completed"
    assert harness.query("select name from facilities") == [("General Hospital Epe",)]
    assert harness.keys("input/") == []


def test_a_file_replaced_after_loading_is_not_archived_or_deleted(harness):
    key = harness.upload("facilities.csv", FACILITIES)
    with connect(harness.settings) as conn:
        batch = open_batch(conn, harness.s3, harness.settings)
        stage_entity(conn, harness.s3, harness.settings, batch["batch_id"], "facilities")
        validate_and_upsert(conn, harness.settings, batch["batch_id"])
        harness.upload("facilities.csv", NEWER)
        moved = archive_batch(conn, harness.s3, harness.settings, batch["batch_id"])
        finish_batch(conn, batch["batch_id"], status="completed")
    assert moved == []
    assert harness.read(key) == NEWER.encode(), "the new version is still in input/"
    assert harness.keys("archive/") == []
    assert harness.count("facilities") == 3

    harness.run()
    assert harness.count("facilities") == 4
    assert harness.keys("input/") == []
