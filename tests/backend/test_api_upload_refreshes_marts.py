"""An upload through the API, on the default stack (no Airflow): the run it starts is the pipeline's
own step list, dbt included, so the analytics endpoints show the new rows without any other step."""

from __future__ import annotations

import io

import psycopg

FACILITIES_CSV = (
    "name,state,lga,type,facility_code\n"
    "Ikeja General Hospital,Lagos,Ikeja,General Hospital,LA-1\n"
    "Kano Clinic,Kano,Tarauni,Clinic,KN-1\n"
    "Ibadan Health Centre,Oyo,Ibadan North,Primary Health Centre,OY-1\n"
)
PATIENTS_CSV = (
    "facility_code,first_name,last_name,sex,dob,patient_number\n"
    "LA-1,Ada,Obi,F,1990-05-17,P-1\n"
    "LA-1,Bola,Ade,M,1985-02-01,P-2\n"
    "KN-1,Musa,Bello,M,1950-03-03,P-3\n"
)


def _upload(caller, name: str, text: str) -> dict:
    response = caller.post(
        "/api/v1/uploads", data={"file": (io.BytesIO(text.encode()), name)}, content_type="multipart/form-data"
    )
    assert response.status_code == 202, response.get_json()
    return response.get_json()


def test_after_an_upload_the_analytics_endpoints_show_the_new_rows(app, admin, api_db, empty_bucket):
    with psycopg.connect(api_db) as conn:
        # No marts left by other tests. Their tables only: the schema, its owner (medilink_dbt) and
        # its default privileges are the migrations' and stay as they made them for later tests.
        conn.execute(
            """
            do $$
            declare
                item record;
            begin
                for item in
                    select c.relname, c.relkind from pg_class as c
                    where c.relnamespace = 'marts'::regnamespace and c.relkind in ('r', 'p', 'v', 'm')
                loop
                    execute 'drop ' || case item.relkind when 'v' then 'view' when 'm' then 'materialized view'
                        else 'table' end || ' if exists marts.' || quote_ident(item.relname) || ' cascade';
                end loop;
            end
            $$
            """
        )
        conn.commit()

    facilities = _upload(admin, "facilities.csv", FACILITIES_CSV)
    assert facilities["trigger"] == "local" and facilities["pipeline_started"] is True
    assert app.extensions["medilink.runner"].wait(300)
    _upload(admin, "patients.csv", PATIENTS_CSV)
    assert app.extensions["medilink.runner"].wait(300)
    assert app.extensions["medilink.runner"].last_summary.status == "completed"

    performance = admin.get("/api/v1/analytics/facility-performance").get_json()
    assert sorted(row["facility_name"] for row in performance["data"]) == [
        "Ibadan Health Centre",
        "Ikeja General Hospital",
        "Kano Clinic",
    ]
    summary = admin.get("/api/v1/analytics/patient-summary").get_json()
    assert sorted((row["facility_name"], row["full_name"]) for row in summary["data"]) == [
        ("Ikeja General Hospital", "Ada Obi"),
        ("Ikeja General Hospital", "Bola Ade"),
        ("Kano Clinic", "Musa Bello"),
    ]
    with psycopg.connect(api_db) as conn:
        batches = conn.execute("select triggered_by, status from etl.etl_batches order by id").fetchall()
    assert batches == [("api", "completed"), ("api", "completed")]
