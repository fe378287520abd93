"""Loading: exact counts, every bad row kept with its reason, values byte for byte, idempotence."""

import csv
import io
from datetime import UTC, datetime

import pytest

from tests.elt.pipeline.fixtures import ALL_FILES, ALL_REJECTED, LOADED, PATIENTS

pytestmark = pytest.mark.pg_compat


def upload_all(harness):
    for name, content in ALL_FILES.items():
        harness.upload(name, content)


def test_clean_sample_loads_with_exact_counts_and_reasons(harness):
    upload_all(harness)
    summary = harness.run()

    assert summary.status == "completed", summary.error
    assert {table: harness.count(table) for table in LOADED} == LOADED
    assert harness.rejected() == ALL_REJECTED
    tables = {row["table"]: row for row in summary.tables}
    assert {name: row["inserted"] for name, row in tables.items()} == LOADED
    assert sum(row["rejected"] for row in tables.values()) == len(ALL_REJECTED) == 16
    harness.assert_every_row_accounted_for()


def test_processed_files_are_archived_and_input_is_empty(harness):
    upload_all(harness)
    summary = harness.run()
    day = datetime.now(UTC).strftime("%Y/%m/%d")
    assert harness.keys("input/") == []
    archived = harness.keys("archive/")
    assert archived == sorted(f"medical_records/archive/{day}/{summary.batch_id}/{name}" for name in ALL_FILES)
    assert harness.read(archived[0]) == ALL_FILES[archived[0].rsplit("/", 1)[1]].encode()


def test_each_file_with_bad_rows_gets_an_error_report_with_the_original_row(harness):
    upload_all(harness)
    summary = harness.run()
    file_ids = {item["key"].rsplit("/", 1)[1]: item["file_id"] for item in summary.files}
    report_key = f"medical_records/rejected/{summary.batch_id}/{file_ids['patients.csv']}/patients.csv.errors.csv"
    rows = list(csv.DictReader(io.StringIO(harness.read(report_key).decode("utf-8"))))
    assert [(int(row["row"]), row["reason_code"]) for row in rows] == sorted(
        (number, reason) for entity, number, reason in ALL_REJECTED if entity == "patients"
    )
    phone_row = next(row for row in rows if row["reason_code"] == "bad_phone")
    assert (phone_row["first_name"], phone_row["phone"], phone_row["column"]) == ("Aisha", "12345", "phone")
    assert "12345" in phone_row["message"]
    for name in ("facilities.csv", "workers.csv"):
        expected = f"medical_records/rejected/{summary.batch_id}/{file_ids[name]}/{name}.errors.csv"
        assert expected in harness.keys("rejected/")


def test_messages_name_the_column_and_the_value(harness):
    upload_all(harness)
    harness.run()
    messages = dict(
        ((entity, row), (column, message))
        for entity, row, column, message in harness.query(
            "select entity, row_number, column_name, message from etl.etl_rejected_rows"
        )
    )
    assert messages[("patients", 4)] == ("dob", "dob '2001-02-30' is not a date (use YYYY-MM-DD or DD/MM/YYYY)")
    assert messages[("patients", 7)] == ("facility", "facility_code 'NG-XX-9999' matches no facility")
    assert messages[("triage_visits", 5)] == ("triage_level", "triage_level 'high' is not a whole number from 1 to 5")
    assert messages[("facilities", 5)] == ("lga", "lga 'Dala' is not an LGA of Lagos")
    raw = harness.query("select raw from etl.etl_rejected_rows where entity = 'patients' and row_number = 6")[0][0]
    assert raw["phone"] == "12345" and raw["first_name"] == "Aisha"


def test_values_survive_byte_for_byte_and_are_normalised_where_the_contract_says(harness):
    upload_all(harness)
    harness.run()
    first, last, sex, dob, phone, address = harness.query(
        "select first_name, last_name, sex, dob::text, phone, address from patients where patient_number = 'P-001'"
    )[0]
    assert first.encode() == "Adébáyọ̀".encode() and last.encode() == "Ògúnlànà".encode()
    assert (sex, dob, phone, address) == ("M", "1985-04-12", "+2348031234567", "12, Allen Avenue, Ikeja")
    assert harness.query("select dob::text from patients where patient_number = 'P-002'")[0][0] == "1990-08-12"
    assert harness.query("select dob::text from patients where patient_number = 'P-007'")[0][0] == "1960-06-07"
    assert harness.query("select state, lga from facilities where facility_code = 'NG-KN-0002'")[0] == ("Kano", "Dala")
    assert harness.query("select state from facilities where facility_code = 'NG-FC-0003'")[0][0] == "FCT"

    data, record_type = harness.query("select data, record_type from medical_records where record_ref = 'MR-1'")[0]
    assert data["notes"] == "BP 140/90, review in 2 weeks\nAdvised rest"
    assert data["icd10_code"] == "B54" and data["Ward"] == "B2" and data["medications"] == "Artemether-lumefantrine"
    assert record_type == "Consultation"
    assert harness.query("select record_type from medical_records where record_ref = 'MR-3'")[0][0] == "Lab Result"

    conditions, recommendations, language, visited = harness.query(
        "select likely_conditions, recommendations, language, visited_at from triage_visits where visit_ref = 'TV-1'"
    )[0]
    assert conditions == ["malaria", "dehydration"] and recommendations == ["oral rehydration", "refer to doctor"]
    assert (language, visited) == ("yo", datetime(2024, 5, 1, 8, 30, tzinfo=UTC))
    assert harness.query("select likely_conditions, language from triage_visits where visit_ref = 'TV-5'")[0] == (
        ["fever", "cough"],
        "ha",
    )
    assert harness.query("select cadre, active from workers where staff_number = 'S-2'")[0] == (
        "community health extension worker",
        False,
    )


def test_bom_crlf_and_quoted_newlines_survive(harness):
    text = (
        'name,state,lga,address\r\nMaternity Home Àkúrẹ́,Ondo,Akure South,"Oba Adesida Road,\r\nbeside the market"\r\n'
    )
    harness.upload("facilities_bom.csv", b"\xef\xbb\xbf" + text.encode("utf-8"))
    summary = harness.run()
    assert summary.status == "completed"
    name, address = harness.query("select name, address from facilities")[0]
    assert name == "Maternity Home Àkúrẹ́"
    assert address == "Oba Adesida Road,\r\nbeside the market"


def test_rerunning_the_same_files_changes_nothing_and_reports_duplicates(harness):
    upload_all(harness)
    harness.run()
    before = harness.query(
        "select (select max(updated_at) from patients), (select count(*) from etl.etl_rejected_rows),"
        " (select count(*) from patients)"
    )
    upload_all(harness)
    summary = harness.run()
    assert summary.status == "completed"
    assert {item["status"] for item in summary.files} == {"duplicate"}
    assert (
        harness.query(
            "select (select max(updated_at) from patients), (select count(*) from etl.etl_rejected_rows),"
            " (select count(*) from patients)"
        )
        == before
    )
    assert harness.keys("input/") == []


def test_the_same_rows_in_a_new_file_are_counted_unchanged(harness):
    harness.upload("facilities.csv", ALL_FILES["facilities.csv"])
    harness.run()
    harness.upload("facilities_again.csv", ALL_FILES["facilities.csv"] + "\n")  # new bytes, same rows
    summary = harness.run()
    facilities = next(row for row in summary.tables if row["table"] == "facilities")
    assert (facilities["inserted"], facilities["updated"], facilities["unchanged"]) == (0, 0, 3)


def test_a_modified_file_updates_only_the_changed_rows(harness):
    harness.upload("facilities.csv", ALL_FILES["facilities.csv"])
    harness.upload("patients.csv", PATIENTS)
    harness.run()
    stamps = dict(harness.query("select patient_number, updated_at from patients"))
    # P-002's phone changes, P-010 is new, P-001 and P-007 are as before (the bad rows stay bad).
    changed = PATIENTS.replace("+2348091234567", "08099990000") + "NG-LA-0001,P-010,Zainab,Lawal,F,2010-10-10,,,\n"
    harness.upload("patients_v2.csv", changed)
    summary = harness.run()
    patients = next(row for row in summary.tables if row["table"] == "patients")
    assert (patients["inserted"], patients["updated"], patients["unchanged"]) == (1, 1, 2)
    after = dict(harness.query("select patient_number, updated_at from patients"))
    assert after["P-001"] == stamps["P-001"] and after["P-007"] == stamps["P-007"]
    assert after["P-002"] > stamps["P-002"]
    assert harness.query("select phone from patients where patient_number = 'P-002'")[0][0] == "+2348099990000"
    harness.assert_every_row_accounted_for()


def test_dry_run_reports_but_changes_nothing(harness):
    upload_all(harness)
    summary = harness.run(dry_run=True)
    assert summary.status == "completed" and summary.dry_run
    assert {row["table"]: row["inserted"] for row in summary.tables} == LOADED
    assert sum(row["rejected"] for row in summary.tables) == 16
    assert {table: harness.count(table) for table in LOADED} == dict.fromkeys(LOADED, 0)
    assert harness.count("etl.etl_rejected_rows") == 0
    assert harness.count("etl.etl_audit_log") == 0
    assert len(harness.keys("input/")) == 5 and harness.keys("archive/") == [] and harness.keys("rejected/") == []
    # and a real run afterwards still loads everything
    assert harness.run().status == "completed"
    assert {table: harness.count(table) for table in LOADED} == LOADED


def test_the_documents_input_and_archive_prefixes_move_the_folders(harness):
    harness.settings = harness.settings.model_copy(
        update={"s3_input_prefix": "landing/incoming/", "s3_archive_prefix": "landing/done/"}
    )
    harness.upload("facilities.csv", ALL_FILES["facilities.csv"])
    summary = harness.run()
    assert summary.status == "completed", summary.error
    listing = harness.s3.list_objects_v2(Bucket=harness.settings.s3_bucket, Prefix="landing/")
    day = datetime.now(UTC).strftime("%Y/%m/%d")
    assert [item["Key"] for item in listing.get("Contents", [])] == [
        f"landing/done/{day}/{summary.batch_id}/facilities.csv"
    ]
