"""Each service as its own database role, end to end: the pipeline loads as medilink_pipeline,
dbt builds as medilink_dbt, and the API serves admins and analysts as medilink_api."""

from __future__ import annotations

import secrets
import uuid
from pathlib import Path

import psycopg
import pytest
from pydantic import SecretStr

from elt.db import migrate
from elt.db.roles import enable_login
from elt.dbt_runner import run_dbt
from elt.pipeline import run_pipeline
from elt.s3 import s3_client
from elt.sample import write_sample
from elt.settings import Settings

pytestmark = pytest.mark.pg_compat


@pytest.fixture
def role_settings(server_url: str, settings: Settings, tmp_path: Path):
    name = f"medilink_e2e_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f'create database "{name}"')
    owner_url = server_url.rsplit("/", 1)[0] + "/" + name
    migrate.upgrade("postgresql+psycopg://" + owner_url.split("://", 1)[1])
    passwords = {
        f"medilink_{role}_db_password": SecretStr(secrets.token_urlsafe(24)) for role in ("api", "pipeline", "dbt")
    }
    owner = settings.model_copy(update={"database_url": owner_url, **passwords})
    with psycopg.connect(owner_url, autocommit=True) as conn:
        enable_login(conn, owner)
    yield (
        owner.model_copy(
            update={
                "s3_prefix": f"roles-e2e/{uuid.uuid4().hex[:8]}",
                "medilink_home": tmp_path,
                "dbt_postgres_user": "medilink_dbt",
                "dbt_postgres_password": passwords["medilink_dbt_db_password"],
            }
        ),
        owner_url,
    )
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f'drop database if exists "{name}" with (force)')


def test_pipeline_dbt_and_api_each_work_as_their_own_role(role_settings, tmp_path: Path) -> None:
    from backend.app import create_app
    from backend.clients import create_client
    from tests.backend.conftest import make_api_settings

    settings, owner_url = role_settings
    sample = tmp_path / "sample"
    write_sample(sample, facilities=4, patients=40, workers=4, records=80, triage=80, seed=5, bad_rows=0.05)
    s3 = s3_client(settings)
    for path in sorted(sample.glob("*.csv")):
        s3.upload_file(str(path), settings.s3_bucket, f"{settings.input_prefix}{path.name}")

    pipeline_url = settings.pipeline_libpq_url
    with psycopg.connect(pipeline_url, autocommit=True) as conn:
        assert conn.execute("select current_user").fetchone()[0] == "medilink_pipeline"
        summary = run_pipeline(conn, s3, settings.model_copy(update={"database_url": pipeline_url}), triggered_by="t")
    assert summary.status == "completed", summary.error

    built = run_dbt(["run"], settings)
    assert built.success, (built.error, [(n.name, n.message) for n in built.failed])
    with psycopg.connect(owner_url) as conn:
        owners = {row[0] for row in conn.execute("select tableowner from pg_tables where schemaname = 'research'")}
        patients = conn.execute("select count(*) from public.patients").fetchone()[0]
    assert owners == {"medilink_dbt"} and patients > 0

    api_url = settings.role_libpq_url("medilink_api", settings.medilink_api_db_password)
    app = create_app(make_api_settings(settings, database_url=api_url))
    http = app.test_client()
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    engine = create_engine("postgresql+psycopg://" + owner_url.split("://", 1)[1])
    with Session(engine) as session:
        admin, analyst = create_client(session, "admin"), create_client(session, "analyst")
        session.commit()
    engine.dispose()

    def token(client) -> dict[str, str]:
        form = {
            "grant_type": "client_credentials",
            "client_id": client.client_id,
            "client_secret": client.client_secret,
        }
        return {"Authorization": "Bearer " + http.post("/api/v1/auth/token", data=form).get_json()["access_token"]}

    try:
        assert http.get("/api/v1/patients", headers=token(admin)).get_json()["total"] == patients
        assert http.get("/api/v1/batches", headers=token(admin)).status_code == 200
        research = http.get("/api/v1/research/facility-activity", headers=token(analyst))
        assert research.status_code == 200, research.get_json()
    finally:
        app.extensions["medilink.db"].engine.dispose()
    with psycopg.connect(owner_url) as conn:
        audited = conn.execute("select count(*) from api.access_audit where resource = 'patients'").fetchone()[0]
    assert audited >= 1
