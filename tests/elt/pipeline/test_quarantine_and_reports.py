"""A file failing for reasons outside its content is retried, then quarantined; reports are safe to open."""

import csv
import io

import psycopg
import pytest

from elt.pipeline.discover import MAX_ATTEMPTS
from tests.elt.pipeline.fixtures import FACILITIES

pytestmark = pytest.mark.pg_compat

PATIENTS = "facility_code,patient_number,first_name,last_name,sex,dob\nNG-LA-0001,P-1,Ada,Obi,F,1990-01-01\n"


def test_a_file_failing_three_runs_outside_its_content_is_quarantined_and_reported(harness):
    harness.upload("facilities.csv", FACILITIES)
    harness.upload("patients.csv", PATIENTS)
    with psycopg.connect(harness.database_url, autocommit=True) as conn:
        # Fails every patients insert with a server error that says nothing about the file's values.
        conn.execute(
            "create function refuse() returns trigger language plpgsql as $$ begin"
            " raise exception 'maintenance' using errcode = '57P01'; end $$"
        )
        conn.execute("create trigger refuse before insert on patients for each row execute function refuse()")
    try:
        attempts = []
        for run in range(MAX_ATTEMPTS):
            summary = harness.run()
            assert summary.status == "completed", summary.error
            patients = next(item for item in summary.files if item["key"].endswith("patients.csv"))
            attempts.append((patients["status"], patients["attempt"]))
            if run == 0:
                harness.upload("workers.csv", "facility_code,first_name,last_name,cadre\nNG-LA-0001,Kemi,Ade,nurse\n")
        assert attempts == [("failed", 1), ("failed", 2), ("failed", 3)]
        assert harness.count("facilities") == 3 and harness.count("workers") == 1, "other files were not held up"

        fourth = harness.run()
    finally:
        with psycopg.connect(harness.database_url, autocommit=True) as conn:
            conn.execute("drop trigger refuse on patients")
            conn.execute("drop function refuse()")
    [item] = fourth.files
    assert (item["status"], item["error_code"], item["attempt"]) == ("quarantined", "quarantined", 4)
    moved = f"medical_records/quarantine/{fourth.batch_id}/patients.csv"
    assert harness.read(moved) == PATIENTS.encode()
    assert "failed in 3 runs" in harness.read(moved + ".error.txt").decode()
    assert harness.keys("input/") == []

    # An operator copies it back once the cause is fixed: it is tried afresh and loads.
    harness.upload("patients.csv", PATIENTS)
    again = harness.run()
    assert [(item["status"], item["attempt"]) for item in again.files] == [("archived", 1)]
    assert harness.count("patients") == 1


def test_reports_of_two_files_with_one_name_do_not_overwrite_each_other(harness):
    harness.upload("facilities.csv", FACILITIES)
    header = "facility_code,patient_number,first_name,last_name,sex,dob\n"
    harness.upload("patients/2024/patients.csv", header + "NG-LA-0001,P-1,Ada,Obi,X,1990-01-01\n")
    harness.upload("patients/2025/patients.csv", header + "NG-LA-0001,P-2,Bo,Ade,M,2990-01-01\n")
    summary = harness.run()
    ids = {item["key"]: item["file_id"] for item in summary.files}
    reports = {}
    for year, reason in (("2024", "bad_sex"), ("2025", "future_date")):
        file_id = ids[f"medical_records/input/patients/{year}/patients.csv"]
        key = f"medical_records/rejected/{summary.batch_id}/{file_id}/patients.csv.errors.csv"
        reports[year] = list(csv.DictReader(io.StringIO(harness.read(key).decode())))
        assert [row["reason_code"] for row in reports[year]] == [reason]
    assert reports["2024"][0]["first_name"] == "Ada" and reports["2025"][0]["first_name"] == "Bo"


def test_report_cells_that_would_run_as_formulas_are_neutralised(harness):
    harness.upload("facilities.csv", FACILITIES)
    harness.upload(
        "patients.csv",
        "facility_code,patient_number,first_name,last_name,sex,dob,address\n"
        'NG-LA-0001,=1+1,"=HYPERLINK(""http://x"")",+Obi,X,1990-01-01,@SUM(A1)\n'
        'NG-LA-0001,-2,"\tTab","\rCR",X,1990-01-01,plain\n',
    )
    summary = harness.run()
    file_id = summary.files[1]["file_id"]
    raw = harness.read(f"medical_records/rejected/{summary.batch_id}/{file_id}/patients.csv.errors.csv").decode()
    rows = list(csv.DictReader(io.StringIO(raw)))
    cells = [(r["patient_number"], r["first_name"], r["last_name"], r["address"]) for r in rows]
    assert cells == [
        ("'=1+1", '\'=HYPERLINK("http://x")', "'+Obi", "'@SUM(A1)"),
        ("'-2", "'\tTab", "'\rCR", "plain"),
    ]
    # the stored rows keep the values as they were
    stored = harness.query(
        "select raw->>'first_name' from etl.etl_rejected_rows where entity = 'patients' order by row_number"
    )
    assert stored == [('=HYPERLINK("http://x")',), ("\tTab",)]
