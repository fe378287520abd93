"""A facility client's file loads only rows of its own facility, whichever way a row names a facility.

Every attack goes through the pipeline as the API stores files (an api.uploads row naming the
client, its role and its facility); the API's own pre-check is not involved, so these tests show
the rule holds where rows are loaded.
"""

import pytest

from tests.elt.pipeline.scope import api_upload, client

pytestmark = pytest.mark.pg_compat

FACILITIES = """name,state,lga,facility_code
General Hospital Ikeja,Lagos,Ikeja,NG-LA-0001
Primary Health Centre Dala,Kano,Dala,NG-KN-0002
"""
KANO_PATIENTS = """facility_code,patient_number,first_name,last_name,sex,dob,address
NG-KN-0002,K-001,Jane,Doe,F,2000-01-01,1 Kano Road
"""
LAGOS_PATIENTS = """facility_code,patient_number,first_name,last_name,sex,dob,address
NG-LA-0001,L-001,Ada,Obi,F,1990-01-01,2 Ikeja Road
"""


@pytest.fixture
def world(harness):
    """Two facilities and one patient each, loaded by an operator (unscoped)."""
    harness.upload("facilities.csv", FACILITIES)
    harness.run()
    harness.upload("patients_kano.csv", KANO_PATIENTS)
    harness.upload("patients_lagos.csv", LAGOS_PATIENTS)
    harness.run()
    ids = dict(harness.query("select facility_code, id from facilities"))
    patients = dict(harness.query("select patient_number, id from patients"))
    lagos = client(harness.database_url, "facility", ids["NG-LA-0001"])
    return {"lagos": ids["NG-LA-0001"], "kano": ids["NG-KN-0002"], "patients": patients, "lagos_client": lagos}


def designations(kano_id: int) -> dict[str, tuple[str, str]]:
    """Every way a row can name the Kano facility: (header columns, values)."""
    return {
        "id": ("facility_id", str(kano_id)),
        "code": ("facility_code", "NG-KN-0002"),
        "code_padded": ("facility_code", "  NG-KN-0002 "),
        "triple": ("facility_name,facility_state,facility_lga", "primary health centre dala,KANO STATE, dala "),
        "unknown_code": ("facility_code", "NG-XX-9999"),  # no such facility: answered the same way
    }


def file_status(harness, key: str) -> tuple:
    return harness.query("select status, error_code from etl.etl_files where object_key = %s order by id desc", (key,))[
        0
    ]


@pytest.mark.parametrize("designation", ["id", "code", "code_padded", "triple", "unknown_code"])
def test_a_facility_client_cannot_write_patients_or_workers_of_another_facility(harness, world, designation):
    columns, values = designations(world["kano"])[designation]
    before = harness.query("select first_name, last_name, address from patients where patient_number = 'K-001'")
    api_upload(
        harness,
        "patients/attack.csv",
        f"{columns},patient_number,first_name,last_name,sex,dob,address\n"
        f"{values},K-001,Mallory,Evil,M,1970-01-01,nowhere\n"
        f"{values},K-NEW,Mallory,New,M,1970-01-01,nowhere\n",
        world["lagos_client"],
        entity="patients",
    )
    api_upload(
        harness,
        "workers/attack.csv",
        f"{columns},staff_number,first_name,last_name,cadre\n{values},S-9,Mallory,Evil,nurse\n",
        world["lagos_client"],
        entity="workers",
    )
    summary = harness.run()
    assert summary.status == "completed"
    assert harness.rejected(summary.batch_id) == {
        ("patients", 2, "outside_facility_scope"),
        ("patients", 3, "outside_facility_scope"),
        ("workers", 2, "outside_facility_scope"),
    }
    after = harness.query("select first_name, last_name, address from patients where patient_number = 'K-001'")
    assert after == before == [("Jane", "Doe", "1 Kano Road")]
    assert harness.count("patients") == 2 and harness.count("workers") == 0
    message = harness.query(
        "select message from etl.etl_rejected_rows where batch_id = %s limit 1", (summary.batch_id,)
    )
    assert "Kano" not in message[0][0] and "Dala" not in message[0][0], "nothing about the other facility is told"


@pytest.mark.parametrize("designation", ["id", "code", "triple"])
def test_a_facility_client_loads_rows_of_its_own_facility_named_any_way(harness, world, designation):
    own = {
        "id": ("facility_id", str(world["lagos"])),
        "code": ("facility_code", "NG-LA-0001"),
        "triple": ("facility_name,facility_state,facility_lga", "General Hospital Ikeja,Lagos,Ikeja"),
    }[designation]
    key = api_upload(
        harness,
        "patients/own.csv",
        f"{own[0]},patient_number,first_name,last_name,sex,dob\n{own[1]},L-002,Tolu,Ade,F,2001-02-03\n",
        world["lagos_client"],
        entity="patients",
    )
    summary = harness.run()
    assert harness.rejected(summary.batch_id) == set()
    assert file_status(harness, key) == ("archived", None)
    assert harness.query("select facility_id from patients where patient_number = 'L-002'") == [(world["lagos"],)]


@pytest.mark.parametrize("entity", ["medical_records", "triage_visits"])
def test_child_rows_may_name_only_a_patient_of_the_uploaders_facility(harness, world, entity):
    kano_patient, lagos_patient = world["patients"]["K-001"], world["patients"]["L-001"]
    columns, rest = {
        "medical_records": ("record_ref,record_type,recorded_at", "Consultation,2024-05-01"),
        "triage_visits": ("visit_ref,triage_level,visited_at", "3,2024-05-01"),
    }[entity]
    lines = [
        f"facility_code,patient_id,patient_number,{columns}",
        f"NG-LA-0001,{kano_patient},,R-1,{rest}",  # own facility, the other facility's patient by id
        f"NG-LA-0001,,K-001,R-2,{rest}",  # by number: looked up at the own facility only
        f"NG-KN-0002,{kano_patient},,R-3,{rest}",  # the other facility and its patient
        f"NG-KN-0002,,K-001,R-4,{rest}",  # the other facility and its patient by number
        f"NG-LA-0001,{lagos_patient},,R-5,{rest}",  # own facility, own patient: loads
    ]
    content = "\n".join(lines) + "\n"
    api_upload(harness, f"{entity}/attack.csv", content, world["lagos_client"], entity=entity)
    summary = harness.run()
    assert harness.rejected(summary.batch_id) == {
        (entity, 2, "unknown_patient"),
        (entity, 3, "unknown_patient"),
        (entity, 4, "outside_facility_scope"),
        (entity, 5, "outside_facility_scope"),
    }
    assert harness.query(f"select patient_id, facility_id from {entity}") == [(lagos_patient, world["lagos"])]


def test_an_operator_file_keeps_todays_behaviour_and_may_name_any_patient_by_id(harness, world):
    kano_patient = world["patients"]["K-001"]
    admin = client(harness.database_url, "admin")
    api_upload(
        harness,
        "medical_records/admin.csv",
        f"facility_code,patient_id,record_ref,record_type\nNG-LA-0001,{kano_patient},R-1,Consultation\n",
        admin,
        entity="medical_records",
    )
    harness.upload(
        "patients_drop.csv",
        "facility_code,patient_number,first_name,last_name,sex,dob\nNG-KN-0002,K-9,A,B,F,1990-01-01\n",
    )
    summary = harness.run()
    assert harness.rejected(summary.batch_id) == set()
    assert harness.count("medical_records") == 1 and harness.count("patients") == 3
    scopes = harness.query(
        "select uploader_role, scope_facility_id from etl.etl_files where batch_id = %s order by object_key",
        (summary.batch_id,),
    )
    assert scopes == [("admin", None), (None, None)]


def test_a_facility_client_cannot_load_facilities(harness, world):
    api_upload(
        harness,
        "facilities/mine.csv",
        "name,state,lga,facility_code\nGeneral Hospital Ikeja,Lagos,Ikeja,NG-LA-0001-X\nNew Clinic,Lagos,Ikeja,\n",
        world["lagos_client"],
        entity="facilities",
    )
    summary = harness.run()
    assert harness.rejected(summary.batch_id) == {
        ("facilities", 2, "outside_facility_scope"),
        ("facilities", 3, "outside_facility_scope"),
    }
    assert harness.query("select facility_code from facilities order by 1") == [("NG-KN-0002",), ("NG-LA-0001",)]


def test_an_object_that_is_not_the_file_the_api_received_is_rejected(harness, world):
    key = api_upload(
        harness,
        "patients/swapped.csv",
        LAGOS_PATIENTS,
        world["lagos_client"],
        entity="patients",
        stored=KANO_PATIENTS.replace("Jane", "Mallory").encode(),
    )
    harness.run()
    assert file_status(harness, key) == ("rejected", "outside_facility_scope")
    assert harness.query("select first_name from patients where patient_number = 'K-001'") == [("Jane",)]


def test_content_archived_for_one_scope_is_no_duplicate_for_another(harness, world):
    content = "facility_code,patient_number,first_name,last_name,sex,dob\nNG-LA-0001,L-003,Kemi,Ade,F,2001-02-03\n"
    harness.upload("patients_operator.csv", content)
    harness.run()
    key = api_upload(harness, "patients/again.csv", content, world["lagos_client"], entity="patients")
    harness.run()
    assert file_status(harness, key) == ("archived", None), "the facility's own copy is processed, not skipped"
