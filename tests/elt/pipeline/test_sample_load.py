"""A generated sample with injected bad rows: the pipeline finds exactly the rows the generator spoiled."""

import json

import pytest

from elt.sample import write_sample

pytestmark = pytest.mark.slow


def test_sample_loads_and_every_injected_bad_row_gets_its_reason(harness, tmp_path):
    manifest = write_sample(
        tmp_path, facilities=60, patients=3000, workers=300, records=4000, triage=4000, seed=11, bad_rows=0.03
    )
    for path in sorted(tmp_path.glob("*.csv")):
        harness.upload(path.name, path.read_bytes())
    summary = harness.run()
    assert summary.status == "completed", summary.error

    expected = json.loads(manifest.to_json())["files"]
    for file_name, facts in expected.items():
        entity = file_name.removesuffix(".csv")
        found = harness.query(
            "select reason_code, row_number from etl.etl_rejected_rows where entity = %s order by 2", (entity,)
        )
        by_reason: dict[str, list[int]] = {}
        for reason, row in found:
            by_reason.setdefault(reason, []).append(row)
        assert by_reason == {reason: sorted(rows) for reason, rows in facts["bad_rows"].items()}, file_name
        assert harness.count(entity) == facts["good"], file_name
    harness.assert_every_row_accounted_for()
