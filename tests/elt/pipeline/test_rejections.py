"""Bad input: whole files and single rows are set aside with a reason; nothing is lost."""

import psycopg
import pytest

from tests.elt.pipeline.fixtures import FACILITIES, FACILITIES_REJECTED, LOADED, PATIENTS, WORKERS

pytestmark = pytest.mark.pg_compat

WHOLE_FILE_CASES = {
    "patients_nodob.csv": (b"facility_code,first_name,last_name,sex\nNG-LA-0001,Ada,Obi,F\n", "missing_column", "dob"),
    "patients_nofacility.csv": (
        b"first_name,last_name,sex,dob\nAda,Obi,F,1990-01-01\n",
        "missing_column",
        "facility_id/facility_code/facility_name",
    ),
    "patients_latin1.csv": (
        "first_name,last_name,sex,dob,facility_code\nJosé,Obi,M,1990-01-01,X\n".encode("latin-1"),
        "not_utf8",
        "UTF-8",
    ),
    "patients_latin1_late.csv": (
        b"first_name,last_name,sex,dob,facility_code\n"
        + b"Ada,Obi,F,1990-01-01,X\n" * 3
        + "José,Obi,M,1990-01-01,X\n".encode("latin-1"),
        "not_utf8",
        "UTF-8",
    ),
    "workers_empty.csv": (b"", "empty_file", "empty"),
    "workers_header_only.csv": (b"facility_code,first_name,last_name,cadre\r\n", "header_only", "no data rows"),
    "facilities_binary.csv": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not_csv", "binary"),
    "facilities.xlsx": (b"PK\x03\x04 not a csv", "not_csv", ".csv"),
    "hospital_list.csv": (b"name,state,lga\nX,Lagos,Ikeja\n", "unknown_entity", "file name"),
}


def test_each_whole_file_rejection_gives_its_reason_and_keeps_the_file(harness):
    for name, (content, _, _) in WHOLE_FILE_CASES.items():
        harness.upload(name, content)
    summary = harness.run()
    assert summary.status == "completed", summary.error
    by_name = {item["key"].rsplit("/", 1)[1]: item for item in summary.files}
    for name, (content, code, words) in WHOLE_FILE_CASES.items():
        item = by_name[name]
        assert (item["status"], item["error_code"]) == ("rejected", code), name
        assert words in item["message"], (name, item["message"])
        moved = f"medical_records/rejected/{summary.batch_id}/{name}"
        assert harness.read(moved) == content, name
        assert item["message"] in harness.read(moved + ".error.txt").decode("utf-8")
    assert harness.keys("input/") == []
    assert harness.count("patients") == harness.count("workers") == harness.count("facilities") == 0


def test_a_ragged_row_is_rejected_and_its_neighbours_load(harness):
    harness.upload("facilities.csv", FACILITIES)
    harness.upload(
        "workers_ragged.csv",
        "facility_code,staff_number,first_name,last_name,cadre\n"
        "NG-LA-0001,S-1,Amina,Yusuf,nurse\n"
        "NG-LA-0001,S-2,Tunde,Bakare,doctor,extra,fields\n"
        "NG-LA-0001,S-3,Ada\n"
        "NG-LA-0001,S-4,Kemi,Ade,midwife\n",
    )
    harness.run()
    assert sorted(row[0] for row in harness.query("select staff_number from workers")) == ["S-1", "S-4"]
    shape = harness.query(
        "select row_number, message from etl.etl_rejected_rows where reason_code = 'bad_row_shape' order by 1"
    )
    assert shape == [(3, "row has 7 fields, the header has 5"), (4, "row has 3 fields, the header has 5")]
    harness.assert_every_row_accounted_for()


def test_missing_values_in_required_columns_are_rejected_per_row(harness):
    harness.upload("facilities.csv", FACILITIES)
    harness.upload(
        "patients_blank.csv",
        "facility_code,first_name,last_name,sex,dob\nNG-LA-0001,,Obi,F,1990-01-01\nNG-LA-0001,Ada,Obi,,1990-01-01\n",
    )
    harness.run()
    assert harness.query(
        "select row_number, reason_code, column_name from etl.etl_rejected_rows where entity = 'patients' order by 1"
    ) == [(2, "missing_required", "first_name"), (3, "missing_required", "sex")]


def test_a_failure_mid_upsert_fails_only_that_file_and_a_rerun_loads_it(harness):
    for name, content in {
        "facilities.csv": FACILITIES,
        "patients.csv": PATIENTS,
        "workers.csv": WORKERS,
    }.items():
        harness.upload(name, content)
    # A trigger that fails on the second patient row the upsert writes: the first is already in.
    with psycopg.connect(harness.database_url, autocommit=True) as conn:
        conn.execute(
            "create function fail_on_ngozi() returns trigger language plpgsql as $$ begin"
            " if new.first_name = 'Ngozi' then raise exception 'injected failure'; end if; return new; end $$"
        )
        conn.execute("create trigger inject before insert on patients for each row execute function fail_on_ngozi()")
    try:
        first = harness.run()
    finally:
        with psycopg.connect(harness.database_url, autocommit=True) as conn:
            conn.execute("drop trigger inject on patients")
            conn.execute("drop function fail_on_ngozi()")
    assert first.status == "completed", "one file's failure does not fail the batch"
    by_name = {item["key"].rsplit("/", 1)[1]: item for item in first.files}
    assert (by_name["patients.csv"]["status"], by_name["patients.csv"]["error_code"]) == ("failed", "step_failed")
    assert by_name["workers.csv"]["status"] == "archived"
    assert harness.count("patients") == 0, "the patients upsert is one transaction"
    assert harness.count("facilities") == 3 and harness.count("workers") == LOADED["workers"]
    assert harness.keys("input/") == ["medical_records/input/patients.csv"], "the failed file waits for the next run"
    stored = harness.query(
        "select coalesce(error_message, '') from etl.etl_files union all"
        " select coalesce(error_message, '') from etl.etl_audit_log"
    )
    assert not any("injected failure" in message for (message,) in stored), "exception text is never stored"

    rerun = harness.run()
    assert rerun.status == "completed"
    assert [(item["status"], item["attempt"]) for item in rerun.files] == [("archived", 2)]
    assert harness.count("patients") == LOADED["patients"]
    assert harness.keys("input/") == []
    harness.assert_every_row_accounted_for()


def test_a_facility_named_by_name_state_and_lga_is_found(harness):
    harness.upload("facilities.csv", FACILITIES)
    harness.upload(
        "patients_by_name.csv",
        "facility_name,facility_state,facility_lga,first_name,last_name,sex,dob\n"
        "general  hospital IKEJA,lagos state,ikeja,Ada,Obi,F,1990-01-01\n"
        "General Hospital Ikeja,Lagos,Epe,Ada,Obi,F,1990-01-01\n",
    )
    harness.run()
    assert harness.query("select f.facility_code from patients p join facilities f on f.id = p.facility_id") == [
        ("NG-LA-0001",)
    ]
    assert harness.rejected() == FACILITIES_REJECTED | {("patients", 3, "unknown_facility")}


def test_a_facility_code_already_held_by_another_facility_is_rejected(harness):
    harness.upload("facilities.csv", FACILITIES)
    harness.run()
    harness.upload("facilities_2.csv", "name,state,lga,facility_code\nNew Clinic,Lagos,Ikeja,NG-LA-0001\n")
    harness.run()
    assert ("facilities", 2, "facility_code_conflict") in harness.rejected()
    assert harness.count("facilities") == 3
